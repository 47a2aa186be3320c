package eval

import (
	"fmt"
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/claimtrack/claimtrack/rules"
	"github.com/claimtrack/claimtrack/rules/claimant"
)

// Extractor is what the scorer needs of the rules: *rules.Engine.
type Extractor interface {
	Extract(text string) []rules.Observation
	// ExtractInArticle reads text as a part of an article whose other
	// words are article: they meet article-wide scope and nothing else.
	// date is the article's date (the zero time: not known).
	ExtractInArticle(text, article string, date time.Time) []rules.Observation
}

// Scorer scores an extractor against corpora.
type Scorer struct {
	Rules Extractor
	// Claimant reads who an observation names as the claimant (nil when
	// unattributed). While it is nil claimants are not judged and not
	// reported; EngineClaimant reads what the engine attributed.
	Claimant func(rules.Observation) *claimant.Claimant
}

// EngineClaimant is the claimant the rules engine attributed to an
// observation: the one a user of the tracker sees, so that the corpus
// measures that and not a second finder's opinion.
func EngineClaimant(o rules.Observation) *claimant.Claimant { return o.Claimant }

// Tally counts one metric's (or a whole corpus's) outcomes.
type Tally struct {
	// Sentences is how many cases were judged: for a metric, every case of
	// every file that lists it; for a file or a run, each case once however
	// many metrics judged it. False alarms are counted per 100 of them.
	Sentences int `json:"sentences"`
	// Expected is how many figures the cases expect; Hits are those found
	// with the right value(s), Misses the others. A wrong value is a miss
	// and a false alarm.
	Expected    int `json:"expected"`
	Hits        int `json:"hits"`
	Misses      int `json:"misses"`
	FalseAlarms int `json:"false_alarms"`
	// QualifiersJudged counts the hits whose expectation gives a qualifier.
	QualifiersJudged int `json:"qualifiers_judged"`
	QualifiersRight  int `json:"qualifiers_right"`
	// Claimants are counted only when the scorer reads claimants.
	ClaimantsJudged int `json:"claimants_judged,omitempty"`
	ClaimantsRight  int `json:"claimants_right,omitempty"`
}

func (t *Tally) add(o Tally) {
	t.Sentences += o.Sentences
	t.Expected += o.Expected
	t.Hits += o.Hits
	t.Misses += o.Misses
	t.FalseAlarms += o.FalseAlarms
	t.QualifiersJudged += o.QualifiersJudged
	t.QualifiersRight += o.QualifiersRight
	t.ClaimantsJudged += o.ClaimantsJudged
	t.ClaimantsRight += o.ClaimantsRight
}

// Recall is the share of expected figures found right; 1 when none was expected.
func (t Tally) Recall() float64 { return ratio(t.Hits, t.Expected) }

// Precision is the share of what the rules yielded that was right.
func (t Tally) Precision() float64 { return ratio(t.Hits, t.Hits+t.FalseAlarms) }

// FalsePer100 is false alarms per 100 sentences judged.
func (t Tally) FalsePer100() float64 {
	if t.Sentences == 0 {
		return 0
	}
	return float64(t.FalseAlarms) * 100 / float64(t.Sentences)
}

// QualifierAccuracy is the share of judged qualifiers that were right.
func (t Tally) QualifierAccuracy() float64 { return ratio(t.QualifiersRight, t.QualifiersJudged) }

