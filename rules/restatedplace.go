package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A speaker often says a count twice, the second time closer: "locals say
// thousands, maybe eight thousand, lost their lives", "some 2,000, perhaps
// 2,500, have died in the province". The second figure restates the
// first, so the place or the kind an exclude_near word gives the first is
// the second's too: the first is no other amount that owns the word
// (ownedByOther), which would leave the restatement free of it. Read: the
// two figures stand side by side, only a comma between them, of one kind,
// and the second is no multiple ("1.4 million, six times its pre-war
// population" sets a ratio beside the count, not the count again).

// restatedAcrossComma reports whether figures fa and fb stand side by
// side with only a comma between them, in either order.
func restatedAcrossComma(d *figures.Document, fa, fb int) bool {
	if d.Figures[fa].Kind != d.Figures[fb].Kind {
		return false
	}
	as, ae := d.FigureTokens(fa)
	bs, be := d.FigureTokens(fb)
	switch {
	case ae < len(d.Tokens) && ae+1 == bs && d.TokenText(ae) == ",":
		return !multipleAfter(d, be)
	case be < len(d.Tokens) && be+1 == as && d.TokenText(be) == ",":
		return !multipleAfter(d, ae)
	}
	return false
}

// restatedAfterComma reports whether figure fb restates figure fa right
// before it: of one kind, a comma between them after at most two
// lower-case words of fa's noun ("500,000 lives, 600,000 or more", "69,000
// dead, 87,000 counting the missing"), fb no multiple or share ("2
// million, triple the town's usual size") and no part ("1,200 people,
// 400 of them children").
func restatedAfterComma(d *figures.Document, fa, fb int) bool {
	if d.Figures[fa].Kind != d.Figures[fb].Kind {
		return false
	}
	_, ae := d.FigureTokens(fa)
	bs, be := d.FigureTokens(fb)
	if bs-1 <= ae || bs-1-ae > 2 || d.TokenText(bs-1) != "," {
		return false
	}
	for t := ae; t < bs-1; t++ {
		if !d.Tokens[t].IsWord() || !isLowerWord(d.TokenText(t)) {
			return false
		}
	}
	return !multipleAfter(d, be) && !(be < len(d.Tokens) && d.LowerTokenText(be) == "of")
}

// multipleAfter reports whether the word at token k makes the figure
// before it a multiple or a share: "six times", "40 per cent".
func multipleAfter(d *figures.Document, k int) bool {
	if k >= len(d.Tokens) {
		return false
	}
	switch d.LowerTokenText(k) {
	case "times", "fold", "per", "percent", "%":
		return true
	}
	return false
}
