package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// writeDesk writes README's first configuration (a folder of saved
// articles, one rule file, no Slack) with the files given, and returns its
// path.
func writeDesk(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	files["config.yaml"] = "store: ./desk.db\nlisten: \"\"\nsources:\n  - name: archive\n    outlet: Valley Herald\n    dir: articles\nrule_files: [rules.yaml]\n"
	files["rules.yaml"] = "metrics:\n  - id: riverton_sheltering\n    name: People sheltering in Riverton\n    unit: people\n    keywords: [\"@shelter\"]\n    scope: [Riverton]\n"
	writeFiles(t, dir, files)
	return filepath.Join(dir, "config.yaml")
}

// writeFiles writes each file of files (its path relative to dir, folders
// made as needed) with its body.
func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, body := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// once counts what it did not post as history then lists it, in the same
// words. A folder read newest first made the newest a baseline until the
// older file came and the archive's replay made that one the baseline and
// the newest backlog: once said "not posted: 2 baseline" while history
// said one baseline, one backlog. The newest, the value tracking starts
// from, is "archive: taken as the value" and "the value now" (it was
// "backlog", and the older figure "baseline", which a desk read the other
// way round).
func TestOnceCountsWhatHistoryShows(t *testing.T) {
	cfg := writeDesk(t, map[string]string{
		"articles/2026-11-02-flood.html": "<html><head><title>Floods hit Riverton</title></head><body><article><h1>Floods hit Riverton</h1><p>RIVERTON — The Ash River burst its banks.</p><p>About 1,200 people were sheltering in schools on Sunday night, the county emergency office said.</p></article></body></html>",
		"articles/2026-11-03-flood.html": "<html><head><title>Riverton shelters fill</title></head><body><article><h1>Riverton shelters fill</h1><p>RIVERTON — More rain fell.</p><p>More than 2,000 people are now sheltering in Riverton, the county emergency office said on Monday.</p></article></body></html>",
	})
	code, _, errs := run(t, "", "once", "--config", cfg)
	if code != exitOK || !strings.Contains(errs, `not posted: 1 "first reading", 1 "archive: taken as the value"; archive: published before`) {
		t.Errorf("once: %d\n%s", code, errs)
	}
	code, out, errs := run(t, "", "history", "--config", cfg, "riverton_sheltering")
	if code != exitOK || strings.Count(out, " first reading ") != 1 || strings.Count(out, " archive: taken as the value, the value now ") != 1 ||
		strings.Index(out, "first reading") > strings.Index(out, "the value now") {
		t.Errorf("history: %d\n%s%s", code, out, errs)
	}
}

// history without a METRIC names the configuration's metrics: a first
// user of the shipped config.yaml knows none of its ids.
func TestHistoryWithoutMetricNamesThem(t *testing.T) {
	cfg := writeDesk(t, map[string]string{"articles/2026-11-02.txt": "Riverton."})
	code, _, errs := run(t, "", "history", "--config", cfg)
	if code != exitUsage || !strings.Contains(errs, "give one METRIC id; the metrics of "+cfg+": riverton_sheltering\n") {
		t.Errorf("history: %d %q", code, errs)
	}
}
