package claimant

import "strings"

// A live blog's line names the source it relays in its label, before the
// colon that opens the figures, with "via" or "from" and no verb: "20:22
// Key numbers, via OCHA's Flash Update #142: 1.9 million displaced",
// "Updated toll, via the Red Crescent in Benghazi: 4,352 dead", "Reposting
// from the Gaza Civil Defence's Telegram channel: crews recovered 19
// bodies", "Statement from the Turkish health ministry: 2,410 ...". The
// source so named heads the line's items as "Key numbers from X:" does
// (choose's list header). A place after "from" ("Latest from Kharkiv:",
// "Updated toll from Derna, via ...") is what the line is about, and a
// credit in brackets ("(via OCHA):") is labelcredit.go's.

// maxViaLabel is how many tokens after a time stamp a label may run to its
// colon: a topic of a few words, then the source's phrase.
const maxViaLabel = 16

// viaLabelSource appends the source a line's label names after "via" or
// "from" right before the label's colon.
func (v *view) viaLabelSource(lo, hi int, out []attr) []attr {
	if v.marks&spColon == 0 || !v.words.has(wVia) && !v.words.has(wFrom) {
		return out
	}
	// "20:22 Key numbers, via ...:": the stamp's colon is no label's.
	s := v.pastStamp(lo)
	if s+3 < hi && v.toks[s].num && v.isOne(s+1, wColon) && v.toks[s+2].num {
		s = v.pastMeridiem(s + 3)
	}
	colon := -1
	for k := s + 1; k < hi && k <= s+maxViaLabel; k++ {
		if v.isOne(k, wColon) {
			colon = k
			break
		}
		if v.is(k, wFullStop, wSemicolon, wQuote) || v.toks[k].fig && !v.issueNumber(k) {
			return out
		}
	}
	if colon < 0 {
		return out
	}
	for i := colon - 2; i >= s; i-- {
		if !v.is(i, wVia, wFrom) {
			continue
		}
		if i > s && v.isOne(i-1, wOpenBracket) {
			return out
		}
		a, b := v.npAfter(i+1, colon)
		if b <= a || !v.labelSourceEnds(b, colon) || !v.namesSource(a, b) || v.placeName(a, b) || !v.sourceHead(a, b) {
			continue
		}
		// "from" relays only what a line credits to a source that is
		// plainly one: a name or initials, an owner's channel or post.
		if v.isOne(i, wFrom) && !v.relayedFrom(i, i == s, a, b) {
			continue
		}
		// It heads what follows the colon, never the stamp before it.
		return append(out, attr{src: a, srcEnd: b, anchor: i, kind: kFrame, reach: colon + 2})
	}
	return out
}

// issueNumber reports whether the figure at k numbers an issue of a
// report after "#" or "No." ("Flash Update #142"), no count.
func (v *view) issueNumber(k int) bool {
	return k > 0 && (v.toks[k-1].low == "#" || v.toks[k-1].low == "no" && v.isOne(k, wFullStop))
}

// labelSourceEnds reports whether a source's phrase ending at b closes the
// label at colon: right before it, or before a report's number ("#142"),
// a place ("in Benghazi") or a name in brackets in the source's own
// language ("(Sağlık Bakanlığı)").
func (v *view) labelSourceEnds(b, colon int) bool {
	switch {
	case b == colon:
		return true
	case v.toks[b].low == "#":
		return b+2 == colon && v.toks[b+1].num
	case v.isOne(b, wIn):
		return b+1 < colon && v.allCapitalised(b+1, colon)
	case v.isOne(b, wOpenBracket):
		return v.isOne(colon-1, wCloseBracket) && colon-1 > b+1 && colon-b <= 7 && v.toks[b+1].capital && !v.amountIn(b+1, colon-1)
	}
	return false
}

// relayedFrom reports whether the phrase [a, b) after "from" at i is a
// source the line relays: an announcement or a post before "from" ("the
// statement from", "the latest from"), or a relaying
// verb's -ing ("Reposting from"), or "From" opening the line; and a phrase that names a body by its
// capitals or by its owner's possessive.
func (v *view) relayedFrom(i int, opens bool, a, b int) bool {
	// "Statement just in from X:": the announcement before "just in".
	// "Figures just in from X:": what has just come in from a source
	// is relayed from it, whatever the noun.
	p, justIn := i-1, false
	if p > 1 && v.toks[p].low == "in" && v.toks[p-1].low == "just" {
		p, justIn = p-2, true
	}
	if !opens && !justIn && !v.relaysAt(p) {
		return false
	}
	for k := a; k < b; k++ {
		if t := &v.toks[k]; t.capital && t.word && !v.placeName(k, k+1) || t.aliases != 0 {
			return true
		}
	}
	return false
}

// relaysAt reports whether the word at p, before "from", says that what
// follows is relayed: an announcement or a post, "latest", or the -ing
// of a verb of passing words on ("Reposting", "Sharing", "Translating"). A toll or figures "from" a place
// ("Updated toll from Derna:") are about it.
func (v *view) relaysAt(p int) bool {
	t := &v.toks[p]
	if t.has(cAnnouncement) || t.has(cPostedWork) || v.isOne(p, wLatest) {
		return true
	}
	// ("speaking from Geneva:", "Reporting from Rafah:": where one
	// speaks from is no source.)
	for _, r := range [...]string{"repost", "shar", "relay", "forward", "translat", "retweet", "quot"} {
		if t.word && strings.HasSuffix(t.low, "ing") && strings.HasPrefix(t.low, r) {
			return true
		}
	}
	return false
}

// sourceHead reports whether the phrase [a, b) is headed by who gives
// figures: a capitalised name, a body's or a service's kind, what a body
// publishes, or anything an owner's possessive holds ("the Gaza Civil
// Defence's Telegram channel"). "the Rafah crossing", "the Nasser hospital
// car park" are places.
func (v *view) sourceHead(a, b int) bool {
	h := &v.toks[b-1]
	if h.capital || h.has(cBody) || serviceKindIDs.has(&h.spelling) || h.has(cAnnouncement|cFindingNoun) || h.has(cPostedWork) {
		return true
	}
	for k := a; k < b-1; k++ {
		if v.toks[k].poss && v.toks[k].capital {
			return true
		}
	}
	return false
}
