package claimant

import "strings"

// A transcript label's last segment may say where the speaker stands in
// words, not by a place's name: "HAMID OSMAN, HERDER, NEAR KASSALA",
// "CAPTAIN ARI LEV, ON THE GOLAN FRONT", "DR NADIA KARIM, ANAESTHETIST,
// JUST BACK FROM RAFAH". A preposition of where opening the segment says
// so whatever place follows, one the rules know or not; the speaker is
// named before it (claim27c). "AT" is left out: "AHMED SALEH, AT NASSER
// HOSPITAL" names the body she speaks for.

// wherePrepositions open a label segment that says where the speaker is.
var wherePrepositions = set("near outside inside on off along across in")

// whereSegment reports whether the label segment [s, e) opens with a
// preposition of where and goes on to name it, with "back from" after
// an optional "just", or with a participle of joining ("speaking from").
func (v *view) whereSegment(s, e int) bool {
	if s >= e || !v.toks[s].word {
		return false
	}
	k := s
	if v.toks[k].low == "just" {
		k++
	}
	if k+1 < e && v.toks[k].low == "back" && v.isOne(k+1, wFrom) {
		return k+2 < e
	}
	// "BRIGID O'NEILL, TRÓCAIRE, SPEAKING FROM PORT SUDAN", "..., LIVE
	// FROM KYIV", "..., SPEAKING IN KHERSON": how and where she joins the
	// programme, and the body before it still speaks (claim110).
	if k+2 < e && (strings.HasSuffix(v.toks[k].low, "ing") && len(v.toks[k].low) > 5 || v.toks[k].low == "live") && v.is(k+1, wFrom, wIn) {
		return true
	}
	// ("ON BEHALF OF THE GOVERNOR" says for whom, not where.)
	return k == s && k+1 < e && wherePrepositions[v.toks[k].low] && v.toks[k+1].low != "behalf"
}
