package eval

import (
	"bytes"
	"encoding/json"
	"slices"
	"strings"
	"testing"
)

// scoreClaimants scores testdata/claimants.yaml with the claimants the
// engine attributes (the shipped ones). Three labels are wrong on purpose
// and one labelled figure is missed.
func scoreClaimants(t *testing.T) *Report {
	t.Helper()
	return scoreFile(t, "testdata/claimants.yaml", EngineClaimant)
}

func TestClaimantsJudgedFromTheEngine(t *testing.T) {
	rep := scoreClaimants(t)
	if !rep.ClaimantsScored {
		t.Fatal("a corpus with claimant labels was not scored for claimants")
	}
	// Eleven labelled figures; the "toll" one is missed, so ten are judged.
	// Right: two un by alias, un from a transcript's speaker, Red Crescent
	// and "the valley courier" by their words, two unattributed (none, ~).
	if rep.Total.ClaimantsJudged != 10 || rep.Total.ClaimantsRight != 7 {
		t.Errorf("claimants: %d of %d right, want 7 of 10; findings %+v", rep.Total.ClaimantsRight, rep.Total.ClaimantsJudged, rep.Findings)
	}
	if len(rep.Metrics) != 1 || rep.Metrics[0].ClaimantsJudged != 10 || rep.Files[0].ClaimantsRight != 7 {
		t.Errorf("per metric %+v, per file %+v", rep.Metrics, rep.Files)
	}
	var lines []int
	got := map[int]Finding{}
	for _, f := range rep.Findings {
		if f.Kind == WrongClaimant {
			lines = append(lines, f.Line)
			got[f.Line] = f
		}
	}
	if !slices.Equal(lines, []int{37, 42, 47}) {
		t.Fatalf("wrong claimants at lines %v, want 37, 42, 47", lines)
	}
	for line, want := range map[int][2]string{
		37: {"claimant un", "claimant Red Crescent (unlisted, in the sentence)"},
		42: {"claimant none", "claimant Police (unlisted, in the sentence)"},
		47: {"claimant World Food Programme", `claimant un ("World Food Programme", in the sentence)`},
	} {
		if f := got[line]; f.Want != want[0] || f.Got != want[1] || f.Style == "" {
			t.Errorf("line %d: want %q got %q [%s], expected want %q got %q", line, f.Want, f.Got, f.Style, want[0], want[1])
		}
	}
}

func TestClaimantFloor(t *testing.T) {
	rep := scoreClaimants(t)
	if under := (Floors{MinClaimantRight: 0.7}).Check(rep.Total); len(under) != 0 {
		t.Errorf("0.700 under a floor of 0.7: %v", under)
	}
	under := (Floors{MinClaimantRight: 0.75}).Check(rep.Total)
	if len(under) != 1 || under[0] != "claimant accuracy 0.700 is under 0.750 (7 of 10 right)" {
		t.Errorf("floor 0.75: %v", under)
	}
	// No floor by default, and none over a run that judged no claimant.
	if under := (Floors{}).Check(rep.Total); len(under) != 0 {
		t.Errorf("default floors: %v", under)
	}
	if under := (Floors{MinClaimantRight: 1}).Check(Tally{Sentences: 3}); len(under) != 0 {
		t.Errorf("nothing judged: %v", under)
	}
}

func TestClaimantReport(t *testing.T) {
	rep := scoreClaimants(t)
	var buf bytes.Buffer
	if err := rep.WriteText(&buf, Floors{MinClaimantRight: 0.9}); err != nil {
		t.Fatal(err)
	}
	text := buf.String()
	for _, want := range []string{
		"qualifier  claimant",
		"flood_deaths !  12         11        10    1       0      1.000      0.909   0.00       -          0.700 (7/10)",
		"WRONG CLAIMANTS (3)",
		"claimants.yaml:42 [wire] flood_deaths: want claimant none, got claimant Police (unlisted, in the sentence)",
		"qualifiers 1.000, claimants 0.700 (7/10)",
		"claimant accuracy 0.700 is under 0.900 (7 of 10 right)",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("text report lacks %q:\n%s", want, text)
		}
	}
	buf.Reset()
	if err := rep.WriteJSON(&buf, Floors{MinClaimantRight: 0.9}); err != nil {
		t.Fatal(err)
	}
	var got struct {
		Total   jsonTally   `json:"total"`
		Metrics []jsonTally `json:"metrics"`
		Files   []jsonTally `json:"files"`
		Floors  Floors      `json:"floors"`
	}
	if err := json.Unmarshal(buf.Bytes(), &got); err != nil {
		t.Fatalf("%v\n%s", err, buf.String())
	}
	for _, j := range append([]jsonTally{got.Total}, append(got.Metrics, got.Files...)...) {
		if j.ClaimantAccuracy == nil || *j.ClaimantAccuracy != 0.7 || j.ClaimantsJudged != 10 {
			t.Errorf("JSON tally without claimant accuracy 0.7 of 10: %+v", j)
		}
	}
	if got.Floors.MinClaimantRight != 0.9 {
		t.Errorf("JSON floors: %+v", got.Floors)
	}
}

// A corpus without claimant labels says nothing about claimants, even when
// the scorer reads them.
func TestNoClaimantLabelsNoClaimantColumn(t *testing.T) {
	eng, ids := testEngine(t, "testdata/article-metrics.yaml")
	corpora, err := Load("testdata/article.yaml")
	if err != nil {
		t.Fatal(err)
	}
	rep, err := (&Scorer{Rules: eng, Claimant: EngineClaimant}).Score(corpora, ids)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := rep.WriteText(&buf, Floors{}); err != nil {
		t.Fatal(err)
	}
	if rep.ClaimantsScored || strings.Contains(buf.String(), "claimant") {
		t.Errorf("claimants reported for a corpus without labels:\n%s", buf.String())
	}
}

func TestClaimantLabelSpellings(t *testing.T) {
	corpora, err := Load("testdata/claimants.yaml")
	if err != nil {
		t.Fatal(err)
	}
	want := map[int]string{8: "un", 12: "Red Crescent", 20: NoClaimant, 28: "the valley courier", 32: NoClaimant}
	seen := 0
	for _, cs := range corpora[0].Cases {
		w, ok := want[cs.Line]
		if !ok {
			continue
		}
		seen++
		if cs.Expect["flood_deaths"].Claimant != w {
			t.Errorf("line %d: claimant read as %q, want %q", cs.Line, cs.Expect["flood_deaths"].Claimant, w)
		}
	}
	if seen != len(want) {
		t.Errorf("%d of the %d cases checked were found at their lines", seen, len(want))
	}
	_, err = Load("testdata/claimant-broken.yaml")
	if err == nil {
		t.Fatal("empty claimant labels loaded")
	}
	for _, want := range []string{
		"testdata/claimant-broken.yaml:5: expect.flood_deaths.claimant: empty: give a configured claimant's id",
		"testdata/claimant-broken.yaml:8: expect.flood_deaths.claimant: empty",
		"testdata/claimant-broken.yaml:11: expect.flood_deaths.claimant: give a string",
	} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("errors lack %q:\n%v", want, err)
		}
	}
}
