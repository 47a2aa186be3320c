package claimant

import "strings"

// Two posts in a speaker label's segment after the name, read by what
// stands before them:
//   - a secretary or a commissioner of a remit ("DISASTER MANAGEMENT
//     SECRETARY", "REFUGEE RELIEF AND REPATRIATION COMMISSIONER") holds
//     an office of government, as a minister of any remit does
//     (placeoffice.go): the holder speaks by name (convention 8);
//   - a body's president or vice-president ("BGMEA VICE-PRESIDENT") heads
//     it, and the body speaks, as for "BGMEA DIRECTOR" (convention 1).

// remitOffices are the posts a remit before them makes an office of
// government rather than a body's post.
var remitOffices = set("secretary commissioner")

// remitOffice reports whether the label segment [s, e) is a remit and then
// a secretary or commissioner: up to five words, the last before the post
// a field of work ("management", "repatriation", "security", "health":
// an abstract noun in -ment, -tion, -sion, -ity, -ance or -ence, or one
// of remitWords). "PENTAGON PRESS SECRETARY" and "UN HIGH COMMISSIONER"
// name a body and keep it.
func (v *view) remitOffice(s, e int) bool {
	if e-s < 2 || e-s > 6 || !remitOffices[v.toks[e-1].low] {
		return false
	}
	for k := s; k < e; k++ {
		if t := &v.toks[k]; !t.word && t.low != "&" || t.has(cBody|cInstitution) || vowelless(t.low) {
			return false
		}
	}
	w := v.toks[e-2].low
	if remitWords[w] || len(w) <= 6 {
		return remitWords[w]
	}
	return fieldOfWork(w)
}

// fieldOfWork reports whether w, longer than six letters, is an abstract
// noun of a field of work by its ending: "management", "repatriation",
// "security", "governance", "intelligence". The ending is read, not a
// list, so the next remit a government names ("Digitalisation",
// "Resilience") is one too.
func fieldOfWork(w string) bool {
	if len(w) <= 6 {
		return false
	}
	for _, suf := range [...]string{"ment", "tion", "sion", "ity", "ance", "ence"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// presidentPost returns where the body's name ends in the label segment
// [s, e) closed by "PRESIDENT", "VICE PRESIDENT" or "VICE-PRESIDENT"
// ("BGMEA VICE-PRESIDENT"): the body its head speaks for, when
// bodyPresident finds no place or government there. A people's
// president ("UKRAINIAN PRESIDENT") was read before as an office
// (placeOfficeSegment).
func (v *view) presidentPost(s, e int) (int, bool) {
	if e-s < 2 || v.toks[e-1].low != "president" {
		return 0, false
	}
	b := e - 1
	if b-2 > s && v.isOne(b-1, wDash) && v.toks[b-2].low == "vice" {
		b -= 2
	} else if b-1 > s && v.toks[b-1].low == "vice" {
		b--
	}
	if b <= s || !v.allWords(s, b) || v.demonym(s) || !v.bodyPresident(s, b) {
		return 0, false
	}
	return b, true
}

// oneWordBody reports whether token k, a label's one-word segment after a
// bare spokesman ("SELİM ERDEM, SPOKESMAN, AFAD"), is whom he speaks for:
// a word no place the rules know (placeName was asked before) and no
// direction. A spokesman speaks for someone; one of a town the rules do
// not know is misread as its body.
func (v *view) oneWordBody(k int) bool {
	return v.toks[k].word && !directionIDs.has(&v.toks[k].spelling)
}
