package claimant

import (
	"strings"
	"testing"
)

// TestLearnedOneSpelled: scholarsOwnerEnd, learnedCalling and callingTitle
// read a learned person's word in the singular by its spelling's
// spLearnedOne, which spell sets; so no such word, however written, may be
// spelt by plainSpelling instead, and spell marks exactly the words
// learnedPeople holds with an "s" added.
func TestLearnedOneSpelled(t *testing.T) {
	for w := range learnedOne {
		for _, raw := range []string{w, strings.ToUpper(w[:1]) + w[1:], strings.ToUpper(w)} {
			if _, ok := plainSpelling(raw); ok {
				t.Errorf("%q is spelt by plainSpelling, which sets no spLearnedOne", raw)
			}
			if sp := spell(raw); sp.own&spLearnedOne == 0 {
				t.Errorf("%q: spell sets no spLearnedOne", raw)
			}
		}
	}
	for _, raw := range []string{"researchers", "analysts", "activist", "expertise", "the", "Researchers"} {
		sp := spell(raw)
		if got, want := sp.own&spLearnedOne != 0, learnedPeople[sp.low+"s"]; got != want {
			t.Errorf("%q: spLearnedOne %v, learnedPeople[low+\"s\"] %v", raw, got, want)
		}
	}
}

// TestShoutedMonthSpelled: newView runs monthInitials only in a view with a
// token whose spelling has spShoutedMonth, so every word monthInitials
// changes (a shouted month's short form) must carry it, and nothing else.
func TestShoutedMonthSpelled(t *testing.T) {
	for w := range monthShortForms {
		for _, raw := range []string{w, strings.ToUpper(w[:1]) + w[1:], strings.ToUpper(w)} {
			sp := spell(raw)
			if got, want := sp.own&spShoutedMonth != 0, sp.shouted && monthShortForms[sp.low]; got != want {
				t.Errorf("%q: spShoutedMonth %v, shouted short form %v", raw, got, want)
			}
			if plain, ok := plainSpelling(raw); ok && plain.shouted {
				t.Errorf("%q: plainSpelling spells a shouted short form", raw)
			}
		}
	}
	for _, raw := range []string{"MAY", "MARCH", "DECADE", "UN", "Dec"} {
		if spell(raw).own&spShoutedMonth != 0 {
			t.Errorf("%q: spShoutedMonth set", raw)
		}
	}
}

// TestIndefinitePronounEndings: indefinitePronoun asks the map only of a
// word ending in "one" or "body", as every indefinite pronoun does.
func TestIndefinitePronounEndings(t *testing.T) {
	for w := range indefinitePronouns {
		if !indefinitePronoun(w) {
			t.Errorf("%q: indefinitePronoun passes it over", w)
		}
	}
}

// TestPeopleAtClass: workersOwnerEnd asks a token's cPeopleAt for
// peopleAt, so the class must hold exactly its words, as spelt.
func TestPeopleAtClass(t *testing.T) {
	for w := range peopleAt {
		if spell(w).cls&cPeopleAt == 0 {
			t.Errorf("%q: spelt without cPeopleAt", w)
		}
	}
	for w, c := range classes {
		if c&cPeopleAt != 0 && !peopleAt[w] {
			t.Errorf("%q: cPeopleAt but not in peopleAt", w)
		}
	}
}

// TestAgentOrSpelled: tok.post reads spAgentOr for agentOr(t.low), so both
// spell and plainSpelling must set it for exactly those words.
func TestAgentOrSpelled(t *testing.T) {
	for _, raw := range []string{"director", "Director", "coordinator", "monitor", "survivor", "visitor", "actor", "governor", "GOVERNOR", "door", "minor", "the"} {
		sp := spell(raw)
		if got, want := sp.own&spAgentOr != 0, agentOr(sp.low); got != want {
			t.Errorf("%q: spell's spAgentOr %v, agentOr %v", raw, got, want)
		}
		if plain, ok := plainSpelling(raw); ok {
			if got, want := plain.own&spAgentOr != 0, agentOr(plain.low); got != want {
				t.Errorf("%q: plainSpelling's spAgentOr %v, agentOr %v", raw, got, want)
			}
		}
	}
}
