package main

import (
	"encoding/json"
	"os"
	"strings"
	"testing"
)

func TestRulesVocabListsAndPrints(t *testing.T) {
	code, out, errs := run(t, "", "rules", "vocab", "--config", "../../config.yaml")
	if code != exitOK {
		t.Fatalf("rules vocab: %d\n%s", code, errs)
	}
	for _, want := range []string{"@deaths", "@injuries", "@displacement", "@shelter", "@refugees", "@hostages", "@prisoners", "@aid", "@arms_sales", "rules/vocab/deaths.yaml"} {
		if !strings.Contains(out, want) {
			t.Errorf("missing %q in:\n%s", want, out)
		}
	}
	code, out, _ = run(t, "", "rules", "vocab", "--config", "../../config.yaml", "@deaths")
	if code != exitOK || !strings.Contains(out, "@deaths:") || !strings.Contains(out, "\n  lost their lives\n") {
		t.Errorf("rules vocab @deaths: %d\n%s", code, out)
	}
	if code, _, errs := run(t, "", "rules", "vocab", "--config", "../../config.yaml", "deathz"); code != exitFail || !strings.Contains(errs, `no vocabulary "deathz"`) {
		t.Errorf("unknown name: %d %s", code, errs)
	}
	// A near miss is named, as check names it in a rule.
	if code, _, errs := run(t, "", "rules", "vocab", "--config", "../../config.yaml", "@death"); code != exitFail || !strings.Contains(errs, `no vocabulary "@death" (did you mean @deaths?)`) {
		t.Errorf("near name: %d %s", code, errs)
	}
	if code, _, errs := run(t, "", "rules", "vocab", "--config", "../../config.yaml", "casualtiez"); code != exitFail || !strings.Contains(errs, "(known: @aid") {
		t.Errorf("far name: %d %s", code, errs)
	}
}

func TestExtractExplain(t *testing.T) {
	code, out, errs := run(t, "", "extract", "--config", "../../config.yaml", "--explain", "testdata/explain-story.txt")
	if code != exitOK {
		t.Fatalf("extract --explain: %d\n%s", code, errs)
	}
	for _, want := range []string{
		"gaza_death_toll: took a figure",
		`"33,360": keyword "toll" 3 words away (window 10)`,
		// The metric's own exclude_near first, the engine's reading after
		// it (ownrulefirst.go).
		`"75,900": counts "wounded" (exclude_near), not what the metric counts` + "\n" +
			`    "75,900": also a part or a detail of an earlier figure ("including", "among them", ", with", a dash aside), not the total`,
		"prisoners_for_hostages: took a figure",
		`took hostages=40 from "40", prisoners=700 from "700" by values`,
		// "in Rafah" is a rafah_sheltering keyword: the beds figure is left by the metric's min.
		"\"The hospital in Rafah has 60 beds.\"\n  figures: 60\n  rafah_sheltering: took nothing",
		"\"The bakery in Deir al-Balah reopened on Sunday with 12 ovens.\"\n  figures: 12\n  no metric's words are in this sentence",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("missing %q in:\n%s", want, out)
		}
	}
	// With --metric, a sentence other metrics looked at is not one without
	// any metric's words, but it lacks that metric's as one no metric
	// looked at does: both name that metric's keywords, so that a desk
	// sees what its sentence lacks (user44: "did not look at this
	// sentence" gave no way on).
	code, out, _ = run(t, "", "extract", "--config", "../../config.yaml", "--explain", "--metric", "rafah_sheltering", "testdata/explain-story.txt")
	for _, want := range []string{
		"mediators said.\"\n  figures: 40; 700\n  no keyword of rafah_sheltering is in this sentence, in any form: \"@shelter\", \"@displacement\", \"in Rafah\", \"population\", \"civilians STAYING\" (add the sentence's own words to keywords:); other metrics' words are (leave out --metric to see them)\n",
		"12 ovens.\"\n  figures: 12\n  no keyword of rafah_sheltering is in this sentence, in any form: \"@shelter\", \"@displacement\", \"in Rafah\"",
	} {
		if code != exitOK || !strings.Contains(out, want) {
			t.Errorf("--metric: missing %q in:\n%s", want, out)
		}
	}
	code, out, _ = run(t, "", "extract", "--config", "../../config.yaml", "--explain", "--json", "--metric", "gaza_death_toll", "testdata/explain-story.txt")
	first, _, _ := strings.Cut(out, "\n")
	var se struct {
		Quote   string
		Metrics []struct {
			Metric string
			Took   bool
			Steps  []string
		}
	}
	if err := json.Unmarshal([]byte(first), &se); code != exitOK || err != nil || len(se.Metrics) != 1 || se.Metrics[0].Metric != "gaza_death_toll" || !se.Metrics[0].Took {
		t.Errorf("--json --metric: %d %v\n%s", code, err, out)
	}
}

// TestExtractSaysThePageGaveNoText: a page whose story extraction does not
// find (only its headline) is said to be one, with what to run and what to
// set, by --explain and without it, instead of an empty explanation; a
// story with text says nothing of it, nor does a one-line brief that
// gives a figure, which a pass does not count either.
func TestExtractSaysThePageGaveNoText(t *testing.T) {
	for _, args := range [][]string{{"--explain"}, {}, {"--json"}} {
		args = append(append([]string{"extract", "--config", "../../config.yaml"}, args...), "testdata/notext/headline-only.html")
		code, _, errs := run(t, "", args...)
		if code != exitOK || !strings.Contains(errs, "testdata/notext/headline-only.html: the page gives almost no text besides its title") ||
			!strings.Contains(errs, "`claimtrack extract --text testdata/notext/headline-only.html`") || !strings.Contains(errs, "content: selector") {
			t.Errorf("%v: %d\n%s", args, code, errs)
		}
	}
	if _, _, errs := run(t, "", "extract", "--config", "../../config.yaml", "--explain", "testdata/explain-story.txt"); strings.Contains(errs, "no text besides") {
		t.Errorf("a story with text:\n%s", errs)
	}
	// Read from standard input, the command to run again names it as it
	// was given: "-", not "standard input".
	headline, err := os.ReadFile("testdata/notext/headline-only.html")
	if err != nil {
		t.Fatal(err)
	}
	if _, _, errs := run(t, string(headline), "extract", "--config", "../../config.yaml", "-"); !strings.Contains(errs, "standard input: the page gives almost no text") ||
		!strings.Contains(errs, "`claimtrack extract --text -`") {
		t.Errorf("from standard input:\n%s", errs)
	}
	for _, args := range [][]string{{"--explain"}, {}} {
		args = append(append([]string{"extract", "--config", "../../config.yaml"}, args...), "testdata/notext/brief-with-figure.txt")
		if code, out, errs := run(t, "", args...); code != exitOK || strings.Contains(errs, "no text besides") || !strings.Contains(out, "33,091") {
			t.Errorf("%v: a brief that gives a figure: %d\n%s\n%s", args, code, out, errs)
		}
	}
}
