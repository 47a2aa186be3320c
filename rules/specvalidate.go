package rules

// Checking a metric spec on its own (Validate, SpecError) and the checks of
// its fields: side names, phrase-list entries, phrases, and the closest name
// a misspelt one meant.

import (
	"fmt"
	"maps"
	"regexp"
	"slices"
	"strings"
	"unicode"

	"github.com/claimtrack/claimtrack/internal/suggest"
	"github.com/claimtrack/claimtrack/rules/figures"
)

// SpecError is a problem with one field of a metric spec. Field is relative
// to the metric ("patterns[0]").
type SpecError struct {
	Field string
	Msg   string
}

func (e SpecError) Error() string { return e.Field + ": " + e.Msg }

var idPattern = regexp.MustCompile(`^[a-z][a-z0-9_]*$`)

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
	// A currency for the unit with no kind is a sum (Compile reads it as
	// kind: money); with kind: count it contradicts itself, and the
	// metric would take no "$20 billion" ("is a money figure; the metric
	// takes count") with nothing to say why.
	if s.Kind == "count" && figures.IsCurrencyCode(s.Unit) {
		add("unit", "%q is a currency, but the metric counts (kind: count): write kind: money to read sums such as \"$20 billion\"", s.Unit)
	}
	switch s.ScopeIn {
	case "", "article", "sentence":
	default:
		add("scope_in", "%q: use article or sentence", s.ScopeIn)
	}
	switch s.Period {
	case "", "day", "week", "month":
		if s.Period != "" && (s.Total || s.CountsEvents()) {
			add("period", "%q: a running total (total: true) or a metric of values counts no period; leave period out", s.Period)
		}
	default:
		add("period", "%q: use day, week or month (a level whose figure counts that period: new cases per week)", s.Period)
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
	if s.Since.Calendar && !s.Total {
		add("since", "since: year is a running total that starts again each 1 January: give total: true too, or give the day the count began")
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
		if _, err := exampleDate(ex); err != nil {
			add(f+".date", "%q: write the day the text stands in as YYYY-MM-DD (date: 2026-12-05), or leave it out", ex.Date)
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
		if msg := QualifierProblem(ex.Qualifier); msg != "" {
			add(f+".qualifier", "%s", msg)
		}
	}
	return errs
}

// QualifierProblem says what is wrong with q as a qualifier's name: the
// qualifier news means by it when q is words news writes ("about" is
// approximately), the nearest valid name when q looks like a misspelling
// of one ("did you mean more_than?"); "" when q is empty or names one.
func QualifierProblem(q string) string {
	if q == "" || figures.IsQualifier(q) {
		return ""
	}
	// The words news writes: "about" is approximately, "over" more_than.
	if w, ok := figures.QualifierWritten(q); ok {
		return fmt.Sprintf("%q is not a qualifier: a figure after %q is %s; write that", q, q, w.Name())
	}
	if c := suggest.Closest(q, figures.Qualifiers()); c != "" {
		return fmt.Sprintf("%q is not a qualifier (did you mean %s?)", q, c)
	}
	return fmt.Sprintf("%q is not a qualifier: use one of %s", q, strings.Join(figures.Qualifiers(), ", "))
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
