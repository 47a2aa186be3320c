package rules

import (
	"strings"
	"testing"
)

// TestNoneExampleWithoutScopeSaysSo is walk56's desk: "In neighbouring
// Dunmere, the quake killed 312 people." written as a none: example of a
// metric scoped to Calvora passed because its text, read as a whole
// article, names no scope word, not because Dunmere is ruled out; the desk
// believed it was. Such a pass carries a warning; a none: example that
// names the scope, one left for another reason, and a value example carry
// none.
func TestNoneExampleWithoutScopeSaysSo(t *testing.T) {
	v := 1480.0
	e, err := Compile([]MetricSpec{{ID: "calvora_quake_deaths", Keywords: []string{"@deaths"}, Scope: []string{"Calvora", "Calvoran"},
		ExcludeNear: []string{"Dunmere", "@injuries"}, Examples: []Example{
			{Text: "In neighbouring Dunmere, the quake killed 312 people.", None: true},
			{Text: "The quake struck Calvora at dawn. In Dunmere, it killed 312 people.", None: true},
			{Text: "In Calvora, more than 6,200 people were injured.", None: true},
			{Text: "The death toll in Calvora has risen to 1,480.", Value: &v},
		}}})
	if err != nil {
		t.Fatal(err)
	}
	results := e.TestExamples()
	if len(results) != 4 {
		t.Fatalf("want 4 results, got %d", len(results))
	}
	for i, want := range []bool{true, false, false, false} {
		r := results[i]
		if !r.Passed {
			t.Errorf("examples[%d] failed: %s", i, r)
		}
		if got := r.Untested != ""; got != want {
			t.Errorf("examples[%d] %q: untested warning %q, want one: %v", i, r.Text, r.Untested, want)
		}
	}
	if w := results[0].Untested; !strings.Contains(w, "Calvora, Calvoran") {
		t.Errorf("the warning does not name the scope words: %q", w)
	}
}
