package rules

import (
	"os"
	"path/filepath"
	"testing"

	"gopkg.in/yaml.v3"
)

// TestExampleFiles runs the metrics in testdata/examples, whose examples
// say what the engine must read (word forms, vocabularies, values).
func TestExampleFiles(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "examples", "*.yaml"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no example files: %v", err)
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			var file struct {
				Metrics []MetricSpec `yaml:"metrics"`
			}
			if err := yaml.Unmarshal(data, &file); err != nil {
				t.Fatal(err)
			}
			e, err := Compile(file.Metrics)
			if err != nil {
				t.Fatal(err)
			}
			for _, r := range e.TestExamples() {
				if !r.Passed {
					t.Errorf("%s", r)
				}
			}
		})
	}
}
