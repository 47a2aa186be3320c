package claimant

import (
	"math"

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
	// "Poll: 38% of Norwegians want the wealth tax scrapped": the label of a finding's
	// kind, when the line names no claimant of its own (polllabel.go).
	if !ok {
		if lc, lok := x.c.findingsLabelFallback(si, start); lok {
			c, ok = lc, true
		}
	}
	// "Ayon sa PAGASA, ... 185 kilometers per hour. [According to
	// PAGASA, ... 185 kilometers per hour.]": the figure read in the
	// line's own translation (translated.go).
	if ti, ts, te, yes := x.c.translatedFigure(si, start, end); yes {
		if tc, tok := x.c.find(ti, ts, te); tok {
			c, ok = tc, tok
		}
	}
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
	for i := range v.toks {
		if v.toks[i].end > off {
			return i
		}
	}
	return len(v.toks)
}

func (c *call) find(si, start, end int) (Claimant, bool) {
	// "[00:12:40] JONAH PRICE: ...": a line's time stamp is when it was
	// spoken, no one's figure (linestamp.go).
	if start > 0 && (c.d.Text[start-1] == '[' || c.d.Text[start-1] == '(') && start-1+lineStampLen(c.d.Text[start-1:]) > end {
		return Claimant{}, false
	}
	v := c.view(si)
	if len(v.toks) == 0 {
		return Claimant{}, false
	}
	ft := v.tokAt(start)
	lo := 0
	// A transcript's speaker line: "LT. COL. DAVID AVNER, IDF SPOKESMAN: ...".
	label, lbEnd, lbOK := c.speakerLabel(si)
	// A programme's own label ("CO-HOST SAM OKAFOR:") names no claimant,
	// and is no headline's source before a colon either (its -or name read
	// as a post): the line's words start after it.
	if lbEnd > 0 && lbEnd > v.toks[0].start {
		lo = v.tokAt(lbEnd)
		if lo < len(v.toks) && v.toks[lo].low == ":" {
			lo++
		}
	}
	// "The £2.4bn figure was the Treasury's estimate": figureowned.go.
	if a, b, k, ok := v.figureOwner(ft, end); ok {
		cl, ok := c.pointed(v, a, b, k)
		cl.How = InSentence
		if _, _, quoted := c.quoteAround(start, end); quoted {
			cl.How = InQuote
		}
		return cl, ok
	}
	if qs, qe, ok := c.quoteAround(start, end); ok {
		// An attribution inside the quote ("The health ministry tells
		// us 33,000 have died") names the source; "we estimate" does not.
		a, b := v.tokAt(qs), v.tokAt(qe)
		// "“The director rang me and said, ‘We have received 23
		// ...’”": the inner quote's speaker (innerquote.go).
		if cl, ok := c.innerQuoteSpeaker(v, a, b, lo, ft, lbOK); ok {
			return cl, true
		}
		if cl, ok := c.pick(v, v.attributions(a, b), ft, true); ok {
			// "“Our provisional figure is 37 dead,” the chief executive
			// of the Fire and Rescue Authority told reporters": "our" in
			// a quote is its speaker's, when a speaker is named. "“By our
			// tally, 62 ...,” said Lina Haddad of the Gulf Courier": an
			// outlet's own findings in a frame stay "our" (convention 3),
			// as on a speaker line (see find's label branch); a
			// configured body's or a body named by its kind are its own.
			if firstPersonWord(cl.Words) {
				atts := v.attributions(a, b)
				if sp, ok := c.speaker(si, v, qs, qe); ok && !firstPersonWord(sp.Words) && (sp.ID != "" || !v.framedOwn(atts, ft) || kindOfBodyHead(sp.Words) || v.postOfSpeaker(sp) || v.spokesSpeaker(sp)) {
					return sp, true
				}
			}
			cl.How = InQuote
			return cl, true
		}
		return c.speaker(si, v, qs, qe)
	}
	if lbOK {
		// "DANA KHOURY, OCHA: Our best estimate is ...", "PETER MWANGI,
		// INFOTRAK: Our final poll ...": a body's speaker says "our" for
		// the body.
		// "LINA HADDAD, GULF COURIER: By our count, 62 ...": an outlet's
		// own findings in a frame stay "our" (convention 3); a body named
		// by its kind ("..., SUDANESE AMERICAN MEDICAL ASSOCIATION: By our
		// count") is no outlet, and its count is its own.
		// "DR LEYLA ACAR, LABOUR ECONOMIST: By my calculation, ...":
		// one speaker's "my" is hers, whatever her label names
		// (claim116), unless the label is a paper's or a channel's
		// name alone ("HARBOUR TIMES: By my count"), which keeps "my"
		// as an outlet's own (convention 3; mend116).
		atts := v.attributions(lo, len(v.toks))
		if cl, ok := c.pick(v, atts, ft, true); ok && !(firstPersonWord(cl.Words) && (label.ID != "" || ownFirstPerson(cl.Words) && !outletWords(label.Words) || c.labelBody(label, lbEnd) && (!v.framedOwn(atts, ft) || kindOfBodyHead(label.Words)))) {
			cl.How = InQuote
			return cl, true
		}
		// "That number comes from the Egyptian Red Crescent." in her
		// own line: linepointer.go.
		if cl, ok := c.pointerInLine(si); ok {
			return cl, true
		}
		// "HOST: And what does the WHO say about Gaza's hospitals?
		// GUEST: That only 16 of 36 ...": whatsays.go.
		if cl, ok := c.answersWhatSays(si, v, lo); ok {
			return cl, true
		}
		// "NICK SCHIFRIN: U.S. officials tell me ..., and they expect
		// 100 trucks": "they" never stands for the speaker, and takes up
		// the subject the line's clause before named (concessive.go).
		if a, ok := choose(v, atts, ft); ok && v.is(a.src, wThey, wIt) {
			if o, ok := v.joinedClauseSubject(atts, a.src); ok {
				if cl, ok := c.name(v, o); ok {
					cl.How = InQuote
					return cl, true
				}
			}
			// "WHITLOCK: Officials say they now believe 1,200 homes are
			// gone": the pronoun is the source of the report it is told
			// in, as in prose (pick.go), never the label's reporter.
			if o, ok := v.reportOfPronoun(atts, a.src); ok {
				if cl, ok := c.name(v, o); ok {
					cl.How = InQuote
					return cl, true
				}
			}
		}
		// "KEIRA MOSS: Good evening. Nearly 9,000 households ...": a
		// presenter's line under a bare name (narratorline.go).
		if c.narratorLine(si, label, lbEnd) {
			return Claimant{}, false
		}
		return label, true
	}
	// "HOST: The number you told us this morning, N homes, is it still
	// right?": the guest's (hostgiven.go).
	if lbEnd > 0 {
		if cl, ok := c.hostGivenFigure(si, v, ft); ok {
			return cl, true
		}
		if cl, ok := c.hostAskedConfirmed(si, v); ok {
			return cl, true
		}
	}
	atts := v.attributions(lo, len(v.toks))
	// "Health workers have recorded 4,700 cases. That tally was compiled
	// by the provincial health directorate": the body the next sentence
	// names tells what unnamed people or a place recorded.
	if cl, ok := c.recordedNext(si, v, atts, ft); ok {
		return cl, true
	}
	// "Winnipeg police released their annual crime statistics. The city
	// recorded 41 homicides": likewise the sentence before.
	if cl, ok := c.recordedAnnounced(si, v, atts, ft); ok {
		return cl, true
	}
	if cl, ok := c.pickResolved(si, v, atts, ft); ok {
		if cl.How == InSentence && c.programmeLine(si) {
			cl.How = InQuote
		}
		return cl, true
	}
	// "Q: How many patients are you seeing? A: ... we saw more than
	// 900": a printed interview's answer is its interviewee's
	// (qanswer.go).
	if cl, ok := c.interviewAnswer(si); ok {
		return cl, true
	}
	return c.neighbours(si, v, lo, ft)
}
