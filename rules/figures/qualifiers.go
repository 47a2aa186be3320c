package figures

import (
	"sort"
	"strings"

	"github.com/claimtrack/claimtrack/rules/internal/wordset"
)

// The words that bound a figure, as news writes them. Phrases before a
// figure ("more than", "as many as") and after it ("or more", "-plus") are
// listed as written; the verbs of headlines ("tops", "passed", "nearing",
// "climbs past") are generated from their lemmas, so that every form of a
// verb reads the same and a new verb is one line.

var prefixQualifiers = map[Qualifier][]string{
	MoreThan: {"more than", "over", "greater than", "higher than", "larger than", "bigger than", "above",
		"in excess of", "upwards of", "upward of", "north of", "well over", "well above", "well in excess of", "more than about",
		">", "beyond", "well past", "well beyond", "well north of",
		// A speaker's "something" before a bound hedges it and keeps it:
		// "something north of twenty-eight thousand".
		"something north of", "something over", "something in excess of"},
	JustOver: {"just over", "just above", "slightly more than", "slightly over", "slightly above", "a little over",
		"a little more than", "just more than", "just past", "a bit more than", "a bit over", "just beyond",
		"just north of", "a shade over", "a shade above", "a touch over"},
	AtLeast: {"at least", "no less than", "no fewer than", "not less than", "not fewer than", "a minimum of", "at minimum",
		"at a minimum", "> =", ">=", "≥", "greater than or equal to", "more than or equal to", "at least or equal to",
		"equal to or more than", "equal to or greater than", "bigger or equal than", "higher or equal than",
		"greater or equal than", "as few as", "as low as",
		// "A good fifty thousand": no fewer, and likely more.
		"a good"},
	LessThan: {"less than", "fewer than", "under", "below", "lower than", "smaller than", "<", "short of", "well under", "well below",
		"south of", "well south of", "nowhere near", "not even", "something south of"},
	AtMost: {"up to", "no more than", "not more than", "at most", "a maximum of", "at maximum", "as many as", "as much as",
		"< =", "<=", "≤", "less than or equal to", "smaller or equal than", "lower or equal than", "equal to or less than",
		"fewer than or equal to", "equal to or fewer than", "a high of", "as high as"},
	Nearly: {"nearly", "almost", "close to", "just under", "just below", "just shy of", "not quite",
		"nigh on", "shy of", "just less than", "slightly less than", "slightly under", "slightly below", "a little under",
		"a little less than", "just short of", "closer to", "close on", "the best part of", "the better part of",
		"closing in on", "closes in on", "closed in on", "just south of", "a shade under", "a shade below", "a touch under",
		"getting on for", "getting on to", "something close to",
		// The comparative of "near" bounds as "closer to" does: "nearer
		// 2,000", "nearer to 2,000" (ord48).
		"nearer", "nearer to", "much nearer", "much closer to", "far nearer", "far closer to"},
	Approximately: {"about", "around", "roughly", "approximately", "approx", "some", "an estimated", "estimated",
		"circa", "ca", "an approximate", "~", "in the region of", "on the order of", "something like", "in the neighbourhood of", "in the neighborhood of", "more like",
		// "An average of $3.8bn a year" is a figure of its own, exact, as
		// the rules corpus (israel-gaza-71) and the figures corpus (corpus5:
		// "an average of £123") label it; "on average" after one still hedges.
		"on average", "some estimated", "approx.", "upwards of about", "roughly about", "an approximately", "around about",
		"an estimate of", "estimated at",
		// "more or less forty-five thousand": a spoken hedge.
		"more or less",
		// A hedge set off by a comma still hedges the figure after it:
		// "roughly, twelve and a half thousand". (The spoken "what," is
		// left: the corpus reads "There are, what, one point four million"
		// as exact.)
		"roughly ,", "approximately ,", "perhaps ,", "maybe ,", "something like ,",
		// Hedges: a figure the writer is unsure of is a rough one.
		"perhaps", "maybe", "possibly", "probably", "conceivably"},
	Exact: {"exactly", "precisely", "equal to", "equals", "equaling", "equaling to", "equals to", "a total of", "totaling", "totalling", "just", "only"},
}

