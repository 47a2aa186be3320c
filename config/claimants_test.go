package config

import (
	"errors"
	"strings"
	"testing"

	"github.com/claimtrack/claimtrack/rules/figures"
)

func TestClaimantErrorsCarryPositions(t *testing.T) {
	_, err := load("testdata/claimants.bad.yaml", noEnv)
	var errs Errors
	if !errors.As(err, &errs) {
		t.Fatalf("want Errors, got %v", err)
	}
	all := errs.Error()
	want := []string{
		`claimants.bad.yaml:7:9: claimants[1].id: duplicate claimant id "ledger" (first at claimants[0], line 4)`,
		`claimants.bad.yaml:9:9: claimants[2].id: "Red-Crescent": use lower-case letters, digits and _`,
		`claimants.bad.yaml:12:15: claimants[3].aliases[0]: empty alias`,
		`claimants.bad.yaml:14:15: claimants[4].aliases[0]: alias is also one of claimant "ledger" (claimants[0])`,
		`claimants.bad.yaml:16:15: claimants[5].aliases[0]: alias is also one of the shipped claimant "us_government"`,
		`claimants.bad.yaml:17:5: claimants[6].aliases: give at least one alias`,
	}
	for _, w := range want {
		if !strings.Contains(all, w) {
			t.Errorf("missing error %q in:\n%s", w, all)
		}
	}
	if n := strings.Count(all, ": claimants["); n != len(want) {
		t.Errorf("%d claimant errors, want %d:\n%s", n, len(want), all)
	}
}

func TestClaimantsReplaceAndAddToShipped(t *testing.T) {
	cfg, err := load("testdata/claimants.good.yaml", noEnv)
	if err != nil {
		t.Fatal(err)
	}
	f, err := cfg.ClaimantFinder()
	if err != nil {
		t.Fatal(err)
	}
	ids := map[string]int{}
	for _, e := range cfg.ClaimantEntities() {
		ids[e.ID]++
	}
	if ids["un"] != 1 || ids["ledger"] != 1 || ids["gaza_health_ministry"] != 1 {
		t.Errorf("merged ids %v: want un once (replaced), ledger added, shipped ones kept", ids)
	}
	for _, tc := range []struct{ text, fig, want string }{
		{"A Ledger analysis found that 58 per cent of the buildings were damaged.", "58", "ledger"},
		{"Nearly 9,000 patients need evacuation, the WHO said on Friday.", "9,000", "un"},
		// The replaced un no longer knows "United Nations": kept as written.
		{"About 1.7 million people have fled, according to the United Nations.", "1.7", "United Nations"},
	} {
		d := figures.Analyze(tc.text)
		s := strings.Index(tc.text, tc.fig)
		c, ok := f.Find(d, s, s+len(tc.fig))
		if !ok || c.Name() != tc.want {
			t.Errorf("%q: claimant %+v (found %v), want %s", tc.text, c, ok, tc.want)
		}
	}
}

// A desk's own body whose alias a shipped claimant holds is told how to keep
// both (list the shipped one without it, whole: its name, other aliases,
// bare aliases and context), not only to take the shipped id: a bare alias
// never asks for another story's id. Followed literally, the message's
// entry loads, and Gaza's ministry keeps "the health ministry" (review51).
func TestShippedAliasSaysHowToKeepBoth(t *testing.T) {
	_, err := load("testdata/claimants.shipped.yaml", noEnv)
	if err == nil {
		t.Fatal("want errors")
	}
	all := err.Error()
	for _, w := range []string{
		`claimants.shipped.yaml:7:15: claimants[0].aliases[0]: alias is also one of the shipped claimant "un": if this entry is that body, give it the id "un" to replace it; if it is another body, keep this alias and add under claimants: - {id: un, name: "United Nations and its agencies", aliases: ["UN", "U.N.",`,
		`claimants.shipped.yaml:10:20: claimants[1].bare_aliases[0]: bare alias is also one of the shipped claimant "gaza_health_ministry": to free it, add under claimants: - {id: gaza_health_ministry, name: "Gaza health ministry", aliases: ["Gaza health ministry",`,
		`bare_aliases: ["the health ministry", "health ministry", "the ministry of health", "ministry of health", "health officials"], context: ["Gaza",`,
	} {
		if !strings.Contains(all, w) {
			t.Errorf("missing %q in:\n%s", w, all)
		}
	}
	if strings.Contains(all, `"UNHCR"`) || strings.Contains(all, `"UN refugee agency"`) || strings.Contains(all, `give it the id "gaza_health_ministry"`) {
		t.Errorf("an alias the entry takes is offered back, or a bare alias asks for Gaza's id:\n%s", all)
	}
}
