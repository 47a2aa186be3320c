package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// A keyword of death or flight may name its own cause: "died of
// preventable illness", "killed by disease and hunger", "dead from
// malnutrition", "Starvation has killed at least 1,200". A war's or a
// disaster's count is of what its violence or its shock did; deaths from
// disease, hunger or cold, and flight from floods, are counted apart
// (the Gaza ministry reports its malnutrition deaths separately, UN
// monitors count violent deaths only): the figure is another count, unless
// the metric itself names that cause (a cholera desk's "died of cholera").
// The cause must be the keyword's own, right after it ("of", "from",
// "by", perhaps an adjective or two) or its subject right before it: a
// cause said elsewhere in the sentence ("as hunger deepens", "warned of
// famine") says nothing of the figure (other_cause.yaml).

// otherCauseWords is how many modifiers may stand between the keyword's
// preposition and the cause: "of preventable illness", "from acute
// malnutrition".
const otherCauseWords = 2

// otherCause reports whether keyword hit h of figure fi names a cause of
// its own that is no cause the metric counts (causeNoun) and that the
// metric does not name. The keyword stands in the figure's clause: one
// past a mark ("had reached 60,034, as deaths from hunger mounted") is
// another clause's.
func (m *metric) otherCause(d *figures.Document, s *figures.Sentence, fi int, h hit) bool {
	fs, fe := d.FigureTokens(fi)
	from, to := fe, h.start
	if h.end <= fs {
		from, to = h.end, fs
	}
	for k := from; k < to; k++ {
		if isClauseMark(d.TokenText(k)) {
			return false
		}
	}
	c := keywordCause(d, s, h)
	if c < 0 || !hazardNoun(d.LowerTokenText(c)) && !deathKeyword(d, h) {
		return false // hunger or disease drives the war's own flight (review55)
	}
	return m.namesEvent() && !m.namesWord(d.LowerTokenText(c))
}

