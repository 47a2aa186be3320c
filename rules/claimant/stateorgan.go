package claimant

import "strings"

// StateOrganNoun reports whether lower-case w, singular or plural, names an
// organ a state acts through, read by the finder's own word classes rather
// than a list of its own: a government ("government", "cabinet"), a kind of
// body ("ministry", "office"), a public office ("president", "ministers",
// "envoy") or an armed force ("army", "forces"). The rules ask it of a
// capital's possession ("Kyiv's foreign ministry"): such a capital stands
// for its country, not for the city.
func StateOrganNoun(w string) bool {
	if organNoun(w) {
		return true
	}
	switch {
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		return organNoun(w[:len(w)-3] + "y")
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss"):
		return organNoun(w[:len(w)-1])
	}
	return false
}

// organNoun is StateOrganNoun of one form of a word.
func organNoun(w string) bool {
	return governments[w] || bodyNouns[w] || officeNouns[w] || forceKinds[w]
}

// ServiceNoun reports whether lower-case w, singular or plural, heads the
// name of a public service, force or mission ("coastguard", "police",
// "navy"): such a word names who acts, not an event.
func ServiceNoun(w string) bool {
	return serviceKinds[w] || serviceKinds[singular(w)]
}
