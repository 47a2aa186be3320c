package tracker

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A story an outlet runs from a wire says so: a dateline's "(Meridian
// Wire)", a closing "— Reuters", "Source: AFP", "Additional reporting by
// Meridian Wire", "The Associated Press contributed to this report",
// "First published by ...". credits reads those credit lines, so that of
// two near copies the one whose outlet the other credits is the original
// (original.go), whichever was read first.

// creditMarkers open a credit line: the outlet named after one, in the
// same sentence and within creditGap, is the story's source.
var creditMarkers = []string{
	"source:", "sources:", "credit:", "credits:", "via", "copyright", "©", "(c)",
	"reporting by", "reported by", "written by", "courtesy of", "distributed by", "provided by",
	"syndicated by", "republished from", "republished with permission", "reprinted from", "reprinted with permission",
	"originally published", "first published", "first appeared", "published by arrangement with", "published in partnership with",
}

// creditGap is how far, in bytes, an outlet's name may follow its marker:
// room for "Additional reporting by Ana Ruiz of" before it.
const creditGap = 40

// credits reports whether text credits outlet with its story in a credit
// line (see creditMarkers; a name in parentheses with at most other names
// beside it; a name after a dash that ends its paragraph; a name that
// "contributed"). A name merely mentioned ("a Meridian Wire crew was
// hit") credits nothing.
func credits(text, outlet string) bool {
	for _, name := range outletNames(outlet) {
		for para := range strings.SplitSeq(strings.ToLower(text), "\n") {
			for at := 0; ; {
				i := strings.Index(para[at:], name)
				if i < 0 {
					break
				}
				i += at
				j := i + len(name)
				at = j
				if !wordEdge(para, i, j) || strings.HasPrefix(para[j:], "'s") || strings.HasPrefix(para[j:], "’s") {
					// A possessive names the outlet's own thing: "Meridian
					// Wire's convoy".
					continue
				}
				if inCreditParens(para, i, j) || afterClosingDash(para, i, j) || afterMarker(para[:i]) || contributed(para[j:]) {
					return true
				}
			}
		}
	}
	return false
}

// outletNames is how a text names an outlet: its name, and without its
// article ("The Northern Courier" is "Northern Courier" in a dateline),
// lower case.
func outletNames(outlet string) []string {
	name := strings.ToLower(strings.TrimSpace(outlet))
	if utf8.RuneCountInString(name) < 2 {
		return nil
	}
	names := []string{name}
	if rest, ok := strings.CutPrefix(name, "the "); ok && len(rest) >= 2 {
		names = append(names, rest)
	}
	return names
}

// wordEdge says the name at para[i:j] is whole words.
func wordEdge(para string, i, j int) bool {
	before, _ := utf8.DecodeLastRuneInString(para[:i])
	after, _ := utf8.DecodeRuneInString(para[j:])
	isWord := func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
	return (i == 0 || !isWord(before)) && (j == len(para) || !isWord(after))
}

// inCreditParens says the name is in parentheses that hold names alone:
// "(Meridian Wire)", "(Reuters/Meridian Wire)", "(AFP, Meridian Wire)".
func inCreditParens(para string, i, j int) bool {
	open := strings.LastIndexByte(para[:i], '(')
	shut := strings.IndexByte(para[j:], ')')
	if open < 0 || shut < 0 || strings.ContainsAny(para[open+1:i], "()") || strings.Contains(para[j:j+shut], "(") {
		return false
	}
	before, after := strings.TrimSpace(para[open+1:i]), strings.TrimSpace(para[j:j+shut])
	if len(before)+len(after) > creditGap {
		return false
	}
	seps := []string{"/", ",", ";", "and", "&", "with", "via", "-", "—", "–"}
	joined := func(s string, edge func(string, string) bool) bool {
		if s == "" {
			return true
		}
		for _, sep := range seps {
			if edge(s, sep) {
				return true
			}
		}
		return false
	}
	return joined(before, strings.HasSuffix) && joined(after, strings.HasPrefix) && !strings.ContainsAny(before+after, "0123456789")
}

// afterClosingDash says the name follows a dash and ends its paragraph:
// "... the agency said. — Meridian Wire".
func afterClosingDash(para string, i, j int) bool {
	rest := strings.Trim(para[j:], " .\t")
	if rest != "" {
		return false
	}
	before := strings.TrimRight(para[:i], " \t")
	for _, dash := range []string{"—", "–", "--", "-"} {
		if lead, ok := strings.CutSuffix(before, dash); ok {
			return lead == "" || strings.HasSuffix(lead, " ") || strings.HasSuffix(lead, ".")
		}
	}
	return false
}

// afterMarker says a credit marker opens the clause the name ends: within
// creditGap bytes before it, with no sentence's end between, the marker
// whole words ("via", not "viable").
func afterMarker(before string) bool {
	for _, m := range creditMarkers {
		k := strings.LastIndex(before, m)
		if k < 0 {
			continue
		}
		gap := before[k+len(m):]
		if len(gap) > creditGap || strings.ContainsAny(gap, ".;!?") {
			continue
		}
		if wordRune(before[:k]) && wordRune(m[:1]) || wordRune(m) && gap != "" && !unicode.IsSpace(rune(gap[0])) {
			continue
		}
		return true
	}
	return false
}

// wordRune says s ends in a letter or digit.
func wordRune(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// contributed says what follows a name says it contributed to the report:
// "Meridian Wire contributed to this report", "... staff contributed".
func contributed(after string) bool {
	words := strings.Fields(after)
	for k := 0; k < len(words) && k < 3; k++ {
		if strings.HasPrefix(words[k], "contributed") {
			return true
		}
	}
	return false
}
