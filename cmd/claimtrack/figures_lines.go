package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"runtime"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// batchBytes is about how much text a batch of lines holds: enough that
// handing batches between goroutines costs nothing next to reading them.
const batchBytes = 256 << 10

// lineBatch is a run of input lines and, once a worker has read them,
// their output.
type lineBatch struct {
	first int    // the number of the first line (1-based)
	text  []byte // the lines, one after another
	ends  []int  // where each line ends in text
	// err stops the stream after this batch's output: a NUL byte in the
	// next line, or a read error.
	err  error
	out  []byte
	done chan struct{}
}

// nulLineError is a line holding a NUL byte: binary data, not text.
type nulLineError struct{ line int }

func (e nulLineError) Error() string {
	return fmt.Sprintf("line %d holds a NUL byte: it is binary data, not text", e.line)
}

// readError is an error reading the input.
type readError struct{ err error }

func (e readError) Error() string { return "read: " + e.err.Error() }
func (e readError) Unwrap() error { return e.err }

// streamLines writes the figures of each line of in, each line its own
// document, in input order. Lines are read in batches, and every core
// reads batches at once: each line is independent of the others, so a
// stream is read as fast as the machine's cores allow. newPrinter makes
// one printer per worker. It stops at the first nulLineError or
// readError, after writing the lines before it.
func streamLines(in io.Reader, out io.Writer, newPrinter func() *figurePrinter) error {
	workers := runtime.GOMAXPROCS(0)
	todo := make(chan *lineBatch, workers)
	order := make(chan *lineBatch, 2*workers)
	// Written batches go back to the reader, so that their memory (text,
	// output) serves again rather than growing anew for each.
	free := make(chan *lineBatch, cap(order)+workers+2)
	stop := make(chan struct{})
	defer close(stop)
	go readBatches(in, todo, order, free, stop)
	for range workers {
		go func() {
			p := newPrinter()
			for b := range todo {
				// One string for the batch; its lines are substrings.
				text := string(b.text)
				start := 0
				for i, end := range b.ends {
					b.out = p.appendDoc(b.out, text[start:end], b.first+i)
					start = end
				}
				close(b.done)
			}
		}()
	}
	for b := range order {
		<-b.done
		if _, err := out.Write(b.out); err != nil {
			return fmt.Errorf("write: %w", err)
		}
		if b.err != nil {
			return b.err
		}
		select {
		case free <- b:
		default:
		}
	}
	return nil
}

// readBatches reads in's lines into batches, and sends each to todo (for
// a worker) and to order (for the writer, in input order) until the input
// ends, a line holds a NUL byte, or stop is closed. It takes batches from
// free when there are any.
func readBatches(in io.Reader, todo, order chan<- *lineBatch, free <-chan *lineBatch, stop <-chan struct{}) {
	defer close(order)
	defer close(todo)
	sc := bufio.NewScanner(in)
	sc.Buffer(make([]byte, 64<<10), figures.MaxTextBytes)
	next := func(first int) *lineBatch {
		select {
		case b := <-free:
			*b = lineBatch{first: first, text: b.text[:0], ends: b.ends[:0], out: b.out[:0], done: make(chan struct{})}
			return b
		default:
			return &lineBatch{first: first, done: make(chan struct{})}
		}
	}
	b := next(1)
	send := func() bool {
		for _, ch := range []chan<- *lineBatch{todo, order} {
			select {
			case ch <- b:
			case <-stop:
				return false
			}
		}
		return true
	}
	n := 1
	for ; sc.Scan(); n++ {
		line := sc.Bytes()
		if bytes.IndexByte(line, 0) >= 0 {
			b.err = nulLineError{n}
			send()
			return
		}
		b.text = append(b.text, line...)
		b.ends = append(b.ends, len(b.text))
		if len(b.text) >= batchBytes {
			if !send() {
				return
			}
			b = next(n + 1)
		}
	}
	if err := sc.Err(); err != nil {
		b.err = readError{err}
	}
	send()
}
