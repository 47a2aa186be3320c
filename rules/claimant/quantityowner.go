package claimant

import "strings"

// A findings noun may be the quantity itself, not anyone's report of it:
// "Passenger numbers rose 7 per cent to 27.6 million", "Refugee count
// passes 100,000 as Karabakh empties". The noun is the subject of a verb
// that moves or measures it, and the capitalised word before it only
// opens the sentence: a common noun modifying the count, no owner. Where a
// body owns findings the verb after them reports ("Oxfam figures show",
// "Ipsos numbers suggest"), the owner is written as its own ("Gaza's toll
// rose", "the ministry's count rose"), or the word is a name the Finder
// knows ("Hamas toll rises"), the owner stands as before.

// quantityOwner reports whether a, findings owned by the word opening the
// sentence, are the quantity a verb after them moves, so that the word
// is no source.
func (v *view) quantityOwner(a attr) bool {
	if a.kind != kFindings || a.srcEnd-a.src != 1 || a.anchor != a.src+1 || a.anchor+1 >= len(v.toks) {
		return false
	}
	o := &v.toks[a.src]
	// ("Officials count roughly 110": people counting.)
	if !o.word || !o.capital || o.shouted || o.poss || o.aliases != 0 || len(o.low) < 4 || o.has(cStaff|cPeople) {
		return false
	}
	if a.src != v.pastStamp(0) && a.src != v.skipDateline(0) {
		return false
	}
	// The verb right after the noun, in the past or in -s, and no verb
	// of report or finding ("shows", "suggests", "found").
	// ("Visitor numbers at the festival fell to": the place between is
	// skipped, quantityplace.go.)
	x := v.pastQuantityPlace(a.anchor + 1)
	t := &v.toks[x]
	// ("count passes 100,000", "toll tops 5,000": a verb in -s the
	// figure opens, read as a change by the figures package; "count
	// roughly 110" is the figure's own qualifier.)
	if t.fig && t.word && !t.capital {
		return len(t.low) > 3 && strings.HasSuffix(t.low, "s") && !strings.HasSuffix(t.low, "ss") && !t.has(cQuantifier)
	}
	if !t.word || t.capital || t.report || t.finding || t.has(cDeterminer|cPreposition|cPronoun|cLink|cClause) {
		return false
	}
	if r, f := v.verbAt(x); r || f {
		return false
	}
	// ("Ministry figures cited by the Courier put ...": a participle
	// with its agent modifies the findings; "rose by 7 per cent" moves
	// them.)
	if v.isOne(x+1, wBy) && !(x+2 < len(v.toks) && v.toks[x+2].fig) {
		return false
	}
	// What it moves to follows it: a figure or "to" ("rose 7 per cent",
	// "fell to 2 million"), not an object ("Exit polls gave the governing
	// alliance 350 seats": the polls are findings that give a figure).
	if x+1 >= len(v.toks) || !(v.toks[x+1].fig || v.isOne(x+1, wTo)) {
		return false
	}
	return v.isVerbLike(x) || len(t.low) > 3 && t.low[len(t.low)-1] == 's' && !v.toks[a.anchor].report && v.toks[x-1].low[len(v.toks[x-1].low)-1] != 's'
}

// bareOpeningOwner reports whether a's findings are owned by one bare
// capitalised word opening the sentence ("Satellite imagery", "Oxfam
// figures"): a word that may be a body's name or only a common noun
// written at the sentence's start.
func (v *view) bareOpeningOwner(a attr) bool {
	// The findings' owner ("Satellite" of "imagery"), or the verb's
	// subject, that word and its findings ("Satellite images show",
	// "Damage surveys have found").
	own := a.kind == kFindings && a.srcEnd-a.src == 1 && a.anchor == a.src+1
	subj := a.kind == kVerb && !a.back && a.srcEnd-a.src == 2 && (a.anchor == a.srcEnd || a.anchor == a.srcEnd+1 && v.is(a.srcEnd, wHas, wHave, wHad)) && v.toks[a.src+1].has(cFindingNoun)
	if !own && !subj {
		return false
	}
	o := &v.toks[a.src]
	if !o.word || !o.capital || o.shouted || o.poss || o.aliases != 0 {
		return false
	}
	return a.src == v.pastStamp(0) || a.src == v.skipDateline(0)
}

// closingOverBareOwner returns the speaker closing the sentence when the
// chosen findings atts[best] are owned by a bare word opening it:
// "Satellite imagery shows 69 percent of structures damaged, the UN
// Satellite Centre says". As with a subject's count and another's closing
// speaker ("..., a spokesman for X said", claimrec33's count of 12 dev
// cases), the closing speaker is the claimant.
func (v *view) closingOverBareOwner(atts []attr, best, ft int) (attr, bool) {
	// The closing speaker first, the owner's reading only when there is
	// one.
	for _, o := range atts {
		// (", according to police data": a frame closing the clause, as
		// a verb does, claim117.)
		if (o.kind == kVerb && o.back || o.kind == kFrame) && o.anchor > ft && o.src > ft {
			if _, ok := v.covers(o, ft); ok {
				if v.bareOpeningOwner(atts[best]) || v.placeBeforeClosing(atts[best], ft) {
					return o, true
				}
				return attr{}, false
			}
		}
	}
	return attr{}, false
}

// placeBeforeClosing reports whether a, chosen for the figure at ft before
// it, is a place's: a place's possessive owning findings ("Aruba's burglary
// count fell to 412") or a place as the subject of a verb of claim
// ("Tonga expects 90,000 visitors"), a place no claimant's alias names. A
// place counts nothing and says nothing by itself: what a place's count
// or expectation is, a speaker closing the clause says, and that speaker
// is the claimant (claim117), as a closing speaker is over a bare owner
// above. With no closing speaker the place stands as before. A place
// that is a configured alias ("Israel" for israeli_government) is no
// plain place: the README's rule for configured ids (testdata/README.md,
// "a configured id when the text names the claimant with one of that
// id's aliases") makes it a claimant by itself, the innermost source,
// so it keeps the figure as any named source before its verb does
// (mend117, after review41).
func (v *view) placeBeforeClosing(a attr, ft int) bool {
	if a.anchor > ft || a.srcEnd <= a.src || a.app < a.appEnd {
		return false
	}
	for k := a.src; k < a.srcEnd; k++ {
		if v.toks[k].aliases != 0 {
			return false
		}
	}
	switch a.kind {
	case kFindings:
		return v.isOne(a.srcEnd, wApostrophe) && v.placeOwner(a.src, a.srcEnd)
	case kVerb:
		return !a.back && a.anchor == a.srcEnd && v.placeOwner(a.src, a.srcEnd)
	}
	return false
}
