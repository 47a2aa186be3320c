package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// A keyword that names a source's count ("the UN's verified figure") may
// stand as the other term of a comparison: "could be tens of thousands
// higher than the UN's verified figure, perhaps 50,000 or more". The
// figure set beside it, before the comparison or in an apposition after
// its term, is the writer's own estimate, not the keyword's count. A
// figure inside the term is the keyword's ("far higher than the
// ministry's figure of 37,877").

// comparedKeywordElsewhere reports whether keyword hit h is the other
// term of a comparison ("than the UN's verified figure") and figure fi
// of sentence s stands outside that term.
//
// A comparison may stand in an aside between the figure's noun and its
// verb ("More than 40,000 people, more than the toll of every previous
// Gaza war combined, have now been killed"): the figure is then its
// verb's, the keyword past the aside, and the compared keyword only the
// aside's.
func comparedKeywordElsewhere(d *figures.Document, s *figures.Sentence, fi int, hits []hit, kw int) bool {
	h := hits[kw]
	start := h.start
	// Step back over the owners of the keyword: "the UN's", "Kyiv's".
	for start-3 >= s.TokStart && ownerBefore(d, start) == start-3 {
		start -= 3
	}
	from, to, ok := comparedTerm(d, s, hit{ref: h.ref, start: start, end: h.end})
	if !ok {
		return false
	}
	fs, fe := d.FigureTokens(fi)
	return (fs < from || fe > to) && !keywordPastAside(d, hits, kw, fi)
}

// keywordPastAside reports whether hits[kw] lies inside an aside between
// figure fi's noun and another keyword of its metric, the verb the noun is
// the subject of (figureNounAside).
func keywordPastAside(d *figures.Document, hits []hit, kw, fi int) bool {
	h := hits[kw]
	for i, o := range hits {
		if i == kw || o.ref.metric != h.ref.metric || o.ref.role != roleKeyword || o.start <= h.end {
			continue
		}
		if open, close := figureNounAside(d, o, fi); open >= 0 && open < h.start && h.end <= close {
			return true
		}
	}
	return false
}

// A keyword that is a count noun ("verified count", "official tally")
// says nothing of what is counted: "of" after it names that ("the UN's
// verified count of attacks on civilian infrastructure", "the verified
// number of civilians detained"). A count of anything other than the
// metric's names another count; one of the metric's own (another keyword
// in the phrase: "count of civilians killed") or of its figure ("figure
// of 12,910") is the metric's.

// The "of" phrase may also name the metric's own unit, with nothing after
// it that narrows who ("the ministry's tally of the war's victims now tops
// 40,000", "the official tally of victims in both countries"): those are
// the people the metric counts, as a keyword would say; a participle after
// them picks some out ("civilians detained"). And a time after "of" names
// no thing counted but when the count was ("the verified number of a year
// ago"): another reading, which the time readings judge.
//
// countOfOther reports whether keyword hits[kw] of sentence s ends in a
// count noun whose "of" phrase, up to a figure or a punctuation mark,
// holds no other keyword of metric m, no plural count noun of m's own unit
// but one a participle or a relative clause narrows ("civilian" of
// "attacks on civilian hospitals" is no noun counted), and no time.
func (m *metric) countOfOther(d *figures.Document, s *figures.Sentence, hits []hit, kw int) bool {
	h := hits[kw]
	switch d.LowerTokenText(h.end - 1) {
	case "count", "tally", "figure", "number":
	default:
		return false
	}
	if h.end+1 >= s.TokEnd || d.LowerTokenText(h.end) != "of" || inFigure(d, h.end+1) {
		return false
	}
	end := h.end + 1
	for end < s.TokEnd && end < h.end+10 && !inFigure(d, end) && !stretchMark(d, end) && d.TokenText(end) != "." {
		end++
	}
	for i, o := range hits {
		if i != kw && o.ref.metric == h.ref.metric && o.ref.role == roleKeyword && o.start > h.end && o.start < end {
			return false
		}
	}
	for k := h.end + 1; k < end; k++ {
		w := d.LowerTokenText(k)
		if w == "ago" || periodWord(w) && k > h.end+1 && timeDeterminer(d.LowerTokenText(k-1)) {
			return false // "the verified number of a year ago"
		}
		if (m.countNouns[w] && pluralNoun(w) || pluralDemonym(d.TokenText(k))) && !narrowedAt(d, k+1) {
			return false // "the tally of the war's victims", "of Palestinians lost since October"
		}
	}
	return true
}

// timeDeterminer reports whether lower-cased w, before a word of a span of
// time, makes a time of it: "a year ago", "last month", "this week".
func timeDeterminer(w string) bool {
	return w == "a" || w == "one" || w == "last" || w == "this" || w == "that"
}

// narrowedAt reports whether token k opens words that pick some out of
// the people named before it: a past participle ("civilians detained",
// "people injured") or a relative clause ("people it has named", "those
// who were identified").
func narrowedAt(d *figures.Document, k int) bool {
	if k >= len(d.Tokens) || !isLowerWord(d.TokenText(k)) {
		return false
	}
	switch w := d.TokenText(k); w {
	case "who", "whom", "that", "which", "it", "they", "we":
		return true
	default:
		return len(w) > 3 && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "en"))
	}
}

// A verb of comparison with a determiner after it opens its object as
// "than" does ("a caseload that dwarfs the UN's tally of civilian deaths",
// "surpassing the toll of the 1999 disaster"): a keyword in that object
// names the count the figure before the verb is set beside, not the
// figure's own. The figure keeps any other keyword it has ("confirmed
// deaths ... now 21,051, surpassing the toll of ...").

// comparedByVerb reports whether keyword hit h stands in the object of a
// verb of comparison (termVerbAt) that follows figure fi in sentence s:
// after the verb, with no punctuation mark between ("far exceed the UN's
// count of civilians killed").
func comparedByVerb(d *figures.Document, s *figures.Sentence, h hit, fi int) bool {
	_, fe := d.FigureTokens(fi)
	for k := h.start - 1; k >= fe && k > s.TokStart; k-- {
		if stretchMark(d, k) {
			return false
		}
		if termVerbAt(d, s, k) {
			return true
		}
	}
	return false
}
