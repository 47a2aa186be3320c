package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A time phrase inside a fronted whole ("Of the 30 brigades the rebels
// had at the start of the offensive, the army says, five hold out near
// the coast")
// dates the whole, what the noun counted then, not the part the main
// clause counts after the whole's comma. (wholedated.go; read by
// otherstate.go for a level's "at the start of".)

// frontedWholeDated reports whether token k stands inside the whole an
// "Of the N ..." phrase opens (ofwholeopener.go), before the comma that
// closes it, and figure start fs after that comma.
func frontedWholeDated(d *figures.Document, s *figures.Sentence, k, fs int) bool {
	open := ofWholeOpener(d, s)
	if open < 0 || open >= k {
		return false
	}
	for j := k + 1; j < fs; j++ {
		if d.TokenText(j) == "," {
			return true
		}
	}
	return false
}
