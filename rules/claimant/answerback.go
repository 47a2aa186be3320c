package claimant

// A writer who asked a source reports what came back: "I asked the Kenya
// Red Cross how many had been rescued. The answer: 212.", "We wrote to the
// port authority for its count. The reply, sent on Friday, was 4,100."
// The answer is the asked source's (convention 5: the figure's sentence
// continues the exchange the sentence before opened), read as the body
// the first person turned to (intro.go firstPersonObject), as "they" in
// the next sentence is. An answer with a source of its own ("The answer,
// the ministry says, is 40") is read in its own sentence before this.

// answerNouns are the nouns for what came back from a source asked.
var answerNouns = set("answer reply response")

// answerOpens reports whether the sentence opening at lo opens with "The
// answer" (or reply, response), then a colon, a comma's aside or a
// copula: what the source gave back.
func (v *view) answerOpens(lo int) bool {
	lo = v.skipDateline(lo)
	if lo+2 >= len(v.toks) || !v.isOne(lo, wThe) || !answerNouns[v.toks[lo+1].low] {
		return false
	}
	return v.is(lo+2, wColon, wComma, wIs, wWas)
}
