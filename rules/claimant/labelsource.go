package claimant

import "strings"

// kickers are the labels an outlet sets before a headline of its own or
// a part of its page: "EXCLUSIVE: ...", "LIVE: ...", "FACTBOX: ...",
// "BACKGROUND: ...", "CLARIFICATION: ...", "Chart: ...".
// ("DEVELOPING:", "URGENT:": a story still being written, as "BREAKING:"
// is; claim59.)
var kickers = set("exclusive breaking developing urgent live update updates watch analysis explainer opinion video factbox timeline graphic " +
	"background correction corrections clarification summary recap alert chart map table")

// pageLabel reports whether a line's label, its words in lower case,
// names a part of the outlet's page rather than a speaker or a source: its
// words kickers ("BACKGROUND", "BREAKING ALERT"), or a findings noun
// naming numbers after only words saying which ("KEY FIGURES", "BY THE
// NUMBERS", "Latest figures"); "UNRWA update" and "Health ministry
// figures" are a body's.
func pageLabel(words []string) bool {
	if len(words) == 0 {
		return false
	}
	last := words[len(words)-1]
	if !kickers[last] && !quantityNouns[last] {
		return false
	}
	for _, w := range words[:len(words)-1] {
		if !kickers[w] && (kickers[last] || w != "key" && w != "the" && w != "by" && !figureModifier(w)) {
			return false
		}
	}
	return true
}

// pageLabelAt is pageLabel of tokens [lo, k).
func (v *view) pageLabelAt(lo, k int) bool {
	if k <= lo || k-lo > 4 {
		return false
	}
	var words [4]string
	for i := lo; i < k; i++ {
		words[i-lo] = v.toks[i].low
	}
	return pageLabel(words[:k-lo])
}

// labelSource reports whether a headline's label before its colon, tokens
// [s, e), names who speaks rather than where: a body or people noun
// ("Electoral commission: ..."), a post ("Kharkiv governor: ..."), a body's
// initials ("AFAD: ...") or a name in the plural ("White Helmets: ...");
// "Rafah: ..." and "Sudan: ..." are places.
func (v *view) labelSource(s, e int) bool {
	last := &v.toks[e-1]
	if showRoleIDs.has(&last.spelling) || kickerIDs.has(&last.spelling) && !v.nameClosingKicker(s, e) {
		return false // "HOST: ...", "EXCLUSIVE: ...": the outlet's own
	}
	// "Gaza civil defence: 8,000 still missing": a service heads a
	// source; "Sudan: ...", "Heatwave: ..." are a place and a topic.
	// ("Greek fire brigade:", "Southern Command:": a force's kind heads
	// one as "army" does.)
	if last.has(cBody) || serviceKindIDs.has(&last.spelling) || forceKinds[last.low] || personNoun(last.low) || last.post() || v.bodyName(s, e) {
		return true
	}
	// "Colombian president:", "Peru's president:": a people's or a
	// country's office heads a source as any post does; "president"
	// alone is no post (a body's head, bodypost.go), so its owner says
	// it is an office of state.
	if e-s > 1 && last.word && !last.capital && last.has(cOfficeNoun) && (v.demonym(s) || v.toks[s].poss && v.toks[s].capital) {
		return true
	}
	// "Ministry of Health in Khartoum:", "Federal Office for Migration
	// and Refugees:": a label's head is the word before its first "of",
	// "in" or "for", and a capitalised head of a body's kind heads a
	// source as a last word does ("Battle of Bakhmut:", "Port of
	// Odesa:" and "Floods in Derna:" are an event, a place and a topic).
	if k := v.labelHead(s, e); k > s {
		if h := &v.toks[k-1]; h.capital && !h.shouted && (h.has(cBody) || h.nameKind()) {
			return true
		}
	}
	// "Hatay municipality:", "Adiyaman governorate:": a local
	// government named for its place speaks as a council does.
	if e-s > 1 && localGovernments[last.low] {
		return true
	}
	// "Hostages Forum: 101 still held", "Gaza Health Alliance: ...": a
	// name of capitalised words closed by any kind a body's name closes
	// on (nameKind: a forum, an institute, a league), not only the kinds
	// a lower-case description has. ("Peace Campaign" is one too, so a
	// campaign's name speaks; a topic is written in lower case after its
	// place, "Rafah crossing:".)
	if e-s > 1 && last.capital && !last.shouted && last.nameKind() && v.allCapitalised(s, e) {
		return true
	}
	// "Amnesty International: ...", "Islamic Relief Worldwide: ...": a
	// name closed by the word saying its reach.
	if e-s > 1 && last.capital && !last.shouted && reachWords[last.low] && v.allCapitalised(s, e) && !v.knownPlace(s, e-1) {
		return true
	}
	return e-s > 1 && last.capital && !last.shouted && strings.HasSuffix(last.low, "s") && v.allCapitalised(s, e)
}

// localGovernments are the kinds of a local government named after its
// place ("Gaziantep municipality", "Hatay governorate"), which a label
// before a colon names as a source.
var localGovernments = set("municipality governorate prefecture")

// reachWords close a body's name with how far it works: "Amnesty
// International", "Refugees International", "Concern Worldwide".
var reachWords = set("international worldwide")

// nameClosingKicker reports whether the kicker closing label tokens [s,
// e) is the last word of a name: an imperative kicker ("WATCH: ...") opens
// a label, so one after capitalised words that are no kickers closes a
// name ("Human Rights Watch: ..."); "Ukraine war live:" and "Gaza
// update:" are a topic's page labels.
func (v *view) nameClosingKicker(s, e int) bool {
	if e-s < 2 || v.toks[e-1].low != "watch" || !v.toks[e-1].capital || v.toks[e-1].shouted {
		return false
	}
	for k := s; k < e-1; k++ {
		if !v.toks[k].word || !v.toks[k].capital || kickerIDs.has(&v.toks[k].spelling) {
			return false
		}
	}
	return true
}

// labelHead returns where the first "of", "in" or "for" after the first
// word of label tokens [s, e) stands, with a word before it; s when none
// does.
func (v *view) labelHead(s, e int) int {
	for k := s + 1; k < e-1; k++ {
		if v.is(k, wOf, wIn, wFor) {
			if v.toks[k-1].word {
				return k
			}
			return s
		}
	}
	return s
}
