package claimant

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
	"github.com/claimtrack/claimtrack/rules/names"
)

// A headline or a line of key numbers names its source with punctuation,
// not a verb: before a colon ("UN: 1.7m displaced"), after a closing dash
// or colon ("... – WHO", "Civilian deaths top 12,000: UN monitoring
// mission"), or in brackets after the figure ("1.9 million displaced
// (UNRWA)"). These readers look only at the few tokens by that
// punctuation, and only when the sentence has it (view.marks,
// view.brackets), so most sentences pass them by.

// openingLabelSource appends a headline's source before a colon ("UN: 1.7m
// displaced") and returns that colon, -1 when the line opens otherwise.
func (v *view) openingLabelSource(lo, hi int, out []attr) ([]attr, int) {
	// Only a configured claimant counts (see name): "Rafah: 1.4 million
	// ..." is a place.
	colon := -1
	// "09:33 – Hamas-run Health Ministry update: 84 killed": a live blog's
	// time stamp is no label; the label follows it.
	lo = v.pastStamp(lo)
	// "9:02 a.m. — Just in from ...:": a stamp whose "a.m." closed the
	// sentence before leaves its dash opening the line (claim112).
	if lo+1 < hi && v.isOne(lo, wDash) && v.toks[lo+1].word {
		lo++
	}
	// "Rio Grande do Sul's civil defence:": a possessive's two tokens do
	// not use up the reach.
	reach := lo + 6
	for k := lo; v.marks&spColon != 0 && k < hi && k <= reach; k++ {
		if v.isOne(k, wApostrophe) && v.isOne(k+1, wS) && reach == lo+6 {
			reach += 2
		}
		if v.isOne(k, wColon) && k > lo {
			// "16:20 —" is a time, not a source; "It's official:", "Here's
			// the latest:" open on "it", "this", "here" and the like, and
			// name none.
			// ("The governor told the Ledger:": a clause, labelverb.go.)
			// ("Israel's war on Hamas:": a topic, topiclabel.go.)
			// ("KEY FIGURES:", "BACKGROUND:": a part of the page,
			// labelsource.go pageLabel.)
			// "Oxfam's latest:", "MSF's latest:": the owner's latest
			// figures, its name before the possessive.
			if p := k - 3; p > lo && v.toks[k-1].low == "latest" && v.isOne(p, wApostrophe) && v.isOne(p+1, wS) && v.toks[p-1].poss {
				if a := v.npBefore(p, lo); a < p {
					out = append(out, attr{src: a, srcEnd: p, anchor: k, kind: kFrame})
					colon = k
					break
				}
			}
			// "OCHA Flash Update No. 9:", "WFP Situation Report #3:": a
			// release's number closing the label is no part of it
			// (releaselabel.go labelIssueStart).
			lk := v.labelIssueStart(lo, k)
			// "MSF press release:", "Mercy Corps statement:": a body's
			// release, its name before the release words (releaselabel.go).
			if e := v.releaseLabelName(lo, lk); e > lo {
				if a := v.npBefore(e, lo); a < e {
					out = append(out, attr{src: a, srcEnd: e, anchor: k, kind: kFrame})
					colon = k
					break
				}
			}
			if v.toks[lk-1].word && !v.is(lo, wIt, wThis, wThat, wHere, wThere) && !v.clauseBeforeColon(lo, lk) && !v.possessedTopic(lo, lk) && !v.pageLabelAt(lo, lk) {
				// ("Just in from the sheriff's office:": labelfrom.go.)
				out = append(out, attr{src: v.labelFrom(lo, lk), srcEnd: lk, anchor: k, kind: kLabel})
				colon = k
			}
			break
		}
		// ("Situation Report #3:": an issue's sign, labelIssueStart.)
		if v.punct(k) && !v.is(k, wApostrophe, wDash, wFullStop) && v.toks[k].low != "#" {
			break
		}
	}
	return out, colon
}

