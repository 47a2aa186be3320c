package claimant

import "github.com/claimtrack/claimtrack/rules/figures"

// A wire story names its source once, as the sentence's subject, and
// credits the figure at the sentence's end by the source's kind: "The
// State Revenue Service collected 1.2 billion euros in November, the
// service said", "Finnish customs have seized 270 kilos of drone parts,
// the service told Yle". The definite kind is the body the subject named,
// configured or not: a name that closes on that kind's word, or any
// body's name when the kind is one every body is (agency, company,
// service). Without a body as subject ("Israeli strikes
// killed 40 people, the agency said") the kind is read as written, and so
// it is when the body was named only in the sentence before ("Save the
// Children published its report. More than 17,000 children ..., the
// charity said"): the corpora label that one as written (a configured
// claimant, or a name closing on the kind's word, is still taken up
// there: pick.go).

// anyBodyKinds are kinds of body a definite noun may take up any body's
// name by: what a body is, whatever it is called.
var anyBodyKinds = set("agency organisation organization company firm service operator group charity")

// definiteSubject returns the body a definite kind closing the sentence
// takes up (attribution a, "the service said"): the sentence's own
// subject, when it names a body of that kind.
func (c *call) definiteSubject(si int, v *view, a attr) (Claimant, bool) {
	if !a.back || a.srcEnd-a.src != 2 || !v.definite(a.src, a.srcEnd) {
		return Claimant{}, false
	}
	kind := v.toks[a.src+1].low
	if !anyBodyKinds[kind] && !nameKind(kind) {
		return Claimant{}, false
	}
	lo := v.skipDateline(c.afterProgrammeLabel(si, v))
	x, y := v.npAfter(lo, a.src)
	if y <= x || y >= a.src || v.toks[y].fig || v.toks[x].has(cPronoun) || !v.named(x, y) || c.commonOpening(v, x, y) || !v.postsBody(x, y) || !v.verbAfterSubject(y, a.src) {
		return Claimant{}, false
	}
	if !anyBodyKinds[kind] && v.toks[y-1].low != kind {
		return Claimant{}, false
	}
	// A name opens the subject and is the whole of it ("The State Revenue
	// Service"), not a noun placed by one ("The coastline near Wajima had
	// risen by 4 meters, the agency added").
	n := x
	if v.toks[n].has(cDeterminer) {
		n++
	}
	if n >= y || !v.toks[n].capital || v.anyPreposition(n, y) {
		return Claimant{}, false
	}
	// ("Displacement reached a peak of 1.9 million, the agency said": one
	// word capitalised only by opening the sentence is no name.)
	if t := &v.toks[n]; y-n == 1 && n == lo && !t.shouted && (v.ordinaryOpening(n) || t.inLexicon() || figures.VocabID(t.low) != 0) {
		return Claimant{}, false
	}
	return c.name(v, attr{src: x, srcEnd: y, anchor: a.anchor})
}
