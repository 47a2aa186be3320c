package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const evalData = "../../rules/eval/testdata/"

func TestRulesEvalReportsFindingsAndFloors(t *testing.T) {
	code, out, errs := run(t, "", "rules", "eval", "--rules", evalData+"metrics.yaml", evalData+"floods.yaml")
	if code != exitFail {
		t.Fatalf("under the floors: exit %d, want %d\n%s%s", code, exitFail, out, errs)
	}
	for _, want := range []string{
		"MISSES (2)",
		"floods.yaml:13 [british] flood_deaths: want 1400, got nothing",
		"FALSE ALARMS (2)",
		"floods.yaml:19 [op-ed] flood_deaths: want nothing, got 1100",
		"WRONG QUALIFIERS (1)",
		"! marks a row under a floor; only the whole run (all) decides the exit status",
		"UNDER THE FLOORS: recall 0.714 is under 0.950",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("report lacks %q:\n%s", want, out)
		}
	}
	// Floors low enough pass.
	code, out, _ = run(t, "", "rules", "eval", "--rules", evalData+"metrics.yaml", "--min-recall", "0.7", "--max-false-per-100", "25", "--min-qualifier", "0.6", evalData+"floods.yaml")
	if code != exitOK || strings.Contains(out, "UNDER THE FLOORS") {
		t.Errorf("over the floors: exit %d\n%s", code, out)
	}
}

func TestRulesEvalJSON(t *testing.T) {
	code, out, _ := run(t, "", "rules", "eval", "--json", "--rules", evalData+"metrics.yaml", evalData+"floods.yaml")
	var rep struct {
		Total struct {
			Recall float64 `json:"recall"`
		} `json:"total"`
		Metrics []struct {
			Metric string `json:"metric"`
		} `json:"metrics"`
		Under []string `json:"under_floors"`
	}
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	if code != exitFail || len(rep.Metrics) != 2 || len(rep.Under) != 3 {
		t.Errorf("exit %d, report %+v", code, rep)
	}
}

func TestRulesEvalBadInput(t *testing.T) {
	code, _, errs := run(t, "", "rules", "eval", "--rules", evalData+"metrics.yaml", evalData+"broken.yaml")
	if code != exitFail || !strings.Contains(errs, "broken.yaml:8: expect: flood_dead is not among") || !strings.Contains(errs, "nothing was scored") {
		t.Errorf("broken corpus: exit %d %q", code, errs)
	}
	dir := t.TempDir()
	bad := filepath.Join(dir, "rules.yaml")
	os.WriteFile(bad, []byte("metrics:\n  - id: Bad Id\n    keywords: [killed]\n"), 0o644)
	code, _, errs = run(t, "", "rules", "eval", "--rules", bad, evalData+"floods.yaml")
	if code != exitFail || !strings.Contains(errs, "rules.yaml:2:") {
		t.Errorf("bad rule file: exit %d %q", code, errs)
	}
	// The corpus judges ferry_rescue, which these rules lack.
	only := filepath.Join(dir, "one.yaml")
	os.WriteFile(only, []byte("metrics:\n  - id: flood_deaths\n    keywords: [killed]\n"), 0o644)
	code, _, errs = run(t, "", "rules", "eval", "--rules", only, evalData+"floods.yaml")
	if code != exitFail || !strings.Contains(errs, "metric ferry_rescue is not among the rules loaded") {
		t.Errorf("unknown metric: exit %d %q", code, errs)
	}
	if code, _, _ := run(t, "", "rules", "eval", "--rules", only); code != exitUsage {
		t.Errorf("no corpus: exit %d", code)
	}
	if code, _, _ := run(t, "", "rules", "eval", "--rules", only, "--config", "x.yaml", evalData+"floods.yaml"); code != exitUsage {
		t.Errorf("--rules with --config: exit %d", code)
	}
}

