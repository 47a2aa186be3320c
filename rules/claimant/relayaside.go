package claimant

import "strings"

// relayAside finds, when the chosen attribution atts[best] names a body
// followed by a relative clause saying it only passes on, cites or obtains
// another's figures ("according to the news agency Wafa, which relays the
// figures compiled by the health ministry's information unit", "Data
// compiled by the rights group B'Tselem, which obtains its figures from
// the prison service"), the findings attribution inside that clause: the
// innermost source claims the figure (convention 2). A body that builds
// its own estimate from others' data ("which bases its count on ...")
// keeps it, so only verbs of relaying or obtaining count. The inner source
// is cut before a phrase of means ("through freedom of information
// requests").
func (v *view) relayAside(atts []attr, best int) (attr, bool) {
	a := atts[best]
	if a.kind == kLabel || !v.is(a.srcEnd, wComma) || !v.is(a.srcEnd+1, wWhich, wWho) {
		return attr{}, false
	}
	verb := a.srcEnd + 2
	if verb >= len(v.toks) || !obtainsOrRelays(v.toks[verb].low) {
		return attr{}, false
	}
	for _, in := range atts {
		// The inner findings start within a few words of the verb and
		// inside its clause.
		// "UNICEF, which cited health ministry data": or the findings'
		// owner before them.
		ownerBefore := in.src > verb && in.srcEnd <= in.anchor
		if in.kind != kFindings || in.anchor <= verb || in.anchor > verb+4 || in.src <= in.anchor && !ownerBefore || v.punctBetween(verb, in.src) {
			continue
		}
		for k := in.src + 1; k < in.srcEnd; k++ {
			if t := &v.toks[k]; t.word && !t.capital && (t.has(cPreposition) && !v.is(k, wOf, wFor) || v.is(k, wThrough, wVia, wUsing, wUnder)) {
				in.srcEnd = k
				break
			}
		}
		return in, true
	}
	return attr{}, false
}

// obtainsOrRelays reports whether w is a form of a verb of passing on
// another's figures, citing them, or getting them from their maker.
func obtainsOrRelays(w string) bool {
	if relayVerb(w) || citingVerb(w) {
		return true
	}
	for _, p := range [...]string{"obtain", "receiv", "republish"} {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return w == "gets" || w == "got" || w == "get"
}
