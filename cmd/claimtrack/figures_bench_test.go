package main

import (
	"context"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/claimtrack/claimtrack/internal/newstext"
)

// denseFile writes 20 MB of dense news text (a figure in every sentence)
// for the figures benchmarks. Each paragraph is a line, so --lines reads
// it as documents of article size (the whole is over the finder's limit).
func denseFile(b *testing.B) (string, int64) {
	b.Helper()
	text := newstext.Generate(20 << 20)
	path := filepath.Join(b.TempDir(), "dense.txt")
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		b.Fatal(err)
	}
	return path, int64(len(text))
}

// BenchmarkFiguresJSON runs `claimtrack figures --json --lines` in the
// test process, for profiling: go test ./cmd/claimtrack -run '^$'
// -bench FiguresJSON$ -cpuprofile cpu.out.
func BenchmarkFiguresJSON(b *testing.B) {
	path, size := denseFile(b)
	e := &env{stdout: io.Discard, stderr: io.Discard, getenv: func(string) string { return "" }}
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		if code := dispatch(context.Background(), e, []string{"figures", "--json", "--lines", path}); code != exitOK {
			b.Fatalf("exit %d", code)
		}
	}
}

// BenchmarkFiguresJSONProcess is the load test of issue 17: the built
// binary streams 20 MB of dense text through `figures --json --lines`
// into a pipe, as a whole process. Besides MB/s of wall time it reports
// MB per CPU second of the process (user and system), which a shared
// machine disturbs less: go test ./cmd/claimtrack -run '^$'
// -bench FiguresJSONProcess -benchtime 5x.
func BenchmarkFiguresJSONProcess(b *testing.B) {
	bin := binary(b)
	path, size := denseFile(b)
	b.SetBytes(size)
	var cpu time.Duration
	for b.Loop() {
		cmd := exec.Command(bin, "figures", "--json", "--lines", path)
		out, err := cmd.StdoutPipe()
		if err != nil {
			b.Fatal(err)
		}
		if err := cmd.Start(); err != nil {
			b.Fatal(err)
		}
		if _, err := io.Copy(io.Discard, out); err != nil {
			b.Fatal(err)
		}
		if err := cmd.Wait(); err != nil {
			b.Fatal(err)
		}
		cpu += cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()
	}
	b.ReportMetric(float64(size)*float64(b.N)/1e6/cpu.Seconds(), "MB/cpu-s")
}
