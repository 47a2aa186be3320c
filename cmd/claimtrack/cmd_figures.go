package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strconv"

	"github.com/claimtrack/claimtrack/rules/figures"
)

func runFigures(_ context.Context, e *env, args []string) int {
	fs := newFlags(e, "figures", "[--json] [--lines] [FILE|-]", "Print every figure in a text (standard input when FILE is - or absent).")
	asJSON := fs.Bool("json", false, "one JSON object per figure per line")
	lines := fs.Bool("lines", false, "treat each input line as its own document and add \"line\" (1-based)")
	if code, ok := parseFlags(fs, e, args); !ok {
		return code
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
	out := bufio.NewWriter(e.stdout)
	defer out.Flush()
	print := func(f figures.Figure, line int) {
		if *asJSON {
			b, _ := json.Marshal(f)
			if line > 0 {
				b = append(b[:len(b)-1], []byte(`,"line":`+strconv.Itoa(line)+`}`)...)
			}
			out.Write(b)
			out.WriteByte('\n')
			return
		}
		prefix := ""
		if line > 0 {
			prefix = strconv.Itoa(line) + ":"
		}
		fmt.Fprintf(out, "%s%d-%d\t%-8s\t%s\t%s\t%s\t%q\n", prefix, f.Start, f.End, f.Kind, fmtValue(f), f.Qualifier.Name(), f.Unit, f.Text)
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
			for _, f := range figures.Find(sc.Text()) {
				print(f, n)
			}
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
	for _, f := range figures.Find(string(data)) {
		print(f, 0)
	}
	return exitOK
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
