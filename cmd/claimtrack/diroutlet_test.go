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

// A desk upgraded from when a dir: source's files all took its outlet:
// name, which has since left it out, is warned at once's start, naming the
// outlet: line that keeps one outlet as before; a desk whose articles were
// never stored under the source's name is not.
func TestFolderOutletsUpgradeWarned(t *testing.T) {
	files := map[string]string{
		"articles/2026-11-02-wire.txt": "Outlet: Maple Wire\nPublished: 2026-11-02T09:00:00Z\nTitle: Riverton floods\nURL: https://maplewire.example/2\n\n" +
			"RIVERTON — About 1,200 people were sheltering in Riverton schools, the county emergency office said.\n",
	}
	cfg := writeDesk(t, files)
	dir := strings.TrimSuffix(cfg, "config.yaml")
	const warning = "write outlet: archive under the source"
	writeFiles(t, dir, map[string]string{
		"config.yaml": "store: ./desk.db\nlisten: \"\"\nsources:\n  - name: archive\n    outlet: archive\n    dir: articles\nrule_files: [rules.yaml]\n"})
	if code, _, errs := run(t, "", "once", "--config", cfg); code != exitOK || strings.Contains(errs, warning) {
		t.Fatalf("once with outlet: archive: %d\n%s", code, errs)
	}
	writeFiles(t, dir, map[string]string{
		"config.yaml": "store: ./desk.db\nlisten: \"\"\nsources:\n  - name: archive\n    dir: articles\nrule_files: [rules.yaml]\n"})
	if code, _, errs := run(t, "", "once", "--config", cfg); code != exitOK || !strings.Contains(errs, warning) {
		t.Errorf("once after outlet: was left out: %d, want the warning %q\n%s", code, warning, errs)
	}
	fresh := writeDesk(t, map[string]string{"articles/2026-11-02-wire.txt": files["articles/2026-11-02-wire.txt"]})
	writeFiles(t, strings.TrimSuffix(fresh, "config.yaml"), map[string]string{
		"config.yaml": "store: ./desk.db\nlisten: \"\"\nsources:\n  - name: archive\n    dir: articles\nrule_files: [rules.yaml]\n"})
	if code, _, errs := run(t, "", "once", "--config", fresh); code != exitOK || strings.Contains(errs, warning) {
		t.Errorf("a fresh desk without outlet: is warned: %d\n%s", code, errs)
	}
}
