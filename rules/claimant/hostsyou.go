package claimant

import "strings"

// A host or presenter puts a guest's own figure to her: "MARK BELL, HOST:
// You've said 45 shelters are full. ANNA KOVAC, CARITAS SPLIT: That was
// last week", "PRESENTER: You told us on Monday that 300 families had
// been moved. Has that changed? TOMAS RIIS, ESTONIAN RED CROSS: ...",
// "Your agency put the number at 12,000". The host relays (convention 2):
// the figure is the guest's, the speaker of the line that opens within
// the next two sentences, even when the guest then revises it.

// hostsYou returns the guest a programme's own line's second-person
// source ("You", "Your agency") stands for. Read only when the source
// opens on "you" or "your", so no other line pays for it.
func (c *call) hostsYou(si int, v *view, a attr) (Claimant, bool) {
	if a.srcEnd <= a.src || a.kind != kVerb || !v.is(a.src, wYou) && v.toks[a.src].low != "your" {
		return Claimant{}, false
	}
	// "You can expect 40 millimetres of rain": a modal before the verb
	// speaks to the audience of what will be, no one's words relayed.
	for k := a.srcEnd; k < a.anchor && k < len(v.toks); k++ {
		if modals[v.toks[k].low] {
			return Claimant{}, false
		}
	}
	if !c.programmeLine(si) {
		return Claimant{}, false
	}
	for ni := si + 1; ni <= si+2 && ni < len(c.d.Sentences); ni++ {
		if c.programmeLine(ni) {
			continue // the host's own question ("Has that changed?")
		}
		speaker, end, guest := c.speakerLabel(ni)
		if !guest || end <= c.d.Sentences[ni].Start || speaker.End <= speaker.Start {
			return Claimant{}, false
		}
		if !c.addressedGuest(v, a.src, c.d.Text[c.d.Sentences[ni].Start:end]) {
			return Claimant{}, false
		}
		speaker.How = Next
		return speaker, true
	}
	return Claimant{}, false
}

// modals are the auxiliaries of what may or will be, not of what was said.
var modals = set("can could will would may might should must shall")

// addressedGuest reports whether the guest whose line is label may be the
// one a host's "you" at token you speaks to. A host who names whom he
// speaks to ("You, minister, said ...") may be answered by another guest
// ("ANA SOUSA, OPPOSITION MP: That figure is not true"): then a word of the
// name between commas must stand in the label. A "you" with no name is
// the guest who answers.
func (c *call) addressedGuest(v *view, you int, label string) bool {
	if you+2 >= len(v.toks) || v.toks[you+1].word || c.d.Text[v.toks[you+1].start:v.toks[you+1].end] != "," {
		return true
	}
	label = strings.ToLower(label)
	for k := you + 2; k < len(v.toks) && k <= you+5 && v.toks[k].word; k++ {
		if w := v.toks[k].low; len(w) > 2 && strings.Contains(label, w) {
			return true
		}
	}
	return false
}
