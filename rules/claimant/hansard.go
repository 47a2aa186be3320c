package claimant

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A parliamentary record labels each speech in mixed case, with the
// member's seat and party in brackets ("Kirsty Hamill (Stirling East)
// (SNP): ...") or a minister's office before the holder's name in brackets
// ("The Minister for Housing (Owen Tregarth): ..."). The label names who
// speaks the line, as a transcript's capitals do; the member's name is
// the speaker (convention 8: a named office-holder by name).

// hansardLabel reads label, the words of a line before its colon, as a
// parliamentary record's: the byte span of the speaker's name in it.
func hansardLabel(label string) (int, int, bool) {
	label = strings.TrimRight(label, " ")
	if !strings.HasSuffix(label, ")") {
		return 0, 0, false
	}
	// The bracketed groups closing the label, last first.
	var groups [][2]int
	end := len(label)
	for len(groups) < 3 && end > 0 && label[end-1] == ')' {
		o := strings.LastIndexByte(label[:end], '(')
		if o <= 0 || strings.IndexByte(label[o+1:end-1], '(') >= 0 {
			return 0, 0, false
		}
		groups = append(groups, [2]int{o + 1, end - 1})
		end = len(strings.TrimRight(label[:o], " "))
	}
	head := label[:end]
	if len(groups) == 1 {
		if ns, ne, ok := oneBracketLabel(label, head, groups[0]); ok {
			return ns, ne, true
		}
	}
	for _, g := range groups {
		if !capitalWords(label[g[0]:g[1]], 1, 5) {
			return 0, 0, false
		}
	}
	// "The Minister for Housing (Owen Tregarth)": an office, then its
	// holder's name in the one bracket.
	if len(groups) == 1 && strings.HasPrefix(head, "The ") && strings.Count(head, " ") >= 2 && officeHead(head[4:]) {
		g := groups[0]
		if capitalWords(label[g[0]:g[1]], 2, 4) {
			return g[0], g[1], true
		}
		return 0, 0, false
	}
	// "Kirsty Hamill (Stirling East) (SNP)": the member, her seat and her
	// party. Two groups at least: one would be a dateline's agency
	// ("New York (Reuters)").
	if len(groups) >= 2 && capitalWords(head, 2, 4) {
		return 0, end, true
	}
	return 0, 0, false
}

// officeHead reports whether words open as a parliament's office does,
// its first word capitalised and the rest capitalised or joining words
// ("Minister for Housing", "Parliamentary Under-Secretary of State for
// Defence").
func officeHead(words string) bool {
	for i, w := range strings.Fields(words) {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && (i == 0 || !joiningWords[w]) {
			return false
		}
	}
	return true
}

var joiningWords = set("of for and the")

// capitalWords reports whether s is lo to hi words, each opening on a
// capital and made of letters, hyphens, apostrophes and full stops
// ("Stirling East", "Lab/Co-op" is one word with its slash).
func capitalWords(s string, lo, hi int) bool {
	ws := strings.Fields(s)
	if len(ws) < lo || len(ws) > hi {
		return false
	}
	for _, w := range ws {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			return false
		}
		for _, r := range w {
			if !unicode.IsLetter(r) && !strings.ContainsRune("-'’./", r) {
				return false
			}
		}
	}
	return true
}

// opensHansardLabel is opensLabel's test for a parliamentary record's
// label: "):" within the first 80 bytes, and the label before it read.
func opensHansardLabel(text string) bool {
	lim := min(len(text), 82)
	i := strings.Index(text[:lim], "):")
	if i < 0 {
		return false
	}
	_, _, ok := hansardLabel(text[:i+1])
	return ok
}

// hansardSpeaker is the speaker a parliamentary record's label names,
// the name at bytes [ns, ne) of the line [ls, le) whose label closes at
// colon, when the line goes on as speech does.
func (c *call) hansardSpeaker(ls, le, colon, ns, ne int) (Claimant, int, bool) {
	rest := strings.TrimRight(c.d.Text[ls+colon+1:le], " \t\r")
	if !strings.ContainsRune(".?!”\"…", closingRune(rest)) {
		return Claimant{}, 0, false
	}
	lsi := c.d.SentenceAt(ls)
	if lsi < 0 {
		return Claimant{}, 0, false
	}
	v := c.view(lsi)
	s, e := v.tokAt(ls+ns), v.tokAt(ls+ne)
	if e <= s {
		return Claimant{}, 0, false
	}
	// ("Port Sudan (Red Sea state): ...": a place and its region, a
	// dateline's, no speaker.)
	if h := v.tokAt(ls); v.knownPlace(h, v.tokAt(ls+strings.IndexByte(c.d.Text[ls:le], '('))) {
		return Claimant{}, 0, false
	}
	cl := c.claimant(v, s, e, "")
	cl.How = InQuote
	return cl, ls + colon, true
}

// A verbatim record or the Lords give one bracket after the speaker: "Mr.
// Okonjo (Nigeria):", the delegate and the state he sits for, "Baroness
// Lyle of Crail (LD):", the peer and her party; a printed interview gives
// the body the speaker speaks for: "Marta Ruiz (Spanish coastguard):". A
// dateline's "New York (Reuters):" opens on no title, and its bracket is
// an agency's name, no body in words.

// personalTitles open a delegate's or member's name and are no part of
// it (convention 8: a label keeps the name); peerTitles are a peer's
// name's own first word.
var (
	personalTitles = set("Mr Mr. Mrs Mrs. Ms Ms. Dr Dr.")
	peerTitles     = set("Baroness Lord Lady Viscount Earl")
)

// oneBracketLabel reads a label's head and its one bracketed group g: the
// byte span of the speaker's words.
func oneBracketLabel(label, head string, g [2]int) (int, int, bool) {
	fields := strings.Fields(head)
	inner := label[g[0]:g[1]]
	if len(fields) >= 2 && capitalWords(inner, 1, 4) {
		switch {
		case personalTitles[fields[0]] && capitalWords(strings.Join(fields[1:], " "), 1, 3):
			return strings.Index(head, fields[1]), len(head), true
		case peerTitles[fields[0]] && peerName(fields[1:]):
			return 0, len(head), true
		}
		return 0, 0, false
	}
	// "Marta Ruiz (Spanish coastguard)": a name, then a body in words, a
	// capital and a lower-case word closing on a kind of body or service;
	// "(Syrian refugee)" is who she is, and she speaks as herself.
	ws := strings.Fields(inner)
	if !capitalWords(head, 2, 3) || len(ws) < 2 || len(ws) > 4 || !capitalWords(ws[0], 1, 1) || capitalWords(inner, 2, 4) {
		return 0, 0, false
	}
	if last := strings.ToLower(ws[len(ws)-1]); serviceKinds[last] || kindOfBodyHead(inner) {
		return g[0], g[1], true
	}
	return 0, len(head), true
}

// peerName reports whether a peer's name after her title is capitalised
// words, perhaps with "of" before her seat ("Lyle of Crail").
func peerName(ws []string) bool {
	if len(ws) == 0 || len(ws) > 5 {
		return false
	}
	for i, w := range ws {
		if w == "of" && i > 0 && i < len(ws)-1 {
			continue
		}
		if !capitalWords(w, 1, 1) {
			return false
		}
	}
	return true
}
