package claimant

import (
	"strings"
	"unicode"
)

// A transcript's line under a bare full name ("KEIRA MOSS: Good evening.
// Nearly 9,000 households in the valley are still on boil-water notices")
// is most often the presenter's, whom a transcript names without a role
// once the programme is under way: a presenter reads the news, and a
// figure read so is no one's (the README's transcript labels: the
// programme's own staff claim nothing). A guest or an official speaks for
// herself or her body, and says so in the first person ("We counted 14
// trawlers", "What I can say is ..."); a line with no "I", "we", "our" or
// "my" and no source of its own is the narrator's. The dev files write
// such lines as no one's nine times to none (five under a full name).
// Read as before: a label that holds a title, a post, a body or a role
// ("GOVERNOR ...:", "DR. ILSE VOSS:", "UNICEF:", "GUEST:"); a name
// answering another speaker in its line; any line with text before it,
// which may have brought a guest on, unless that text labels the name
// with a programme's role; any line in which the finder found a source;
// and one word ("HAGARI:", "IFRC:", "ANALYST:"), since a surname, a
// body's initials and a role are written alike.

// narratorLine reports whether sentence si's speaker label is a bare
// personal name, two or three words in capitals and nothing else before
// the colon, nothing before its line but the name's own presenter label,
// and the line speaks of nobody in the first person.
func (c *call) narratorLine(si int, label Claimant, lbEnd int) bool {
	text := c.d.Text
	if label.ID != "" || label.Start >= label.End || lbEnd > len(text) || label.End > lbEnd {
		return false
	}
	// Nothing but the name between where the label opens (the line's
	// start or a sentence's end) and its colon.
	if strings.TrimSpace(text[label.End:lbEnd]) != "" {
		return false
	}
	if before := strings.TrimRightFunc(text[:label.Start], unicode.IsSpace); before != "" && !strings.HasSuffix(before, "\n") && !strings.ContainsAny(before[len(before)-1:], ".?!\"”’") {
		return false
	}
	// ("DR. ILSE VOSS:", "SEN. ...:": a title's abbreviation and its
	// full stop before the name.)
	ls, le := c.lineBounds(c.d.Sentences[si].Start)
	if f := strings.Fields(text[max(ls, label.Start-8):label.Start]); len(f) > 0 {
		if t := f[len(f)-1]; strings.HasSuffix(t, ".") && len(t) <= 5 && strings.ToUpper(t) == t {
			return false
		}
	}
	// ("PRESENTER: How many are still in the hall? ADEOLA BANKOLE:
	// Around 230.": a name answering another speaker in the line is the
	// guest, who answers for herself.)
	if ls < label.Start && strings.Contains(text[ls:label.Start], ":") {
		return false
	}
	// ("HAGARI:", "IFRC:", "ANALYST:": one word in capitals is as often
	// an official's surname, a body's initials or a role as a presenter,
	// and is read as before; a presenter's full name is two or three.)
	words := strings.Fields(label.Words)
	if len(words) < 2 || len(words) > 3 {
		return false
	}
	for _, w := range words {
		for _, r := range w {
			if !unicode.IsUpper(r) && r != '\'' && r != '’' && r != '-' {
				return false
			}
		}
		// ("CALLER:", "UNICEF:", "POLICE:": a word the lexicons know
		// is a role, a body or an office, no personal name.)
		// ("GUEST:", "SNP MP:": a person by what she is, no name.)
		low := strings.ToLower(w)
		if cls := classes[low]; cls&^notLexicons != 0 || len(low) < 3 || showRoles[low] || kickers[low] || personNoun(low) || agentNoun(low) || low == "guest" {
			return false
		}
	}
	if lbEnd >= le {
		return false
	}
	// ("ANCHOR: Joining us is the harbour master, Owen Tate.\nTATE: About
	// 40 boats sank", "Our interview with the county's emergency
	// manager.\n\nMARIA LOPEZ: About 3,400 homes ...": review48.) Any text
	// before the line may have brought a guest on, by a label or in prose;
	// only the text's own evidence that the name is the programme's (a
	// label before giving it with a programme's role) keeps the line the
	// narrator's then. A line that opens the text has nothing before it.
	if strings.TrimSpace(text[:label.Start]) != "" && !c.presenterBefore(label.Start, words) {
		return false
	}
	for _, w := range strings.FieldsFunc(strings.ToLower(text[lbEnd:le]), func(r rune) bool { return !unicode.IsLetter(r) }) {
		if firstPerson[w] && w != "you" && w != "your" {
			return false
		}
	}
	return true
}

// presenterBefore reports whether a line before byte offset ls opens with
// a label holding the name's words and a programme's role ("NORA BLAKE,
// ANCHOR:", "HOST DOYLE:").
func (c *call) presenterBefore(ls int, name []string) bool {
	text := c.d.Text[:ls]
	for p := 0; p < len(text); {
		if opensLabel(text[p:]) {
			if k := strings.IndexByte(text[p:], ':'); k > 0 {
				l := strings.ToUpper(text[p : p+k])
				role := false
				for _, w := range strings.FieldsFunc(strings.ToLower(l), func(r rune) bool { return !unicode.IsLetter(r) }) {
					role = role || showRoles[w]
				}
				if role && strings.Contains(l, name[len(name)-1]) {
					return true
				}
			}
		}
		i := strings.IndexByte(text[p:], '\n')
		if i < 0 {
			break
		}
		p += i + 1
	}
	return false
}
