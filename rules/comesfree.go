package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A release may be told from the side of those freed, with no verb of
// freeing: "Israel frees 1,968 Palestinians as 20 living hostages come
// home", "Last 20 hostages to walk free as Israel readies release of
// 1,968 prisoners", "three women went home to their families while Israel
// freed 90". A verb of coming or going with "home" or "free" right after
// it is an act of freeing, one side's half of a swap (tellsSwap).

// comesFree reports whether token k of sentence s is a verb of coming,
// going or walking followed by "home" or "free".
func comesFree(d *figures.Document, s *figures.Sentence, k int) bool {
	if k+1 >= s.TokEnd {
		return false
	}
	switch d.LowerTokenText(k + 1) {
	case "home", "free":
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