// spokenHedges are the hedges a speaker may follow with a filler
// (spokenFillers) before the figure.
var (
	spokenHedges  = []string{"something like", "about", "around", "roughly", "approximately", "maybe", "perhaps"}
	spokenFillers = []string{"well", "uh", "um", "er", "erm"}
)

// timeQualifiers bound a figure as prepositions ("deaths past 34,000")
// but also name a span of time ("the past 24 hours"): see timeSense.
var timeQualifiers = []string{"past"}

// "41,000 and counting" is no suffix qualifier: it says the count is still
// moving, and the figure is where it stands now, as "rose to" does.
var suffixQualifiers = map[Qualifier][]string{
	AtLeast:       {"or more", "and more", "or above", "and above", "and up", "or greater", "or higher", "and over", "or over", "plus", "+", "at least"},
	AtMost:        {"or less", "or fewer", "or below", "or under", "and under", "and below", "at most", "or lower"},
	Approximately: {"or so", "give or take", "odd", "or thereabouts"},
}

// Spoken approximations after a figure: "forty-seven thousand and change",
// "twelve thousand and then some", "a million and a bit". Their words
// also join a figure to what follows ("4,000 and change in the law",
// "and then some 300 more"), so they bound only a figure that ends its
// clause with them (see finalSuffix).
var finalSuffixQualifiers = map[Qualifier][]string{
	JustOver: {"and change", "and a bit"},
	MoreThan: {"and then some"},
}

// A thresholdVerb sets the figure after it against a mark: "toll tops
// 33,000" is more than 33,000, "nears 2,000" nearly 2,000.
type thresholdVerb struct {
	lemma string
	q     Qualifier
	// irregular replaces the -ed form the spelling rules would make.
	irregular []string
	// doubles is set for a lemma of more than one syllable stressed on the
	// last, which doubles its final consonant ("outstripped").
	doubles bool
	// baseAlone is set for a lemma whose base form is a verb wherever it
	// stands: no noun or adjective shares it ("exceed"), or the one that
	// does means the same ("toll near 40,000"). Other base forms need a
	// verb's context: "cases top 1,000" but "the top 10 donors".
	baseAlone bool
	// passing is set for a verb whose figure reads exact but which tells
	// a count reaching or passing a mark all the same ("hit", "reach",
	// "break"); a verb that sets its figure above the mark tells one
	// already (PassingVerb).
	passing bool
}

var thresholdVerbs = []thresholdVerb{
	{lemma: "pass", q: MoreThan}, {lemma: "top", q: MoreThan}, {lemma: "cross", q: MoreThan},
	{lemma: "surpass", q: MoreThan, baseAlone: true}, {lemma: "exceed", q: MoreThan, baseAlone: true}, {lemma: "breach", q: MoreThan},
	{lemma: "eclipse", q: MoreThan}, {lemma: "overtake", q: MoreThan, irregular: []string{"overtook", "overtaken"}, baseAlone: true},
	{lemma: "outstrip", q: MoreThan, doubles: true}, {lemma: "outnumber", q: MoreThan},
	{lemma: "near", q: Nearly, baseAlone: true}, {lemma: "approach", q: Nearly}, {lemma: "nudge", q: Nearly},
	// A bare figure is exact already, so these make no phrase; they are
	// here so that the table says how every headline verb reads.
	{lemma: "hit", q: Exact, irregular: []string{"hit"}, passing: true}, {lemma: "reach", q: Exact, passing: true},
	{lemma: "stand", q: Exact, irregular: []string{"stood"}}, // "stands at 38,664"
	// A count that breaks a mark passes it, but "break" bounds no figure:
	// its forms take other objects ("claims to have broken 9 of the RSF's
	// 14 brigades").
	{lemma: "break", q: Exact, irregular: []string{"broke", "broken"}, passing: true},
}

