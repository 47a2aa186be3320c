package claimant

// Small tests on words that finding a claimant asks: a phrase's head word,
// a lone first-person word, a noun of people who witness and count.

import "strings"

// headWord is the last word of words, in lower case.
func headWord(words string) string {
	f := strings.Fields(words)
	if len(f) == 0 {
		return ""
	}
	return strings.ToLower(f[len(f)-1])
}

// firstPersonWord reports whether words are one first-person word ("Our").
func firstPersonWord(words string) bool {
	return !strings.Contains(words, " ") && firstPerson[strings.ToLower(words)]
}

// ownFirstPerson reports whether words are one speaker's first person in
// the singular ("my", "I", "me"): on a speaker's line they stand for the
// label's speaker, while "our" and "we" may be an outlet's (convention 3).
func ownFirstPerson(words string) bool {
	switch strings.ToLower(words) {
	case "my", "i", "me":
		return true
	}
	return false
}

// personNoun: people who witness and count ("staff", "nurses",
// "rescuers"), not those who act for a side ("soldiers", "fighters").
// (A word singular leaves as it is, in no s, was asked of people
// already: the third look-up is made only of a word it shortens.)
func personNoun(w string) bool {
	if people[w] || staffNouns[w] {
		return true
	}
	sg := singular(w)
	return len(sg) != len(w) && people[sg]
}
