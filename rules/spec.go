package rules

import (
	"fmt"
	"maps"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/invopop/jsonschema"
	"gopkg.in/yaml.v3"

	"github.com/claimtrack/claimtrack/internal/suggest"
	"github.com/claimtrack/claimtrack/rules/claimant"
	"github.com/claimtrack/claimtrack/rules/figures"
)

// MetricSpec is one metric as users write it in YAML. It is plain data; Compile
// turns a set of specs into an Engine.
type MetricSpec struct {
	ID          string `yaml:"id" json:"id" jsonschema:"required,pattern=^[a-z][a-z0-9_]*$,description=Stable identifier: lower case letters digits and underscores. Observations are stored under it."`
	Name        string `yaml:"name" json:"name,omitempty" jsonschema:"description=Human name shown in alerts."`
	Description string `yaml:"description" json:"description,omitempty" jsonschema:"description=What the figure counts and according to whom."`
	// Kind is the kind of figure the metric accepts.
	Kind string `yaml:"kind" json:"kind,omitempty" jsonschema:"enum=count,enum=money,enum=percent,enum=fraction,default=count,description=Which figures can bind: count (default) money percent or fraction."`
	Unit string `yaml:"unit" json:"unit,omitempty" jsonschema:"description=Unit shown in alerts (people; battalions). For money an ISO 4217 code that figures must carry (USD)."`
	// Total marks running totals (death tolls) that should only rise.
	Total         bool      `yaml:"total" json:"total,omitempty" jsonschema:"description=A running total that should only rise: a lower value is flagged as a possible correction."`
	AnnounceFirst bool      `yaml:"announce_first" json:"announce_first,omitempty" jsonschema:"description=Post the first value seen (the baseline). Off by default."`
	MinChange     Threshold `yaml:"min_change" json:"min_change,omitempty"`
	Channel       string    `yaml:"channel" json:"channel,omitempty" jsonschema:"description=Slack channel for this metric instead of slack.channel (bot-token mode)."`
	// By says whose value the metric keeps: one for everyone (the
	// default), or one per claimant ("claimant").
	By string `yaml:"by" json:"by,omitempty" jsonschema:"enum=claimant,description=claimant: keep one current value per claimant (the ministry's toll and the military's count) each with its own alerts. Without it the metric has one current value and claimants who disagree make a conflict."`
	// Claimants and ExcludeClaimants restrict the figures the metric takes
	// to those some claimants claim, or to those others do not.
	Claimants        []string `yaml:"claimants" json:"claimants,omitempty" jsonschema:"description=Take only figures these claimants claim: claimant ids (gaza_health_ministry) or an unlisted claimant's words (Save the Children). Unattributed figures are left out."`
	ExcludeClaimants []string `yaml:"exclude_claimants" json:"exclude_claimants,omitempty" jsonschema:"description=Leave out figures these claimants claim: claimant ids or an unlisted claimant's words. Unattributed figures are kept."`

	// The simple form: a figure near one of the keywords.
	Keywords []string `yaml:"keywords" json:"keywords,omitempty" jsonschema:"description=Words phrases or @vocabularies one of which must stand within window words of the figure in the same sentence. Case-insensitive; a word matches its forms (kill matches killed and killing); a trailing * matches any ending; a leading = asks for the form as written (=lives)."`
	Window   int      `yaml:"window" json:"window,omitempty" jsonschema:"minimum=1,maximum=50,default=8,description=How many words may separate a keyword from the figure."`
	Scope    []string `yaml:"scope" json:"scope,omitempty" jsonschema:"description=Words or phrases one of which the article (or sentence: see scope_in) must mention: matched as written (with a trailing * for any ending)."`
	ScopeIn  string   `yaml:"scope_in" json:"scope_in,omitempty" jsonschema:"enum=article,enum=sentence,default=article"`
	Exclude  []string `yaml:"exclude" json:"exclude,omitempty" jsonschema:"description=Words or phrases that rule a whole sentence out."`
	// Require is the other half of what a figure is, when keywords say what
	// it counts and the sentence must also say how (per year: annual).
	Require []string `yaml:"require" json:"require,omitempty" jsonschema:"description=Words phrases or @vocabularies one of which the sentence must hold (anywhere in it) besides a keyword near the figure: the military aid figure that is also yearly (require: [\"@per_year\"])."`
	// ExcludeNear rules out a figure that one of these stands nearer to than
	// any keyword ("33,091 killed and 75,750 wounded": wounded).
	ExcludeNear []string `yaml:"exclude_near" json:"exclude_near,omitempty" jsonschema:"description=Words or phrases that rule a figure out when they stand nearer to it than any keyword (wounded in: N killed and M wounded)."`
	// Parts name a part of the metric's amount (FMF of all military aid):
	// the whole that such a part is given as a part of is the metric's
	// figure, though no keyword stands near it ("Of the $3.8bn ..., $3.3bn
	// is FMF"; "$3.3bn in FMF and $500m ..., for a total of $3.8bn").
	Parts []string `yaml:"parts" json:"parts,omitempty" jsonschema:"description=Words phrases or @vocabularies that name a part of the metric's amount: the whole a figure they name is a part of (Of the $3.8bn ... $3.3bn is FMF; $3.3bn in FMF and $500m ... for a total of $3.8bn; $3.8bn — $3.3bn in FMF and ...) counts as near a keyword. List them in exclude_near too so the part itself stays out."`

	// The pattern form: regular expressions with {name} placeholders that
	// bind figures.
	Patterns []string `yaml:"patterns" json:"patterns,omitempty" jsonschema:"description=Regular expressions (RE2; case-insensitive) in which {name} binds a figure. A space matches any run of white space."`

	// The multi-value form: each named value is the figure nearest to its
	// words, in one sentence.
	Values map[string]ValueSpec `yaml:"values" json:"values,omitempty" jsonschema:"description=Named values read from one sentence: each is the figure nearest to one of its near words and nearer to them than to another value's (prisoners: {near: [\"@prisoners\"]})."`

	// Since is when the count began (a day, a month or a year): a sentence
	// that names an earlier year as an event ("the 2014 war killed ...") is
	// about another one, and a count since a later day is a part.
	Since StartDate `yaml:"since" json:"since,omitempty,omitzero"`

	// Owner and Actor say whose the counted units and acts are, for a
	// metric whose figure another side's sentence may give in the same
	// words: "Islamic Jihad keeps two battalions in Rafah" is not the
	// Hamas battalions' count (otherowner.go, unitssent.go), "killed by
	// Ukrainian shelling" not Russia's acts (otherside.go). Each is one
	// name as sentences write it; nothing is read from the description.
	Owner string `yaml:"owner" json:"owner,omitempty" jsonschema:"description=Whose units the metric counts: one name as sentences write it (Hamas). Units a subject sends into a place or another named subject has are then left out."`
	Actor string `yaml:"actor" json:"actor,omitempty" jsonschema:"description=The side whose acts the metric counts: one name of four letters or more as sentences write it (Russia). Those killed by an agent named for the metric's other place (by Ukrainian shelling) are then left out."`

	Min *float64 `yaml:"min" json:"min,omitempty" jsonschema:"description=Values below this are not plausible for the metric and are ignored."`
	Max *float64 `yaml:"max" json:"max,omitempty" jsonschema:"description=Values above this are not plausible for the metric and are ignored."`

	Examples []Example `yaml:"examples" json:"examples,omitempty" jsonschema:"description=Unit tests for the rule: run by claimtrack rules test and claimtrack check."`

	// Origin says where the spec was written; set by the config loader.
	Origin Origin `yaml:"-" json:"-"`
	// Vocabularies are what its @names mean: the shipped ones as the
	// configuration changed them; set by the config loader, and the
	// shipped ones when nil.
	Vocabularies *Vocabularies `yaml:"-" json:"-"`
}