// ClaimantAccuracy is the share of judged claimants that were right.
func (t Tally) ClaimantAccuracy() float64 { return ratio(t.ClaimantsRight, t.ClaimantsJudged) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

// Finding kinds.
const (
	Miss           = "miss"
	FalseAlarm     = "false alarm"
	WrongQualifier = "wrong qualifier"
	WrongClaimant  = "wrong claimant"
)

// Finding is one case a metric got wrong.
type Finding struct {
	Kind   string `json:"kind"`
	File   string `json:"file"`
	Line   int    `json:"line"`
	Style  string `json:"style,omitempty"`
	Metric string `json:"metric"`
	Text   string `json:"text"`
	Want   string `json:"want"`
	Got    string `json:"got"`
}

// MetricResult is one metric's tally.
type MetricResult struct {
	Metric string `json:"metric"`
	Tally
}

// FileResult is one corpus file's tally over all its metrics.
type FileResult struct {
	File string `json:"file"`
	Tally
}

// Report is the outcome of scoring corpora.
type Report struct {
	Total           Tally          `json:"total"`
	Metrics         []MetricResult `json:"metrics"`
	Files           []FileResult   `json:"files"`
	Findings        []Finding      `json:"findings"`
	ClaimantsScored bool           `json:"claimants_scored"`
}

// Score runs the rules over every case and tallies the outcome. A corpus
// that judges a metric the rules do not define is an error: its cases would
// all read as misses.
func (s *Scorer) Score(corpora []*Corpus, known []string) (*Report, error) {
	if err := unknownMetrics(corpora, known); err != nil {
		return nil, err
	}
	r := &Report{ClaimantsScored: s.Claimant != nil && labelsClaimants(corpora)}
	byMetric := map[string]*Tally{}
	for _, c := range corpora {
		fr := FileResult{File: c.File}
		for _, cs := range c.Cases {
			obs := s.Rules.ExtractInArticle(cs.Text, c.Article, c.Date)
			for _, m := range c.Metrics {
				t, fs := s.judge(c, cs, m, obs)
				fr.add(t)
				if byMetric[m] == nil {
					byMetric[m] = &Tally{}
				}
				byMetric[m].add(t)
				r.Findings = append(r.Findings, fs...)
			}
		}
		fr.Sentences = len(c.Cases)
		r.Files = append(r.Files, fr)
		r.Total.add(fr.Tally)
	}
	for m, t := range byMetric {
		r.Metrics = append(r.Metrics, MetricResult{Metric: m, Tally: *t})
	}
	sort.Slice(r.Metrics, func(i, j int) bool { return r.Metrics[i].Metric < r.Metrics[j].Metric })
	return r, nil
}

// judge scores one metric on one case. A case yields at most one hit, one
// miss and one false alarm per metric, however many observations the
// metric made in it: the unit is the sentence a desk reads.
func (s *Scorer) judge(c *Corpus, cs Case, metric string, all []rules.Observation) (Tally, []Finding) {
	t := Tally{Sentences: 1}
	var obs []rules.Observation
	for _, o := range all {
		if o.Metric == metric {
			obs = append(obs, o)
		}
	}
	finding := func(kind, want string, got []rules.Observation) Finding {
		return Finding{Kind: kind, File: c.File, Line: cs.Line, Style: cs.Style, Metric: metric, Text: cs.Text, Want: want, Got: describe(got)}
	}
	ex, expected := cs.Expect[metric]
	if !expected {
		if len(obs) > 0 {
			t.FalseAlarms++
			return t, []Finding{finding(FalseAlarm, "nothing", obs)}
		}
		return t, nil
	}
	t.Expected++
	hit := -1
	for i, o := range obs {
		if matches(ex, o) {
			hit = i
			break
		}
	}
	var out []Finding
	if hit < 0 {
		t.Misses++
		out = append(out, finding(Miss, ex.String(), obs))
		if len(obs) > 0 {
			t.FalseAlarms++
			out = append(out, finding(FalseAlarm, ex.String(), obs))
		}
		return t, out
	}
	t.Hits++
	o := obs[hit]
	if len(obs) > 1 {
		t.FalseAlarms++
		out = append(out, finding(FalseAlarm, ex.String(), slices.Delete(slices.Clone(obs), hit, hit+1)))
	}
	if ex.Qualifier != "" {
		t.QualifiersJudged++
		if qualifierHolds(ex, o) {
			t.QualifiersRight++
		} else {
			out = append(out, finding(WrongQualifier, ex.String(), []rules.Observation{o}))
		}
	}
	if s.Claimant != nil && ex.Claimant != "" {
		t.ClaimantsJudged++
		got := s.Claimant(o)
		if claimantHolds(ex.Claimant, got) {
			t.ClaimantsRight++
		} else {
			f := finding(WrongClaimant, "claimant "+ex.Claimant, []rules.Observation{o})
			f.Got = "claimant " + describeClaimant(got)
			out = append(out, f)
		}
	}
	return t, out
}

// claimantHolds compares a label with what was found. A configured
// claimant is named by its id, and ids compare exactly: a label giving the
// words of a configured claimant is wrong, as the id is what the tracker
// stores. An unlisted claimant compares by its words after
// claimant.NormalizeWords ("The Gulf Courier" = "Gulf Courier").
func claimantHolds(want string, got *claimant.Claimant) bool {
	switch {
	case want == NoClaimant:
		return got == nil
	case got == nil:
		return false
	case got.ID != "":
		return got.ID == want
	}
	return claimant.NormalizeWords(got.Words) == claimant.NormalizeWords(want)
}

// describeClaimant names a found claimant as a label would give it (the
// id, or the words), then the words and where the engine found them, so
// that a wrong claimant shows whether the words or the naming went wrong.
func describeClaimant(c *claimant.Claimant) string {
	if c == nil {
		return NoClaimant
	}
	where := map[claimant.How]string{
		claimant.InSentence: "in the sentence",
		claimant.InQuote:    "in a quote",
		claimant.Previous:   "in the sentence before",
		claimant.Next:       "in the sentence after",
	}[c.How]
	if where == "" {
		where = string(c.How)
	}
	if c.ID != "" {
		return fmt.Sprintf("%s (%q, %s)", c.ID, c.Words, where)
	}
	return fmt.Sprintf("%s (unlisted, %s)", c.Words, where)
}

// labelsClaimants reports whether any expectation gives a claimant: only
// then has a report anything to say about claimants.
func labelsClaimants(corpora []*Corpus) bool {
	for _, c := range corpora {
		for _, cs := range c.Cases {
			for _, ex := range cs.Expect {
				if ex.Claimant != "" {
					return true
				}
			}
		}
	}
	return false
}

// matches reports whether an observation holds the expected value(s).
func matches(ex Expectation, o rules.Observation) bool {
	switch {
	case ex.Value != nil:
		return len(o.Values) > 0 && same(o.Main().Value, *ex.Value)
	case ex.Low != nil:
		if len(o.Values) == 0 {
			return false
		}
		v := o.Main()
		return v.Low != nil && v.High != nil && same(*v.Low, *ex.Low) && same(*v.High, *ex.High)
	}
	for name, want := range ex.Values {
		v, ok := o.Get(name)
		if !ok || !same(v.Value, want) {
			return false
		}
	}
	return true
}

// qualifierHolds: a single value must carry the qualifier; of named values,
// one must ("some 700 prisoners for 40 hostages" is approximately).
func qualifierHolds(ex Expectation, o rules.Observation) bool {
	if ex.Values == nil {
		return o.Main().Qualifier.Name() == ex.Qualifier
	}
	for _, v := range o.Values {
		if v.Qualifier.Name() == ex.Qualifier {
			return true
		}
	}
	return false
}

// same is equality up to one part in a million: the float rounding of
// "1.4 million", not a leeway. 33,091 is not 33,000.
func same(a, b float64) bool {
	return math.Abs(a-b) <= 1e-6*math.Max(1, math.Max(math.Abs(a), math.Abs(b)))
}

func (ex Expectation) String() string {
	var s string
	switch {
	case ex.Value != nil:
		s = num(*ex.Value)
	case ex.Low != nil:
		s = num(*ex.Low) + " to " + num(*ex.High)
	default:
		parts := make([]string, 0, len(ex.Values))
		for _, k := range sortedKeys(ex.Values) {
			parts = append(parts, k+"="+num(ex.Values[k]))
		}
		s = strings.Join(parts, ", ")
	}
	if ex.Qualifier != "" {
		s += " (" + ex.Qualifier + ")"
	}
	return s
}

func describe(obs []rules.Observation) string {
	if len(obs) == 0 {
		return "nothing"
	}
	parts := make([]string, len(obs))
	for i, o := range obs {
		parts[i] = rules.DescribeValues(o.Values) + " by " + o.Rule
	}
	return strings.Join(parts, "; ")
}

func num(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }

// unknownMetrics says which corpora judge metrics the rules do not define,
// a line per set of missing metrics (files that lack the same ones share
// it: a whole corpus folder against the wrong rules is one line), and
// which metrics were loaded, so the reader sees the mismatch at once.
func unknownMetrics(corpora []*Corpus, known []string) error {
	var sets []string
	files := map[string][]string{}
	for _, c := range corpora {
		var missing []string
		for _, m := range c.Metrics {
			if !slices.Contains(known, m) {
				missing = append(missing, m)
			}
		}
		if len(missing) == 0 {
			continue
		}
		key := strings.Join(missing, ", ")
		if _, ok := files[key]; !ok {
			sets = append(sets, key)
		}
		files[key] = append(files[key], c.File)
	}
	if len(sets) == 0 {
		return nil
	}
	var b strings.Builder
	for _, key := range sets {
		where := files[key][0]
		if n := len(files[key]) - 1; n > 0 {
			where += fmt.Sprintf(" and %d more files", n)
		}
		if strings.Contains(key, ", ") {
			fmt.Fprintf(&b, "%s: metrics %s are not among the rules loaded\n", where, key)
		} else {
			fmt.Fprintf(&b, "%s: metric %s is not among the rules loaded\n", where, key)
		}
	}
	loaded := "none"
	if len(known) > 0 {
		loaded = strings.Join(known, ", ")
	}
	return fmt.Errorf("eval: %sthe rules loaded define %s: load the corpora's rule files with --rules, or the configuration that has them", b.String(), loaded)
}
