package config

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestTemplatePublishedWithoutDatedWarns: a custom template that writes
// {{.Published}} (or {{.OldPublished}}) but not {{.Dated}} ({{.OldDated}})
// says "published" of a figure a revision of its page changed in place:
// check warns at the template's line and says what to write; one that
// writes both, or neither, is not warned of.
func TestTemplatePublishedWithoutDatedWarns(t *testing.T) {
	dir := writeFiles(t, map[string]string{"config.yaml": `templates:
  change: "{{.Metric}}: {{.NewText}}, published {{.Published}}"
  decrease: "{{.Metric}}: {{.NewText}}, {{.Dated}} {{.Published}}; was {{.OldText}} ({{.OldPublished}})"
  first: "{{.Metric}}: {{.NewText}} ({{.Dated}} {{.Published}})"
  conflict: "{{.Metric}}: {{.NewText}}"
metrics:` + validMetric})
	cfg, err := load(filepath.Join(dir, "config.yaml"), noEnv)
	if err != nil {
		t.Fatal(err)
	}
	w := strings.Join(cfg.Warnings, "\n")
	for _, want := range []string{
		filepath.Join(dir, "config.yaml") + ":2:11: warning: templates.change writes {{.Published}} but not {{.Dated}}",
		"write {{.Dated}} {{.Published}}",
		filepath.Join(dir, "config.yaml") + ":3:13: warning: templates.decrease writes {{.OldPublished}} but not {{.OldDated}}",
		"write {{.OldDated}} {{.OldPublished}}",
	} {
		if !strings.Contains(w, want) {
			t.Errorf("warnings lack %q:\n%s", want, w)
		}
	}
	for _, quiet := range []string{"templates.first", "templates.conflict", "templates.decrease writes {{.Published}}"} {
		if strings.Contains(w, quiet) {
			t.Errorf("warned of %s:\n%s", quiet, w)
		}
	}
}