// Origin is the file and line a metric was defined at.
type Origin struct {
	File string
	Line int
}

func (o Origin) String() string {
	if o.File == "" {
		return ""
	}
	return fmt.Sprintf("%s:%d", o.File, o.Line)
}

// Example is a rule unit test: a text and what the metric must find in it.
type Example struct {
	Text string `yaml:"text" json:"text" jsonschema:"required"`
	// Value is what a single-valued metric must yield.
	Value *float64 `yaml:"value" json:"value,omitempty"`
	// Values is what a metric with named placeholders must yield.
	Values map[string]float64 `yaml:"values" json:"values,omitempty"`
	// Qualifier, if set, must equal the figure's qualifier (more_than, approximately, ...).
	Qualifier string `yaml:"qualifier" json:"qualifier,omitempty"`
	// None says the text must yield nothing for this metric.
	None bool `yaml:"none" json:"none,omitempty"`
}

// Threshold is a minimum change: an absolute amount (100) or a percentage
// of the current value ("2%").
type Threshold struct {
	Amount  float64
	Percent bool
}

// IsZero reports whether no threshold is set.
func (t Threshold) IsZero() bool { return t.Amount == 0 }

// Exceeded reports whether moving from old to new is a large enough change.
func (t Threshold) Exceeded(old, new float64) bool {
	d := new - old
	if d < 0 {
		d = -d
	}
	if t.Percent {
		if old == 0 {
			return d > 0
		}
		return d/abs(old)*100 >= t.Amount
	}
	return d >= t.Amount
}

