package claimant

import (
	"math"
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// Find returns the claimant of the figure at bytes [start, end) of the
// document's text, and false when the text attributes it to nobody. To
// find the claimants of several figures of one document, use Doc.
func (f *Finder) Find(d *figures.Document, start, end int) (Claimant, bool) {
	x := f.Doc(d)
	defer x.Release()
	return x.Find(start, end)
}

// Doc finds claimants in one document, keeping what it learns of the
// document (its sentences as read, which claimants its story is about)
// between figures. A Doc is not safe for concurrent use.
type Doc struct {
	c call
}

// Doc starts finding claimants in d. Release the Doc when done with it, so
// that the next document reuses its memory.
func (f *Finder) Doc(d *figures.Document) *Doc {
	sc := f.takeScratch()
	sc.start(len(d.Sentences))
	return &Doc{c: call{f: f, d: d, scratch: sc}}
}

// Release hands the Doc's memory back to its Finder; the Doc must not be
// used after. Claimants it returned stay valid: they hold only the text.
func (x *Doc) Release() {
	f, sc := x.c.f, x.c.scratch
	if sc == nil {
		return
	}
	x.c = call{}
	sc.reset()
	f.giveScratch(sc)
}

// Find returns the claimant of the figure at bytes [start, end).
func (x *Doc) Find(start, end int) (Claimant, bool) {
	// Several metrics often observe one figure.
	if r, ok := x.c.foundBefore(start, end); ok {
		return r.c, r.ok
	}
	si := x.c.sentenceAt(start)
	if si < 0 {
		return Claimant{}, false
	}
	x.c.recycleViews(si)
	c, ok := x.c.find(si, start, end)
	x.c.keepFound(start, end, found{c, ok})
	return c, ok
}

// spanKey packs a span of the text into a map key (a 64-bit key is much
// cheaper to hash than a pair of ints); false for a text past 4 GB.
func spanKey(start, end int) (uint64, bool) {
	if start < 0 || end < 0 || start > math.MaxUint32 || end > math.MaxUint32 {
		return 0, false
	}
	return uint64(start)<<32 | uint64(end), true
}

type found struct {
	c  Claimant
	ok bool
}

// call holds the document and the views made of its sentences.
type call struct {
	f *Finder
	d *figures.Document
	*scratch
}

// maxSentence is the longest sentence, in tokens, the finder reads. A
// longer one is a table, a list or a hostile page, not prose someone is
// quoted in, and reading it would cost time in its length squared.
const maxSentence = 400

func (c *call) view(si int) *view {
	if v := c.sents[si].view; v != nil {
		return v
	}
	if s := c.d.Sentences[si]; s.TokEnd-s.TokStart > maxSentence {
		return &view{}
	}
	v := newView(c.d, si, c.scratch)
	c.keepView(si, v)
	return v
}

// figTok is the first token of the view at or after byte offset off.
func (v *view) tokAt(off int) int {
	for i, t := range v.toks {
		if t.end > off {
			return i
		}
	}
	return len(v.toks)
}

func (c *call) find(si, start, end int) (Claimant, bool) {
	v := c.view(si)
	if len(v.toks) == 0 {
		return Claimant{}, false
	}
	ft := v.tokAt(start)
	lo := 0
	// A transcript's speaker line: "LT. COL. DAVID AVNER, IDF SPOKESMAN: ...".
	label, lbEnd, lbOK := c.speakerLabel(si)
	if lbOK && lbEnd > v.toks[0].start {
		lo = v.tokAt(lbEnd)
		if lo < len(v.toks) && v.toks[lo].low == ":" {
			lo++
		}
	}
	if qs, qe, ok := c.quoteAround(start, end); ok {
		// An attribution inside the quote ("The health ministry tells
		// us 33,000 have died") names the source; "we estimate" does not.
		a, b := v.tokAt(qs), v.tokAt(qe)
		if cl, ok := c.pick(v, v.attributions(a, b), ft, true); ok {
			cl.How = InQuote
			return cl, true
		}
		return c.speaker(si, v, qs, qe)
	}
	if lbOK {
		if cl, ok := c.pick(v, v.attributions(lo, len(v.toks)), ft, true); ok {
			cl.How = InQuote
			return cl, true
		}
		return label, true
	}
	atts := v.attributions(lo, len(v.toks))
	if cl, ok := c.pickResolved(si, v, atts, ft); ok {
		return cl, true
	}
	return c.neighbours(si, v, lo)
}

// pick chooses the attribution that covers token ft and names it. In a
// quote, first-person sources are the speaker's and are left to the
// speaker.
func (c *call) pick(v *view, atts []attr, ft int, inQuote bool) (Claimant, bool) {
	a, ok := choose(v, atts, ft)
	if !ok {
		return Claimant{}, false
	}
	if inQuote && !((a.kind == kFindings || v.hasFindingsHead(a.src, a.srcEnd)) && v.is(a.src, "our", "my")) {
		// "What I can tell you", "Our teams counted": the speaker's own;
		// "by our count" is the outlet's own findings, as anywhere.
		for k := a.src; k < a.srcEnd; k++ {
			if v.toks[k].has(cFirstPerson) || v.toks[k].has(cPronoun) {
				return Claimant{}, false
			}
		}
	}
	return c.name(v, a)
}

// pickResolved is pick with pronouns and bare findings nouns ("it said",
// "The analysis suggests") resolved in the sentence before.
func (c *call) pickResolved(si int, v *view, atts []attr, ft int) (Claimant, bool) {
	a, ok := choose(v, atts, ft)
	if !ok {
		return Claimant{}, false
	}
	if v.anaphoric(a) {
		// "Human Rights Watch said it had documented 11 strikes": the
		// pronoun is the source of the attribution it is reported in.
		for _, o := range atts {
			if o.kind == kVerb && o.anchor < a.src && !v.anaphoric(o) {
				if _, covers := v.covers(o, a.src); covers {
					return c.name(v, o)
				}
			}
		}
		// "the election commission said in a preliminary count": the
		// findings noun is the verb's adverbial, the verb's source says it.
		for _, o := range atts {
			if o.kind == kVerb && o.anchor < a.src && a.src-o.anchor <= 3 && !v.anaphoric(o) && v.is(o.anchor+1, "in", "on", "from") {
				return c.name(v, o)
			}
		}
		// "Israel's air force has dropped 6,000 bombs ..., it said": the
		// sentence's own subject, when it is a name.
		if a.back {
			// "Another 79,652 people have been wounded, it added": a
			// phrase that opens the figure's own words is not its subject.
			if x, y := v.npAfter(0, a.src); y > x && v.named(x, y) && !v.toks[y].fig {
				return c.name(v, attr{src: x, srcEnd: y, anchor: a.anchor})
			}
		}
		if si == 0 {
			return Claimant{}, false
		}
		// "The Meridian obtained the UNRWA spreadsheet. It shows ...": the
		// findings last named, and whoever owns them.
		if v.toks[a.anchor].finding && !v.toks[a.anchor].report && v.toks[a.src].has(cPronoun) {
			return c.findingsBefore(si - 1)
		}
		// "I've just spoken to a nurse here at Nasser. She told me ...":
		// he or she is the person last named.
		if v.is(a.src, "he", "she") {
			p := c.view(si - 1)
			if x, y, ok := p.lastPerson(); ok {
				cl := c.claimant(p, x, y, "")
				cl.How = Previous
				return cl, true
			}
		}
		cl, ok := c.subject(si - 1)
		cl.How = Previous
		return cl, ok
	}
	// "The Ministry of Defence has flown 74 tonnes ..., a spokesman said":
	// a spokesman speaks for the sentence's subject.
	if a.srcEnd-a.src == 2 && v.is(a.src, "a", "an") && v.is(a.srcEnd-1, "spokesman", "spokeswoman", "spokesperson") {
		if x, y := v.npAfter(0, a.src); y > x && x < a.src && v.named(x, y) {
			return c.name(v, attr{src: x, srcEnd: y, anchor: a.anchor})
		}
	}
	// "the agency said", "the ministry says": the claimant last named, in
	// this sentence or the one before (see corefer).
	if cl, ok := c.name(v, a); ok && cl.ID != "" || !ok {
		return cl, ok
	}
	if si > 0 && v.definite(a.src, a.srcEnd) {
		p := c.view(si - 1)
		if id, ok := c.corefer(p, len(p.toks), v.toks[a.srcEnd-1].low); ok {
			cl := c.claimant(v, a.src, a.srcEnd, id)
			cl.How = Previous
			return cl, true
		}
	}
	return c.name(v, a)
}

// findingsBefore names the owner of the last findings noun of sentence
// si ("the internal UNRWA spreadsheet", "its report"): what "It shows"
// in the next sentence takes up. Findings nobody owns are nobody's claim.
func (c *call) findingsBefore(si int) (Claimant, bool) {
	p := c.view(si)
	for k := len(p.toks) - 1; k >= 0; k-- {
		if !p.toks[k].has(cFindingNoun) || p.toks[k].report && !p.is(k-1, "the", "a", "an", "its", "their") && !p.toks[k-1].capital {
			continue
		}
		x, y, ok := p.owner(k, 0)
		if !ok {
			return Claimant{}, false
		}
		var cl Claimant
		if p.toks[x].has(cPronoun) && !p.toks[x].has(cFirstPerson) {
			cl, ok = c.subject(si)
		} else {
			cl, ok = c.name(p, attr{src: x, srcEnd: y, anchor: k, kind: kFindings})
		}
		cl.How = Previous
		return cl, ok
	}
	return Claimant{}, false
}

// lastPerson finds the last indefinite phrase for a person in the
// sentence: "a nurse here at Nasser", "an engineer with the council".
func (v *view) lastPerson() (int, int, bool) {
	for k := len(v.toks) - 2; k >= 0; k-- {
		if !v.is(k, "a", "an") || !people[v.toks[k+1].low] && !v.toks[k+1].has(cStaff) {
			continue
		}
		if x, y := v.npAfter(k, len(v.toks)); y > x {
			return x, y, true
		}
	}
	return 0, 0, false
}

// definite reports whether tokens [s, e) are "the" and a lower-case noun:
// "the agency", "the ministry", a body named before.
func (v *view) definite(s, e int) bool {
	return e-s == 2 && v.is(s, "the") && v.toks[s+1].word && !v.toks[s+1].capital
}

// genericBodies are head nouns that take up any claimant named before:
// "UNRWA ... the agency", "the IOM ... the organisation".
var genericBodies = set("agency organisation organization mission")

// corefer finds the configured claimant a definite "the <head>" takes up
// among tokens [0, e) of view w: the last alias named whose own last word
// is head ("the health ministry's ... the ministry"), or any alias for a
// generic body ("the agency").
func (c *call) corefer(w *view, e int, head string) (string, bool) {
	if genericBodies[head] {
		return c.lookupLast(w, 0, e)
	}
	for k := e - 1; k >= 0; k-- {
		id, n := c.aliasStarting(w, k, k, e, 0)
		if n == 0 {
			continue
		}
		last := k
		for m := k; m < e && n > 0; m++ {
			if w.toks[m].word || w.toks[m].num {
				last, n = m, n-1
			}
		}
		if w.toks[last].low == head {
			return id, true
		}
	}
	return "", false
}

// named reports whether tokens [a, b) hold a capitalised word other than
// an opening determiner: a name, not "The strikes".
func (v *view) named(a, b int) bool {
	for k := a; k < b; k++ {
		if v.toks[k].fig || v.toks[k].num {
			return false
		}
	}
	for k := a; k < b; k++ {
		if v.toks[k].capital && !v.toks[k].has(cDeterminer) && v.toks[k].word {
			return true
		}
	}
	return false
}

// anaphoric: the source is a pronoun or a findings noun with no owner.
func (v *view) anaphoric(a attr) bool {
	t := &v.toks[a.src]
	if a.srcEnd-a.src == 1 && t.has(cPronoun) && !t.has(cFirstPerson) {
		return true
	}
	// "the analysis", and "official results" with no determiner: findings
	// nobody in the phrase owns.
	if (t.has(cDeterminer) || !v.anyCapital(a.src, a.srcEnd)) && a.srcEnd-a.src <= 3 && v.toks[a.srcEnd-1].has(cFindingNoun) {
		_, _, owned := v.owner(a.srcEnd-1, a.src)
		return !owned
	}
	return false
}

// anyCapital reports whether tokens [a, b) hold a capitalised word.
func (v *view) anyCapital(a, b int) bool {
	for k := a; k < b; k++ {
		if v.toks[k].capital {
			return true
		}
	}
	return false
}

// choose picks, among the attributions that cover token ft, the innermost:
// one citing its source first, then the nearest.
func choose(v *view, atts []attr, ft int) (attr, bool) {
	best, bestDist := -1, 1<<30
	for k, a := range atts {
		dist, ok := v.covers(a, ft)
		if !ok {
			continue
		}
		if a.cite {
			dist = -1
		}
		if dist < bestDist {
			best, bestDist = k, dist
		}
	}
	if best < 0 {
		return attr{}, false
	}
	return atts[best], true
}

// covers reports whether attribution a reaches token ft, and how far.
func (v *view) covers(a attr, ft int) (int, bool) {
	if ft >= a.src && ft < a.srcEnd || a.app < a.appEnd && ft >= a.app && ft < a.appEnd {
		return 0, false // the figure is inside the source's words
	}
	switch a.kind {
	case kPossFig:
		return 0, ft == a.anchor
	case kLabel:
		return 1 << 20, ft > a.anchor
	}
	lo, hi := a.src, a.anchor
	if a.anchor < lo {
		lo = a.anchor
	}
	if a.srcEnd > hi {
		hi = a.srcEnd
	}
	if ft > hi {
		// Forward: "X said that ... 153", "X's count rose by 71".
		if v.clauseBreak(hi, ft) {
			return 0, false
		}
		return ft - hi, true
	}
	if ft < lo {
		if v.clauseBreak(ft, lo) {
			return 0, false
		}
		if a.back || a.kind == kFrame {
			return lo - ft, true
		}
		// "the 13,000 children the ministry says have died".
		if lo-ft <= 4 && !v.punctBetween(ft, lo) {
			return lo - ft, true
		}
	}
	return 0, false
}

// clauseBreak reports a semicolon between tokens a and b: an attribution
// does not reach over one.
func (v *view) clauseBreak(a, b int) bool {
	for i := a; i < b; i++ {
		if v.toks[i].low == ";" {
			return true
		}
	}
	return false
}

func (v *view) punctBetween(a, b int) bool {
	for i := a; i < b; i++ {
		if v.punct(i) && !v.toks[i].fig && v.toks[i].low != "'" && v.toks[i].low != "-" {
			return true
		}
	}
	return false
}

// name turns an attribution's words into a claimant.
func (c *call) name(v *view, a attr) (Claimant, bool) {
	s, e := v.reduce(a.src, a.srcEnd)
	if s >= e {
		return Claimant{}, false
	}
	if id, ok := c.lookup(v, s, e); ok {
		return c.claimant(v, s, e, id), true
	}
	if s != a.src || e != a.srcEnd {
		if id, ok := c.lookup(v, a.src, a.srcEnd); ok {
			return c.claimant(v, s, e, id), true // "A Ledger analysis": the alias is the whole phrase
		}
	}
	if a.app < a.appEnd {
		if id, ok := c.lookup(v, a.app, a.appEnd); ok {
			return c.claimant(v, a.app, a.appEnd, id), true
		}
		// "John Smith, a spokesman for Oxfam" speaks for Oxfam.
		if rs, re := v.reduce(a.app, a.appEnd); rs > a.app && re > rs && !v.is(a.app, "who", "which") {
			return c.claimant(v, rs, re, ""), true
		}
		// "The ministry's lists, which the Ledger obtained and checked
		// against death notices, show": who checked the findings made them.
		if rs, re, ok := v.checkedBy(a.app, a.appEnd); ok {
			return c.claimant(v, rs, re, ""), true
		}
		// "Jean Bosco, who runs the reception centre for the Norwegian
		// Refugee Council": a person in post speaks for the body.
		if rs, re, ok := v.worksFor(a.app, a.appEnd); ok {
			return c.claimant(v, rs, re, ""), true
		}
	}
	if a.kind == kPossFig || a.kind == kLabel {
		return Claimant{}, false // "El Fasher's 1.8 million residents"
	}
	if v.toks[s].has(cPronoun) && !v.toks[s].has(cFirstPerson) && e-s == 1 {
		return Claimant{}, false
	}
	if v.definite(s, e) {
		if id, ok := c.corefer(v, s, v.toks[e-1].low); ok {
			return c.claimant(v, s, e, id), true
		}
	}
	// "the country's disaster management agency, AFAD, said": a
	// description and a name beside it; the name is the claimant.
	if a.app < a.appEnd && !v.named(s, e) && v.allCapitalised(a.app, a.appEnd) {
		return c.claimant(v, a.app, a.appEnd, ""), true
	}
	return c.claimant(v, s, v.namePlace(s, e), ""), true
}

// worksFor reads "who works for X", "who runs the clinic for X" in tokens
// [a, b): the named body X (capitalised), after the clause's last for, at
// or with.
func (v *view) worksFor(a, b int) (int, int, bool) {
	if !v.is(a, "who") || !v.is(a+1, "works", "worked", "runs", "ran", "heads", "headed", "leads", "led", "directs", "directed", "manages", "managed", "coordinates", "coordinated") {
		return 0, 0, false
	}
	for k := b - 2; k > a+1; k-- {
		if !v.is(k, "for", "at", "with") {
			continue
		}
		n := k + 1
		if v.toks[n].has(cDeterminer) {
			n++
		}
		if n < b && v.toks[n].capital {
			if s, e := v.npAfter(k+1, b); e > s {
				return s, e, true
			}
		}
		return 0, 0, false
	}
	return 0, 0, false
}

// checkedBy reads a relative clause "which X obtained and checked ..." in
// tokens [a, b): X, when its verbs include one of checking or compiling.
func (v *view) checkedBy(a, b int) (int, int, bool) {
	if !v.is(a, "which", "that") {
		return 0, 0, false
	}
	x, y := v.npAfter(a+1, b)
	if y <= x || !v.named(x, y) {
		return 0, 0, false
	}
	for k := y; k < b; k++ {
		for _, p := range [...]string{"check", "verif", "analys", "analyz", "review", "compil", "match", "cross"} {
			if strings.HasPrefix(v.toks[k].low, p) && !v.toks[k].capital {
				return x, y, true
			}
		}
	}
	return 0, 0, false
}

// namePlace returns the end of a proper name that a place follows: "The
// Ministry of Defence in London" is the Ministry of Defence. A generic
// body keeps its place ("the health ministry in Damascus"): the place says
// whose it is.
func (v *view) namePlace(s, e int) int {
	for k := s + 1; k+1 < e; k++ {
		if !v.is(k, "in") {
			continue
		}
		n := s
		if v.toks[n].has(cDeterminer) {
			n++
		}
		// "Rescuers in Hatay": a capital that only opens the sentence is
		// no name.
		if (n > 0 || k-n > 1) && v.allCapitalised(n, k) && v.allCapitalised(k+1, e) {
			return k
		}
		return e
	}
	return e
}

func (c *call) claimant(v *view, s, e int, id string) Claimant {
	for s < e-1 && v.toks[s].has(cDeterminer) {
		s++
	}
	// "The ministry here tells us": where a body is, not its name; "a
	// doctor there" is the person who saw.
	for e > s+1 && v.is(e-1, "here", "there") && !agentNoun(v.toks[e-2].low) {
		e--
	}
	words, bs, be := v.span(c.d.Text, s, e)
	return Claimant{ID: id, Words: words, Start: bs, End: be, How: InSentence}
}

// reduce narrows a source phrase to the claimant it stands for: the owner
// of a findings noun ("A Ledger analysis" → Ledger, "Our own count" →
// Our), the organisation a spokesman speaks for ("a civil defence
// spokesman" → civil defence, "Researchers at X" → X, "Dr Hana Mourad of
// X" → X).
func (v *view) reduce(s, e int) (int, int) {
	// "White Helmets volunteers working in Jindires": a participle and
	// its complement after a people noun describe the claimant and are
	// not part of its name.
	for k := s + 1; k+1 < e; k++ {
		t := &v.toks[k]
		if !t.capital && len(t.low) > 5 && strings.HasSuffix(t.low, "ing") && agentNoun(v.toks[k-1].low) &&
			(v.toks[k+1].has(cPreposition) || v.toks[k+1].has(cDeterminer)) {
			e = k
			break
		}
	}
	for k := s; k < e; k++ {
		t := &v.toks[k]
		w := t.low
		if t.has(cFindingNoun) && k > s {
			// "figures from X", "an exit poll for X": the phrase after is
			// the source.
			if v.is(k+1, "from", "by", "for") && k+2 < e {
				return k + 2, e
			}
			if a, b, ok := v.owner(k, s); ok {
				return a, b
			}
		}
		if t.has(cFindingNoun) && k == s && v.is(k+1, "from", "by", "of", "for") && k+2 < e {
			return k + 2, e
		}
		if t.has(cStaff) && w != "official" && w != "officials" && w != "director" {
			if v.is(k+1, "for", "of", "at", "with") && k+2 < e {
				return k + 2, e
			}
			// "a civil defence spokesman", "the military's chief
			// spokesman" speak for the body; "Airwars researchers" are
			// the claimant themselves (an alias in them still names it).
			if !strings.HasPrefix(w, "spokes") {
				continue
			}
			m := k
			for m > s && v.is(m-1, "chief", "senior", "regional", "deputy", "top", "press", "military", "main", "lead") {
				m--
			}
			if m > s && !(m == s+1 && v.toks[s].has(cDeterminer)) {
				b := m
				if v.is(b-1, "s") && v.is(b-2, "'") {
					b -= 2
				} else if v.is(b-1, "'") {
					b--
				}
				if b > s {
					return s, b
				}
			}
		}
	}
	// "A government media office statement said": the office.
	if e-s > 2 && v.is(e-1, "statement", "bulletin", "communique", "communiqué") {
		return s, e - 1
	}
	// "Dr Hana Mourad of Médecins Sans Frontières": a titled person of an
	// organisation.
	if v.is(s, "dr", "mr", "mrs", "ms", "prof", "professor") {
		for k := s + 1; k < e-1; k++ {
			if v.is(k, "of", "from", "at") && v.toks[k+1].capital {
				return k + 1, e
			}
		}
	}
	return s, e
}
