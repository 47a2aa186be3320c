package rules

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"gopkg.in/yaml.v3"

	"github.com/claimtrack/claimtrack/rules/figures"
)

func compile(t testing.TB, y string) *Engine {
	t.Helper()
	var specs []MetricSpec
	if err := yaml.Unmarshal([]byte(y), &specs); err != nil {
		t.Fatal(err)
	}
	e, err := Compile(specs)
	if err != nil {
		t.Fatal(err)
	}
	return e
}

func TestKeywordsPickTheNearestFigure(t *testing.T) {
	e := compile(t, `
- id: toll
  keywords: [killed]
  exclude_near: [wounded]
`)
	text := "Officials said 410 people were killed and 1,250 wounded in the strikes."
	obs := e.Extract(text)
	if len(obs) != 1 || obs[0].Main().Value != 410 {
		t.Fatalf("got %+v", obs)
	}
	o := obs[0]
	if text[o.QuoteStart:o.QuoteEnd] != o.Quote || o.Rule != `keyword "killed"` {
		t.Errorf("quote or rule wrong: %+v", o)
	}
	if v := o.Main(); text[v.Start:v.End] != "410" {
		t.Errorf("figure offsets: %d:%d", v.Start, v.End)
	}
	// The wounded figure alone is ruled out by exclude_near.
	if obs := e.Extract("Some 1,250 were wounded; few were killed."); len(obs) != 0 {
		t.Errorf("exclude_near: got %+v", obs)
	}
}

func TestPrefixKeywordAndWindow(t *testing.T) {
	e := compile(t, `
- id: displaced
  keywords: ["displac*"]
  window: 3
`)
	if obs := e.Extract("About 75,000 people were displaced."); len(obs) != 1 || obs[0].Main().Value != 75000 {
		t.Errorf("prefix: %+v", obs)
	}
	// (An aside between commas would not part them: nounaside.go.)
	if obs := e.Extract("About 75,000 people living in the villages of the north had been displaced."); len(obs) != 0 {
		t.Errorf("window: %+v", obs)
	}
}

func TestScopeAndExclude(t *testing.T) {
	e := compile(t, `
- id: rafah
  keywords: [sheltering]
  scope: [Rafah]
  scope_in: sentence
- id: article_scoped
  keywords: [sheltering]
  scope: ["Gaza Strip"]
- id: aid
  kind: money
  unit: USD
  keywords: [annually]
  exclude: ["Foreign Military Financing"]
`)
	text := "Gaza Strip officials spoke.\nMore than 1.4 million people are sheltering in Rafah.\nAbout 90,000 are sheltering in Deir al-Balah."
	got := map[string][]float64{}
	for _, o := range e.Extract(text) {
		got[o.Metric] = append(got[o.Metric], o.Main().Value)
	}
	if len(got["rafah"]) != 1 || got["rafah"][0] != 1.4e6 {
		t.Errorf("sentence scope: %v", got["rafah"])
	}
	if len(got["article_scoped"]) != 2 {
		t.Errorf("article scope: %v", got["article_scoped"])
	}
	if obs := e.Extract("Foreign Military Financing provides $3.3 billion annually."); len(obs) != 0 {
		t.Errorf("exclude: %+v", obs)
	}
	if obs := e.Extract("Israel receives €3 billion annually."); len(obs) != 0 {
		t.Errorf("money unit must match: %+v", obs)
	}
}

func TestPatternBindsWholeFigures(t *testing.T) {
	e := compile(t, `
- id: swap
  patterns: ["{prisoners} (Palestinian )?prisoners in exchange for (the return of )?{hostages} hostages"]
`)
	obs := e.Extract("Israel would free some 700 Palestinian prisoners in exchange for the return of 40 hostages, officials said.")
	if len(obs) != 1 {
		t.Fatalf("got %+v", obs)
	}
	p, _ := obs[0].Get("prisoners")
	h, _ := obs[0].Get("hostages")
	if p.Value != 700 || p.Qualifier != figures.Approximately || p.Text != "some 700" || h.Value != 40 || obs[0].Rule != "patterns[0]" {
		t.Errorf("got %+v", obs[0])
	}
	// A year cannot bind a placeholder.
	if obs := e.Extract("In 2024 prisoners in exchange for 40 hostages."); len(obs) != 0 {
		t.Errorf("year bound: %+v", obs)
	}
}

