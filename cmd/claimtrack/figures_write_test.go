package main

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"testing"
)

// failingWriter takes up to room bytes, then fails every write, as a
// closed pipe or a full disk does.
type failingWriter struct{ room int }

func (w *failingWriter) Write(p []byte) (int, error) {
	if len(p) > w.room {
		n := w.room
		w.room = 0
		return n, errors.New("no room left")
	}
	w.room -= len(p)
	return len(p), nil
}

// TestFiguresWriteErrorFails checks that figures exits with a failure, and
// says so, when its output cannot be written, whole document or --lines:
// a truncated output must not look like a finished one.
func TestFiguresWriteErrorFails(t *testing.T) {
	text := strings.Repeat("The floods displaced 40,000 people and killed 12 in the north.\n", 50)
	for _, args := range [][]string{{"figures"}, {"figures", "--lines"}, {"figures", "--json", "--lines"}} {
		var errb bytes.Buffer
		e := &env{stdin: strings.NewReader(text), stdout: &failingWriter{room: 100}, stderr: &errb, getenv: func(string) string { return "" }}
		if code := dispatch(context.Background(), e, args); code != exitFail || !strings.Contains(errb.String(), "no room left") {
			t.Errorf("%v: exit %d, stderr %q; want %d and the write error", args, code, errb.String(), exitFail)
		}
	}
}
