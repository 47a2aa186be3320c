package rules

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// Compiling metric specs into an Engine: each metric's phrases, and the
// index of their first words that the extract looks figures' neighbours up
// in.

// Compile validates the specs and builds an engine. A spec's @names are
// looked up in its Vocabularies, or in the shipped ones when it has none.
func Compile(specs []MetricSpec) (*Engine, error) {
	e := &Engine{byWord: map[string][]phraseRef{}, byStem: map[string][]phraseRef{}, byPrefix: map[string][]phraseRef{}}
	var errs []error
	seen := map[string]bool{}
	lens := map[int]bool{}
	var shipped *Vocabularies
	for i := range specs {
		s := specs[i]
		// "unit: USD" with no kind is a sum, as the unit's description
		// says: a metric's kind defaults to count only for other units
		// (user45b: a desk's insured-losses metric took no "$20 billion").
		if s.Kind == "" && figures.IsCurrencyCode(s.Unit) {
			s.Kind = "money"
		}
		where := s.ID
		if o := s.Origin.String(); o != "" {
			where = o + ": " + s.ID
		}
		if s.Vocabularies == nil {
			if shipped == nil {
				v, err := ShippedVocabularies()
				if err != nil {
					return nil, err
				}
				shipped = v
			}
			s.Vocabularies = shipped
		}
		if ve := s.Validate(); len(ve) > 0 {
			for _, v := range ve {
				errs = append(errs, fmt.Errorf("metric %s: %s", where, v))
			}
			continue
		}
		if seen[s.ID] {
			errs = append(errs, fmt.Errorf("metric %s: duplicate id", where))
			continue
		}
		seen[s.ID] = true
		m := newMetric(s)
		idx := len(e.metrics)
		if s.CountsEvents() {
			e.eventMetrics = append(e.eventMetrics, s.ID)
		}
		for _, r := range []role{roleKeyword, roleNear, roleExclude, roleValue, roleRequire, rolePart, roleSide} {
			for k, ph := range m.phrases(r) {
				e.index(ph, phraseRef{metric: int32(idx), role: r, index: int32(k)}, lens)
			}
		}
		m.addWholeKeywords()
		for k, p := range s.Patterns {
			cp, err := compilePattern(p)
			if err != nil {
				errs = append(errs, fmt.Errorf("metric %s: patterns[%d]: %w", where, k, err))
				continue
			}
			cp.rule = fmt.Sprintf("patterns[%d]", k)
			m.patterns = append(m.patterns, cp)
			if len(cp.anchors) == 0 && !m.always {
				m.always = true
				e.patternAlways = append(e.patternAlways, idx)
			}
			for _, a := range cp.anchors {
				e.byWord[a] = append(e.byWord[a], phraseRef{metric: int32(idx), role: rolePattern, index: int32(k)})
				e.starts.addWord(a)
			}
		}
		e.metrics = append(e.metrics, m)
	}
	for l := range lens {
		e.prefixLens = append(e.prefixLens, l)
	}
	slices.Sort(e.prefixLens)
	e.inPlaces = e.inPlaceKeywords()
	e.givenTo = e.givenToKeywords()
	e.givenByUS = e.usGivenKeywords()
	e.ownedNouns = e.ownedNounKeywords()
	e.perYearMetrics = e.perYearRequires()
	e.unitSince = e.unitSinceMetrics()
	e.numberForms()
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	e.findTwins()
	return e, nil
}

