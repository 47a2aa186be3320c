package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// asideWords counts the words of the asides that stand between keyword hit
// h and figure fi, each opened by a comma and an asideOpener and closed by
// a comma: an aside about the keyword's noun, not a distance between the
// keyword and its figure. Only a keyword before its figure has one.
func asideWords(d *figures.Document, h hit, fi int) int {
	fs, _ := d.FigureTokens(fi)
	return asideWordsBefore(d, h, fs)
}

// asideWordsBefore is asideWords for the figure starting at token fs.
func asideWordsBefore(d *figures.Document, h hit, fs int) int {
	if h.end > fs {
		return 0
	}
	n := 0
	for t := h.end; t+1 < fs; t++ {
		if t == h.end && isDash(d.TokenText(t)) && nounKeyword(d, h) {
			// A dash aside parts the subject from its verb as a comma's
			// does, commas inside it and all: "The Palestinian death toll —
			// and again, this is from the health ministry — is roughly ...".
			if c := subjectDashAsideEnd(d, t, fs); c > 0 {
				n += d.WordPos(c) - d.WordPos(t+1)
				t = c
			}
			continue
		}
		if d.TokenText(t) == "," && t == h.end && nounKeyword(d, h) && !asideOpensAt(d, t+1) {
			if c := subjectAsideEnd(d, t, fs); c > 0 {
				n += d.WordPos(c) - d.WordPos(t+1)
				t = c
				continue
			}
		}
		if d.TokenText(t) != "," {
			continue
		}
		if !asideOpensAt(d, t+1) {
			// A reporting clause, a span of time or an apposition that
			// the clause goes on past (interruptaside.go).
			if c := interruptingAsideEnd(d, h, t, fs); c > 0 {
				n += d.WordPos(c) - d.WordPos(t+1)
				t = c
			}
			continue
		}
		for c := t + 1; c < fs; c++ {
			if d.TokenText(c) == "," {
				n += d.WordPos(c) - d.WordPos(t+1)
				t = c
				break
			}
		}
	}
	return n
}

// nounKeyword reports whether keyword hit h ends in a noun, not a verb
// form: "the toll", "deaths", not "killed" or "dying".
func nounKeyword(d *figures.Document, h hit) bool {
	w := d.LowerTokenText(h.end - 1)
	return !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "ing") || nameKeyword(d, h)
}

// nameKeyword reports whether keyword hit h is a name of several
// capitalised words, a noun whatever its last word ends in: "Foreign
// Military Financing".
func nameKeyword(d *figures.Document, h hit) bool {
	if h.end-h.start < 2 {
		return false
	}
	for k := h.start; k < h.end; k++ {
		if !named(d, k) {
			return false
		}
	}
	return true
}

// inAside reports whether hit h stands inside an aside before the figure
// starting at token fs, opened by a comma and an asideOpener and closed by
// a comma before the figure: "The death toll, which
// Israel disputes, now stands at 34,000". The aside speaks of the
// keyword's noun; its words neither name nor rule out the figure.
func inAside(d *figures.Document, h hit, fs int) bool {
	if h.end > fs {
		return false
	}
	open := false
	for k := h.start - 1; k > 0; k-- {
		if d.TokenText(k) == "," {
			return false
		}
		if asideOpensAt(d, k) {
			open = true
		}
		if open {
			break
		}
	}
	if !open {
		return false
	}
	for k := h.end; k < fs; k++ {
		if d.TokenText(k) == "," {
			return true
		}
	}
	return false
}