func abs(f float64) float64 {
	if f < 0 {
		return -f
	}
	return f
}

func (t Threshold) String() string {
	if t.Percent {
		return strconv.FormatFloat(t.Amount, 'f', -1, 64) + "%"
	}
	return strconv.FormatFloat(t.Amount, 'f', -1, 64)
}

// UnmarshalYAML accepts 100, 2.5 or "2%".
func (t *Threshold) UnmarshalYAML(n *yaml.Node) error {
	if n.Kind != yaml.ScalarNode {
		return fmt.Errorf("expected a number (100) or a percentage (\"2%%\")")
	}
	s := strings.TrimSpace(n.Value)
	pct := strings.HasSuffix(s, "%")
	s = strings.TrimSpace(strings.TrimSuffix(s, "%"))
	f, err := strconv.ParseFloat(strings.ReplaceAll(s, ",", ""), 64)
	if err != nil || f < 0 {
		return fmt.Errorf("expected a number (100) or a percentage (\"2%%\"), got %q", n.Value)
	}
	*t = Threshold{Amount: f, Percent: pct}
	return nil
}

// MarshalYAML writes the threshold back in the form it was read.
func (t Threshold) MarshalYAML() (any, error) { return t.String(), nil }

// JSONSchema describes the two accepted forms.
func (Threshold) JSONSchema() *jsonschema.Schema {
	return &jsonschema.Schema{
		Description: "Smallest change worth posting: an absolute amount (100) or a percentage of the current value (\"2%\").",
		OneOf: []*jsonschema.Schema{
			{Type: "number", Minimum: "0"},
			{Type: "string", Pattern: `^\s*[0-9]+(\.[0-9]+)?\s*%\s*$`},
		},
	}
}

// SpecError is a problem with one field of a metric spec. Field is relative
// to the metric ("patterns[0]").
type SpecError struct {
	Field string
	Msg   string
}

func (e SpecError) Error() string { return e.Field + ": " + e.Msg }

var idPattern = regexp.MustCompile(`^[a-z][a-z0-9_]*$`)

// ByClaimant is the value of `by:` that keeps one value per claimant.
const ByClaimant = "claimant"

