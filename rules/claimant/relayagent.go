package claimant

// A foreign wire's English copy credits the channel a statement went out
// on after the statement: "the ministry said in a statement carried by the
// Palestinian news agency Wafa", "... in remarks relayed by the state-run
// National News Agency". The participle's agent is a noun phrase, however
// long the channel's name, and opens no clause: the verb before still
// ends its clause (clauseFinal), so its source reaches back over it.

// relayAgentEnd reads, at token k after the verb at i, a participle and
// "by" closing the verb's own adverbial phrase ("in a statement carried
// by", "on Telegram in a post shared by") and returns where the agent's
// noun phrase after "by" ends; -1 when k opens no such agent.
func (v *view) relayAgentEnd(i, k, hi int) int {
	if k < i+3 || !v.participleBy(k) || !v.isOne(k+1, wBy) {
		return -1
	}
	// The participle follows a noun ("statement", "remarks") of a phrase
	// a preposition opened after the verb: "said in a statement".
	n := &v.toks[k-1]
	if !n.word || n.capital || v.isVerbLike(k-1) || n.has(cPreposition|cDeterminer) {
		return -1
	}
	opened := false
	for m := i + 1; m < k-1; m++ {
		opened = opened || v.toks[m].has(cPreposition)
	}
	if !opened {
		return -1
	}
	if x, y := v.npAfter(k+2, hi); y > x {
		return y
	}
	return -1
}
