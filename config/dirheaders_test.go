package config

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestDirSourceHeadersChecked: check reads a dir: source's .txt headers as
// once will: a header with no Published: line is a warning naming the
// files and the line to write (once dates them by name or modification
// time), and one that cannot be read a warning at its file:line (once
// refuses it); a file with no header and a dated header say nothing.
func TestDirSourceHeadersChecked(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"config.yaml":                      "rule_files: [rules.yaml]\nsources:\n  - name: archive\n    dir: articles\n",
		"rules.yaml":                       "metrics:" + validMetric,
		"articles/2026-09-14-arrivals.txt": "Outlet: Harbour Wire\nTitle: Arrivals climb\n\nSome 62,015 migrants have arrived by sea this year.\n",
		"articles/notes.txt":               "Outlet: Harbour Wire\nTitle: Notes\n\nMore boats landed overnight.\n",
		"articles/broken.txt":              "Outlet: Harbour Wire\nTitle: Boats\nPublished: last Tuesday\n\nBoats landed.\n",
		"articles/dated.txt":               "Outlet: Harbour Wire\nPublished: 2026-09-15\nTitle: More\n\nMore boats landed.\n",
		"articles/plain.txt":               "Some 62,200 migrants have arrived by sea this year.\n",
	})
	cfg, err := load(filepath.Join(dir, "config.yaml"), noEnv)
	if err != nil {
		t.Fatal(err)
	}
	all := strings.Join(cfg.Warnings, "\n")
	for _, want := range []string{
		`sources[0].dir: ` + filepath.Join(dir, "articles", "broken.txt") + `:3: Published: "last Tuesday" is no date: write it as 2024-03-24`,
		"once and run refuse the file until it is mended",
		"sources[0].dir: 2 files (2026-09-14-arrivals.txt, notes.txt) in " + filepath.Join(dir, "articles") + " have a header with no Published: line",
		`add a line "Published: 2024-03-24"`,
	} {
		if !strings.Contains(all, want) {
			t.Errorf("warnings lack %q:\n%s", want, all)
		}
	}
	if strings.Contains(all, "dated.txt") || strings.Contains(all, "plain.txt") {
		t.Errorf("a dated header or a plain text warned:\n%s", all)
	}
}
