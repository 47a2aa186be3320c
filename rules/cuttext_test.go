package rules

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"
)

// TestCutTextsExtract holds that the engine's readings bound their
// look-ahead at the end of a text: a page cut at its size bound may stop
// anywhere ("By this morning the count across all three provinces").
// Every example of testdata/examples, cut before each space or comma, is
// read without a panic.
func TestCutTextsExtract(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "examples", "*.yaml"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no example files: %v", err)
	}
	failed := 0
	for _, f := range files {
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
		for _, m := range file.Metrics {
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
