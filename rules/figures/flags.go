package figures

// What a word of the vocabulary can mean in a figure, one bit each.

type wflag uint64

const (
	fUnit      wflag = 1 << iota // zero .. nineteen
	fTens                        // twenty .. ninety
	fHundred                     // hundred
	fScale                       // thousand, million, lakh, crore ...
	fScalePl                     // thousands, millions: vague alone, a multiplier after a number
	fDozen                       // dozen, dz
	fOrdinal                     // first, second, ... hundredth
	fDen                         // half, third, quarter, fifth (fraction denominators)
	fDenPl                       // halves, thirds, quarters, fifths
	fMonth                       // January, Jan
	fCurWord                     // dollars, euros: a currency after a number
	fCurPrefix                   // USD, Rs, RM, NIS: a currency before a number
	fCurSym                      // $, €, £, ₪
	fCurAdj                      // us, australian, swiss: a word that may start a currency phrase
	fSubunit                     // cents, pence, sen
	fMag                         // k, m, bn, mn, tn: magnitude abbreviations
	fPercent                     // percent, pct, %
	fA                           // a, an
	fAnd                         // and
	fPoint                       // point
	fNeg                         // minus, negative
	fVague                       // dozens, hundreds, scores, several, few
	fDet                         // the, this, which, no ... (before "one" as a pronoun)
	fTimeSuf                     // am, pm, GMT
	fQual                        // first word of a qualifier phrase
	fYearPrep                    // in, since, by: words that introduce a year
	fAgeWord                     // aged, age
	fAgeUnit                     // year, years, month ... (in "36-year-old")
	fTo                          // to, through, thru, till, until
	fBetween                     // between
	fFrom                        // from
	fChange                      // rose, fell, increased: "rose from X to Y" is two figures
	fOf                          // of
	fNumberish                   // words that make a following number an identifier: No, nos, nr, #
	fMaybeSuf                    // or, and, plus, odd, give (first word of a suffix qualifier)
	fCounted                     // people, refugees, jobs: nouns a count of millions comes before
	fPlace                       // deep, tall, from, away: words that make "5m" a length
	fPeople                      // Rohingya, Swiss, Inuit: names of peoples that take no plural
	fTally                       // toll, turnout, crowd: nouns that name a count of people or things
	fLength                      // wave, sea, height, sprint: what a length measures or is run in
	fSize                        // high, deep, wide: adjectives of a dimension
	fLevel                       // to, past, above, over: prepositions of the level a figure sets
	fDisplay                     // tv, screen, video: what has a resolution ("4K TVs")
	fPoints                      // points, pts: the unit an index is read in
	fPrep                        // in, across, among: prepositions that open a noun's phrase
	fMinor                       // a, and, of, with: the words title case leaves in lower case
	fHedge                       // somewhere, give, more: the first word of an answer hedge (hedgeanswer.go)
	fMarkNoun                    // mark, threshold, milestone: a mark a count passes (markpassed.go)
	fDecade                      // nineties, noughties: a decade said as a word (spokendecade.go)
)
