package rules

import (
	"fmt"
	"slices"
	"testing"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// TestSpeedGatesExact checks that the gates by which readers pass over a
// sentence (speed28) turn away only sentences the reader finds nothing in,
// over every text the answer tests read: oneForEach behind
// mayStandOneForEach, earlierReport behind the sentence's marks
// (sentenceMarks.earlier), perArea, gatheringSize and capacityFigure
// behind them (sentenceMarks.area, .gathering, .capacity), voteTally,
// threatenedWith and sinceWhenLevel behind their words (rmVote, rmThreat,
// rmWhen), and the opening
// label's colon found once per sentence (labelColon, labelWords) and
// ownWord's cues by reader marks (ownWordCues) against the walks they
// replaced; and every withdrawal behind its declared gate
// (withdrawal.needs), its reader asked of every figure either way.
func TestSpeedGatesExact(t *testing.T) {
	t.Parallel() // a corpus-wide test: see fixtures_test.go
	if testing.Short() {
		t.Skip("reads every answer text")
	}
	an := new(figures.Analyzer)
	var oneTurned, oneFound, colonTurned, colonFound, cuesNone, cuesFound, laterFound int
	// The readers of a figure that a word mark of the sentence gates.
	gates := []struct {
		name string
		read func(*figures.Document, *figures.Sentence, int) bool
		mark func(*sentenceMarks) bool
	}{
		{"earlierReport", earlierReport, func(m *sentenceMarks) bool { return m.earlier }},
		{"perArea", perArea, func(m *sentenceMarks) bool { return m.area }},
		{"gatheringSize", gatheringSize, func(m *sentenceMarks) bool { return m.gathering }},
		{"capacityFigure", capacityFigure, func(m *sentenceMarks) bool { return m.capacity }},
		{"voteTally", voteTally, func(m *sentenceMarks) bool { return m.bits&rmVote != 0 }},
		{"sinceWhenLevel", sinceWhenLevel, func(m *sentenceMarks) bool { return m.bits&rmWhen != 0 }},
		// threatenedWith reads up to the nearest keyword after the figure:
		// one as far as it reaches gives it the widest walk.
		{"threatenedWith", func(d *figures.Document, s *figures.Sentence, fi int) bool {
			_, fe := d.FigureTokens(fi)
			return threatenedWith(d, s, []hit{{ref: phraseRef{role: roleKeyword}, start: fe + threatReach, end: fe + threatReach + 1}}, fi)
		}, func(m *sentenceMarks) bool { return m.bits&rmThreat != 0 }},
	}
	turned, found := make([]int, len(gates)), make([]int, len(gates))
	// Each withdrawal's declared gate (withdrawal.needs): its reader is
	// asked of every figure, gated or not.
	wTurned, wFound := make([]int, len(withdrawals)), make([]int, len(withdrawals))
	named := func(d *figures.Document) func(int) bool { return func(k int) bool { return named(d, k) } }
	for _, src := range answerSources(t) {
		for _, tx := range src.texts {
			d := an.Analyze(tx.text)
			st := &docState{d: d}
			for si := range d.Sentences {
				s := &d.Sentences[si]
				for fi := s.FigStart; fi < s.FigEnd; fi++ {
					_, fe := d.FigureTokens(fi)
					k := oneForEach(d, s, fe)
					if !st.mayStandOneForEach(s, fe) {
						oneTurned++
						if k >= 0 {
							t.Errorf("%s: %q: oneForEach reads %d after figure %d, but the sentence's marks turn it away", src.name, d.TokenText(k), k, fi)
						}
					} else if k >= 0 {
						oneFound++
					}
					for i := range withdrawals {
						w := &withdrawals[i]
						if w.needs == 0 {
							continue
						}
						got := w.withdraws(st, s, fi)
						if st.wordMarks(s).bits&w.needs == 0 {
							wTurned[i]++
							if got {
								t.Errorf("%s: %q: withdrawal %d (%s) takes back figure %d, but its declared gate turns it away", src.name, tx.text, i, w.why, fi)
							}
						} else if got {
							wFound[i]++
						}
					}
					for i, g := range gates {
						got := g.read(d, s, fi)
						if !g.mark(st.wordMarks(s)) {
							turned[i]++
							if got {
								t.Errorf("%s: %q: %s reads figure %d, but the sentence's marks turn it away", src.name, tx.text, g.name, fi)
							}
						} else if got {
							found[i]++
						}
					}
				}
				before, later, since, when := ownWordCues(d, s)
				if since != st.wordMarks(s).since || when != (st.wordMarks(s).bits&rmWhen != 0) {
					t.Errorf("%s: %q: ownWord's since and when %v, %v, the sentence's marks %v, %v", src.name, tx.text, since, when, st.wordMarks(s).since, st.wordMarks(s).bits&rmWhen != 0)
				}
				// The cues from the marks the passes read (a sentence with a
				// figure has had them read above) are ownWordCues'.
				if b, l, sc, wh := st.ownWordCuesOf(s); b != before || l != later || sc != since || wh != when {
					t.Errorf("%s: %q: ownWord's cues from the sentence's marks %v, %v, %v, %v, by its walk %v, %v, %v, %v", src.name, tx.text, b, l, sc, wh, before, later, since, when)
				} else if s.FigStart < s.FigEnd && st.figs.sentBits[s.FigStart]&rmKnown == 0 {
					t.Errorf("%s: %q: sentence %d's marks were read but not kept for ownWords", src.name, tx.text, si)
				}
				if wb, wl := ownWordCuesWalk(d, s); before != wb || later != wl {
					t.Errorf("%s: %q: ownWord's cues by marks %v, %v, by its words %v, %v", src.name, tx.text, before, later, wb, wl)
				}
				if before || later {
					cuesFound++
				} else {
					cuesNone++
				}
				if vs, up := st.ownWord(s); !slices.Equal(vs, ownWordWalk(st, s)) || up != ownWordLaterWalk(d, s) && len(vs) == 0 {
					t.Errorf("%s: %q: ownWord reads %v, %v, its walks %v, %v", src.name, tx.text, vs, up, ownWordWalk(st, s), ownWordLaterWalk(d, s))
				} else if up {
					laterFound++
				}
				start := afterStamp(d, s)
				for _, label := range []func(int) bool{func(int) bool { return true }, named(d)} {
					want := openingLabelColonWalk(d, s, start, label)
					got := st.labelColon(s)
					if got >= 0 && !labelWords(start, got, label) {
						got = -1
					}
					if got != want {
						t.Errorf("%s: %q: label colon %d, the walk finds %d", src.name, tx.text, got, want)
					}
					if want >= 0 {
						colonFound++
					} else {
						colonTurned++
					}
				}
			}
		}
	}
	counts := fmt.Sprintf("oneForEach turned away %d, found %d; label colons none %d, found %d; ownWord's cues none %d, found %d, later word told %d",
		oneTurned, oneFound, colonTurned, colonFound, cuesNone, cuesFound, laterFound)
	tried := oneTurned > 0 && oneFound > 0 && colonTurned > 0 && colonFound > 0 && cuesNone > 0 && cuesFound > 0 && laterFound > 0
	for i, g := range gates {
		counts += fmt.Sprintf("; %s turned away %d, found %d", g.name, turned[i], found[i])
		tried = tried && turned[i] > 0 && found[i] > 0
	}
	for i := range withdrawals {
		if withdrawals[i].needs != 0 {
			counts += fmt.Sprintf("; withdrawal %d turned away %d, found %d", i, wTurned[i], wFound[i])
			tried = tried && wTurned[i] > 0
		}
	}
	t.Log(counts)
	if !tried {
		t.Errorf("a test that tries nothing (every gate must turn some away and let some through): %s", counts)
	}
}

// ownWordCuesWalk is the walk ownWordCues' marks replaced: each token's
// lowered text asked of ownBeforeCue and ownLaterCue.
func ownWordCuesWalk(d *figures.Document, s *figures.Sentence) (namesBefore, tellsLater bool) {
	for k := s.TokStart; k < s.TokEnd; k++ {
		w := d.LowerTokenText(k)
		namesBefore = namesBefore || ownBeforeCue(w)
		tellsLater = tellsLater || ownLaterCue(w)
	}
	return namesBefore, tellsLater
}

// ownWordWalk is the values ownWord names before, read as it read them
// before its cues were marks: every figure of a sentence with a cue of
// ownBeforeCue.
func ownWordWalk(st *docState, s *figures.Sentence) (before []float64) {
	d := st.d
	if namesBefore, _ := ownWordCuesWalk(d, s); !namesBefore {
		return nil
	}
	word := sentenceWords(d, s)
	for fi := s.FigStart; fi < s.FigEnd; fi++ {
		fs, _ := d.FigureTokens(fi)
		switch {
		case st.earlierValue(s, fi):
			before = append(before, d.Figures[fi].Value)
		case namedEarlier(word, fs) || word(fs-1) == "with" && word(fs-2) == "compared" || word(fs-1) == "to" && word(fs-2) == "compared":
			before = append(before, rangeStart(d.Figures[fi]))
		}
	}
	return before
}

// ownWordLaterWalk is the walk tellsOwnLater replaced: every token of the
// sentence read as the "later", the "update" or the verb before its own
// count.
func ownWordLaterWalk(d *figures.Document, s *figures.Sentence) bool {
	word := sentenceWords(d, s)
	for k := s.TokStart; k < s.TokEnd; k++ {
		switch w := word(k); {
		case w == "later" && (speakingVerb(word(k+1)) || changeVerb(word(k+1)) || revisionVerb(word(k+1)) || word(k-1) == "a" && word(k-2) == "in"):
			return true
		case w == "update" && inAnUpdate(word, k):
			return true
		case ownCount(word, k+1) && (changeVerb(w) || revisionVerb(w)):
			return true
		}
	}
	return false
}

// openingLabelColonWalk is the walk labelColon and labelWords replaced:
// the colon that closes a headline's opening label of at most three words
// from token start, each of which label accepts, or -1.
func openingLabelColonWalk(d *figures.Document, s *figures.Sentence, start int, label func(k int) bool) int {
	for k := start; k < s.TokEnd && k < start+4; k++ {
		if d.TokenText(k) == ":" {
			return k
		}
		if !d.Tokens[k].IsWord() || !label(k) {
			return -1
		}
	}
	return -1
}
