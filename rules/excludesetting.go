package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// An exclude_near word may name the setting of the sentence rather than
// what its figure counts:
//
//   - the name of the source that gives the figure: "The U.N. refugee
//     agency tells us nearly thirteen million Sudanese have been driven
//     from their homes", "the Norwegian Refugee Council said": the word
//     modifies an organisation's noun, and says who counts, not what;
//   - where the war began, in a fronted clause of its start: "Since
//     fighting erupted in Khartoum in April 2023, upward of 8.6 million
//     Sudanese have been displaced": the place dates the count's start,
//     and does not place the count. Unless the rest of the sentence
//     points back to that place ("Since war broke out in Darfur last
//     year, 2 million people have been displaced in the region", "...,
//     3.5 million have fled the capital"): then the count is
//     the place's. ("There" is left out: "there are now 8.6 million".)
//
// The word is then no reason to turn the figure away, unless another
// exclude_near word of the sentence stands outside such a setting ("The
// U.N. refugee agency says 2 million have fled abroad as refugees") and
// rules something out: one side of an inside and an outside joined
// ("inside the country and over the borders": insideJoinedToOut) names
// the whole, and a part the figure is said to include (", including those
// who fled abroad": includedIn) is in it; both leave the source's name a
// setting (source_name_with_included_part.yaml).

// excludeSetting reports whether exclude_near hit ex names the setting of
// figure fi's sentence (a source's name or a fronted start clause), and
// no other exclude_near hit of the sentence stands outside one.
func excludeSetting(d *figures.Document, s *figures.Sentence, hits []hit, ex, fi int) bool {
	if !inSetting(d, s, hits, hits[ex], fi) {
		return false
	}
	_, fe := d.FigureTokens(fi)
	for i, h := range hits {
		if i != ex && h.ref.role == roleNear && !inSetting(d, s, hits, h, fi) && !insideJoinedToOut(d, s, h) && !(h.start >= fe && includedIn(d, fe, h)) {
			return false
		}
	}
	return true
}

// inSetting reports whether exclude_near hit h modifies an organisation's
// noun, stands in a fronted start clause that ends before figure fi, or
// says what another head came from (fromOtherHead).
func inSetting(d *figures.Document, s *figures.Sentence, hits []hit, h hit, fi int) bool {
	if h.end < s.TokEnd && organisationNoun(d.LowerTokenText(h.end)) {
		return true
	}
	return inFrontedStart(d, s, h, fi) || fromOtherHead(d, s, hits, h, fi)
}

// otherHeadWords is how many determiners, possessives and names may stand
// between the preposition and the exclude_near phrase.
const otherHeadWords = 4

// fromOtherHead reports whether exclude_near hit h, before figure fi, is
// the object of a verb's preposition that ties it to another head before
// it, what that head came from: "the war triggered by the October 7
// attack", "the war that began with the attack", "the campaign launched
// after the attack". The head's count is the figure's; the phrase only
// dates or causes it. The verb is a regular past form or a verb of
// starting: a noun before the preposition names what is counted ("its
// figure for militants", "decades after Darfur's war"), and a keyword
// verb ("killed by the attack") makes the phrase the dead's own event.
// After the figure the phrase may say what the sum is for ("$1.1bn for
// Jordan to buy arms"), so it is read only before it.
func fromOtherHead(d *figures.Document, s *figures.Sentence, hits []hit, h hit, fi int) bool {
	if fs, _ := d.FigureTokens(fi); h.end > fs {
		return false
	}
	word := sentenceWords(d, s)
	k := h.start - 1
	for n := 0; n < otherHeadWords && k > s.TokStart; n++ {
		w := word(k)
		if article(w) || possessiveDeterminer(w) || w == "s" || isApostrophe(w) || named(d, k) {
			k--
			continue
		}
		break
	}
	switch word(k) {
	case "by", "with", "after", "since", "following":
	default:
		return false
	}
	if v := word(k - 1); !pastForm(v) && !startVerb(v) {
		return false
	}
	for _, o := range hits {
		if o.ref.role == roleKeyword && o.end == k {
			return false
		}
	}
	return true
}

// organisationNoun reports whether lower-cased w names a body that speaks
// for itself: what an exclude word before it names is the body's remit.
func organisationNoun(w string) bool {
	switch w {
	case "agency", "agencies", "council", "commission", "committee", "organisation", "organization", "office", "body":
		return true
	}
	return false
}

// inFrontedStart reports whether hit h stands in a clause that opens the
// sentence with "since" or "after" and a verb of starting ("Since fighting
// erupted in Khartoum in April 2023,"), and whose comma comes before
// figure fi.
func inFrontedStart(d *figures.Document, s *figures.Sentence, h hit, fi int) bool {
	k := afterStamp(d, s)
	if w := d.LowerTokenText(k); w != "since" && w != "after" {
		return false
	}
	fs, _ := d.FigureTokens(fi)
	started := false
	for j := k + 1; j < fs; j++ {
		w := d.LowerTokenText(j)
		switch {
		case startVerb(w):
			started = true
		case w == ",":
			return started && h.start > k && h.end <= j && !placePointedBack(d, s, j+1)
		case w == ";" || w == ":" || w == "—" || w == "–":
			return false
		}
	}
	return false
}

// placePointedBack reports whether tokens from k to the end of sentence s
// point back to a place named before: "the" and a kind of place with no
// name after it ("the region", "the capital", "the city").
func placePointedBack(d *figures.Document, s *figures.Sentence, k int) bool {
	word := sentenceWords(d, s)
	for t := k; t < s.TokEnd; t++ {
		if word(t) == "the" && (placeKindNoun(word(t+1)) || word(t+1) == "capital") && !named(d, t+2) {
			return true
		}
	}
	return false
}
