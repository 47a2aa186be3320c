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
	for _, f := range exampleFiles(t) {
		t.Run(filepath.Base(f), func(t *testing.T) {
			_, e := compileExampleFile(t, f)
			for _, r := range e.TestExamples() {
				if !r.Passed {
					t.Errorf("%s", r)
				}
			}
		})
	}
}

// exampleFiles lists the files of testdata/examples.
func exampleFiles(t *testing.T) []string {
	t.Helper()
	files, err := filepath.Glob(filepath.Join("testdata", "examples", "*.yaml"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no example files: %v", err)
	}
	return files
}

// compileExampleFile reads an examples file's metrics and compiles them.
func compileExampleFile(t *testing.T, path string) ([]MetricSpec, *Engine) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var file struct {
		Metrics []MetricSpec `yaml:"metrics"`
	}
	if err := yaml.Unmarshal(data, &file); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	e, err := Compile(file.Metrics)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return file.Metrics, e
}
