package claimant

import "strings"

// A reporter's label may name her broadcaster where another programme
// names her role: "TANVIR AHMED, PADMA TV, COX'S BAZAR", "JAMES HARTLEY,
// BBC NEWS, JERUSALEM", "PEDRO ALVES, TV GLOBO, PORTO ALEGRE". The
// broadcaster is the programme itself, never a claimant: her line is the
// programme's own speech, read as prose, as after "CORRESPONDENT".

// broadcastWords say what a broadcaster is, as a word of its name.
var broadcastWords = set("tv radio television news fm")

// broadcasterLabel reports whether the label's segment after the
// speaker's name is a broadcaster's name: two or three words, the first
// or last a broadcast word, and none a post, a staff noun or a calling
// ("TV ENGINEER", "NEWS EDITOR" and "RADIO PRODUCER" describe a person,
// who speaks for herself).
func broadcasterLabel(label string) bool {
	_, rest, ok := strings.Cut(label, ",")
	if !ok {
		return false
	}
	seg, _, _ := strings.Cut(rest, ",")
	w := normWords(seg)
	if len(w) < 2 || len(w) > 3 || !broadcastWords[w[0]] && !broadcastWords[w[len(w)-1]] {
		return false
	}
	for _, x := range w {
		if postNouns[x] || agentNoun(x) || agentOr(x) || calling(x) {
			return false
		}
	}
	return true
}
