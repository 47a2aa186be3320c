package rules

import (
	"path/filepath"
	"testing"
)

// TestExampleFiles runs the metrics in testdata/examples, whose examples
// say what the engine must read (word forms, vocabularies, values).
func TestExampleFiles(t *testing.T) {
	t.Parallel() // a corpus-wide test: see fixtures_test.go
	for _, f := range examples(t) {
		t.Run(filepath.Base(f.path), func(t *testing.T) {
			for _, r := range f.engine.TestExamples() {
				if !r.Passed {
					t.Errorf("%s", r)
				}
			}
		})
	}
}
