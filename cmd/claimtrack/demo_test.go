package main

import (
	"regexp"
	"strings"
	"testing"
)

// TestDemoTellsWhatItJudged runs the demo and checks what a first user
// reads: messages name claimants and the conflict is between claimants;
// a scrape with nothing to post says, per figure, what was judged and
// why; an outlet that merely agrees and a syndicated copy are each
// labelled for what they are; the summary table keeps its columns apart
// and gives units and lower-case qualifiers. Twice, for determinism.
func TestDemoTellsWhatItJudged(t *testing.T) {
	code, out, errs := run(t, "", "demo")
	if code != exitOK {
		t.Fatalf("demo: %d\n%s", code, errs)
	}
	for _, want := range []string{
		// Claimants in messages, the conflict between claimants.
		"32,414 → *33,091* (+677, +2.1%), Gaza health ministry via Gulf Courier",
		"*Gaza death toll: claimants disagree*\n*30,500*, Northern Ledger's own figure, against the accepted *33,091*, Gaza health ministry via Gulf Courier: claimants disagree.",
		// What was judged and why, per article.
		"Nothing to post. What was judged:\n  Gaza death toll: more than 32,000 people, Gaza health ministry via Gulf Courier — first reading: not posted",
		"Gaza death toll: 32,414 people, Gaza health ministry via Harbour Times — copy of Meridian Wire's story: not counted again",
		"— older than the accepted 32,414 people (Gaza health ministry via Meridian Wire, 25 Mar): cannot replace it",
		"Gaza death toll: 33,091 people, Gaza health ministry via Harbour Times — agrees with the accepted 33,091 people (Gaza health ministry via Gulf Courier, 27 Mar): one more outlet, the same claimant",
		"Norwegian Refugee Council via Harbour Times — agrees with the accepted more than 1.4 million people (1,400,000) (United Nations and its agencies via Gulf Courier, 27 Mar): one more outlet and an independent claimant",
		"Judged and not posted:\n  Hamas battalions in Rafah: four battalions (4), Israeli government via Gulf Courier — first reading",
		// What the story showed, counted truthfully.
		"2 figures from outlets that merely agree", "2 syndicated copies recognised and not counted again", "1 conflict between claimants",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("the demo lacks %q", want)
		}
	}
	if strings.Contains(out, "(nothing to post)") {
		t.Error("the demo still prints (nothing to post)")
	}
	// Quotes keep the article's words; values are written alike.
	if m := regexp.MustCompile(`(→ |\*|: )More than`).FindString(out); m != "" {
		t.Errorf("a value with a capitalised qualifier: %q", m)
	}
	table := summaryTable(t, out)
	if len(table) != 8 {
		t.Fatalf("summary table: %d lines\n%s", len(table), strings.Join(table, "\n"))
	}
	// Every row's value starts in the header's CURRENT VALUE column, after
	// at least two spaces: the longest name does not run into its value.
	col := strings.Index(table[0], "CURRENT VALUE")
	for _, row := range table[1:] {
		if len(row) < col || row[col-2:col] != "  " || row[col] == ' ' {
			t.Errorf("a value out of its column:\n%s\n%s", table[0], row)
		}
	}
	for _, want := range []string{
		"Gaza death toll  ", "33,091 people", "2 outlets, 1 claimant",
		"more than 1.4 million people (1,400,000)", "2 outlets, 2 claimants",
		"40 hostages, some 700 prisoners", "four battalions (4)", "more than 100 sales", "about $3.3 billion (USD 3,300,000,000)",
		"US foreign military sales to Israel since the war began  ",
	} {
		if !strings.Contains(strings.Join(table, "\n"), want) {
			t.Errorf("the summary table lacks %q:\n%s", want, strings.Join(table, "\n"))
		}
	}
	_, again, _ := run(t, "", "demo")
	site := regexp.MustCompile(`http://127\.0\.0\.1:\d+`)
	if site.ReplaceAllString(out, "SITE") != site.ReplaceAllString(again, "SITE") {
		t.Error("two runs of the demo differ beyond the site's port")
	}
}

// summaryTable returns the summary's table: its header and rows.
func summaryTable(t *testing.T, out string) []string {
	t.Helper()
	_, rest, ok := strings.Cut(out, "── Summary:")
	if !ok {
		t.Fatal("no summary")
	}
	var lines []string
	for _, l := range strings.Split(rest, "\n")[1:] {
		if strings.TrimSpace(l) == "" {
			if len(lines) > 0 {
				break
			}
			continue
		}
		lines = append(lines, l)
	}
	return lines
}