// motionVerbs take their bound from the particle after them: "climbed
// past 2,300" is more than 2,300, "edges towards 30,000" nearly 30,000,
// "rose to 1,212" exactly 1,212. A verb of small steps ("edge", "inch",
// "creep", "tick") passes a mark as any other does: readers record "edged
// past 12,000" as more than 12,000, as they do "climbed past" (the rules
// corpus's labels, every one), not as "just over", which says the margin
// in words.
var motionVerbs = []thresholdVerb{
	{lemma: "rise", irregular: []string{"rose", "risen"}}, {lemma: "climb"}, {lemma: "surge"}, {lemma: "jump"},
	{lemma: "soar"}, {lemma: "shoot", irregular: []string{"shot"}}, {lemma: "creep", irregular: []string{"crept"}},
	{lemma: "swell", irregular: []string{"swelled", "swollen"}}, {lemma: "edge"}, {lemma: "leap", irregular: []string{"leapt", "leaped"}},
	{lemma: "rocket"}, {lemma: "spike"}, {lemma: "push"}, {lemma: "grow", irregular: []string{"grew", "grown"}},
	{lemma: "balloon"}, {lemma: "race"}, {lemma: "inch"}, {lemma: "head"}, {lemma: "move"}, {lemma: "tick"},
	{lemma: "go", irregular: []string{"went", "gone"}}, {lemma: "sail"}, {lemma: "storm"}, {lemma: "blow", irregular: []string{"blew", "blown"}},
	// Verbs of force move a count through a mark: "smashes through 40K",
	// "broke through the 40,000 mark", "burst past 2 million".
	{lemma: "smash"}, {lemma: "burst", irregular: []string{"burst"}}, {lemma: "break", irregular: []string{"broke", "broken"}},
	{lemma: "crash"}, {lemma: "punch"},
}

// particles says what each particle makes of a figure after a verb of
// motion. Those that bound a figure alone ("above", "over", "beyond",
// "under", "below") are prefix qualifiers already; these need the verb, as
// "past" alone is time ("in the past 24 hours"). "to" leaves it exact.
// "Through" after a verb of motion passes the mark as "past" does ("blew
// through 40,000"); alone it joins the ends of a span ("1 through 10").
var particles = map[string]Qualifier{"past": MoreThan, "through": MoreThan, "towards": Nearly, "toward": Nearly, "to": Exact}

// verbForms returns a lemma's forms: the base form first, then the third
// person, the -ing form and the past forms, by English spelling rules.
func verbForms(v thresholdVerb) []string {
	l := v.lemma
	n := len(l)
	last := l[n-1]
	consonantY := last == 'y' && n > 1 && !isVowel(l[n-2])
	var s, ing, ed string
	switch {
	case strings.HasSuffix(l, "s") || strings.HasSuffix(l, "x") || strings.HasSuffix(l, "z") ||
		strings.HasSuffix(l, "ch") || strings.HasSuffix(l, "sh") || l == "go":
		s = l + "es"
	case consonantY:
		s = l[:n-1] + "ies"
	default:
		s = l + "s"
	}
	stem := l
	if doublesFinal(l) || v.doubles {
		stem = l + string(last) // top -> topped, topping
	}
	switch {
	case strings.HasSuffix(l, "ee"):
		ed, ing = l+"d", l+"ing"
	case last == 'e':
		ed, ing = l+"d", l[:n-1]+"ing"
	case consonantY:
		ed, ing = l[:n-1]+"ied", l+"ing"
	default:
		ed, ing = stem+"ed", stem+"ing"
	}
	forms := []string{l, s, ing}
	if v.irregular != nil {
		return append(forms, v.irregular...)
	}
	return append(forms, ed)
}

func isVowel(c byte) bool { return strings.IndexByte("aeiou", c) >= 0 }

// doublesFinal reports whether a lemma doubles its last consonant before
// -ed and -ing: one syllable ending consonant, vowel, consonant ("top",
// "hit"), not w, x or y.
func doublesFinal(l string) bool {
	n := len(l)
	if n < 3 || isVowel(l[n-1]) || strings.IndexByte("wxy", l[n-1]) >= 0 || !isVowel(l[n-2]) || isVowel(l[n-3]) {
		return false
	}
	vowelGroups := 0
	for i := 0; i < n; i++ {
		if isVowel(l[i]) && (i == 0 || !isVowel(l[i-1])) {
			vowelGroups++
		}
	}
	return vowelGroups == 1
}

