package claimant

// A first-person sentence that turned to someone may open with a phrase of
// when before "I" or "we": "Last week I spoke to Peter Mwangi, who
// coordinates the Kenya Red Cross response in Kakuma. He told me ...".
// The person turned to is who "he" is (intro.go firstPersonObject), and a
// relative clause beside the name says whom the person works for
// ("who coordinates", "who runs": apposition.go worksFor), as it does in
// the figure's own sentence.

// pastWhenOpening returns where a first-person pronoun opens the sentence
// after a phrase of when of up to three words at lo ("Last week", "On
// Tuesday", "Earlier today"), or lo.
func (v *view) pastWhenOpening(lo int) int {
	for k := lo; k < len(v.toks) && k <= lo+3; k++ {
		t := &v.toks[k]
		if k > lo && t.has(cFirstPerson) && t.has(cPronoun) {
			return k
		}
		if !t.word || !(t.has(cTimeNoun|cTimeHead|cTimeWord|cDay) || v.is(k, wLast, wOn, wThis, wEarlier, wEarly)) {
			return lo
		}
	}
	return lo
}