// openingDashSource appends a headline's source before a spaced dash
// opening it, the figure straight after the dash: "WHO – 36 hospitals in
// Gaza, only 10 partly working", "Breaking: Qassam Brigades – 3 soldiers
// killed". As before a colon, only a configured claimant counts (name
// looks it up): "Gaza – 42,010 dead" opens on a place, and a dateline's
// "KYIV —" on a city. A kicker and its colon ("Breaking:", "Live:")
// before the source are passed.
func (v *view) openingDashSource(lo, hi int, out []attr) []attr {
	if v.marks&spDash == 0 {
		return out
	}
	s := v.pastStamp(lo)
	if s+2 < hi && kickerIDs.has(&v.toks[s].spelling) && v.isOne(s+1, wColon) {
		s += 2
	}
	for k := s + 1; k+1 < hi && k <= s+4; k++ {
		if v.isOne(k, wDash) && v.toks[k].space {
			if v.toks[k+1].fig {
				out = append(out, attr{src: s, srcEnd: k, anchor: k, kind: kLabel})
			}
			break
		}
		if !v.toks[k].word && !v.isOne(k, wFullStop) {
			break
		}
	}
	return out
}

// closingHeadlineSource appends a headline's source after a dash closing it
// ("Gaza: 60,000 pregnant women without care – WHO"), where only a name
// (capitalised words) counts, or after a colon closing it ("Civilian
// deaths top 12,000: UN monitoring mission"), a name with no verb.
func (v *view) closingHeadlineSource(lo, hi int, out []attr) []attr {
	// ("— Egypt's State Information Service": a possessive's two tokens
	// make a source of four words seven.)
	for k := hi - 1; v.marks&(spColon|spDash) != 0 && k > lo && k >= hi-8; k-- {
		if v.isOne(k, wDash) && v.toks[k].space {
			// "— Israel contests count", "- Addis denies": a second party
			// taking issue with the figure is no credit for it.
			if v.doubtingClause(k+1, hi) {
				break
			}
			if v.allCapitalised(k+1, hi) || v.headedSource(k+1, hi) || v.possessedName(k+1, hi) || v.regionalOffice(k+1, hi) {
				out = append(out, attr{src: k + 1, srcEnd: hi, anchor: k, kind: kFrame, back: true})
			} else if hi-k == 3 && v.initialsAt(k+1) && v.toks[k+2].word && !v.toks[k+2].capital && !v.toks[k+2].report && (v.toks[k+2].has(cFindingNoun) || v.toks[k+2].low == "census") {
				// "– KWS census", "– NBS survey": a body's initials and
				// the one work of theirs the figure comes from, a work of
				// findings; the body is credited. "– IDF strike", "– IDF
				// operation" name what the body did, not what it found.
				out = append(out, attr{src: k + 1, srcEnd: k + 2, anchor: k, kind: kFrame, back: true})
			}
			break
		}
		if v.isOne(k, wColon) && k > lo+1 && k >= hi-6 && (v.toks[k-1].fig || v.headlineFigure(lo, k, hi)) {
			if v.bareName(k+1, hi) || v.headedSource(k+1, hi) {
				out = append(out, attr{src: k + 1, srcEnd: hi, anchor: k, kind: kFrame, back: true})
			}
			break
		}
	}
	return out
}

// regionalOffice reports whether [a, b) is a capitalised name closed by a
// regional office's number ("– DOH-7", "– PRO-13"): np.go regionNumber.
func (v *view) regionalOffice(a, b int) bool {
	return b-2 > a && v.regionNumber(b-1, a) && v.capitalisedWords(a, b-2, true)
}