// addQualifiers adds the qualifier phrases, longest first, so that "more
// than or equal to" wins over "more than".
func (v *vocabulary) addQualifiers() {
	for q, list := range inOrder(prefixQualifiers) {
		for _, p := range list {
			v.quals = append(v.quals, qualPhrase{ids: v.phraseIDs(p, fQual), q: q})
		}
	}
	// A speaker may stop between a hedge and the figure: "Something like,
	// well, eleven and a half million", "about, uh, 40,000". The hedge
	// still hedges the figure after the filler.
	for _, p := range spokenHedges {
		for _, f := range spokenFillers {
			v.quals = append(v.quals, qualPhrase{ids: v.phraseIDs(p+" , "+f+" ,", fQual), q: Approximately})
		}
	}
	for _, p := range timeQualifiers {
		v.quals = append(v.quals, qualPhrase{ids: v.phraseIDs(p, fQual), q: MoreThan, timeSense: true})
	}
	// verbForms puts the -ing form third.
	verbPhrase := func(words []string, q Qualifier, form int, baseAlone bool) {
		v.quals = append(v.quals, qualPhrase{ids: v.phraseIDs(strings.Join(words, " "), fQual), q: q,
			verb: true, verbBase: form == 0 && !baseAlone, gerund: form == 2})
	}
	for _, tv := range thresholdVerbs {
		if tv.q == Exact {
			continue
		}
		for i, form := range verbForms(tv) {
			verbPhrase([]string{form}, tv.q, i, tv.baseAlone)
		}
	}
	for _, mv := range motionVerbs {
		for i, form := range verbForms(mv) {
			for particle, q := range inOrder(particles) {
				if q != Exact {
					verbPhrase([]string{form, particle}, q, i, false)
				}
			}
		}
	}
	for q, list := range inOrder(suffixQualifiers) {
		for _, p := range list {
			v.sufQuals = append(v.sufQuals, qualPhrase{ids: v.phraseIDs(p, 0), q: q})
		}
	}
	for q, list := range inOrder(finalSuffixQualifiers) {
		for _, p := range list {
			v.sufQuals = append(v.sufQuals, qualPhrase{ids: v.phraseIDs(p, 0), q: q, final: true})
		}
	}
	// A form that is both a base form and a past ("hit", "cut") reads as a
	// verb without context.
	past := map[string]bool{}
	for _, q := range v.quals {
		if !q.verbBase {
			past[v.phraseKey(q.ids)] = true
		}
	}
	for i := range v.quals {
		if v.quals[i].verbBase && past[v.phraseKey(v.quals[i].ids)] {
			v.quals[i].verbBase = false
		}
	}
	byLen := func(qs []qualPhrase) {
		sort.SliceStable(qs, func(i, j int) bool {
			if len(qs[i].ids) != len(qs[j].ids) {
				return len(qs[i].ids) > len(qs[j].ids)
			}
			return !qs[i].verbBase && qs[j].verbBase
		})
	}
	byLen(v.quals)
	byLen(v.sufQuals)
}

func (v *vocabulary) phraseKey(ids []uint16) string {
	var b strings.Builder
	for _, id := range ids {
		b.WriteString(string(rune(id)))
	}
	return b.String()
}

// IsBoundVerb reports whether w (lower-case) is the base form of a verb that
// sets a figure against a mark ("reach", "top", "exceed") or moves it
// ("rise", "climb"): after a modal ("could reach 186,000", "may top
// 40,000") the figure is a projection, not a count.
func IsBoundVerb(w string) bool {
	return boundVerbTable.Has(w)
}

// boundVerbTable is boundVerbs for IsBoundVerb's lookups, asked of the word
// before every figure the rules read (wordset: no hashing call).
var boundVerbTable = wordset.New(boundVerbs)

// boundVerbs holds the lemmas of thresholdVerbs and motionVerbs: the rules
// ask about the word before every figure they look at.
var boundVerbs = func() map[string]bool {
	m := map[string]bool{}
	for _, tables := range [][]thresholdVerb{thresholdVerbs, motionVerbs} {
		for _, v := range tables {
			m[v.lemma] = true
		}
	}
	return m
}()

// QualifierWritten is the qualifier news means by words written before or
// after a figure ("about", "more than", "or more"), for telling a rule's
// author which qualifier's name to write: ok is false when the words are
// none of those listed.
func QualifierWritten(words string) (q Qualifier, ok bool) {
	w := strings.Join(strings.Fields(strings.ToLower(strings.ReplaceAll(words, "_", " "))), " ")
	for _, table := range []map[Qualifier][]string{prefixQualifiers, suffixQualifiers} {
		for _, cand := range allQualifiers {
			for _, p := range table[cand] {
				if p == w {
					return cand, true
				}
			}
		}
	}
	return q, false
}
