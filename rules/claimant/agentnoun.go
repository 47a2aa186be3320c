package claimant

// Agent nouns: the nouns for people who can speak ("doctors", "officials",
// "volunteers"), by list and by plural ending, and the nouns that end so
// but name things that never speak ("numbers", "tremors"). A subject that
// claims a number is one (AgentNoun); the phrase walks ask it of a head
// noun.

// AgentNoun reports whether w, lower case, is a noun for people who can
// speak ("organisers", "protesters", "officials"), not for a thing that
// acts ("tremors", "floodwaters"): what the rules ask of a subject that
// claims a number rather than lives.
func AgentNoun(w string) bool { return agentNoun(w) }

// agentNoun: a noun for people who can speak ("doctors", "official",
// "volunteers", "residents"): staff nouns, and plural agent nouns by their
// ending.
func agentNoun(w string) bool {
	if staffNouns[w] || people[w] {
		return true
	}
	// (The ending, compared in place, is asked before notAgents' map:
	// most words end in no s.)
	return len(w) >= 6 && agentEnding(w) && !notAgents[w]
}

// agent is agentNoun of the token's word, its lists read from its class.
func (t *tok) agent() bool {
	if t.has(cStaff | cPeople) {
		return true
	}
	return len(t.low) >= 6 && !t.has(cNotAgent) && agentEnding(t.low)
}

// agentEnding: the plural endings of agent nouns.
func agentEnding(w string) bool {
	// Asked of most words a phrase walk meets, and most end in no s: the
	// last letter is tested first.
	n := len(w)
	return n >= 3 && w[n-1] == 's' && agentSingularEnding(w[:n-1])
}

// agentSingularEnding: the singular of those endings ("operator",
// "regulator", "pollster", "economist"); agentEnding reads a plural by it.
// A kind before a name is written in the singular (openingkind.go).
func agentSingularEnding(w string) bool {
	n := len(w)
	if n < 2 {
		return false
	}
	switch w[n-2:] {
	case "er", "or":
		return true
	}
	if n < 3 {
		return false
	}
	switch w[n-3:] {
	case "ist", "ian", "ant", "ent":
		return true
	}
	return false
}

var people = set("doctor nurse medic medics worker volunteer source sources witness witnesses resident people families " +
	"surgeon engineer rescuer official teacher diplomat diplomats aide aides authorities crews")

// postModifiers: adjectives that follow a people noun with their
// complement ("officials familiar with the talks").
var postModifiers = set("familiar close involved based working")

var notAgents = set("numbers borders quarters headquarters orders centers others waters members payments " +
	"documents statements departments governments parents students " +
	// Forces of nature and events, which act but never speak ("The tremors
	// claimed 4,000 lives").
	"tremors floodwaters rivers disasters meteors monsoons " +
	// Kinds of body whose plural ends as an agent's does ("SUDANESE RED
	// CRESCENT", "GREEN BELT MOVEMENT"): bodies, never callings.
	"crescents movements parliaments")