// bracketSources appends each source in brackets after its figure: "1.9
// million displaced (UNRWA); 35,000+ killed (health ministry)".
func (v *view) bracketSources(lo, hi int, out []attr) []attr {
	// (Most sentences have no bracket: see view.brackets.)
	for i := lo + 1; v.brackets && i < hi; i++ {
		if v.toks[i].low == "(" {
			if a, b, ok := v.viaBracket(i, hi); ok {
				out = append(out, attr{src: a, srcEnd: b, anchor: i, kind: kFrame, back: true, bracket: true})
			} else if e, ok := v.bracketSource(i, hi); ok {
				out = append(out, attr{src: i + 1, srcEnd: e, anchor: i, kind: kFrame, back: true, bracket: true})
			}
		}
	}
	return out
}

// placeBeforeBracket reports whether the capitalised words before the
// bracket at i are a place an item of a list of figures closes on, a
// preposition of place before them: "1.9 million displaced in Gaza
// (UNRWA);", "2,000+ trucks waiting at Arish (Egyptian Red Crescent);".
// A name's own initials in brackets ("Islamic Jihad (PIJ)", "fighters
// of the Rapid Support Forces (RSF)") follow no such preposition, or
// spell the name.
func (v *view) placeBeforeBracket(i int) bool {
	// ("in Deir al-Balah": a name's particles and hyphens are in it.)
	k := i - 1
	for k > 0 && k >= i-5 && (v.toks[k].word && v.toks[k].capital && !v.toks[k].shouted || k < i-1 && (v.nameParticle(k) || v.articleName(k) || v.toks[k].low == "-" && !v.toks[k].space)) {
		k--
	}
	if k == i-1 || k < 0 || !v.placePreposition(k) {
		return false
	}
	return !v.initialsOf(i+1, k+1, i)
}

// initialsOf reports whether the one token at b spells the first letters
// of the capitalised words [s, e): "(DRC)" after "Democratic Republic of
// Congo".
func (v *view) initialsOf(b, s, e int) bool {
	if b+1 >= len(v.toks) || !v.isOne(b+1, wCloseBracket) {
		return false
	}
	var first strings.Builder
	for k := s; k < e; k++ {
		if v.toks[k].capital {
			first.WriteByte(v.toks[k].low[0])
		}
	}
	return first.Len() > 1 && strings.HasPrefix(v.toks[b].low, first.String())
}

// pastStamp returns where a line starts after a live blog's time stamp
// opening it at lo ("09:33 –", "14:05 —"), lo when there is none. A stamp
// with no dash after it ("08:31: ...") is left to the label's reader,
// which takes a colon after a number for a time.
func (v *view) pastStamp(lo int) int {
	if lo+3 < len(v.toks) && v.toks[lo].num && v.isOne(lo+1, wColon) && v.toks[lo+2].num {
		// "10:05 a.m. ET —": see stamp.go.
		if k := v.pastMeridiem(lo + 3); v.isOne(k, wDash) && v.toks[k].space {
			return k + 1
		}
		// "10:15 GMT: Kenya health ministry: 52 killed", "9:40 p.m.:
		// ...": a stamp closed by its zone or half of the day and a
		// colon; the line's own label follows it (stamp.go zoneWords).
		if k := v.pastMeridiem(lo + 3); k > lo+3 && v.isOne(k, wColon) {
			return k + 1
		}
		// "07:45 AFAD: 2,300 aftershocks recorded": a stamp with a
		// source's initials and their colon straight after it.
		if k := lo + 3; k+1 < len(v.toks) && v.initialsAt(k) && v.isOne(k+1, wColon) {
			return k
		}
		// "13:15 OCHA update:": so are its initials and the kind of
		// news they give, before the colon (bodylabel.go); "13:40 WHO
		// chief:", its initials and a post of its own.
		if k := lo + 3; k+2 < len(v.toks) && v.initialsAt(k) && v.isOne(k+2, wColon) && !v.toks[k+1].capital && (v.toks[k+1].has(cFindingNoun|cAnnouncement) || v.toks[k+1].post()) {
			return k
		}
		// "11:02 Magen David Adom: 7 hurt": a name of capitalised words
		// and its colon; the label's reader tells a source from a place.
		if k := lo + 3; v.capitalRunToColon(k) {
			return k
		}
		// "18:22: Weather service: 80mm expected": a stamp closed by its
		// own colon, then a label of a capitalised word or two and its
		// colon.
		if k := lo + 4; v.isOne(lo+3, wColon) && k+1 < len(v.toks) && v.toks[k].capital && v.toks[k].word && (v.isOne(k+1, wColon) || k+2 < len(v.toks) && v.toks[k+1].word && !v.toks[k+1].has(cDeterminer) && v.isOne(k+2, wColon)) {
			return k
		}
	}
	// "21 h 05 –": see stamp.go.
	if k := v.hourStamp(lo); k > lo {
		return k
	}
	// "08.40 –", "16.32 GMT –": see stamp.go.
	return v.dottedStamp(lo)
}