func TestPatternErrorsAreClear(t *testing.T) {
	for _, p := range []string{"prisoners in exchange", "{Prisoners} x", "{a} (b", "{a} {a}", "{a"} {
		if _, err := compilePattern(p); err == nil {
			t.Errorf("%q: want an error", p)
		}
	}
	for p, want := range map[string]string{
		"{n} (Palestinian )?prisoners in exchange for {m} hostages":        "prisoners",
		"{h} (Israeli )?(hostages|captives) (would|will) be freed for {p}": "hostages,captives",
		"{h} (hostages|captives) for {p}":                                  "hostages,captives",
		"(release|free) {h} hostages":                                      "hostages",
		"{n}(prisoners|x)":                                                 "",
		"{n} pri(sone)rs":                                                  "",
	} {
		cp, err := compilePattern(p)
		if err != nil || strings.Join(cp.anchors, ",") != want {
			t.Errorf("%q: anchors %q, want %q (%v)", p, cp.anchors, want, err)
		}
	}
}

func TestRegexpCannotBlowUp(t *testing.T) {
	e := compile(t, `
- id: evil
  patterns: ["(a+)+{n} (x|x|x)*y"]
`)
	text := strings.Repeat("a", 100000) + " 5 " + strings.Repeat("x", 100000)
	_ = e.Extract(text) // RE2: linear time; the test finishing is the assertion
}

// shippedSpecs reads the metrics shipped in metrics/israel-gaza.yaml.
func shippedSpecs(tb testing.TB) []MetricSpec {
	tb.Helper()
	data, err := os.ReadFile(filepath.Join("..", "metrics", "israel-gaza.yaml"))
	if err != nil {
		tb.Fatal(err)
	}
	var file struct {
		Metrics []MetricSpec `yaml:"metrics"`
	}
	if err := yaml.Unmarshal(data, &file); err != nil {
		tb.Fatal(err)
	}
	return file.Metrics
}

// TestShippedRulesOnSamples runs the shipped rules over the real articles in
// ../shared/samples and checks the figures they state are found.
func TestShippedRulesOnSamples(t *testing.T) {
	root := filepath.Join("..", "..", "shared", "samples")
	if _, err := os.Stat(root); err != nil {
		t.Skip("../shared/samples is absent")
	}
	e, err := Compile(shippedSpecs(t))
	if err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob(filepath.Join(root, "*.txt"))
	found := map[string]map[float64]bool{}
	for _, f := range files {
		b, _ := os.ReadFile(f)
		for _, o := range e.Extract(string(b)) {
			for _, v := range o.Values {
				key := o.Metric + "." + v.Name
				if found[key] == nil {
					found[key] = map[float64]bool{}
				}
				found[key][v.Value] = true
			}
		}
	}
	for key, vals := range map[string][]float64{
		"rafah_sheltering.value":              {1e6, 1.4e6},
		"prisoners_for_hostages.prisoners":    {700},
		"prisoners_for_hostages.hostages":     {40},
		"us_fmf_israel.value":                 {3.3e9},
		"us_military_aid_israel_annual.value": {4e9},
		"us_fms_israel_since_war.value":       {100},
		"hamas_battalions_rafah.value":        {4},
	} {
		for _, v := range vals {
			if !found[key][v] {
				t.Errorf("%s: %g not found in the samples (found %v)", key, v, found[key])
			}
		}
	}
}

