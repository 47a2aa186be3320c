package rules

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestCutTextsFrontExtract holds that the engine's readings bound their
// look-behind at the start of a text: a paragraph split by a scraper, a
// caption or a pull quote may begin anywhere ("37,000 Palestinians have
// died", ", the ministry said, is now the number"). Every example of
// testdata/examples, cut after each space or comma, is read without a
// panic.
func TestCutTextsFrontExtract(t *testing.T) {
	failed := 0
	for _, f := range exampleFiles(t) {
		metrics, e := compileExampleFile(t, f)
		for _, m := range metrics {
			for _, ex := range m.Examples {
				for i := 0; i < len(ex.Text)-1 && failed < 10; i++ {
					if ex.Text[i] != ' ' && ex.Text[i] != ',' {
						continue
					}
					for _, text := range []string{ex.Text[i:], strings.TrimSpace(ex.Text[i+1:])} {
						func() {
							defer func() {
								if r := recover(); r != nil {
									failed++
									t.Errorf("%s: %q: %v", filepath.Base(f), text, r)
								}
							}()
							e.Extract(text)
						}()
					}
				}
			}
		}
	}
}
