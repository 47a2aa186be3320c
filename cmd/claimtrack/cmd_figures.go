package main

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"strconv"

	"github.com/claimtrack/claimtrack/internal/jsonw"
	"github.com/claimtrack/claimtrack/rules/claimant"
	"github.com/claimtrack/claimtrack/rules/figures"
)

func runFigures(_ context.Context, e *env, args []string) int {
	fs := newFlags(e, "figures", "[--json] [--lines] [--claimants [--config F]] [FILE|-]", "Print every figure in a text (standard input when FILE is - or absent).\n"+
		"With --claimants, also who claims each figure (the configured claimants when a\nconfiguration is found, else the shipped ones).")
	asJSON := fs.Bool("json", false, "one JSON object per figure per line")
	lines := fs.Bool("lines", false, "treat each input line as its own document and add \"line\" (1-based)")
	withClaimants := fs.Bool("claimants", false, "name each figure's claimant (\"claimant\", \"claimant_how\" in JSON)")
	cfgPath := configFlag(fs)
	if code, ok := parseFlags(fs, e, args); !ok {
		return code
	}
	var finder *claimant.Finder
	if *withClaimants {
		f, code := claimantFinder(e, *cfgPath)
		if code != exitOK {
			return code
		}
		finder = f
	}
	if fs.NArg() > 1 {
		fmt.Fprintln(e.stderr, "claimtrack figures: give one FILE, or - for standard input")
		return exitUsage
	}
	in, name, closeIn, err := openInput(e, fs.Arg(0))
	if err != nil {
		fmt.Fprintf(e.stderr, "claimtrack figures: %v\n", err)
		return exitFail
	}
	defer closeIn()
	out := bufio.NewWriterSize(e.stdout, 64<<10)
	defer out.Flush()
	var rec []byte // one JSON record, its memory reused from figure to figure
	print := func(f figures.Figure, line int, c *claimant.Claimant) {
		if *asJSON {
			rec = appendFigureRecord(rec[:0], f, line, c)
			out.Write(rec)
			return
		}
		prefix := ""
		if line > 0 {
			prefix = strconv.Itoa(line) + ":"
		}
		suffix := ""
		if c != nil {
			suffix = "\t" + c.Name() + " (" + string(c.How) + ")"
		}
		fmt.Fprintf(out, "%s%d-%d\t%-8s\t%s\t%s\t%s\t%q%s\n", prefix, f.Start, f.End, f.Kind, fmtValue(f), f.Qualifier.Name(), f.Unit, f.Text, suffix)
	}
	// One analyzer for all lines: its storage serves each in turn (the
	// figures are written out before the next line is read).
	var analyzer figures.Analyzer
	printAll := func(text string, line int) {
		d := analyzer.Analyze(text)
		var doc *claimant.Doc
		if finder != nil {
			// Released, the Doc's memory serves the next line's.
			doc = finder.Doc(d)
			defer doc.Release()
		}
		for _, f := range d.Figures {
			var c *claimant.Claimant
			if doc != nil {
				if found, ok := doc.Find(f.Start, f.End); ok {
					c = &found
				}
			}
			print(f, line, c)
		}
	}
	if *lines {
		// Each line is its own document: read them as they come, with the
		// head sniffed first so that a binary file is refused at once.
		br := bufio.NewReaderSize(in, sniffBytes)
		if head, err := br.Peek(sniffBytes); err != nil && err != io.EOF && err != bufio.ErrBufferFull {
			fmt.Fprintf(e.stderr, "claimtrack figures: read %s: %v\n", name, err)
			return exitFail
		} else if err := checkText(head, name); err != nil {
			fmt.Fprintf(e.stderr, "claimtrack figures: %v\n", err)
			return exitFail
		}
		sc := bufio.NewScanner(br)
		sc.Buffer(make([]byte, 64<<10), figures.MaxTextBytes)
		for n := 1; sc.Scan(); n++ {
			if bytes.IndexByte(sc.Bytes(), 0) >= 0 {
				fmt.Fprintf(e.stderr, "claimtrack figures: %s:%d holds a NUL byte: it is binary data, not text\n", name, n)
				return exitFail
			}
			printAll(sc.Text(), n)
		}
		if err := sc.Err(); err != nil {
			fmt.Fprintf(e.stderr, "claimtrack figures: read %s: %v\n", name, err)
			return exitFail
		}
		return exitOK
	}
	data, err := readText(in, name, figures.MaxTextBytes, "the figure finder's limit")
	if err != nil {
		fmt.Fprintf(e.stderr, "claimtrack figures: %v\n", err)
		return exitFail
	}
	printAll(string(data), 0)
	return exitOK
}

// appendFigureRecord appends a figure's line of figures --json: the
// figure's object, with "line" and the claimant's fields when given, and a
// newline. A figure JSON cannot hold (an infinite value) is written as an
// object holding only its text and position and an "error".
func appendFigureRecord(b []byte, f figures.Figure, line int, c *claimant.Claimant) []byte {
	start := len(b)
	b, err := f.AppendJSON(b)
	if err != nil {
		b = append(b[:start], `{"text":`...)
		b = jsonw.String(b, f.Text)
		b = append(b, `,"start":`...)
		b = jsonw.Int(b, f.Start)
		b = append(b, `,"end":`...)
		b = jsonw.Int(b, f.End)
		b = append(b, `,"error":`...)
		b = jsonw.String(b, err.Error())
		b = append(b, '}')
	}
	b = b[:len(b)-1] // the closing brace, written again after the fields added
	if line > 0 {
		b = append(b, `,"line":`...)
		b = jsonw.Int(b, line)
	}
	if c != nil {
		b = append(b, `,"claimant":`...)
		b = jsonw.String(b, c.Name())
		b = append(b, `,"claimant_how":`...)
		b = jsonw.String(b, string(c.How))
	}
	return append(b, '}', '\n')
}

// claimantFinder names claimants with the configuration's claimants when
// a configuration is given or found, else with the shipped ones.
func claimantFinder(e *env, flagPath string) (*claimant.Finder, int) {
	if flagPath != "" || fileExists(resolveConfig(e, "")) {
		cfg, _, code := loadEngine(e, flagPath)
		if code != exitOK {
			return nil, code
		}
		f, err := cfg.ClaimantFinder()
		if err != nil {
			fmt.Fprintf(e.stderr, "claimtrack figures: %v\n", err)
			return nil, exitFail
		}
		return f, exitOK
	}
	f, err := claimant.New(claimant.Defaults())
	if err != nil {
		fmt.Fprintf(e.stderr, "claimtrack figures: shipped claimants: %v\n", err)
		return nil, exitFail
	}
	return f, exitOK
}

func fmtValue(f figures.Figure) string {
	s := strconv.FormatFloat(f.Value, 'f', -1, 64)
	if f.Qualifier == figures.Exact {
		return s
	}
	lo, hi := "", ""
	if f.Low != nil {
		lo = strconv.FormatFloat(*f.Low, 'f', -1, 64)
	}
	if f.High != nil {
		hi = strconv.FormatFloat(*f.High, 'f', -1, 64)
	}
	return s + " [" + lo + "," + hi + "]"
}

// openInput opens FILE, or standard input for "" and "-".
func openInput(e *env, path string) (io.Reader, string, func(), error) {
	if path == "" || path == "-" {
		return e.stdin, "standard input", func() {}, nil
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, path, nil, err
	}
	return f, path, func() { f.Close() }, nil
}
