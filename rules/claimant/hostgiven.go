package claimant

import "strings"

// A host or presenter names a figure as the one a guest gave: "HOST: The
// number you told us this morning, N homes, is it still right?",
// "PRESENTER: That count you quoted, N families, has it changed?".
// The figure is the guest's own (convention 2, as "You've said 45
// shelters are full" is, hostsyou.go): the guest who spoke last, within
// the three sentences before, or else the one whose line opens within the
// two after. A figure the host gives as the audience's ("the number you
// sent in") names no guest line, and a host's own count ("the figure we
// have") has no "you".

// hostGivenFigure reads, in programme line si, a noun for a figure
// followed at once by "you" and a verb of giving or telling ("gave",
// "told", "quoted", "mentioned", "said"), before the figure at ft in the
// same sentence, and returns the guest the "you" stands for.
func (c *call) hostGivenFigure(si int, v *view, ft int) (Claimant, bool) {
	if !v.words.has(wYou) || !c.programmeLine(si) {
		return Claimant{}, false
	}
	found := false
	for k := 1; k+2 < len(v.toks) && k < ft; k++ {
		if v.toks[k].backNoun() && v.isOne(k+1, wYou) && givenVerbs[v.toks[k+2].low] {
			found = true
			break
		}
	}
	// ("the 900 places you announced": hostyourfigure.go.)
	if !found && !v.hostYourFigure(ft) {
		return Claimant{}, false
	}
	if sp, ok := c.guestLineNear(si, -1, 3, Previous); ok {
		return sp, true
	}
	return c.guestLineNear(si, 1, 2, Next)
}

// guestLineNear returns the guest whose line is nearest programme line si
// going by step (-1 before, 1 after), within n sentences, stepping past
// the host's own lines; its How is how.
func (c *call) guestLineNear(si, step, n int, how How) (Claimant, bool) {
	for k, i := si+step, 0; i < n && k >= 0 && k < len(c.d.Sentences); k, i = k+step, i+1 {
		if c.programmeLine(k) {
			continue
		}
		if sp, _, ok := c.speakerLabel(k); ok && sp.End > sp.Start {
			sp.How = how
			return sp, true
		}
		break
	}
	return Claimant{}, false
}

// givenVerbs are the past forms of giving or telling a figure.
var givenVerbs = set("gave told quoted mentioned said cited put gives quote mention cite")

// hostAskedConfirmed reads a host's question putting a figure about the
// guest's own people or body ("So N percent of your drivers have
// quit?", "Your union has N drivers, then?") that the guest's line
// after it confirms ("That's right", "Yes", "Correct"): the figure is the
// guest's, as one the host relays (convention 2). A question the guest
// does not confirm ("No, ...", or a line that goes on to another matter)
// leaves the figure the host's, no one's.
func (c *call) hostAskedConfirmed(si int, v *view) (Claimant, bool) {
	n := len(v.toks)
	if n < 3 || v.toks[n-1].low != "?" || !c.programmeLine(si) {
		return Claimant{}, false
	}
	your := false
	for k := 0; k < n; k++ {
		if v.toks[k].low == "your" && k+1 < n && v.toks[k+1].word {
			your = true
			break
		}
	}
	if !your || si+1 >= len(c.d.Sentences) || c.programmeLine(si+1) {
		return Claimant{}, false
	}
	sp, end, ok := c.speakerLabel(si + 1)
	if !ok || sp.End <= sp.Start || end <= c.d.Sentences[si+1].Start {
		return Claimant{}, false
	}
	rest := c.d.Text[end:c.d.Sentences[si+1].End]
	rest = strings.TrimLeft(rest, ": ")
	if !confirms(rest) {
		return Claimant{}, false
	}
	sp.How = Next
	return sp, true
}

// confirms reports whether a guest's answer opens by confirming what she
// was asked: "That's right", "That is correct", "Yes", "Correct",
// "Exactly".
func confirms(rest string) bool {
	low := strings.ToLower(rest)
	for _, p := range [...]string{"that's right", "that’s right", "that is right", "that's correct", "that’s correct", "that is correct", "yes", "correct", "exactly", "right,", "indeed"} {
		if strings.HasPrefix(low, p) {
			if len(low) == len(p) || !wordByte(low[len(p)]) {
				return true
			}
		}
	}
	return false
}