// asideOpensAt reports whether token k, after a comma, opens an aside: an
// asideOpener, the source ("according to the health ministry"), where the
// count stood before ("up from 9.9m in May"), or an apposition on a name
// ("Rafah, a city of roughly 275,000 before the war,").
func asideOpensAt(d *figures.Document, k int) bool {
	if k < 1 || k+1 >= len(d.Tokens) || d.TokenText(k-1) != "," || !d.Tokens[k].IsWord() {
		return false
	}
	w := d.LowerTokenText(k)
	if asideOpener(w) {
		return true
	}
	switch w {
	case "according":
		return strings.EqualFold(d.TokenText(k+1), "to")
	case "up", "down":
		return strings.EqualFold(d.TokenText(k+1), "from")
	case "a", "an":
		return named(d, k-2)
	}
	// A participle's phrase on a name: "in Gaza, launched after the Oct. 7
	// attack ..., number 43,922".
	return named(d, k-2) && isLowerWord(w) && (strings.HasSuffix(w, "ed") || w == "begun")
}

// asideOpener reports whether w, after a comma, opens an aside about the
// noun before it: a relative clause ("which Israel disputes") or what the
// noun includes ("including soldiers killed in the ground offensive").
func asideOpener(w string) bool {
	switch w {
	case "which", "who", "whose", "where", "including", "excluding":
		return true
	}
	return false
}

// subjectAsideEnd returns the comma that closes the aside the comma at
// token t, right after a noun keyword, opens when it parts the subject
// from its verb: a comma that an auxiliary follows, before token fs ("The
// death toll, and this is across both Turkey and Syria now, has gone
// above twenty-one thousand"; "The toll, officials stress, is still
// rising"), or -1. A speaker may string a few asides one after another
// ("The toll, and I want to be careful here, it's the ministry's number,
// is ..."): up to subjectAsidePieces of them close at the verb's comma.
// Whatever they say, the verb after them is the keyword's. No amount may
// stand in them.
func subjectAsideEnd(d *figures.Document, t, fs int) int {
	pieces := 0
	for c := t + 1; c+1 < fs; c++ {
		switch d.TokenText(c) {
		case ",":
			if c == t+1 {
				return -1
			}
			if auxiliary(d.LowerTokenText(c+1)) || amountingVerb(d, c+1) {
				return c
			}
			if pieces++; pieces >= subjectAsidePieces {
				return -1
			}
		case ";", ":", ".":
			return -1
		}
		if figureAt(d, c) >= 0 && d.Figures[figureAt(d, c)].Kind.IsAmount() {
			return -1 // another count in it
		}
	}
	return -1
}

// amountingVerb reports whether token t opens a verb that gives its
// subject's amount, which follows an aside on the subject as an auxiliary
// does: "FMF, the grant Israel spends on American arms, comes to $3.3bn a
// year", "amounts to", "runs to", "runs at", "stands at", "totals".
func amountingVerb(d *figures.Document, t int) bool {
	switch d.LowerTokenText(t) {
	case "comes", "came", "amounts", "amounted":
		return strings.EqualFold(d.TokenText(t+1), "to")
	case "runs", "ran", "stands", "stood":
		return strings.EqualFold(d.TokenText(t+1), "to") || strings.EqualFold(d.TokenText(t+1), "at")
	case "totals", "totalled", "totaled":
		return true
	}
	return false
}

// subjectAsidePieces is how many asides between commas may part a subject
// from its verb.
const subjectAsidePieces = 3

// subjectDashAsideEnd returns the dash that closes the aside a dash at
// token t opens right after a noun keyword, when an auxiliary follows it
// before token fs, or -1: the subject's verb comes after the aside. No
// amount may stand in it.
func subjectDashAsideEnd(d *figures.Document, t, fs int) int {
	for c := t + 1; c+1 < fs; c++ {
		switch w := d.TokenText(c); {
		case isDash(w):
			if c > t+1 && (auxiliary(d.LowerTokenText(c+1)) || amountingVerb(d, c+1)) {
				return c
			}
			return -1
		case w == ";" || w == ":" || w == ".":
			return -1
		}
		if fj := figureAt(d, c); fj >= 0 && d.Figures[fj].Kind.IsAmount() {
			return -1
		}
	}
	return -1
}

// isDash reports whether w is a dash that opens or closes an aside.
func isDash(w string) bool {
	return w == "—" || w == "–" || w == "--"
}