// capitalRunToColon reports whether two to five capitalised words, in a
// line not all in capitals, run from k to a colon, or one to five and a
// post in lower case.
func (v *view) capitalRunToColon(k int) bool {
	n := k
	for n < len(v.toks) && n-k <= 5 && v.toks[n].word && v.toks[n].capital && !v.toks[n].shouted {
		n++
	}
	if n-k < 1 || n-k > 5 {
		return false
	}
	// "11:02 Red Cross chief:": the name's post of its own before the
	// colon.
	if n+1 < len(v.toks) && v.toks[n].word && !v.toks[n].capital && v.toks[n].post() && v.isOne(n+1, wColon) {
		return true
	}
	return n-k >= 2 && v.isOne(n, wColon)
}

// initialsAt reports whether the word at k is a body's initials in
// capitals, two to six letters, in a line not all in capitals; a time
// zone's letters ("06:10 GMT:") are the stamp's.
func (v *view) initialsAt(k int) bool {
	t := &v.toks[k]
	return t.word && t.shouted && len(t.low) >= 2 && len(t.low) <= 6 && !zoneWords[t.low] && !(k+2 < len(v.toks) && v.toks[k+2].word && v.toks[k+2].shouted)
}

// namedLabel reports whether a headline's label a, one capitalised word
// before its colon that names no kind of body, is a source's name
// ("Zelenskiy: 31,000 Ukrainian troops killed", "Anadolu: Turkish quake
// toll tops 48,000", "Itamaraty: 29 Brazilians still in Gaza") rather
// than a place or a topic ("Derna: 5,000 still missing", "Floods: ...").
// A name and a place are written alike; what tells them apart is where the
// headline puts its place: a source's label leaves the place to the words
// after the colon (a place, or a people's adjective), while a place's
// label is the place itself. Only a headline counts: the label opens the
// line, with no time stamp before it (a live blog's "Recap:",
// "Overnight:") and no full stop closing it (a sentence's "Correction:").
func (v *view) namedLabel(a attr) bool {
	lo, k := a.src, a.srcEnd
	// ("Sant'Egidio:", "O'Flaherty:": one word with an elided particle
	// before an apostrophe; its last part is read as the word.)
	n := lo
	if v.elidedWord(lo, k) {
		n = lo + 2
	}
	// ("GlobalData:", "MoD:": a coined name or a body's initials with a
	// small link letter is no place nor ordinary word, after a live
	// blog's stamp too.)
	shaped := n < len(v.toks) && v.coinedName(n)
	if lo != 0 && !(shaped && v.pastStamp(0) == lo) || k != n+1 || !v.isOne(k, wColon) || k+1 >= len(v.toks) {
		return false
	}
	t := &v.toks[n]
	// ("Floods:", "Casualties:": a plural is a topic; "Live:", "HOST:"
	// the outlet's own, labelSource.)
	// ("Kyiv: 600 Russian drones in a week": a country's capital stands
	// for its government, as a dateline's does; "Kharkiv:" and "Sudan:"
	// are places.)
	capital := n == lo && names.KnownCapital(t.low)
	if showRoleIDs.has(&t.spelling) || kickerIDs.has(&t.spelling) || !t.word || !t.capital || t.shouted || !capital && (strings.HasSuffix(t.low, "s") || v.placeName(lo, k) || v.knownPlace(lo, k) || v.knownRegion(lo, k)) {
		return false
	}
	// ("Earthquake:", "Dead:", "Pictured:", "Explained:": a word the
	// lexicons know, or a participle, is an ordinary word, no name.)
	// ("Inflation: prices up 9%", "Unemployment: rate edges up": an
	// abstract noun by its ending, wordforms.go, names a topic, never a
	// body or a person, whatever follows; a body called by such a word,
	// "Commission", is a kind the lexicons know. claim48.)
	if t.inLexicon() || figures.VocabID(t.low) != 0 || strings.HasSuffix(t.low, "ed") || abstractNoun(t.low) {
		return false
	}
	// ("Erdogan: 'Nobody could have prepared for this'": a quote's
	// speaker, quotecolon.go.)
	if v.quoteMarkTok(k+1) || !shaped && v.isOne(len(v.toks)-1, wFullStop) {
		return false
	}
	if shaped {
		return true
	}
	// ("Khartoum: 12 killed in shelling of Omdurman market": a capital
	// before its own country's places is a dateline's; its government
	// speaks of another people's acts, "Kyiv: 600 Russian drones".)
	if capital {
		return v.peopleAfter(k+1, len(v.toks))
	}
	// ("Stormont: 7,000 nurses to get pay rise": plannedlabel.go.)
	// ("Bankitalia: lending down 3.1%": movedlabel.go.)
	return v.placeAfter(k+1, len(v.toks)) || v.plannedFigure(n, k+1, len(v.toks)) || v.movedMeasure(k+1, len(v.toks))
}

