package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// partOfSharedWhole reports whether keyword hit h shares a word with
// another keyword hit of its metric that the figure spanning tokens
// [fs, fe) of sentence s is a part of: two phrases of one vocabulary met
// in one noun phrase name one whole. "Only two of the arms sales approved
// for Israel": "sales approved" carries on the whole "arms sales" names,
// and the figure is a part of it, however the words between "of" and
// "sales approved" read; "Only two of the foreign military sales": the
// "military sales" it holds names the same whole.
func partOfSharedWhole(d *figures.Document, s *figures.Sentence, fs, fe int, hits []hit, h hit) bool {
	for _, o := range hits {
		if o.ref.metric != h.ref.metric || o.ref.role != roleKeyword || o.start == h.start && o.end == h.end {
			continue
		}
		// h carries o's noun on past it ("arms sales" + "approved"), or
		// is held inside it ("military sales" in "foreign military
		// sales", where partOf would stop at "foreign"): either way the
		// whole is o's. A demonstrative whole counts a kind, not a part
		// of one ("more than a hundred of these foreign military
		// sales"): the held keyword is read as before.
		carried := o.start < h.start && h.start < o.end && h.end > o.end
		held := o.start <= h.start && h.end <= o.end && !demonstrativeWhole(d, s, fe)
		if (carried || held) && partOfKeyword(d, s, fs, fe, o) {
			return true
		}
	}
	return false
}

// demonstrativeWhole reports whether the figure ending at token fe of
// sentence s is followed by "of these" or "of those": a count of a kind
// the sentence points to ("more than a hundred of these sales"). The
// words are read in s only: a next sentence's "These" is not the whole.
func demonstrativeWhole(d *figures.Document, s *figures.Sentence, fe int) bool {
	if fe+1 >= s.TokEnd || d.LowerTokenText(fe) != "of" {
		return false
	}
	w := d.LowerTokenText(fe + 1)
	return w == "these" || w == "those"
}
