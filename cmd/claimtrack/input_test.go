package main

import (
	"context"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// TestExtractAndFiguresRefuseWhatIsNotText: binary files are refused with
// an error naming the file, for extract (observations and --text) and
// figures (whole and --lines); text and HTML, Latin-1 included, are read.
func TestExtractAndFiguresRefuseWhatIsNotText(t *testing.T) {
	refused := map[string]string{
		"photo.png":      "looks like image/png",
		"report.txt.gz":  "looks like application/x-gzip",
		"briefing.pdf":   "is a PDF",
		"dump.bin":       "looks like binary data",
		"wire-utf16.txt": "is UTF-16 text",
		"":               "is a folder", // testdata/input itself
	}
	for file, want := range refused {
		p := filepath.Join("testdata", "input", file)
		for _, args := range [][]string{
			{"extract", "--text", p},
			{"extract", "--config", "testdata/small-limit.yaml", p},
			{"figures", p},
			{"figures", "--lines", p},
		} {
			code, out, errs := run(t, "", args...)
			if code != exitFail || out != "" || !strings.Contains(errs, p+" "+want) {
				t.Errorf("%s: exit %d, stdout %q, stderr %q; want exit 1 and %q", strings.Join(args, " "), code, out, errs, p+" "+want)
			}
		}
	}
	// Standard input is sniffed too.
	png, _ := os.ReadFile(filepath.Join("testdata", "input", "photo.png"))
	if code, _, errs := run(t, string(png), "figures", "-"); code != exitFail || !strings.Contains(errs, "standard input looks like image/png") {
		t.Errorf("figures on a PNG on stdin: %d %q", code, errs)
	}

	for file, want := range map[string]string{
		"flood.html":         "More than 12,000 people have been displaced",
		"depeche-latin1.txt": "2 315 personnes",
	} {
		p := filepath.Join("testdata", "input", file)
		code, out, errs := run(t, "", "extract", "--text", p)
		if code != exitOK || !strings.Contains(out, want) {
			t.Errorf("extract --text %s: %d %q %q", file, code, out, errs)
		}
	}
	code, out, _ := run(t, "", "figures", filepath.Join("testdata", "input", "flood.html"))
	if code != exitOK || !strings.Contains(out, "12000") {
		t.Errorf("figures on HTML: %d %q", code, out)
	}
}

// TestExtractBoundsWhatItReads: an input larger than the article limit is
// refused: a file by its size before it is read, standard input once the
// limit is passed.
func TestExtractBoundsWhatItReads(t *testing.T) {
	big := filepath.Join(t.TempDir(), "archive.txt")
	f, err := os.Create(big)
	if err != nil {
		t.Fatal(err)
	}
	// Text at its head, then sparse: 64 MB on paper, little on disk.
	f.WriteString(strings.Repeat("Officials said 40 people were killed when the bridge collapsed.\n", 200))
	if err := f.Truncate(64 << 20); err != nil {
		t.Fatal(err)
	}
	f.Close()
	code, _, errs := run(t, "", "extract", "--text", big)
	if code != exitFail || !strings.Contains(errs, big+" is 64.0 MB, more than the 5.0 MB an article may be (fetch.max_body_bytes)") {
		t.Errorf("extract on 64 MB: %d %q", code, errs)
	}
	code, _, errs = run(t, "", "figures", big)
	if code != exitFail || !strings.Contains(errs, big+" is 64.0 MB, more than the 16.0 MB") {
		t.Errorf("figures on 64 MB: %d %q", code, errs)
	}
	text := strings.Repeat("More than 12,000 people have been displaced by the floods, officials said.\n", 40)
	code, _, errs = run(t, text, "extract", "--config", "testdata/small-limit.yaml", "-")
	if code != exitFail || !strings.Contains(errs, "standard input is larger than 2.0 KB, the most an article may be (fetch.max_body_bytes)") {
		t.Errorf("extract on 3 KB of stdin with a 2 KB limit: %d %q", code, errs)
	}
	code, out, errs := run(t, text[:1500], "extract", "--config", "testdata/small-limit.yaml", "-")
	if code != exitOK || !strings.Contains(out, "displaced: 12000 (more_than)") {
		t.Errorf("extract under the limit: %d %q %q", code, out, errs)
	}
}

// BenchmarkExtractTextMemory reads a 4 MB text through extract --text and
// reports the bytes allocated per input byte: reading is bounded, so this
// stays a small constant however large the input.
func BenchmarkExtractTextMemory(b *testing.B) {
	p := filepath.Join(b.TempDir(), "long.txt")
	para := "Officials said on Sunday that more than 1,200 families had been moved to schools and sports halls.\n\n"
	body := strings.Repeat(para, (4<<20)/len(para))
	if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.SetBytes(int64(len(body)))
	var m0, m1 runtime.MemStats
	runtime.ReadMemStats(&m0)
	for i := 0; i < b.N; i++ {
		e := &env{stdin: strings.NewReader(""), stdout: io.Discard, stderr: io.Discard, getenv: func(string) string { return "" }}
		if code := dispatch(context.Background(), e, []string{"extract", "--text", p}); code != exitOK {
			b.Fatalf("exit %d", code)
		}
	}
	runtime.ReadMemStats(&m1)
	b.ReportMetric(float64(m1.TotalAlloc-m0.TotalAlloc)/float64(b.N)/float64(len(body)), "alloc-bytes/input-byte")
}