// Validate checks a spec on its own (not against other specs) and returns
// every problem found.
func (s *MetricSpec) Validate() []SpecError {
	var errs []SpecError
	add := func(field, format string, args ...any) {
		errs = append(errs, SpecError{Field: field, Msg: fmt.Sprintf(format, args...)})
	}
	if s.ID == "" {
		add("id", "required: a short name such as gaza_death_toll")
	} else if !idPattern.MatchString(s.ID) {
		add("id", "%q is not a valid id: use lower case letters, digits and underscores, starting with a letter", s.ID)
	}
	switch s.Kind {
	case "", "count", "money", "percent", "fraction":
	default:
		add("kind", "%q is not a kind: use count, money, percent or fraction", s.Kind)
	}
	if s.Kind == "money" && s.Unit != "" && !figures.IsCurrencyCode(s.Unit) {
		add("unit", "%q is not an ISO 4217 currency code that claimtrack knows (USD, EUR, GBP, ILS, ...)", s.Unit)
	}
	switch s.ScopeIn {
	case "", "article", "sentence":
	default:
		add("scope_in", "%q: use article or sentence", s.ScopeIn)
	}
	switch s.By {
	case "", ByClaimant:
	default:
		add("by", "%q: the only choice is claimant (one current value per claimant); leave by out for one value", s.By)
	}
	s.validateClaimantLists(add)
	if msg := s.Since.validate(); msg != "" {
		add("since", "%s", msg)
	}
	if msg := checkSideName(s.Owner, "owner", "Hamas", 1); msg != "" {
		add("owner", "%s", msg)
	}
	if msg := checkSideName(s.Actor, "actor", "Russia", 4); msg != "" {
		add("actor", "%s", msg)
	}
	if s.Window < 0 || s.Window > 50 {
		add("window", "%d words is out of range: use 1 to 50", s.Window)
	}
	if len(s.Keywords) == 0 && len(s.Patterns) == 0 && len(s.Values) == 0 {
		add("keywords", "a metric needs keywords (the simple form), values (several named figures) or patterns (regular expressions)")
	}
	if len(s.Keywords) > 0 && len(s.Values) > 0 {
		add("values", "give keywords (one figure) or values (several named figures), not both")
	}
	for _, list := range []struct {
		field   string
		entries []string
	}{{"keywords", s.Keywords}, {"scope", s.Scope}, {"exclude", s.Exclude}, {"exclude_near", s.ExcludeNear}, {"require", s.Require}, {"parts", s.Parts}} {
		for i, k := range list.entries {
			if err := s.checkEntry(k); err != "" {
				add(fmt.Sprintf("%s[%d]", list.field, i), "%s", err)
			}
		}
	}
	valueNames := s.valueNames()
	for _, name := range valueNames {
		f := "values." + name
		if !placeholderName.MatchString(name) {
			add(f, "%q is not a value name: use lower case letters, digits and _ (for example prisoners)", name)
		}
		if len(s.Values[name].Near) == 0 {
			add(f+".near", "required: the words the %s figure stands near (for example [\"@%s\"])", name, name)
		}
		for i, k := range s.Values[name].Near {
			if err := s.checkEntry(k); err != "" {
				add(fmt.Sprintf("%s.near[%d]", f, i), "%s", err)
			}
		}
		for i, k := range s.Values[name].Sides {
			if err := s.checkEntry(k); err != "" {
				add(fmt.Sprintf("%s.sides[%d]", f, i), "%s", err)
			}
		}
	}
	var names []string
	if len(valueNames) > 0 {
		names = valueNames
	}
	for i, p := range s.Patterns {
		cp, err := compilePattern(p)
		if err != nil {
			add(fmt.Sprintf("patterns[%d]", i), "%v", err)
			continue
		}
		if names == nil {
			names = cp.names
		} else if !slices.Equal(sortedCopy(names), sortedCopy(cp.names)) {
			first := "patterns[0]"
			if len(valueNames) > 0 {
				first = "values"
			}
			add(fmt.Sprintf("patterns[%d]", i), "binds {%s} but %s binds {%s}: every pattern of a metric must bind the same names",
				strings.Join(cp.names, "}, {"), first, strings.Join(names, "}, {"))
		}
	}
	if s.Min != nil && s.Max != nil && *s.Min > *s.Max {
		add("min", "min (%g) is above max (%g)", *s.Min, *s.Max)
	}
	multi := len(names) > 1 || (len(names) == 1 && names[0] != "value")
	for i, ex := range s.Examples {
		f := fmt.Sprintf("examples[%d]", i)
		if strings.TrimSpace(ex.Text) == "" {
			add(f+".text", "required: the sentence or paragraph to test")
		}
		set := 0
		if ex.Value != nil {
			set++
		}
		if ex.Values != nil {
			set++
		}
		if ex.None {
			set++
		}
		if set != 1 {
			add(f, "give exactly one of value (what the metric finds), values (for named placeholders) or none: true")
			continue
		}
		if ex.Value != nil && multi {
			add(f+".value", "this metric binds {%s}: give values: {%s: ...}", strings.Join(names, "}, {"), names[0])
		}
		if ex.Values != nil {
			if !multi && len(s.Patterns) == 0 {
				add(f+".values", "this metric has no named values: use value")
			}
			for k := range ex.Values {
				if len(names) > 0 && !slices.Contains(names, k) {
					add(f+".values."+k, "the metric has no value %s; its values are %s", k, strings.Join(names, ", "))
				}
			}
		}
		if ex.Qualifier != "" && !figures.IsQualifier(ex.Qualifier) {
			add(f+".qualifier", "%q is not a qualifier: use one of %s", ex.Qualifier, strings.Join(figures.Qualifiers(), ", "))
		}
	}
	return errs
}

