package rules

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestCutTextsExtract holds that the engine's readings bound their
// look-ahead at the end of a text: a page cut at its size bound may stop
// anywhere ("By this morning the count across all three provinces").
// Every example of testdata/examples, cut before each space or comma, is
// read without a panic.
func TestCutTextsExtract(t *testing.T) {
	failed := 0
	for _, f := range exampleFiles(t) {
		metrics, e := compileExampleFile(t, f)
		for _, m := range metrics {
			for _, ex := range m.Examples {
				for i := 1; i < len(ex.Text) && failed < 10; i++ {
					if ex.Text[i] != ' ' && ex.Text[i] != ',' {
						continue
					}
					text := strings.TrimSpace(ex.Text[:i])
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
