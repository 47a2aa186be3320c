package claimant

// Those who organise a named event or body, written after its name, speak
// for it (convention 8: people of a named body speak for it): "Edinburgh
// Festival Fringe organisers said 2.6 million tickets had been issued" is
// the Fringe's count, as "London Marathon organisers" give the
// Marathon's. The capitals must say they name what is organised, by a kind
// of event or of body among them; a place's organisers ("New York
// organizers", "Gaza City organisers") and a people's ("Kenyan
// organisers") keep their phrase, as "Nairobi officials" do.

// eventKinds are kinds of event a name is made with: "Festival",
// "Marathon", "Carnival".
var eventKinds = set("festival fringe carnival marathon games expo fair show parade march rally race cup championship championships " +
	"tournament summit conference congress pride biennale triennale regatta derby")

// organisers reports whether lower-cased w names those who organise a
// thing, in the plural, in either spelling.
func organisers(w string) bool {
	return w == "organisers" || w == "organizers"
}

// organisedName reports whether tokens [n, k), before organisers, are the
// name of an event or a body: one to five capitalised words, none a
// people's, shouted or a possessive, one of them a kind of event or of
// body.
func (v *view) organisedName(n, k int) bool {
	if k-n > 5 || !v.allCapitalised(n, k) {
		return false
	}
	kind := false
	for m := n; m < k; m++ {
		t := &v.toks[m]
		if demonym(t.low) || t.shouted || t.poss {
			return false
		}
		if eventKinds[t.low] || t.has(cBody|cInstitution) {
			kind = true
		}
	}
	return kind
}
