package claimant

// Findings hold their figures as well as show them: "The HRMMU's verified
// toll of 11,126 civilian deaths includes 614 children", "Its list of
// identified dead, released in April, contained 24,686 names", "List
// includes 7,797 children under 18". A verb of containing is a findings
// verb whose subject must itself be findings (a findings noun, a
// possessed one, or a pronoun taking them up): the owner claims what its
// list or toll includes. People and bodies do not claim with it ("we
// included only strikes with at least 10 deaths", "The convoy included 40
// trucks"), and its -ing form is a preposition ("2,950 cases, including
// 84 deaths"), no verb.

// containStems are the stems of the verbs of containing.
var containStems = set("includ contain")

// containing reports whether the word w is a finite form of a verb of
// containing.
func containing(w string) bool {
	return len(w) >= 7 && (w[:6] == "includ" || w[:7] == "contain")
}
