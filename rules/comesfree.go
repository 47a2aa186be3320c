package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A release may be told from the side of those freed, with no verb of
// freeing: "Israel frees 1,968 Palestinians as 20 living hostages come
// home", "Last 20 hostages to walk free as Israel readies release of
// 1,968 prisoners", "three women went home to their families while Israel
// freed 90". A verb of coming or going with "home" or "free" right after
// it is an act of freeing, one side's half of a swap (tellsSwap), and so
// is one with "out of" and a place of custody after it: "as 200
// Palestinian prisoners walk out of jail", "came out of Hamas captivity".

// custodyReach is how many words may stand between "out of" and the place
// of custody: "out of Ofer prison", "out of Hamas captivity".
const custodyReach = 2

// comesFree reports whether token k of sentence s is a verb of coming,
// going or walking followed by "home" or "free", or by "out of" and a
// place of custody.
func comesFree(d *figures.Document, s *figures.Sentence, k int) bool {
	if k+1 >= s.TokEnd {
		return false
	}
	switch d.LowerTokenText(k + 1) {
	case "home", "free":
	case "out":
		if !outOfCustody(d, s, k+1) {
			return false
		}
	default:
		return false
	}
	switch d.LowerTokenText(k) {
	case "come", "comes", "came", "coming", "go", "goes", "went", "going", "gone",
		"walk", "walks", "walked", "walking", "head", "heads", "headed", "heading":
		return true
	}
	return false
}

// outOfCustody reports whether the "out" at token k of sentence s goes on
// with "of" and, within custodyReach words, a place where people are held:
// "out of jail", "out of Ofer prison", "out of Hamas captivity".
func outOfCustody(d *figures.Document, s *figures.Sentence, k int) bool {
	if k+2 >= s.TokEnd || d.LowerTokenText(k+1) != "of" {
		return false
	}
	for p := k + 2; p < s.TokEnd && p <= k+2+custodyReach; p++ {
		if !d.Tokens[p].IsWord() {
			return false
		}
		switch d.LowerTokenText(p) {
		case "jail", "jails", "prison", "prisons", "detention", "custody", "captivity":
			return true
		}
	}
	return false
}
