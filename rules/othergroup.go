package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// Another party's or group's count in the metric's own words: "roughly
// 12,000 Hamas operatives had been killed", "Ukrainian military deaths ...
// stand at about 46,000", "2,700 Lebanese are dead". The keyword is the
// metric's (killed, deaths, dead); whom the figure counts is not.
//
//   - A metric whose exclude words name a kind of combatant ("fighters",
//     "soldiers") counts no combatants: a figure whose noun is any
//     combatant ("operatives", "troops", "servicemen"), after at most two
//     names or modifiers ("12,000 Hamas operatives", "5,000 Russian
//     soldiers"), or whose keyword a combatant's word modifies ("military
//     deaths", "combat deaths"), counts another group.
//   - A metric that names a people counts no other: a demonym whose plural
//     is its singular ("Lebanese", "Chinese") as the figure's noun names
//     another people, as a plural demonym does (otherPeople).
//
// A keyword of the metric right after the figure's noun ("12,000 civilians
// killed") is no other group, and the figure stays. Names joined before
// the noun are read through ("13,500 Hamas and Islamic Jihad gunmen",
// "Hamas and other terror operatives": joinedNames).

// otherGroup reports whether figure fi of sentence s counts another group
// than the metric's, by its noun or its keyword's modifier.
func (m *metric) otherGroup(d *figures.Document, s *figures.Sentence, hits []hit, fi int) bool {
	if m.namesPeople && invariantDemonymAfter(d, s, fi) && !m.ownPeople(d.TokenText(figureEnd(d, fi))) {
		return true
	}
	if !m.combatantsExcluded {
		return false
	}
	word := sentenceWords(d, s)
	_, end := d.FigureTokens(fi)
	loose := false
	for t, reach := end, end+2; t < s.TokEnd && t <= reach; t++ {
		w := word(t)
		if combatantNoun(w) {
			return true
		}
		if j := joinedNames(d, s, t); j > t {
			// "13,500 Hamas and Islamic Jihad gunmen", "Hamas and
			// other terror operatives", "Hamas, Islamic Jihad gunmen":
			// the words after the join may be two more before the noun,
			// any lower-case ones after "other".
			loose = word(j-1) == "other"
			t, reach = j-1, j+2
			continue
		}
		if !d.Tokens[t].IsWord() || !named(d, t) && !adjectiveShape(w) && !(loose && isLowerWord(d.TokenText(t))) {
			break
		}
	}
	// The keyword nearest the figure names it (whether it is near enough
	// the engine has asked, counting words, not tokens); one before it in
	// its clause, modified by a combatant's word, names another group:
	// "Ukrainian military deaths ... stand at about 46,000".
	fs, fe := d.FigureTokens(fi)
	best, bestDist := -1, far
	for i, h := range hits {
		if h.ref.role != roleKeyword {
			continue
		}
		dist := far
		switch {
		case h.end <= fs:
			dist = fs - h.end
		case h.start >= fe:
			dist = h.start - fe
		}
		if dist < bestDist {
			best, bestDist = i, dist
		}
	}
	if best < 0 {
		return false
	}
	h := hits[best]
	return h.end <= fs && h.start-1 >= s.TokStart && combatModifier(word(h.start-1)) && !clauseBreak(d, h.end, fs)
}

// figureEnd returns the token right after figure fi.
func figureEnd(d *figures.Document, fi int) int {
	_, fe := d.FigureTokens(fi)
	return fe
}

// ownPeople reports whether demonym w names a people the metric's name or
// description names ("Palestinians killed in Gaza"): its exclude_near
// words may name another people's place ("Lebanon"), which makes it no
// people of the metric's (foreignName reads them as its own places).
func (m *metric) ownPeople(w string) bool {
	for _, text := range []string{m.spec.Name, m.spec.Description} {
		for _, v := range strings.FieldsFunc(text, func(r rune) bool { return r < 'A' || r > 'Z' && r < 'a' || r > 'z' }) {
			if pluralDemonym(v) && sameStem(v, w) {
				return true
			}
		}
	}
	return false
}

// invariantDemonymAfter reports whether the word right after figure fi is a
// demonym whose plural is its singular ("2,700 Lebanese are dead"), in a
// sentence not in title case.
func invariantDemonymAfter(d *figures.Document, s *figures.Sentence, fi int) bool {
	fs, fe := d.FigureTokens(fi)
	if fe >= s.TokEnd || fs-1 > s.TokStart && named(d, fs-1) || fe+1 < s.TokEnd && named(d, fe+1) {
		return false
	}
	w := d.TokenText(fe)
	return demonymShape(w) && (strings.HasSuffix(w, "ese") || w == "Swiss")
}

// excludesCombatants reports whether a metric's exclude words name a kind
// of combatant: it counts none.
func excludesCombatants(s MetricSpec) bool {
	for _, list := range [][]string{s.ExcludeNear, s.Exclude} {
		for _, p := range list {
			if f := strings.Fields(strings.ToLower(p)); len(f) == 1 && combatantNoun(f[0]) {
				return true
			}
		}
	}
	return false
}

// combatantNoun reports whether lower-cased w names combatants.
func combatantNoun(w string) bool {
	switch w {
	case "fighters", "militants", "combatants", "operatives", "soldiers", "troops", "servicemen", "servicemembers",
		"gunmen", "insurgents", "terrorists", "militiamen", "conscripts":
		return true
	}
	return false
}

// combatModifier reports whether lower-cased w makes a death a combatant's:
// "military deaths", "combat deaths", "battlefield deaths".
func combatModifier(w string) bool {
	switch w {
	case "military", "combat", "battlefield", "soldiers", "troops", "servicemen":
		return true
	}
	return false
}

// adjectiveShape reports whether lower-cased w may modify a noun between a
// figure and it: "armed", "regular", "foreign".
func adjectiveShape(w string) bool {
	switch w {
	case "armed", "regular", "foreign", "enemy", "active", "reserve", "elite":
		return true
	}
	return false
}

// joinedNames returns the token after a join at token t between a name
// before it and the words after it, or t when there is none: "and", "and
// other" (then lower-case words may follow: "Hamas and other terror
// operatives"), or a comma before another name ("Hamas, Islamic Jihad
// gunmen"; not ", fighters and civilians alike", and not after a people's
// plural name, which the figure counts).
func joinedNames(d *figures.Document, s *figures.Sentence, t int) int {
	if t <= s.TokStart || t+1 >= s.TokEnd || !named(d, t-1) {
		return t
	}
	switch d.LowerTokenText(t) {
	case "and":
		if d.LowerTokenText(t+1) == "other" {
			return t + 2
		}
		if named(d, t+1) {
			return t + 1
		}
	case ",":
		// After a people's name ("35,000 Palestinians, Hamas fighters
		// among them") a comma opens an aside on who the figure counts,
		// not a list of groups.
		if named(d, t+1) && !pluralDemonym(d.TokenText(t-1)) {
			return t + 1
		}
	}
	return t
}
