package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"

	"github.com/claimtrack/claimtrack/internal/jsonw"
	"github.com/claimtrack/claimtrack/rules/claimant"
	"github.com/claimtrack/claimtrack/rules/figures"
)

func runFigures(_ context.Context, e *env, args []string) (code int) {
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
	defer func() {
		// Output held in the buffer when stdout refuses it (a closed pipe,
		// a full disk) is lost: a truncated output must not exit as done.
		if err := out.Flush(); err != nil && code == exitOK {
			fmt.Fprintf(e.stderr, "claimtrack figures: write: %v\n", err)
			code = exitFail
		}
	}()
	if *lines {
		// Each line is its own document: read them as they come, with the
		// head sniffed first so that a binary file is refused at once.
		if err := notAFolder(in, name); err != nil {
			fmt.Fprintf(e.stderr, "claimtrack figures: %v\n", err)
			return exitFail
		}
		br := bufio.NewReaderSize(in, sniffBytes)
		if head, err := br.Peek(sniffBytes); err != nil && err != io.EOF && err != bufio.ErrBufferFull {
			fmt.Fprintf(e.stderr, "claimtrack figures: read %s: %v\n", name, err)
			return exitFail
		} else if err := checkText(head, name); err != nil {
			fmt.Fprintf(e.stderr, "claimtrack figures: %v\n", err)
			return exitFail
		}
		err := streamLines(br, out, func() *figurePrinter { return &figurePrinter{json: *asJSON, finder: finder} })
		var nul nulLineError
		var rerr readError
		switch {
		case err == nil:
			return exitOK
		case errors.As(err, &nul):
			fmt.Fprintf(e.stderr, "claimtrack figures: %s:%d holds a NUL byte: it is binary data, not text\n", name, nul.line)
		case errors.As(err, &rerr):
			fmt.Fprintf(e.stderr, "claimtrack figures: read %s: %v\n", name, rerr.err)
		default:
			fmt.Fprintf(e.stderr, "claimtrack figures: %v\n", err)
		}
		return exitFail
	}
	data, err := readText(in, name, figures.MaxTextBytes, "the figure finder's limit")
	if err != nil {
		fmt.Fprintf(e.stderr, "claimtrack figures: %v\n", err)
		return exitFail
	}
	p := &figurePrinter{json: *asJSON, finder: finder}
	out.Write(p.appendDoc(nil, string(data), 0))
	return exitOK
}

// figurePrinter writes the figures of one document after another,
// keeping its analyzer's storage from each to the next. It is not safe
// for concurrent use.
type figurePrinter struct {
	json     bool
	finder   *claimant.Finder // nil: no claimants
	analyzer figures.Analyzer
}

// appendDoc appends the output for the figures of text, line (1-based) of
// its input, or its whole when line is 0.
func (p *figurePrinter) appendDoc(b []byte, text string, line int) []byte {
	d := p.analyzer.Analyze(text)
	var doc *claimant.Doc
	if p.finder != nil {
		// Released, the Doc's memory serves the next document's.
		doc = p.finder.Doc(d)
		defer doc.Release()
	}
	for _, f := range d.Figures {
		var c *claimant.Claimant
		if doc != nil {
			if found, ok := doc.Find(f.Start, f.End); ok {
				c = &found
			}
		}
		if p.json {
			b = appendFigureRecord(b, f, line, c)
			continue
		}
		if line > 0 {
			b = strconv.AppendInt(b, int64(line), 10)
			b = append(b, ':')
		}
		b = fmt.Appendf(b, "%d-%d\t%-8s\t%s\t%s\t%s\t%q", f.Start, f.End, f.Kind, fmtValue(f), f.Qualifier.Name(), f.Unit, f.Text)
		if c != nil {
			b = append(b, '\t')
			b = append(b, c.Name()...)
			b = append(b, " ("...)
			b = append(b, c.How...)
			b = append(b, ')')
		}
		b = append(b, '\n')
	}
	return b
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
