package main

import (
	"strings"
	"testing"
)

// A dir: source with no outlet: takes each saved file's own outlet (its
// Outlet: line), as operations.md says the header gives it: a desk's
// folder of stories from a wire, a broadsheet and a TV station is three
// outlets, not one named after the source. With outlet: set, that name
// stays every file's.
func TestDirSourceTakesEachFilesOutlet(t *testing.T) {
	file := func(outlet, day, figure string) string {
		return "Outlet: " + outlet + "\nPublished: 2026-11-0" + day + "T09:00:00Z\nTitle: Riverton floods\nURL: https://" +
			strings.ToLower(strings.ReplaceAll(outlet, " ", "")) + ".example/" + day + "\n\n" +
			"RIVERTON — About " + figure + " people were sheltering in Riverton schools, the county emergency office said.\n"
	}
	files := map[string]string{
		"articles/2026-11-02-wire.txt": file("Maple Wire", "2", "1,200"),
		"articles/2026-11-03-tv.txt":   file("KRVT Evening News", "3", "1,250"),
	}
	cfg := writeDesk(t, files)
	// writeDesk names the outlet; a desk's folder of many outlets does not.
	writeFiles(t, strings.TrimSuffix(cfg, "config.yaml"), map[string]string{
		"config.yaml": "store: ./desk.db\nlisten: \"\"\nsources:\n  - name: archive\n    dir: articles\nrule_files: [rules.yaml]\n"})
	if code, _, errs := run(t, "", "once", "--config", cfg); code != exitOK {
		t.Fatalf("once: %d\n%s", code, errs)
	}
	code, out, errs := run(t, "", "history", "--config", cfg, "riverton_sheltering")
	if code != exitOK || !strings.Contains(out, "Maple Wire") || !strings.Contains(out, "KRVT Evening News") || strings.Contains(out, " archive ") {
		t.Errorf("history: %d\n%s%s", code, out, errs)
	}
}