// checkSideName checks the owner or actor field's name v: empty, or one
// capitalised word of at least least letters, since a sentence's word is
// compared with it (the actor's demonym by its first four letters).
func checkSideName(v, field, example string, least int) string {
	if v == "" {
		return ""
	}
	if strings.TrimSpace(v) == "" || len(strings.Fields(v)) > 1 {
		return fmt.Sprintf("%q is not one name: give the name alone as sentences write it (%s: %s)", v, field, example)
	}
	r := []rune(v)
	for _, c := range r {
		if !unicode.IsLetter(c) {
			return fmt.Sprintf("%q is not one name: use letters only, the name as sentences write it (%s: %s)", v, field, example)
		}
	}
	if !unicode.IsUpper(r[0]) {
		return fmt.Sprintf("%q is not a name: write it capitalised as sentences do (%s: %s)", v, field, example)
	}
	if len(r) < least {
		return fmt.Sprintf("%q is too short: its demonym is matched by the name's first %d letters; give the country's or side's name (%s: %s)", v, least, field, example)
	}
	return ""
}

// checkEntry checks one entry of a phrase list: a phrase, or the name of a
// vocabulary the spec's Vocabularies (or the shipped ones) hold.
func (s *MetricSpec) checkEntry(p string) string {
	name, ok := strings.CutPrefix(strings.TrimSpace(p), vocabMark)
	if !ok {
		return checkPhrase(p)
	}
	voc := s.Vocabularies
	if voc == nil {
		shipped, err := ShippedVocabularies()
		if err != nil {
			return err.Error()
		}
		voc = shipped
	}
	if _, found := voc.Lookup(name); !found {
		msg := fmt.Sprintf("no vocabulary %q: known are @%s (list them with claimtrack rules vocab; define new ones under vocabularies: in the configuration)", name, strings.Join(voc.Names(), ", @"))
		if c := closestName(name, voc.Names()); c != "" {
			msg = fmt.Sprintf("no vocabulary %q (did you mean @%s?)", name, c)
		}
		return msg
	}
	return ""
}

// checkPhrase checks one word or phrase as written in a rule.
func checkPhrase(p string) string {
	t := strings.TrimSpace(p)
	if rest, ok := strings.CutPrefix(t, exactMark); ok {
		t = strings.TrimSpace(rest)
	}
	if t == "" {
		return "empty phrase"
	}
	if strings.Contains(strings.TrimSuffix(t, "*"), "*") {
		return fmt.Sprintf("%q: * is allowed only at the end of a phrase", p)
	}
	if len(wordsOf(t)) == 0 {
		return fmt.Sprintf("%q has no words to match", p)
	}
	return ""
}