func newMetric(s MetricSpec) *metric {
	m := &metric{spec: s, window: s.Window}
	if m.window == 0 {
		m.window = DefaultWindow
	}
	switch s.Kind {
	case "", "count":
		m.kinds = []figures.Kind{figures.Count}
	case "money":
		m.kinds = []figures.Kind{figures.Money}
	case "percent":
		m.kinds = []figures.Kind{figures.Percent}
	case "fraction":
		m.kinds = []figures.Kind{figures.Fraction, figures.Percent}
	}
	voc := s.Vocabularies
	m.keywords = toPhrases(s.Keywords, "keyword", voc)
	m.scope = toPhrases(s.Scope, "scope", voc)
	m.exclude = toPhrases(s.Exclude, "exclude", voc)
	m.excludeCapitals = len(m.exclude)
	m.exclude = withCapitals(m.exclude)
	m.near = append(toPhrases(s.ExcludeNear, "exclude_near", voc), wholeOfTwoPhrases(s)...) // "both countries" (wholeoftwo.go)
	m.require = toPhrases(s.Require, "require", voc)
	m.parts = toPhrases(s.Parts, "parts", voc)
	ownerOwnWords(m) // "the UN's civilian count" (ownermetricword.go)
	m.countNouns = countNouns(s)
	m.excludedKinds = excludedKinds(s)
	m.ownNames = ownNames(s)
	m.ownEvents = ownNamedEvents(s)
	m.places = ownPlaces(s)
	m.pointable = pointablePlaces(s)
	m.regions = ownRegions(m.ownNames)
	m.scopeRegions = scopeRegions(s.Scope)
	m.scopeInner = scopeInner(s)
	m.namesPeople = specNamesPeople(s)
	m.countsAway = countsAway(s)
	m.combatantsExcluded = excludesCombatants(s)
	m.excludesPlaces = excludesAnyPlace(s)
	m.namesPlace = specNamesPlace(m.places, m.ownNames)
	m.severalPlaces = scopeNamesSeveral(s.Scope)
	m.sidesParts = s.Total && s.SideParts
	m.startMonth = startMonth(s)
	m.countFrom = countFromYear(s)
	m.unitHead = unitHeadKeyword(m)
	m.yearly, m.eventDay = yearly(s), eventOnDay(s)
	m.calendarYear = s.CountsCalendarYear()
	m.unitIsTime = unitOfTime(s.Unit)
	m.insideNames = insideNames(s)
	m.side = regionSide(s.Description)
	m.unitOwner, m.actor = strings.ToLower(s.Owner), strings.ToLower(s.Actor)
	m.traits = m.hasTraits()
	m.ownEstimate, m.ownServed = ownMeasures(s)
	m.lossNouns = ownLossNouns(s)
	m.valueNames = s.valueNames()
	for vi, name := range m.valueNames {
		for _, ph := range toPhrases(s.Values[name].Near, "values."+name, voc) {
			m.valuePhrases = append(m.valuePhrases, ph)
			m.valueOf = append(m.valueOf, vi)
		}
		for _, ph := range toPhrases(s.Values[name].Sides, "values."+name+".sides", voc) {
			m.sidePhrases = append(m.sidePhrases, ph)
			m.sideOf = append(m.sideOf, vi)
		}
	}
	return m
}

func (e *Engine) index(ph phrase, ref phraseRef, lens map[int]bool) {
	switch {
	case len(ph.words) == 1 && ph.prefix:
		e.byPrefix[ph.keys[0]] = append(e.byPrefix[ph.keys[0]], ref)
		lens[len(ph.keys[0])] = true
		e.starts.addPrefix(ph.keys[0])
	case ph.exact:
		e.byWord[ph.keys[0]] = append(e.byWord[ph.keys[0]], ref)
		e.starts.addWord(ph.keys[0])
	default:
		e.byStem[ph.keys[0]] = append(e.byStem[ph.keys[0]], ref)
		// A stem keeps its word's first two letters (Snowball removes and
		// changes endings only), but a word and its stem may be lower-cased
		// differently outside ASCII: both starts are marked.
		e.starts.addWord(ph.keys[0])
		e.starts.addWord(ph.words[0])
		for _, form := range irregularFormsOf(ph.keys[0]) {
			e.starts.addWord(form) // "took" for "take refuge" (irregular.go)
		}
	}
}
