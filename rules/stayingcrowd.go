package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A city's civilians counted are the crowd it holds when copy sets them
// beside the fighters there ("four brigades, 1.3 million civilians", "the
// battalions are dug in among 1.4m civilians"), but the same word counts
// the people of a part of the city, or the people told to move or already
// moving, when its clause goes on to say so: "told some 100,000 civilians
// in eastern Rafah to move to al-Mawasi", "150,000 civilians in the
// city's east have been ordered out", "300,000 civilians had already
// headed north" (review39 on tune39). A vocabulary or keyword entry
// written "civilians STAYING" matches only when neither stands after it
// before its clause ends.

// StayingMark ends an entry whose people count only as staying where
// they are, the whole place's.
const StayingMark = "STAYING"

// stayingHeld reports whether phrase ph, ending at token end, may count:
// any phrase but a STAYING one, or that one with no part of a place nor a
// move after it in its clause (a move denied, "nowhere to go", "cannot
// leave", is staying).
func stayingHeld(d *figures.Document, s *figures.Sentence, end int, ph *phrase) bool {
	if !ph.staying {
		return true
	}
	denied := false
	for k := end; k < s.TokEnd; k++ {
		w := d.LowerTokenText(k)
		switch w {
		case ",", ";", ":", "—", "–", "(", ")":
			return true
		case "nowhere", "no", "not", "cannot", "unable", "never":
			denied = true // "have nowhere left to go": they stay
			continue
		}
		if compassAdjective(w) && placePartAt(d, s, k) {
			return false // "in eastern Rafah", "in the city's east"
		}
		if !denied && (leavingVerb(w) || movingVerb(w)) {
			return false // "to move to al-Mawasi", "have been told to leave", "had headed north"
		}
	}
	return true
}

// placePartAt reports whether the compass word at token k names a part of
// a place: a name after it ("eastern Rafah"), or a possessive, "the" or
// "in" before it ("the city's east", "in the east of").
func placePartAt(d *figures.Document, s *figures.Sentence, k int) bool {
	if e := compassEnd(d, k); e < s.TokEnd && named(d, e) {
		return true
	}
	if k-1 < s.TokStart {
		return false
	}
	switch d.LowerTokenText(k - 1) {
	case "the", "in", "'s", "’s":
		return true
	}
	return false
}

// movingVerb reports whether lower-cased w is a form of a verb of moving
// people elsewhere or ordering them to: "move", "relocate", "head",
// "ordered" (leavingVerb has the verbs of leaving).
func movingVerb(w string) bool {
	for _, stem := range [...]string{"move", "relocate", "head", "go", "shift", "transfer", "order"} {
		if verbForm(w, stem) {
			return true
		}
	}
	return false
}