// closestName returns the name s was probably meant to be: one that
// begins with it, that it begins with, or that it shares all but its last
// letter with ("deathz": deaths).
func closestName(s string, names []string) string {
	for _, n := range names {
		p := len(commonPrefix(s, n))
		if p == len(s) || p == len(n) || p >= 4 && p >= min(len(s), len(n))-1 {
			return n
		}
	}
	return ""
}

func sortedKeys[V any](m map[string]V) []string {
	return slices.Sorted(maps.Keys(m))
}

func sortedCopy(s []string) []string {
	c := slices.Clone(s)
	slices.Sort(c)
	return c
}

// validateClaimantLists checks claimants and exclude_claimants on their
// own: no empty or repeated entry, and not both lists (the first already
// leaves out every other claimant). Whether an id names a claimant is
// CheckClaimantIDs's part: it needs the configured claimants.
func (s *MetricSpec) validateClaimantLists(add func(field, format string, args ...any)) {
	if len(s.Claimants) > 0 && len(s.ExcludeClaimants) > 0 {
		add("exclude_claimants", "give claimants (only these) or exclude_claimants (all but these), not both")
	}
	for _, list := range []struct {
		field   string
		entries []string
	}{{"claimants", s.Claimants}, {"exclude_claimants", s.ExcludeClaimants}} {
		seen := map[string]int{}
		for i, c := range list.entries {
			f := fmt.Sprintf("%s[%d]", list.field, i)
			k := claimantKey(c)
			if k == "" {
				add(f, "empty claimant: give a claimant id (gaza_health_ministry) or an unlisted claimant's words (Save the Children)")
				continue
			}
			if j, dup := seen[k]; dup {
				add(f, "%q is already %s[%d]", c, list.field, j)
				continue
			}
			seen[k] = i
		}
	}
}

// CheckClaimantIDs checks that every entry of claimants and
// exclude_claimants written as an id (lower case, digits and _) is one of
// known, the shipped and configured claimant ids: a misspelt id would
// otherwise match nothing and the metric would quietly take nothing (or
// exclude nobody). An entry in other words names an unlisted claimant.
func (s *MetricSpec) CheckClaimantIDs(known []string) []SpecError {
	var errs []SpecError
	for _, list := range []struct {
		field   string
		entries []string
	}{{"claimants", s.Claimants}, {"exclude_claimants", s.ExcludeClaimants}} {
		for i, c := range list.entries {
			c = strings.TrimSpace(c)
			if !idPattern.MatchString(c) || slices.Contains(known, c) {
				continue
			}
			msg := fmt.Sprintf("no claimant with id %q: known are %s (add it under claimants: in the configuration, or write an unlisted claimant's words as articles do, such as The Ledger)", c, strings.Join(known, ", "))
			if m := suggest.Closest(c, known); m != "" {
				msg = fmt.Sprintf("no claimant with id %q (did you mean %s?)", c, m)
			}
			errs = append(errs, SpecError{Field: fmt.Sprintf("%s[%d]", list.field, i), Msg: msg})
		}
	}
	return errs
}

// TakesClaimant reports whether the metric takes a figure claimed by c
// (nil: unattributed) under its claimants and exclude_claimants lists.
func (s *MetricSpec) TakesClaimant(c *claimant.Claimant) bool {
	if len(s.Claimants) == 0 && len(s.ExcludeClaimants) == 0 {
		return true
	}
	listed := func(list []string) bool {
		if c == nil {
			return false
		}
		words := claimant.NormalizeWords(c.Words)
		for _, e := range list {
			e = strings.TrimSpace(e)
			if c.ID != "" && e == c.ID || words != "" && claimant.NormalizeWords(e) == words {
				return true
			}
		}
		return false
	}
	if len(s.Claimants) > 0 {
		return listed(s.Claimants)
	}
	return !listed(s.ExcludeClaimants)
}

// claimantKey is how two entries of a claimants list compare.
func claimantKey(s string) string {
	s = strings.TrimSpace(s)
	if idPattern.MatchString(s) {
		return s
	}
	return claimant.NormalizeWords(s)
}
