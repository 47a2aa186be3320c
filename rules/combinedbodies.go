package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A sentence may name the bodies of each place that counts a part and then
// say that their counts are summed: "Turkey's disaster agency and Syrian
// officials put the combined death toll at almost 37,000", "Turkey's
// disaster agency and Syrian authorities together reported roughly 56,000
// deaths", "Turkey's disaster agency AFAD, and in Syria the health ministry
// and the White Helmets; together their counts had reached 47,244". The
// place an exclude_near word names before the figure is then one of the
// counters whose parts make the figure, not the part the figure counts.
// It takes both: another place's name (a listed country or its people's
// word) joined by "and" after the excluded
// word, and a word that sums them ("combined", "together", "jointly",
// "between them") after that, before the figure, with no amount between.
// "Turkey's disaster agency put the toll at 44,218" names one counter
// only, and "Turkey's combined toll across eleven provinces" sums one
// place's parts: both stay parts.

// otherPlaceName reports whether token k is a listed country or people's
// name ("Syria", "Syrian") of another place than exclude_near hit h names:
// "and the White Helmets" joins a body of the same place, and so does
// "Syria's health ministry and the Syrian Red Crescent" (a name and its
// people's word share their first letters).
func otherPlaceName(d *figures.Document, k int, h hit) bool {
	if !named(d, k) {
		return false
	}
	raw := d.TokenText(k)
	if !isCountry(raw) && !demonymShape(raw) {
		return false
	}
	w := d.LowerTokenText(k)
	own := d.LowerTokenText(h.start)
	n := min(4, len(w), len(own))
	return w[:n] != own[:n]
}

// combinedCounter reports whether exclude_near hit h, before the figure
// starting at token fs, names a counter joined by "and" to another
// place's name and summed with it before the figure.
func combinedCounter(d *figures.Document, fs int, h hit) bool {
	if h.end > fs {
		return false
	}
	joined := false
	for k := h.end; k < fs; k++ {
		if countAt(d, k) {
			return false
		}
		switch d.LowerTokenText(k) {
		case "and":
			next := k + 1
			if next < fs && prepositions[d.LowerTokenText(next)] {
				next++ // "and in Syria the health ministry"
			}
			if next < fs && d.LowerTokenText(next) == "the" {
				next++ // "and the Syrian health ministry"
			}
			joined = joined || next < fs && otherPlaceName(d, next, h)
		case "combined", "together", "jointly":
			if joined {
				return true
			}
		case "between":
			if joined && k+1 < fs && d.LowerTokenText(k+1) == "them" {
				return true
			}
		}
	}
	return false
}
