package rules

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestCutTextsExtract holds that the engine's readings bound their
// look-ahead at the end of a text and their look-behind at its start: a
// page cut at its size bound may stop anywhere ("By this morning the count
// across all three provinces"), and a split paragraph, a caption or a pull
// quote may begin anywhere ("37,000 Palestinians have died", ", the
// ministry said, is now the number"). Every example of testdata/examples,
// cut before and after each space or comma, is read without a panic.
func TestCutTextsExtract(t *testing.T) {
	t.Parallel() // a corpus-wide test: see fixtures_test.go
	failed := 0
	for i, ef := range examples(t) {
		if skipUnderRace(i) {
			continue
		}
		f, e := ef.path, ef.engine
		for _, m := range ef.specs {
			for _, ex := range m.Examples {
				for i := 1; i < len(ex.Text) && failed < 10; i++ {
					if ex.Text[i] != ' ' && ex.Text[i] != ',' {
						continue
					}
					for _, text := range []string{strings.TrimSpace(ex.Text[:i]), ex.Text[i:], strings.TrimSpace(ex.Text[i+1:])} {
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
