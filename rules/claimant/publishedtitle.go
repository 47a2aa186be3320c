package claimant

import "strings"

// publishedTitle reads a source [s, e) written as a title, capitalised
// words after an optional article, beside an aside [a, b) that opens on
// a participle of publishing and "by": "The Gulf Migration Outlook,
// published by the IOM in May, counts 4 million", "The Humanitarian
// Response Plan, issued by OCHA, asks for $2.7bn". A body is never
// published, so the title is a work, and the one who published it makes
// its figures (convention 1's owner of a document), as "The report,
// published by Human Rights Watch," gives its maker (made.go). It
// returns the publisher. "The Red Cross, backed by the EU," and "The
// minister, briefed by officials," keep their subject: no publishing.
// claim116. A paper is published too, yet speaks for itself (convention
// 3): a title holding a media noun or a masthead's word ("The Morning
// Herald, published by a trust,", "Ankara Weekly News, issued by a
// group,") keeps its own name (mend116).
func (v *view) publishedTitle(s, e, a, b int) (int, int, bool) {
	if a >= b || e-s < 2 {
		return 0, 0, false
	}
	k := s
	if v.toks[k].has(cDeterminer) && !v.toks[k].has(cPronoun) {
		k++
	}
	if e-k < 2 {
		return 0, 0, false
	}
	// ("The State of Food Security": a link word between capitals.)
	for m := k; m < e; m++ {
		t := &v.toks[m]
		if m > k && m < e-1 && t.has(cLink) && !t.capital {
			continue
		}
		if !t.word || !t.capital || t.shouted || t.poss || mediaNounIDs.has(&t.spelling) || mastheadWordIDs.has(&t.spelling) {
			return 0, 0, false
		}
	}
	if v.isOne(a, wComma) {
		a++
	}
	if a+2 >= b || !v.isOne(a+1, wBy) {
		return 0, 0, false
	}
	switch v.toks[a].low {
	case "published", "issued", "released", "compiled", "produced":
	default:
		return 0, 0, false
	}
	x, y := v.npAfter(a+2, b)
	if y <= x || !(v.toks[x].capital || v.toks[x].has(cDeterminer)) {
		return 0, 0, false
	}
	return x, v.makerEnd(x, y), true
}

// mastheadWords are the words newspapers' names are made of, beside the
// media nouns ("news", "radio"): a title holding one is a paper's.
// mend116.
var mastheadWords = set("daily weekly times post herald gazette tribune chronicle courier telegraph")

// outletWords reports whether words, a speaker's label, name an outlet
// alone: a media noun or a masthead's word and no comma before a
// speaker's role ("HARBOUR TIMES", "KAYA RADIO"). mend116.
func outletWords(words string) bool {
	if strings.Contains(words, ",") {
		return false
	}
	for _, w := range strings.Fields(strings.ToLower(words)) {
		if mediaNouns[w] || mastheadWords[w] {
			return true
		}
	}
	return false
}
