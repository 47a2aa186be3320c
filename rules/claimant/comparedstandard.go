package claimant

// "Researchers ... estimated that deaths were about 41% higher than the
// ministry's count", "..., about 41% more than the official count": a
// count after "than" is the standard a figure before it is measured
// against, no source of that figure; whoever measured it claims it. A
// figure after "than" ("fewer than the 12,000 the ministry reports") is
// still the count's own.

// comparedStandard reports whether attribution a opens right after "than"
// (its source or, for a verb read before its subject, its verb) and token
// ft comes before it.
func (v *view) comparedStandard(a attr, ft int) bool {
	lo := a.src
	if a.anchor < lo {
		lo = a.anchor
	}
	return ft < lo && lo > 0 && v.toks[lo-1].low == "than"
}
