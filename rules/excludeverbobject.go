package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// An exclude_near word that is the verb the figure is the object of says
// what the figure counts: "the ministry has identified only about 24,000
// bodies by name" counts the identified, a part, however near "bodies"
// stands. Right before the figure ("has identified 24,000 bodies") the
// exclude word is already as near as the keyword; a limiting adverb
// between ("only", "merely", "barely") is what the figure's own words
// ("just 24,000") would hold, and does not part the verb from its object.
// The verb is told by its auxiliary right before it ("has", "have", "had",
// a form of "be"). (exclude_verb_object.yaml)

// limitedObjectOf reports whether exclude_near hit ex is a verb after an
// auxiliary whose object figure fi is, with only limiting adverbs between:
// "has identified only about 24,000".
func limitedObjectOf(d *figures.Document, ex hit, fi int) bool {
	fs, _ := d.FigureTokens(fi)
	if ex.end >= fs || fs-ex.end > 2 || ex.start == 0 {
		return false
	}
	for k := ex.end; k < fs; k++ {
		switch d.LowerTokenText(k) {
		case "only", "merely", "barely", "scarcely":
		default:
			return false
		}
	}
	a := d.LowerTokenText(ex.start - 1)
	return a == "has" || a == "have" || a == "had" || beForm(a)
}

// An exclude_near verb may take the figure as its complement after an
// object it addresses: "The State Department notified Congress of two
// major arms sales to Israel" counts the notified sales, as "two sales
// were notified" does, though "arms sales" stands nearer than "notified".
// The object is a name ("Congress", "the Senate Foreign Relations
// Committee") or a noun after "the" ("the committees"), the complement
// opens with "of" right before the figure ("about" before a figure is
// read as its qualifier: "about four"). A quantity before
// "of" ("destroyed most of 24 battalions") is no such object.
// (exclude_verb_complement.yaml)

// complementOf reports whether exclude_near hit ex is a verb form (in
// -ed or -s) followed by an addressed object of at most three words and
// "of" right before figure fi.
func complementOf(d *figures.Document, ex hit, fi int) bool {
	fs, _ := d.FigureTokens(fi)
	if ex.end >= fs || fs-ex.end < 2 || fs-ex.end > 4 {
		return false
	}
	v := d.LowerTokenText(ex.end - 1)
	if len(v) < 4 || v[len(v)-2:] != "ed" && v[len(v)-1] != 's' {
		return false
	}
	if d.LowerTokenText(fs-1) != "of" {
		return false
	}
	first := ex.end
	if w := d.LowerTokenText(first); w == "the" || w == "its" || w == "their" {
		if fs-1-first < 2 {
			return false
		}
		first++
		for k := first; k < fs-1; k++ {
			if !isLowerWord(d.TokenText(k)) && !named(d, k) || figureAt(d, k) >= 0 {
				return false
			}
		}
		return true
	}
	for k := first; k < fs-1; k++ {
		if !named(d, k) || figureAt(d, k) >= 0 {
			return false // "Congress", "US lawmakers" is no name
		}
	}
	return true
}
