package eval

import (
	"bytes"
	"encoding/json"
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/claimtrack/claimtrack/config"
	"github.com/claimtrack/claimtrack/rules"
	"github.com/claimtrack/claimtrack/rules/claimant"
)

func testEngine(t *testing.T, files ...string) (*rules.Engine, []string) {
	t.Helper()
	specs, err := config.LoadRuleFiles(files)
	if err != nil {
		t.Fatal(err)
	}
	eng, err := rules.Compile(specs)
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, s := range specs {
		ids = append(ids, s.ID)
	}
	return eng, ids
}

// scoreFloods scores the test metrics on the test corpus, two of whose
// labels are wrong on purpose.
func scoreFloods(t *testing.T, claimant func(rules.Observation) *claimant.Claimant) *Report {
	t.Helper()
	return scoreFile(t, "testdata/floods.yaml", claimant)
}

// scoreFile scores the test metrics on one corpus file.
func scoreFile(t *testing.T, file string, claimant func(rules.Observation) *claimant.Claimant) *Report {
	t.Helper()
	eng, ids := testEngine(t, "testdata/metrics.yaml")
	corpora, err := Load(file)
	if err != nil {
		t.Fatal(err)
	}
	rep, err := (&Scorer{Rules: eng, Claimant: claimant}).Score(corpora, ids)
	if err != nil {
		t.Fatal(err)
	}
	return rep
}

func TestScoreCountsEachOutcome(t *testing.T) {
	rep := scoreFloods(t, nil)
	var flood Tally
	for _, m := range rep.Metrics {
		if m.Metric == "flood_deaths" {
			flood = m.Tally
		}
	}
	// Six expectations: four found (one with a wrong qualifier), "toll"
	// missed, 1,800 read for a label of 1,900 (a miss and a false alarm);
	// the cholera sentence is a false alarm.
	want := Tally{Sentences: 9, Expected: 6, Hits: 4, Misses: 2, FalseAlarms: 2, QualifiersJudged: 3, QualifiersRight: 2}
	if flood != want {
		t.Errorf("flood_deaths: got %+v, want %+v", flood, want)
	}
	if rep.Total.Sentences != 9 || rep.Total.Expected != 7 || rep.Total.Hits != 5 {
		t.Errorf("total: %+v", rep.Total)
	}
	kinds := map[string][]int{}
	for _, f := range rep.Findings {
		kinds[f.Kind] = append(kinds[f.Kind], f.Line)
	}
	wantKinds := map[string][]int{Miss: {13, 26}, FalseAlarm: {19, 26}, WrongQualifier: {31}}
	for k, lines := range wantKinds {
		if !slices.Equal(kinds[k], lines) {
			t.Errorf("%s at lines %v, want %v", k, kinds[k], lines)
		}
	}
	if len(kinds[WrongClaimant]) != 0 || rep.ClaimantsScored {
		t.Errorf("claimants judged without a claimant reader: %v", kinds[WrongClaimant])
	}
	if got := rep.Total.Recall(); got < 0.71 || got > 0.72 {
		t.Errorf("recall %.3f, want 5/7", got)
	}
}

func TestClaimantsJudgedWhenReadable(t *testing.T) {
	rep := scoreFloods(t, func(rules.Observation) *claimant.Claimant { return &claimant.Claimant{Words: "ministry"} })
	if rep.Total.ClaimantsJudged != 1 || rep.Total.ClaimantsRight != 0 {
		t.Errorf("claimants: %+v", rep.Total)
	}
	var buf bytes.Buffer
	if err := rep.WriteText(&buf, Floors{}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), "WRONG CLAIMANTS (1)") || !strings.Contains(buf.String(), "want claimant coastguard, got claimant ministry") {
		t.Errorf("report lacks the claimant finding:\n%s", buf.String())
	}
}

func TestCorpusErrorsCarryLines(t *testing.T) {
	_, err := Load("testdata/broken.yaml", "testdata/syntax.yaml", "testdata/absent.yaml", "testdata/bare-list.yaml", "testdata/metrics.yaml")
	if err == nil {
		t.Fatal("broken corpora loaded")
	}
	for _, want := range []string{
		"testdata/broken.yaml:5: expect.flood_deaths.value: \"1,240\" is not a number",
		"testdata/broken.yaml:8: expect: flood_dead is not among this file's metrics",
		"testdata/broken.yaml:11: expect.flood_deaths.qualifier: \"roughly\" is not a qualifier",
		"testdata/broken.yaml:14: expect.flood_deaths: a range needs both low and high",
		"testdata/broken.yaml:15: unknown key \"txt\"",
		"testdata/syntax.yaml:3: YAML syntax:",
		"testdata/absent.yaml: unable to read the corpus",
		"testdata/bare-list.yaml:3: a corpus is a mapping, not a list: write metrics: [the metrics it judges] and, under cases:, each case as text: and expect:",
		// A rule file given where a corpus goes: one line saying so, not
		// three about a corpus's keys.
		"testdata/metrics.yaml:5: this is a rule file (metrics: with id:), not a corpus of labelled sentences: give it with --rules FILE",
	} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("errors lack %q:\n%v", want, err)
		}
	}
	if strings.Contains(err.Error(), "metrics.yaml:1:") {
		t.Errorf("a rule file's errors go on as a corpus's:\n%v", err)
	}
	var ce Error
	if !errors.As(err, &ce) {
		t.Errorf("errors are not eval.Error: %T", err)
	}
}

