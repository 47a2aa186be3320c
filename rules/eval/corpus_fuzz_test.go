package eval

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// FuzzParse feeds the corpus parser mangled corpora: it must never panic,
// every error must name the file, and what it accepts must be whole.
func FuzzParse(f *testing.F) {
	seeds, _ := filepath.Glob("testdata/*.yaml")
	for _, p := range seeds {
		b, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		c, errs := Parse("fuzz.yaml", data)
		for _, e := range errs {
			if e.File != "fuzz.yaml" || e.Line < 0 || !strings.HasPrefix(e.Error(), "fuzz.yaml") {
				t.Fatalf("error without its place: %#v", e)
			}
		}
		if len(errs) > 0 {
			if c != nil {
				t.Fatal("a corpus with errors was returned")
			}
			return
		}
		if c == nil || len(c.Metrics) == 0 || len(c.Cases) == 0 {
			t.Fatalf("accepted an empty corpus: %+v", c)
		}
		for _, cs := range c.Cases {
			if strings.TrimSpace(cs.Text) == "" {
				t.Fatalf("accepted a case without text at line %d", cs.Line)
			}
			for m, ex := range cs.Expect {
				forms := 0
				if ex.Value != nil {
					forms++
				}
				if ex.Low != nil && ex.High != nil {
					forms++
				}
				if ex.Values != nil {
					forms++
				}
				if forms != 1 {
					t.Fatalf("accepted %s with %d forms at line %d", m, forms, ex.Line)
				}
			}
		}
	})
}