// peopleAfter reports whether tokens [i, hi) name a people by its
// adjective or in the plural.
func (v *view) peopleAfter(i, hi int) bool {
	for m := i; m < hi; m++ {
		// ("Omdurman" has a people's ending, and is a place.)
		if v.toks[m].word && v.toks[m].capital && !v.knownPlace(m, m+1) && (v.demonym(m) || len(v.toks[m].low) > 4 && strings.HasSuffix(v.toks[m].low, "ns") && demonym(strings.TrimSuffix(v.toks[m].low, "s"))) {
			return true
		}
	}
	return false
}

// placeAfter reports whether tokens [i, hi) name a place the rules know or
// a people, by its adjective or in the plural ("Syrians", "Palestinians").
func (v *view) placeAfter(i, hi int) bool {
	for m := i; m < hi; m++ {
		// ("1,200 Syrians cross back": a people in the plural.)
		if v.toks[m].word && v.toks[m].capital && (v.knownPlace(m, m+1) || v.demonym(m) || len(v.toks[m].low) > 4 && strings.HasSuffix(v.toks[m].low, "ns") && demonym(strings.TrimSuffix(v.toks[m].low, "s"))) {
			return true
		}
	}
	return false
}

// elidedWord reports whether tokens [lo, k) are one word written with an
// elided particle, a capital, an apostrophe and a capital with no space
// between ("Sant'Egidio", "D'Souza", "O'Flaherty"): not a possessive,
// whose "s" is lower case.
func (v *view) elidedWord(lo, k int) bool {
	if k != lo+3 || !v.isOne(lo+1, wApostrophe) || v.toks[lo+1].space || v.toks[lo+2].space {
		return false
	}
	p, w := &v.toks[lo], &v.toks[lo+2]
	return p.word && p.capital && len(p.low) <= 4 && w.word && w.capital
}

// doubtingClause reports whether [a, b) closing a headline is a party and
// a verb by which it takes issue with the line's figure ("Israel contests
// count", "army disputes figure", "Addis denies"): the party is not the
// figure's source.
func (v *view) doubtingClause(a, b int) bool {
	for k := a + 1; k < b; k++ {
		if v.toks[k].word && !v.toks[k].capital && doubting(v.toks[k].low) {
			return true
		}
	}
	return false
}
