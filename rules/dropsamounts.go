package rules

import (
	"github.com/claimtrack/claimtrack/rules/figures"
)

// droppedAsOtherAmountOrPlace goes on figureDropped's chain, in its order: an
// amount that is not the count's level (added, asked for, a capacity, a sample, a
// projection, what a source or a chance names, a share's whole, a part of an
// excluded whole) and a figure of another place's or event's count.
func (m *metric) droppedAsOtherAmountOrPlace(st *docState, s *figures.Sentence, fi int, hits []hit, g *gates, tr *tracer, apart int) bool {
	d := st.d
	f := &d.Figures[fi]
	// Asked of every metric, with traits or none: what was added, when the
	// sentence goes on to the total it makes, is not the level
	// (TestTraitlessChecksSkipped).
	if tr.dropped(NoteRefused, !m.spec.Total && st.increment(fi) && carriedToTotal(d, s, fi), "%q: added to the level, which the sentence carries on to (\"an additional $10m, bringing its total allocation to $25m\"): not the level (incrementtotal.go)", f.Text) {
		return true
	}
	if tr.dropped(NoteRefused, sourceOne(d, s, fi), "%q: names a source (\"by one count\", \"according to one estimate\"), not a count", f.Text) {
		return true
	}
	if tr.dropped(NoteRefused, respondentsGuess(d, s, fi), "%q: a statistic of respondents' answers (\"the median answer was\"), not a count (respondentsguess.go)", f.Text) {
		return true
	}
	if tr.dropped(NoteRefused, st.chanceOf(s, fi), "%q: what a chance is given of, not a count", f.Text) {
		return true
	}
	if tr.dropped(NoteRefused, st.wordMarks(s).modal && modalComparativeRestated(d, s, fi), "%q: restates a modal's guess that a count is higher than the one given (\"could be several times higher, perhaps ...\"), not a count", f.Text) {
		return true
	}
	if v := st.projection(s, fi); v >= 0 && !m.lossEstimate(d, s, fi, v) {
		if tr != nil {
			// The word that projects may also stand after the figure
			// ("... 70,000, and it will").
			fs, _ := d.FigureTokens(fi)
			tr.noteFigure(NoteRefused, f.Text, ": a projection (%q), not a count", tokensText(d, min(v, fs), max(v+1, fs)))
		}
		return true
	}
	if m.traits {
		if m.spec.Since.Year != 0 && inComparison(d, s, fi, m.spec.Since.Year) {
			if tr != nil {
				tr.noteFigure(NoteRefused, f.Text, ": the figure of an earlier event it is compared with (since %d)", m.spec.Since.Year)
			}
			return true
		}
		if tr.dropped(NoteRefused, len(m.require) > 0 && requireOwnedElsewhere(d, s, hits, fi), "%q: the require words of the sentence describe another figure", f.Text) {
			return true
		}
		if tr.dropped(NoteRefused, len(m.require) > 0 && requireBeside(d, s, hits, fi), "%q: the require words name what it is set beside (\"on top of the annual allocation\"), not it", f.Text) {
			return true
		}
		if tr.dropped(NoteRefused, len(m.parts) > 0 && besidePartSum(d, s, hits, fi), "%q: set beside a part's sum (\"$3.5bn in FMF on top of the\"), of the part's kind, not the whole", f.Text) {
			return true
		}
	}
	if tr.dropped(NoteRefused, tr != nil && sampleOf(d, s, fi), "%q: what a sample or a subset holds (\"a sample of\"), not the count", f.Text) {
		return true
	}
	if tr.dropped(NoteRefused, askedSum(d, s, fi, hits) && !asksInKeyword(d, hits), "%q: a sum asked for (\"requires $640m\", \"the $640m sought\"), not given; a metric of requests names one in a keyword (askedsum.go)", f.Text) {
		return true
	}
	if tr.dropped(NoteRefused, f.Kind == figures.Money && partOfExcludedWhole(d, s, hits, fi), "%q: a part of a whole an exclude_near word names (\"$3.3bn of the $14bn supplemental\"), that sum's (partofexcluded.go)", f.Text) {
		return true
	}
	if tr.dropped(NoteRefused, addedMoney(d, s, fi), "%q: an amount added to another (\"$3.5bn more\"), not the level (addedmoney.go)", f.Text) {
		return true
	}
	if tr.dropped(NoteRefused, st.wordMarks(s).capacity && capacityFigure(d, s, fi), "%q: a capacity (\"room for\", \"built for\"), what a place can hold, not a count (capacity.go)", f.Text) {
		return true
	}
	if tr.dropped(NoteRefused, st.perEach(s, fi), "%q: counted per unit by a distributive opening its clause (\", each built from\", \"Each brigade fields\"), not the whole", f.Text) {
		return true
	}
	// A sum named by a keyword of its own is the metric's amount, whatever
	// share of it the sentence spends (keywordedwhole.go).
	if tr.dropped(NoteRefused, st.wholeOfShare(fi) && !(f.Kind == figures.Money && keywordedWhole(d, hits, fi)) && !(m.spec.Total && countedByKeyword(d, s, hits, fi)) && !(!m.spec.Total && keywordPhraseWhole(d, s, hits, fi)) && !m.marksWholeOfParts(d, hits, fi), "%q: the whole a share is taken of (\"half of\", \"a third of\"), not the count", f.Text) {
		return true
	}
	if tr.dropped(NoteRefused, m.partOfPlacedWhole(st, s, fi, hits), "%q: a part of the crowd its place's keyword names (\"900,000 of those sheltering in Rafah\"; partofplaced.go), not the crowd", f.Text) {
		return true
	}
	if tr.dropped(NoteRefused, m.wholeOfKeywordShare(st, s, hits, fi) && !m.marksWholeOfParts(d, hits, fi), "%q: the whole a keyword's part makes up a share of (\"FMF makes up most of the $3.8bn\"; sharewhole.go), not the part", f.Text) {
		return true
	}
	if m.traits {
		if tr.dropped(NoteRefused, m.eventOfOtherPlace(st, s, fi), "%q: the count of another place's event", f.Text) {
			return true
		}
		if tr.dropped(NoteRefused, m.outsideFronted(st, s, fi), "%q: counted outside the place the sentence opens by setting aside (\"Beyond Rafah,\")", f.Text) {
			return true
		}
		if tr.dropped(NoteRefused, m.frontedCountry(st, s, fi), "%q: in a sentence the opening \"In\" places in another country (\"In eastern Congo, ...\")", f.Text) {
			return true
		}
		if tr.dropped(NoteRefused, m.askedCountry(st, s, fi), "%q: answers a short question about another country just before (\"Remember Nepal? Nine thousand dead\")", f.Text) {
			return true
		}
		if tr.dropped(NoteRefused, m.pointedCountry(st, s, fi), "%q: placed by a \"there\" that points back to another country the sentence before names (\"compare with Syria? The war there killed\")", f.Text) {
			return true
		}
		if tr.dropped(NoteRefused, m.inOtherCountry(st, s, fi), "%q: placed in another country than the metric's (\"killed in Ukraine\", \"at the height of Syria's war\", \"In Lebanon it's ...\", \"South Sudan, itself receiving\"), its count (othercountry.go, countryaside.go)", f.Text) {
			return true
		}
		if tr.dropped(NoteRefused, m.spec.Total && m.battleOfOtherPlace(d, s, hits, fi), "%q: its verb's subject is the battle or siege of one place, not the metric's whole (\"the battle for that city killed\", \"The siege of Sarajevo killed\"; placebattle.go)", f.Text) {
			return true
		}
		if tr.dropped(NoteRefused, m.spec.Total && m.namedEventAfter(d, s, fi), "%q: placed in another event than the metric's, a name its words do not give names it (\"dead in the Boko Haram insurgency\", \"killed in the Rwandan genocide\"; namedeventafter.go)", f.Text) {
			return true
		}
	}
	return false
}
