package claimant

// forceHeads are the kinds of force a generic alias of an army may only
// modify: "military police", "army militia" are forces of their own.
var forceHeads = set("police gendarmerie militia militias")

// forceHead reports whether the word at token end, right after generic
// alias a, is another force the alias only modifies: "Military police put
// the crowd at 8,000" and "the Royal Netherlands Marechaussee, the
// military police, said" are the military police's, not the army's
// (claim51b). modifiesHead reads "police" as the alias's people ("army
// officials", "military teams"); a force is a body of its own.
func (v *view) forceHead(end, e int, a *alias) bool {
	if end >= e {
		return false
	}
	t := &v.toks[end]
	return t.word && !t.capital && forceHeads[t.low] && !a.own[t.low]
}
