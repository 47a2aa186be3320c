package claimant

// A body's publication said to be out announces it as a publishing verb
// would: "The WFP's market monitor for November is out.", "The agency's
// weekly bulletin has just come out." The next sentence's figures are the
// owner's (see announces). Only a possessed subject counts, whose owner is
// who published: "The power is out" announces nothing. And only a subject
// whose words name a publication, a findings noun or a posted work ("market
// monitor", "bulletin", "report"): "The city's water supply is out", "The
// hospital's power has been out for days" are outages, a possessed thing
// that is no one's publication.

// outForms are the forms of be and come before "out" (with "just", "now"
// between).
var outForms = set("is are was were came comes come")

// publishedOut reports whether token i, "out", closes the sentence's
// predicate "is out", "has just come out", "came out this morning" after a
// possessed subject.
func (v *view) publishedOut(i int) bool {
	k := i - 1
	for k > 0 && (v.toks[k].low == "just" || v.toks[k].low == "now" || v.toks[k].low == "finally") {
		k--
	}
	if k < 1 || !outForms[v.toks[k].low] {
		return false
	}
	// ("out of Gaza", "out in force": another sense.)
	if n := i + 1; n < len(v.toks) && v.toks[n].word && !v.toks[n].has(cTimeWord) && !v.toks[n].has(cDay) && v.toks[n].low != "this" && v.toks[n].low != "on" {
		return false
	}
	for j := 0; j < k; j++ {
		if v.toks[j].poss {
			return v.publicationIn(j+1, k)
		}
	}
	return false
}

// periodicalNouns are the kinds of a body's regular publication that are
// no findings noun of their own: "the WFP's market monitor", "its weekly
// digest", "the agency's sitrep".
var periodicalNouns = set("monitor monitors newsletter digest sitrep factsheet edition")

// publicationIn reports whether tokens [s, e) after a possessive hold a
// word naming a publication: a findings noun, a posted work, a document, a
// noun pointing back at figures, or a periodical's kind ("price monitor").
func (v *view) publicationIn(s, e int) bool {
	for j := s; j < e; j++ {
		if t := &v.toks[j]; t.has(cFindingNoun) || t.has(cPostedWork) || t.has(cDocumentNoun) || periodicalNouns[t.low] || t.backNoun() {
			return true
		}
	}
	return false
}
