package claimant

import "strings"

// "Biden and Netanyahu spoke for 45 minutes, according to a readout
// released by the White House": a statement or a readout after "according
// to" is the paper a body put out; the body after "released by", "issued
// by" or "published by" is the source, as the maker of findings is after
// "according to figures compiled by".

// releasedPapers are the papers a body puts out in its own words, besides
// announcements and documentNouns. "release" is one only as a press
// release (see pressRelease): alone it is as often a hostage's.
var releasedPapers = set("readout readouts transcript transcripts notice notices release releases")

// releasedBy returns, for the phrase [a, b) after "according to", the body
// named after the paper's "released by" when [a, b) is such a paper.
func (v *view) releasedBy(a, b, hi int) (int, int, bool) {
	if b <= a || b+2 >= hi {
		return 0, 0, false
	}
	h := &v.toks[b-1]
	if !h.word || h.capital || !(h.has(cAnnouncement) || h.has(cDocumentNoun) || h.has(cReleasedPaper)) {
		return 0, 0, false
	}
	if !v.is(b, wReleased, wIssued, wPublished) {
		return 0, 0, false
	}
	return v.byMaker(b+1, hi)
}

// byMaker returns the maker named by "by" at k, after a participle and
// any time words ("issued on Sunday by Qatar's foreign ministry",
// "reviewed last week by the Courier").
func (v *view) byMaker(k, hi int) (int, int, bool) {
	k = v.pastWhen(k, hi)
	if !v.isOne(k, wBy) {
		return 0, 0, false
	}
	x, y := v.npAfter(k+1, hi)
	if y <= x || !v.nominal(x, y) {
		return 0, 0, false
	}
	return x, v.makerEnd(x, y), true
}

// pressRelease reports whether the paper noun at k is a release by its
// kind, "press", "news" or "media" before "release" ("A press release from
// Haldane Motors said", "Nordbank's news release said").
func (v *view) pressRelease(k int) bool {
	return k > 0 && v.toks[k].has(cReleasedPaper) && strings.HasPrefix(v.toks[k].low, "release") && releaseTails[v.toks[k-1].low]
}

// releaseNouns reads as nouns the "release" of "A press release from
// Haldane Motors said", "its news release said": after a word that makes
// it a release's kind (releaseTails) and an article or an owner before
// that, it is the paper, not a verb whose subject is "A press" ("urged it
// to press release of the files" has neither before it).
func (v *view) releaseNouns() {
	for i := 2; i < len(v.toks); i++ {
		t := &v.toks[i]
		if !t.report || t.capital || !t.has(cReleasedPaper) || !releaseTails[v.toks[i-1].low] {
			continue
		}
		if p := &v.toks[i-2]; p.has(cDeterminer) || p.poss || p.low == "'" || v.is(i-2, wIts, wTheir) {
			t.report = false
		}
	}
}

// paperHead reports whether the word at k is a paper a body puts out, in
// lower case: an announcement, a document or a released paper ("The
// statement, released on Tuesday by X,").
func (v *view) paperHead(k int) bool {
	t := &v.toks[k]
	return t.word && !t.capital && (t.has(cAnnouncement) || t.has(cDocumentNoun) || t.has(cReleasedPaper))
}
