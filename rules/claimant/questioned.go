package claimant

// A question asks its subject to say: "Will the Secretary of State say
// what has happened to the 300 asylum seekers?", "Can the minister
// confirm that 4,000 families are waiting?". The subject after the
// opening modal is asked to say what it has not yet said, and claims
// nothing; the figure is the asker's, or no one's. "Did the ministry
// really say 400 people were missing?" asks whether it said what the
// asker relays, and stays the ministry's.

// questionAuxiliaries open a question that asks its subject to say.
var questionAuxiliaries = set("will can could would should shall may might")

// askedSubject reports whether the subject of the verb read into at
// follows an auxiliary that opens the sentence (at lo, or after a
// label's colon or a quotation mark) in a sentence that ends on a
// question mark. The auxiliary may have been read into the subject as
// its capitalised first word ("Can the Secretary of State").
func (v *view) askedSubject(at *attr, lo int) bool {
	// The question mark first: few sentences end on one, and the
	// auxiliaries' look-ups were asked of every attribution (speed60).
	// last is the sentence's last word or "?", -1 when it has neither;
	// the mark counts only past the auxiliary (last > k below).
	last := len(v.toks) - 1
	for last >= 0 && !v.toks[last].word && v.toks[last].low != "?" {
		last--
	}
	if last < 0 || v.toks[last].low != "?" {
		return false
	}
	k := at.src
	if k >= len(v.toks) || !questionAuxiliaries[v.toks[k].low] {
		k--
	}
	if k < lo || k < 0 || !questionAuxiliaries[v.toks[k].low] || !v.toks[k].capital {
		return false
	}
	if k > lo && !v.isOne(k-1, wColon) && v.toks[k-1].word {
		return false
	}
	return last > k
}