func TestRulesEvalReadsTheConfiguration(t *testing.T) {
	dir := t.TempDir()
	abs, err := filepath.Abs(evalData + "metrics.yaml")
	if err != nil {
		t.Fatal(err)
	}
	cfg := filepath.Join(dir, "config.yaml")
	os.WriteFile(cfg, []byte("rule_files: ["+abs+"]\n"), 0o644)
	code, out, errs := run(t, "", "rules", "eval", "--config", cfg, "--min-recall", "0.7", "--max-false-per-100", "25", "--min-qualifier", "0.6", evalData+"floods.yaml")
	if code != exitOK || !strings.Contains(out, "9 sentences: recall 0.714") {
		t.Errorf("exit %d\n%s%s", code, out, errs)
	}
}

// TestRulesEvalJudgesClaimants runs the command over the claimant corpus:
// the engine's own claimants (the shipped ones, with --rules) against the
// labels, three of which are wrong on purpose.
func TestRulesEvalJudgesClaimants(t *testing.T) {
	args := []string{"rules", "eval", "--rules", evalData + "metrics.yaml", "--min-recall", "0.9"}
	code, out, errs := run(t, "", append(args, evalData+"claimants.yaml")...)
	if code != exitOK {
		t.Fatalf("no claimant floor by default: exit %d\n%s%s", code, out, errs)
	}
	for _, want := range []string{
		"qualifier  claimant\n",
		"0.700 (7/10)\n",
		"WRONG CLAIMANTS (3)",
		"claimants.yaml:37 [wire] flood_deaths: want claimant un, got claimant Red Crescent (unlisted, in the sentence)",
		"claimants.yaml:47 [agency] flood_deaths: want claimant World Food Programme, got claimant un (\"World Food Programme\", in the sentence)",
		"claimants 0.700 (7/10)",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("report lacks %q:\n%s", want, out)
		}
	}
	code, out, _ = run(t, "", append(args, "--min-claimant", "0.8", evalData+"claimants.yaml")...)
	if code != exitFail || !strings.Contains(out, "UNDER THE FLOORS: claimant accuracy 0.700 is under 0.800 (7 of 10 right)") {
		t.Errorf("under --min-claimant 0.8: exit %d\n%s", code, out)
	}
	code, out, _ = run(t, "", append(args, "--json", "--min-claimant", "0.8", evalData+"claimants.yaml")...)
	var rep struct {
		Total struct {
			ClaimantAccuracy *float64 `json:"claimant_accuracy"`
			ClaimantsJudged  int      `json:"claimants_judged"`
		} `json:"total"`
		Findings []struct {
			Kind string `json:"kind"`
			Line int    `json:"line"`
		} `json:"findings"`
		Under []string `json:"under_floors"`
	}
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	wrong := 0
	for _, f := range rep.Findings {
		if f.Kind == "wrong claimant" {
			wrong++
		}
	}
	if code != exitFail || rep.Total.ClaimantAccuracy == nil || *rep.Total.ClaimantAccuracy != 0.7 || rep.Total.ClaimantsJudged != 10 || wrong != 3 || len(rep.Under) != 1 {
		t.Errorf("JSON: exit %d, %+v", code, rep)
	}
	if code, _, errs := run(t, "", append(args, "--min-claimant", "90", evalData+"claimants.yaml")...); code != exitUsage || !strings.Contains(errs, "between 0 and 1") {
		t.Errorf("--min-claimant 90: exit %d %q", code, errs)
	}
	// A claimant floor over a corpus without claimant labels judges nothing, and says so.
	code, out, errs = run(t, "", "rules", "eval", "--rules", evalData+"article-metrics.yaml", "--min-claimant", "0.9", evalData+"article.yaml")
	if code != exitOK || strings.Contains(out, "claimant") || !strings.Contains(errs, "claimant accuracy was not measured") {
		t.Errorf("no labels: exit %d\n%s%s", code, out, errs)
	}
}
