package claimant

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/names"
)

// placeLabel reports whether a line of the text opens with a place the
// rules know by name that claimant id's words do not name, and at most
// three more words before a colon: a headline's label of where the story
// is ("Nepal floods:", "Brazil:", "South Sudan cholera:"). A place among
// the claimant's own words ("Gaza war:") is its own story.
//
// The label outranks a word that is only of the claimant's story (its
// context's other side, "Israeli" for the Gaza health ministry) and not
// of its own names: "Lebanon: Israeli strikes kill 12 in the south, health
// ministry says" is Lebanon's ministry, since the strikes' side says where
// they fell on no one (claim50b; review49 S6). A word of the claimant's
// own names ("Gaza", "Hamas" for the ministry) still keeps its story.
func (c *call) placeLabel(id string) bool {
	text, toks := c.d.Text, c.d.Tokens
	for i := 0; i < len(toks); i++ {
		if i > 0 && !toks[i].Break {
			continue
		}
		place := 0 // the words of the known place opening the line
		for n := 1; n <= 2 && i+n <= len(toks); n++ {
			var b strings.Builder
			ok := true
			for k := i; k < i+n; k++ {
				t := &toks[k]
				if !t.IsWord() || k > i && !t.Space || text[t.Start] < 'A' || text[t.Start] > 'Z' {
					ok = false
					break
				}
				if k > i {
					b.WriteByte(' ')
				}
				b.WriteString(strings.ToLower(text[t.Start:t.End]))
			}
			if ok && names.KnownPlace(b.String()) {
				place = n
			}
		}
		if place == 0 {
			continue
		}
		named := false
		for k := i; k < i+place; k++ {
			named = named || c.f.named[id][strings.ToLower(text[toks[k].Start:toks[k].End])]
		}
		if named {
			continue
		}
		for k, words := i+place, 0; k < len(toks) && words <= 3; k++ {
			t := &toks[k]
			if t.IsWord() {
				words++
				continue
			}
			if t.IsSymbol() && text[t.Start:t.End] == ":" {
				return true
			}
			break
		}
	}
	return false
}