func FuzzExtract(f *testing.F) {
	e := compile(f, `
- id: toll
  keywords: [killed, "death toll", "die*"]
  exclude_near: [wounded]
  scope: [Gaza]
- id: swap
  patterns: ["{prisoners} (Palestinian )?prisoners in exchange for (the return of )?{hostages} hostages"]
- id: aid
  kind: money
  unit: USD
  keywords: [annually]
- id: pair
  values:
    prisoners: {near: ["@prisoners"]}
    hostages: {near: ["@hostages", "=captives"]}
  exclude_near: ["@injuries"]
- id: war
  keywords: ["@deaths"]
  total: true
  since: 2023-10-07
- id: shelter
  keywords: ["@shelter"]
  scope: [Rafah]
  exclude_near: [Gaza, Khan Younis]
`)
	// Sentences that open with punctuation, and a headline with no full
	// stop before a line that opens with a name: readings that look back
	// or ahead from a figure must stay inside the sentence.
	for _, s := range []string{"In Gaza 33,091 were killed.", "some 700 Palestinian prisoners in exchange for 40 hostages", "$3.3 billion annually", "\uE0001\uE001 prisoners in exchange for \uE0009\uE001 hostages",
		", which killed 5,000 people in the war.", "The 2014 war.\n\n, which killed 2,251.", "; that killed 300 since 2014.", "— in which 40 died",
		"Israel weighs Rafah assault as 1.4 million shelter in the city\nAn estimated 1.5 million are sheltering in Rafah.",
		// Readings that look one word back from the document's first token,
		// or one past its last (sentencewords, figureAt).
		"Home to 280,000 people before the war, Rafah now shelters 1.4 million.", "Earlier version said 500 were killed.", "kill0 0 in",
		// The eleventh round's readings, cut off at the text's end: a
		// country after the figure or fronted on it, a span of years before
		// it, where the count stood before, an interjection before a
		// restatement.
		"Gaza: 3,000 killed in Syria's", "Gaza. In Lebanon it's 3,000 killed in", "In Chad they say", "a 10-year, $3.3 billion annually",
		"Under a decade-long, $3.3 billion", "In Gaza 40,000 killed, up from", "killed forty thousand, uh — forgive me, forty thousand two"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		obs := e.Extract(text)
		// An explanation is recorded on the same path: it finds the same.
		if explained, _ := e.Explain(text); len(explained) != len(obs) {
			t.Fatalf("Explain found %d observations, Extract %d", len(explained), len(obs))
		}
		for _, o := range obs {
			if o.QuoteStart < 0 || o.QuoteEnd > len(text) || o.QuoteStart > o.QuoteEnd || len(o.Values) == 0 {
				t.Fatalf("bad observation %+v", o)
			}
			for _, v := range o.Values {
				if text[v.Start:v.End] != v.Text {
					t.Fatalf("value offsets wrong: %+v", v)
				}
			}
		}
	})
}

// Extract reuses analyzers from a pool: texts read at the same time, and
// one after another, must each get their own observations, and the
// observations of one call must not change when the next runs.
func TestExtractConcurrentAndReused(t *testing.T) {
	e := compile(t, `
- id: toll
  keywords: [killed]
- id: trucks
  keywords: [trucks]
`)
	texts := []string{
		"Officials said 410 people were KILLED on Monday.",
		"Some 35 trucks crossed at Kerem Shalom.\nAt least 1,200 people were killed, the ministry said.",
		strings.Repeat("Nothing to count here. ", 500) + "More than 90 trucks were waiting.",
	}
	want := make([]string, len(texts))
	for i, text := range texts {
		want[i] = render(t, e.Extract(text))
	}
	if !strings.Contains(want[0], "410") || !strings.Contains(want[1], "35") || !strings.Contains(want[1], "1,200") || !strings.Contains(want[2], "More than 90") {
		t.Fatalf("sequential extraction missed figures: %q", want)
	}
	kept := e.Extract(texts[1])
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Go(func() {
			for n := range 50 {
				i := (g + n) % len(texts)
				if got := render(t, e.Extract(texts[i])); got != want[i] {
					t.Errorf("text %d read concurrently: %s, want %s", i, got, want[i])
					return
				}
			}
		})
	}
	wg.Wait()
	if got := render(t, kept); got != want[1] {
		t.Errorf("observations changed after later calls: %s, want %s", got, want[1])
	}
}

// render writes observations as JSON: their bounds by value, not address.
func render(t *testing.T, obs []Observation) string {
	b, err := json.Marshal(obs)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
