package rules

import "testing"

// TestClaimSayingForms pins the forms the class makes: each inflected form
// told as finite or participle, and the base form and the nouns of the
// same stem read as neither.
func TestClaimSayingForms(t *testing.T) {
	finite := []string{"claimed", "claims", "said", "says", "alleged", "alleges", "suggested", "suggests",
		"asserted", "asserts", "stated", "states", "showed", "shows"}
	participle := []string{"claiming", "saying", "alleging", "asserting", "suggesting", "stating", "showing"}
	neither := []string{"claim", "say", "allege", "state", "show", "shown", "sayed", "allegation",
		"statement", "suggestion", "assertion", "stateing"}
	for _, w := range finite {
		if !sayingVerb(w) || sayingParticiple(w) {
			t.Errorf("%q: want a finite verb of saying only", w)
		}
	}
	for _, w := range participle {
		if !sayingParticiple(w) || sayingVerb(w) {
			t.Errorf("%q: want a participle of saying only", w)
		}
	}
	for _, w := range neither {
		if sayingVerb(w) || sayingParticiple(w) {
			t.Errorf("%q: want no form of a verb of saying", w)
		}
	}
	if got, want := len(claimSayingForms), len(finite)+len(participle); got != want {
		t.Errorf("%d forms, want %d", got, want)
	}
}
