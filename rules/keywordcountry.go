package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// A keyword placed in another listed country before its figure counts
// that country's, however far the figure stands: "The civilian toll in
// Iraq after 2003, put by Iraq Body Count at more than 180,000, is the
// comparison some analysts reach for", "The death toll in Syria has passed
// 300,000", "Deaths in Afghanistan over two decades of war exceeded
// 176,000", or owned by it: "Iraq's civilian toll, put by Iraq Body Count
// at more than 180,000", "Syria's death toll has passed 300,000". After
// the figure othercountry.go reads the place ("killed in Ukraine"); before
// it the keyword's own phrase does, read as that file reads a figure's
// (countryAfterAt), or its owner, and either is judged by the same test
// (countryIsOther): not the metric's own place, not the owner of its own
// war ("Deaths in Israel's war on Gaza"), and no own place later in the
// figure's clause ("The death toll in Syria pales beside Gaza's, ...
// more than 40,000"). keywordplace.go reads an excluded place the same
// way for any keyword; this reads any listed country, so a story's writer
// need not list every country a comparison may reach for.

// keywordInOtherCountry reports whether keyword hit h, before figure fi,
// is placed in or owned by a listed country that is not the metric's, and no other
// figure the metric could take stands between them, nor any amount nearer
// the keyword before it (the keyword is that figure's: "The toll in
// Syria, some 300,000, dwarfs ...", "the attack in which about 1,200
// people were killed in Israel, number 43,922").
func (m *metric) keywordInOtherCountry(d *figures.Document, s *figures.Sentence, fi int, h hit) bool {
	if len(m.places) == 0 {
		return false
	}
	fs, fe := d.FigureTokens(fi)
	if h.end > fs {
		return false // a keyword after the figure: the figure's own phrase places it
	}
	for fj := s.FigStart; fj < s.FigEnd; fj++ {
		if fj == fi || !d.Figures[fj].Kind.IsAmount() {
			continue
		}
		gs, ge := d.FigureTokens(fj)
		if gs >= h.end && gs < fs && m.rejects(&d.Figures[fj]) == fitting {
			// Between them, a figure the metric could take: "The toll in
			// Syria, some 300,000, dwarfs ..."; not "one monitoring
			// group", "two decades".
			return false
		}
		if ge <= h.start && d.WordPos(h.start)-d.WordPos(ge) < d.WordPos(fs)-d.WordPos(h.end) {
			return false // nearer before it: "the attack in which about 1,200 people were killed in Israel, number 43,922"
		}
	}
	k := -1
	if h.end < fs {
		k = countryAfterAt(d, s, h.end)
	}
	if k < 0 {
		// The owner or the name before the keyword places it whether or
		// not the figure follows straight: "Syria's death toll passes
		// 300,000", "Congo displacement tops 7 million".
		k = countryOwnerBefore(d, s, h)
	}
	if k < 0 || k >= fs {
		return false
	}
	return m.countryIsOther(d, s, k, fe)
}

// countryOwnerBefore returns the first token of a listed country that
// owns keyword hit h, at most two lower-case modifiers between ("Iraq's
// civilian toll", "Syria's death toll", "Yemen's overall toll"), or that
// modifies it as a noun does, a headline's way of owning ("Congo
// displacement tops 7 million", "Iraq civilian toll", "the Syria death
// toll") and joined to no other name ("the Turkey-Syria quake toll", "US
// and Israel death toll"), or -1.
func countryOwnerBefore(d *figures.Document, s *figures.Sentence, h hit) int {
	j := h.start
	for n := 0; n < 2 && j-1 > s.TokStart && isLowerWord(d.TokenText(j-1)) && d.LowerTokenText(j-1) != "s"; n++ {
		j--
	}
	o := ownerBefore(d, j)
	if o < s.TokStart {
		return attributiveCountry(d, s, h.start)
	}
	if !named(d, o) {
		return -1
	}
	for k := nameStart(d, s.TokStart, o); k <= o; k++ {
		if countryAt(d, s, k) == o+1 {
			return k
		}
	}
	return -1
}

// attributiveCountry returns the first token of a listed country whose
// name ends right before the keyword starting at token kw, or before one
// or two modifiers of it ("Congo displacement", "Iraq civilian toll"), and
// is joined by no hyphen, slash, "and" or "or" to a word before it nor
// the object of a preposition ("War in Ukraine kills"), or -1.
// A modifier is a lower-case word that is no determiner, preposition,
// verb or word of linking: "Israel says the toll" is a clause, not a noun
// phrase.
func attributiveCountry(d *figures.Document, s *figures.Sentence, kw int) int {
	j := kw
	for n := 0; n < 2 && j-1 > s.TokStart && nounModifier(d, j-1); n++ {
		j--
	}
	o := j - 1
	if o < s.TokStart || !named(d, o) || isApostrophe(d.TokenText(j)) {
		return -1
	}
	for k := nameStart(d, s.TokStart, o); k <= o; k++ {
		if countryAt(d, s, k) != j {
			continue
		}
		if k-1 >= s.TokStart {
			switch w := d.LowerTokenText(k - 1); {
			case w == "-" || w == "/" || w == "and" || w == "or" || w == "&":
				return -1 // "the Turkey-Syria quake toll"
			case prepositions[w]:
				return -1 // the object of its own phrase: "War in Ukraine kills 6,000"
			}
		}
		return k
	}
	return -1
}

// nounModifier reports whether token k is a lower-case word that may
// modify a noun after it: "civilian", "overall"; not "the", "in", "says",
// "and".
func nounModifier(d *figures.Document, k int) bool {
	w := d.LowerTokenText(k)
	if !isLowerWord(d.TokenText(k)) || determinerWord(w) || prepositions[w] || actsOrSpeaks[w] || linkWords[w] {
		return false
	}
	switch w {
	case "a", "an", "this", "that", "s":
		return false
	}
	return !strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ed")
}
