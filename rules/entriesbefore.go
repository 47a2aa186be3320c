package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A list of what the metric counts told by its entries, the list named
// before the figure: "the ministry's roll of the dead, which ran to 34,844
// names", "the UN's ledger of the civilian dead ran to 11,284 names". The
// entries of a roll of the dead are the dead, so the figure counts people
// though its noun is "names". entriesOfCount reads the same entries with
// the list after them ("42,000 names on the death toll").

// entryNouns are the nouns a list holds.
var entryNouns = map[string]bool{"names": true, "entries": true, "records": true}

// listNouns are the nouns of a list or count.
var listNouns = map[string]bool{
	"toll": true, "tally": true, "count": true, "list": true, "roll": true,
	"register": true, "registry": true, "ledger": true, "database": true,
}

// entriesOfListBefore reports whether the noun at token t, an entry noun,
// counts the entries of a list named earlier in the sentence as a list of
// what the metric counts: the list noun followed by "of", at most a
// determiner and two modifiers, then a noun of the metric ("roll of the
// dead", "ledger of the civilian dead").
func (m *metric) entriesOfListBefore(d *figures.Document, s *figures.Sentence, fi, t int) bool {
	if !entryNouns[d.LowerTokenText(t)] {
		return false
	}
	fs, _ := d.FigureTokens(fi)
	for k := fs - 1; k >= s.TokStart && k >= fs-16; k-- {
		if !listNouns[d.LowerTokenText(k)] {
			continue
		}
		if k+2 >= fs || d.LowerTokenText(k+1) != "of" {
			continue
		}
		for j := k + 2; j < fs && j <= k+5; j++ {
			if !d.Tokens[j].IsWord() {
				break
			}
			if m.countNouns[d.LowerTokenText(j)] {
				return true
			}
		}
	}
	return false
}