func TestUnknownMetricIsAnError(t *testing.T) {
	eng, _ := testEngine(t, "testdata/metrics.yaml")
	corpora, err := Load("testdata/floods.yaml")
	if err != nil {
		t.Fatal(err)
	}
	_, err = (&Scorer{Rules: eng}).Score(corpora, []string{"flood_deaths"})
	if err == nil || !strings.Contains(err.Error(), "testdata/floods.yaml: metric ferry_rescue is not among the rules loaded") {
		t.Errorf("got %v", err)
	}
	// Against the wrong rules, files that lack the same metrics share a
	// line, and the error names what the rules do define.
	twice := []*Corpus{corpora[0], {File: "testdata/more-floods.yaml", Metrics: corpora[0].Metrics}}
	_, err = (&Scorer{Rules: eng}).Score(twice, []string{"quake_deaths"})
	want := "testdata/floods.yaml and 1 more files: metrics " + strings.Join(corpora[0].Metrics, ", ") + " are not among the rules loaded\n" +
		"the rules loaded define quake_deaths: "
	if err == nil || !strings.Contains(err.Error(), want) {
		t.Errorf("want %q in %v", want, err)
	}
}

func TestJSONReport(t *testing.T) {
	rep := scoreFloods(t, nil)
	var buf bytes.Buffer
	floors := Floors{MinRecall: 0.95, MaxFalsePer100: 1, MinQualifierRight: 0.95}
	if err := rep.WriteJSON(&buf, floors); err != nil {
		t.Fatal(err)
	}
	var got struct {
		Total struct {
			Recall      float64 `json:"recall"`
			FalsePer100 float64 `json:"false_per_100"`
			Hits        int     `json:"hits"`
		} `json:"total"`
		Findings []Finding `json:"findings"`
		Under    []string  `json:"under_floors"`
	}
	if err := json.Unmarshal(buf.Bytes(), &got); err != nil {
		t.Fatalf("%v\n%s", err, buf.String())
	}
	if got.Total.Hits != 5 || len(got.Findings) != 5 || len(got.Under) != 3 {
		t.Errorf("JSON report: %+v", got)
	}
}

// TestArticleMeetsArticleWideScopeOnly scores a corpus whose cases stand in
// an article that names the story: its words meet a scope that may be met
// anywhere in the article, never a sentence-wide scope, and its keywords
// and figures are never read.
func TestArticleMeetsArticleWideScopeOnly(t *testing.T) {
	eng, ids := testEngine(t, "testdata/article-metrics.yaml")
	corpora, err := Load("testdata/article.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(corpora[0].Article, "Floods sweep the delta") {
		t.Fatalf("article: read as %q", corpora[0].Article)
	}
	rep, err := (&Scorer{Rules: eng}).Score(corpora, ids)
	if err != nil {
		t.Fatal(err)
	}
	if want := (Tally{Sentences: 4, Expected: 2, Hits: 2, QualifiersJudged: 1, QualifiersRight: 1}); rep.Total != want {
		t.Errorf("with the article: %+v, want %+v; findings %+v", rep.Total, want, rep.Findings)
	}
	// Without it the first case never names the floods: a miss.
	corpora[0].Article = ""
	rep, err = (&Scorer{Rules: eng}).Score(corpora, ids)
	if err != nil {
		t.Fatal(err)
	}
	if want := (Tally{Sentences: 4, Expected: 2, Hits: 1, Misses: 1, QualifiersJudged: 1, QualifiersRight: 1}); rep.Total != want {
		t.Errorf("without the article: %+v, want %+v", rep.Total, want)
	}
}

func TestArticleMustBeText(t *testing.T) {
	_, err := Load("testdata/article-broken.yaml")
	if err == nil || !strings.Contains(err.Error(), "testdata/article-broken.yaml:3: article: give a string") {
		t.Errorf("got %v", err)
	}
}

// TestCorpusDateBoundsPastYears scores a dated corpus: its date reaches
// the rules, and a year before the date's previous one dates a figure to
// another period. Undated, the same case is read as a count of now.
func TestCorpusDateBoundsPastYears(t *testing.T) {
	eng, ids := testEngine(t, "testdata/article-metrics.yaml")
	corpora, err := Load("testdata/dated.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if got := corpora[0].Date.Format(time.DateOnly); got != "2024-05-07" {
		t.Fatalf("date: read as %s", got)
	}
	rep, err := (&Scorer{Rules: eng}).Score(corpora, ids)
	if err != nil {
		t.Fatal(err)
	}
	if want := (Tally{Sentences: 2, Expected: 1, Hits: 1, QualifiersJudged: 1, QualifiersRight: 1}); rep.Total != want {
		t.Errorf("dated: %+v, want %+v; findings %+v", rep.Total, want, rep.Findings)
	}
	corpora[0].Date = time.Time{}
	rep, err = (&Scorer{Rules: eng}).Score(corpora, ids)
	if err != nil {
		t.Fatal(err)
	}
	if want := (Tally{Sentences: 2, Expected: 1, Hits: 1, FalseAlarms: 1, QualifiersJudged: 1, QualifiersRight: 1}); rep.Total != want {
		t.Errorf("undated: %+v, want %+v", rep.Total, want)
	}
}

func TestCorpusDateMustBeADay(t *testing.T) {
	_, err := Load("testdata/date-broken.yaml")
	if err == nil || !strings.Contains(err.Error(), `testdata/date-broken.yaml:3: date: "7 May 2024": write the day the story stands in as YYYY-MM-DD`) {
		t.Errorf("got %v", err)
	}
}
