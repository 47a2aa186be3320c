package claimant

// "by its own account" is "by its own count" said of what a body did or
// holds: "Washington, by its own account, has sent Israel 14,000 of its
// heaviest bombs", "The Red Cross has, by its account, reunited 90
// families", "By their own account, the rebels hold 6,000 prisoners".
// The owner is the claimant as a count's is. "account" is no findings noun
// elsewhere: "its Telegram account", "a bank account", "the army's account
// of the strike" (a version of events, read by the verbs around it).

// byOwnAccount reports whether the word "account" at i closes "by",
// a possessive pronoun and perhaps "own": the idiom, no other account.
func (v *view) byOwnAccount(i, lo int) bool {
	k := i - 1
	if k > lo && v.isOne(k, wOwn) {
		k--
	}
	return k > lo && v.toks[k].has(cPronoun) && v.isOne(k-1, wBy)
}