// deathKeyword reports whether keyword hit h opens with a word of death
// ("killed", "died", "dead", "deaths", "perished", "claimed ... lives",
// "lost their lives"): disease, hunger and cold are other causes of
// death, not of flight, which a war's hunger drives too.
func deathKeyword(d *figures.Document, h hit) bool {
	w := d.LowerTokenText(h.start)
	for _, p := range []string{"kill", "die", "dead", "death", "perish", "claim", "lost", "starve"} {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

// hazardNoun reports whether lower-cased cause w is a hazard of the
// weather, another event for a count of death and of flight alike.
func hazardNoun(w string) bool {
	return w == "floods" || w == "flooding" || w == "drought"
}

// namesEvent reports whether the metric's own words name the violence or
// the shock it counts the deaths or the flight of ("the war in Sudan",
// "Russia's full-scale invasion", scope: earthquake). A metric that names
// none (a desk's bare "toll" of floods or of an outbreak) may count any
// cause, and is not read so.
func (m *metric) namesEvent() bool {
	for _, w := range []string{"war", "wars", "invasion", "conflict", "fighting", "hostilities", "offensive", "bombardment", "siege", "violence",
		"earthquake", "earthquakes", "quake", "quakes", "tremor"} {
		if m.namesWord(w) {
			return true
		}
	}
	return false
}

// keywordCause returns the token of the cause keyword hit h names as its
// own, after it or as its subject before it, or -1.
func keywordCause(d *figures.Document, s *figures.Sentence, h hit) int {
	if k := h.end; k < s.TokEnd {
		switch d.LowerTokenText(k) {
		case "of", "from", "by":
			k++
			if k < s.TokEnd && d.LowerTokenText(k) == "the" {
				k++ // "killed by the cold"
			}
			for n := 0; k < s.TokEnd && n <= otherCauseWords; n, k = n+1, k+1 {
				if causeNoun(d.LowerTokenText(k)) {
					if k+1 < s.TokEnd && d.LowerTokenText(k+1) == "to" {
						return -1 // "exposure to shelling" names the violence
					}
					if !causesJoined(d, s, k) {
						return -1 // "by hunger and fighting": the war's own cause among them (review55)
					}
					return k
				}
				if !isLowerWord(d.TokenText(k)) || !causeModifier(d, k) {
					break
				}
			}
		}
	}
	// The subject of a verb keyword: "Starvation has killed", "Hunger and
	// disease have now killed"; not a cause joined to a violent one
	// ("Israeli strikes and starvation have killed").
	k := h.start - 1
	for n := 0; n < 2 && k > s.TokStart && adverbSlot(d, k) && !haveForm(d.LowerTokenText(k)); n++ {
		k--
	}
	if k >= s.TokStart && haveForm(d.LowerTokenText(k)) {
		k--
	} else if k != h.start-1 || !pastVerbWord(d.TokenText(h.start)) {
		return -1
	}
	if k < s.TokStart || !causeNoun(d.LowerTokenText(k)) {
		return -1
	}
	if k-2 >= s.TokStart && d.LowerTokenText(k-1) == "and" && !causeNoun(d.LowerTokenText(k-2)) {
		return -1
	}
	return k
}

// causeModifier reports whether token k, between a keyword's preposition
// and its cause, is a modifier of the cause: an adjective ("preventable",
// "acute", "severe"), not a noun of its own nor a verb.
func causeModifier(d *figures.Document, k int) bool {
	w := d.LowerTokenText(k)
	if determiner(w) || prepositions[w] || auxiliary(w) || beForm(w) {
		return false
	}
	for _, end := range []string{"able", "ible", "ute", "ere", "ic", "ous", "al", "ing", "ed", "ive", "ful", "ent"} {
		if strings.HasSuffix(w, end) {
			return true
		}
	}
	return false
}

// causeNoun reports whether lower-cased w is a cause of death or flight
// that a war's or a quake's count leaves apart: disease, hunger, cold,
// a hazard of the weather.
func causeNoun(w string) bool {
	switch w {
	case "disease", "diseases", "illness", "illnesses", "sickness", "epidemic", "epidemics",
		"cholera", "measles", "dysentery", "malaria",
		"hunger", "starvation", "malnutrition", "famine", "dehydration", "thirst",
		"cold", "hypothermia", "exposure",
		"floods", "flooding", "drought":
		return true
	}
	return false
}

// namesWord reports whether the metric's own words (name, description,
// scope) hold lower-cased word w: a cause it counts. Not its keywords,
// which twins differ in (twins.go): a desk says what it counts in its
// name or description.
func (m *metric) namesWord(w string) bool {
	for _, t := range append([]string{m.spec.Name, m.spec.Description}, m.spec.Scope...) {
		for _, f := range strings.FieldsFunc(strings.ToLower(t), func(r rune) bool { return !('a' <= r && r <= 'z') }) {
			if f == w {
				return true
			}
		}
	}
	return false
}

// causesJoined reports whether every cause joined to the cause at token k
// by "and", "or" or a list's comma is a cause of its own too (causeNoun):
// "of cold and disease", not "by hunger and fighting" nor "by hunger,
// fighting and disease". A comma the list does not go on past ("by
// flooding, OCHA says") ends it. Up to two modifiers may stand before
// each ("and untreated illness").
func causesJoined(d *figures.Document, s *figures.Sentence, k int) bool {
	for t := k + 1; t < s.TokEnd; {
		w := d.LowerTokenText(t)
		if w != "and" && w != "or" && w != "," {
			return true
		}
		t++
		if t < s.TokEnd && d.LowerTokenText(t) == "the" {
			t++
		}
		for n := 0; t < s.TokEnd && n < otherCauseWords && !causeNoun(d.LowerTokenText(t)) && isLowerWord(d.TokenText(t)) && causeModifier(d, t); n++ {
			t++
		}
		if t < s.TokEnd && causeNoun(d.LowerTokenText(t)) {
			t++
			continue
		}
		if w != "," {
			return false
		}
		// A comma and then no cause: a list goes on only if "and" or
		// "or" follows within a few words.
		for j := t; j < s.TokEnd && j <= t+3; j++ {
			if x := d.LowerTokenText(j); x == "and" || x == "or" {
				return false
			}
		}
		return true
	}
	return true
}
