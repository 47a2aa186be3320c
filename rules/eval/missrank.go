package eval

import (
	"fmt"
	"strconv"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// rank scores the sentence by its best figure: a keyword's word form
// within the window counts most, then a keyword further off, a word of the
// metric's name, the scope in the sentence, the metric's unit after the
// figure. A figure another metric took, or that an exclude_near word
// stands nearer to than any keyword, counts against.
func (f *MissFinder) rank(d *figures.Document, s figures.Sentence, words []word, figs []int, scopeHere []match, articleScope string, others map[int]string) (Candidate, bool) {
	kws := findPhrases(words, f.keywords)
	named := findPhrases(words, f.named)
	nears := findPhrases(words, f.near)
	unitStem := ""
	if u := splitWords(f.Metric.Unit); len(u) == 1 && f.Metric.Kind != "money" {
		unitStem = stem(u[0].text)
	}
	best := Candidate{Score: -1}
	for _, fi := range figs {
		fg := d.Figures[fi]
		first, end := wordSpan(words, fg.Start-s.Start, fg.End-s.Start)
		var c Candidate
		c.Figure = fg
		kw, kwDist := nearest(kws, first, end)
		switch {
		case kw == nil:
			c.Reasons = append(c.Reasons, "no keyword in any form")
		case kwDist <= f.window:
			c.Score += 3 - f.closeness(kwDist)
			c.Reasons = append(c.Reasons, keywordReason(kw, kwDist, fmt.Sprintf("within the window of %d", f.window)))
		case kwDist <= 2*f.window:
			c.Score += 2
			c.Reasons = append(c.Reasons, keywordReason(kw, kwDist, fmt.Sprintf("beyond the window of %d", f.window)))
		default:
			c.Score++
			c.Reasons = append(c.Reasons, keywordReason(kw, kwDist, "far off"))
		}
		if nm, nd := nearest(named, first, end); nm != nil {
			if nd <= f.window {
				c.Score += 2 - f.closeness(nd)
			} else {
				c.Score++
			}
			c.Reasons = append(c.Reasons, fmt.Sprintf("%q of the metric's name or id %s away", nm.written, wordCount(nd)))
		}
		if n := distinctPhrases(kws, named); n > 1 {
			bonus := min(0.5*float64(n-1), 1.5)
			c.Score += bonus
			c.Reasons = append(c.Reasons, fmt.Sprintf("%d of the metric's words in the sentence", n))
		}
		if len(scopeHere) > 0 {
			c.Score++
			c.Reasons = append(c.Reasons, fmt.Sprintf("scope %q in the sentence", scopeHere[0].written))
		} else if articleScope != "" {
			c.Reasons = append(c.Reasons, fmt.Sprintf("scope %q in the article", articleScope))
		}
		if unitStem != "" && unitFollows(words, end, unitStem) {
			c.Score += 0.25
			c.Reasons = append(c.Reasons, fmt.Sprintf("the unit %q follows the figure", f.Metric.Unit))
		}
		if other, ok := others[fg.Start]; ok {
			c.Score--
			c.Reasons = append(c.Reasons, "taken by "+other)
		}
		if nr, nd := nearest(nears, first, end); nr != nil && (kw == nil || nd <= kwDist) {
			c.Score -= 2
			c.Reasons = append(c.Reasons, excludeReason(nr.ph.text, nd, kw, kwDist))
		}
		if c.Score > best.Score {
			best = c
		}
	}
	return best, best.Score >= 0
}

// distinctPhrases counts the different keywords and name words found: the
// more of a metric's words a sentence holds, the likelier it is about it.
func distinctPhrases(lists ...[]match) int {
	seen := map[*stemPhrase]bool{}
	for _, ms := range lists {
		for _, m := range ms {
			seen[m.ph] = true
		}
	}
	return len(seen)
}

// closeness takes up to one point off a word within the window, the more
// the further it stands, so that of two figures the nearer ranks first.
func (f *MissFinder) closeness(dist int) float64 {
	return float64(dist) / float64(f.window+1)
}

func keywordReason(m *match, dist int, where string) string {
	form := strconv.Quote(m.ph.text)
	if !m.exact {
		form += " as " + strconv.Quote(m.written)
	}
	return fmt.Sprintf("keyword %s %s away, %s", form, wordCount(dist), where)
}

// excludeReason says which exclude_near word lowered a figure's score and
// why it counts: it stands as near as the nearest keyword, or there is no
// keyword, so a desk knows whether to widen keywords or narrow the
// exclusion.
func excludeReason(text string, dist int, kw *match, kwDist int) string {
	if kw != nil {
		return fmt.Sprintf("exclude_near %q %s away, no farther than keyword %q (%s)", text, wordCount(dist), kw.written, wordCount(kwDist))
	}
	return fmt.Sprintf("exclude_near %q %s away, and no keyword", text, wordCount(dist))
}

// wordCount writes n words out for a reason: "1 word", "3 words".
func wordCount(n int) string {
	if n == 1 {
		return "1 word"
	}
	return fmt.Sprintf("%d words", n)
}

// wordSpan is the range of words a figure's bytes cover.
func wordSpan(words []word, start, end int) (int, int) {
	first, last := len(words), len(words)
	for i, w := range words {
		if w.end > start && first == len(words) {
			first = i
		}
		if w.start >= end {
			last = i
			break
		}
	}
	if last < first {
		last = first
	}
	return first, last
}

// nearest is the match nearest the word range [first, end), with the
// count of words between.
func nearest(ms []match, first, end int) (*match, int) {
	var best *match
	bestDist := 1 << 30
	for i := range ms {
		m := &ms[i]
		dist := 0
		switch {
		case m.end <= first:
			dist = first - m.end
		case m.first >= end:
			dist = m.first - end
		}
		if dist < bestDist {
			best, bestDist = m, dist
		}
	}
	return best, bestDist
}

// unitFollows reports whether the unit's word stands within two words
// after the figure ("1.4 million displaced people").
func unitFollows(words []word, end int, unitStem string) bool {
	for i := end; i < len(words) && i < end+3; i++ {
		if words[i].stem == unitStem {
			return true
		}
	}
	return false
}
