package main

import (
	"encoding/json"
	"os"
	"strings"
	"testing"
)

func TestFiguresClaimants(t *testing.T) {
	story, err := os.ReadFile("testdata/claimants.txt")
	if err != nil {
		t.Fatal(err)
	}
	code, out, errs := run(t, string(story), "figures", "--json", "--claimants", "-")
	if code != exitOK {
		t.Fatalf("figures --claimants: %d\n%s", code, errs)
	}
	got := map[string][2]string{}
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		var f struct {
			Text        string `json:"text"`
			Claimant    string `json:"claimant"`
			ClaimantHow string `json:"claimant_how"`
		}
		if err := json.Unmarshal([]byte(line), &f); err != nil {
			t.Fatalf("%v: %s", err, line)
		}
		got[f.Text] = [2]string{f.Claimant, f.ClaimantHow}
	}
	want := map[string][2]string{
		"More than 34,000":  {"gaza_health_ministry", "sentence"},
		"40":                {"israeli_military", "sentence"},
		"About 1.4 million": {"", ""}, // unattributed: no claimant key at all
	}
	for text, w := range want {
		if g, ok := got[text]; !ok || g != w {
			t.Errorf("%q: claimant %q, want %q (all: %v)", text, g, w, got)
		}
	}
	if strings.Contains(out, `"claimant":""`) {
		t.Errorf("an unattributed figure carries an empty claimant:\n%s", out)
	}
	// Without --claimants, figures stays as it was.
	if _, out, _ := run(t, string(story), "figures", "--json", "-"); strings.Contains(out, "claimant") {
		t.Errorf("figures without --claimants names claimants:\n%s", out)
	}
}

func TestExtractClaimants(t *testing.T) {
	story, err := os.ReadFile("testdata/claimants.txt")
	if err != nil {
		t.Fatal(err)
	}
	code, out, errs := run(t, string(story), "extract", "--json", "--config", "../../config.yaml", "-")
	if code != exitOK {
		t.Fatalf("extract: %d\n%s", code, errs)
	}
	var toll, shelter map[string]any
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		var o map[string]any
		if err := json.Unmarshal([]byte(line), &o); err != nil {
			t.Fatal(err)
		}
		switch o["metric"] {
		case "gaza_death_toll":
			toll = o
		case "rafah_sheltering":
			shelter = o
		}
	}
	if toll == nil || toll["claimant"] != "gaza_health_ministry" || toll["claimant_how"] != "sentence" {
		t.Errorf("toll observation: %v\n%s", toll, out)
	}
	if shelter == nil {
		t.Fatalf("no rafah_sheltering observation:\n%s", out)
	}
	if _, ok := shelter["claimant"]; ok {
		t.Errorf("unattributed observation carries a claimant: %v", shelter)
	}
	code, out, _ = run(t, string(story), "extract", "--config", "../../config.yaml", "-")
	if code != exitOK || !strings.Contains(out, `claimed by gaza_health_ministry ("Hamas-run health ministry", found in the sentence)`) {
		t.Errorf("extract text output:\n%s", out)
	}
}

// TestCheckClaimantKeys: check reports by:, claimants: and
// exclude_claimants: mistakes at their lines, with a did-you-mean for a
// misspelt claimant id; configured ids and an unlisted claimant's words
// pass.
func TestCheckClaimantKeys(t *testing.T) {
	_, cfg := copyConfig(t, "claimant-keys.yaml")
	code, _, errs := run(t, "", "check", "--config", cfg)
	if code != exitFail {
		t.Fatalf("check passed a configuration with mistakes: %d\n%s", code, errs)
	}
	for _, want := range []string{
		`:15:9: metrics[1].by: "outlet": the only choice is claimant`,
		`:16:25: metrics[1].exclude_claimants[0]: no claimant with id "israeli_militray" (did you mean israeli_military?)`,
		`:20:24: metrics[2].exclude_claimants: give claimants (only these) or exclude_claimants (all but these), not both`,
		"3 problems to fix",
	} {
		if !strings.Contains(errs, want) {
			t.Errorf("check lacks %q:\n%s", want, errs)
		}
	}
	if strings.Contains(errs, "metrics[0]") {
		t.Errorf("a configured id, a shipped id or an unlisted claimant's words reported:\n%s", errs)
	}
}
