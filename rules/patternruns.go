package rules

import (
	"fmt"
	"regexp/syntax"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// A pattern's expression is tried on every sentence that holds its anchor
// word, and on dense text it nearly always fails there: "prisoners" is in
// the sentence, "in exchange for {b} hostages" is not, and the backtracking
// matcher walks a long way to find that out. literalRuns are the stretches
// of the expression's top-level sequence that hold only literal characters
// (figure markers among them) and repeated classes of ASCII characters
// (\s+): every match holds each of them whole, so a sentence missing one
// cannot match, and a plain scan turns it away.

// runItem is one step of a literal run: a character, in any of the
// spellings case folding allows, or (spellings nil) one or more bytes of
// an ASCII class.
type runItem struct {
	spellings []string
	// class is the class's bytes, as bits; for a character, its spellings
	// of one byte (ASCII), by which at tells an ASCII byte of the text
	// without comparing strings.
	class [2]uint64
}

// literalRun is a stretch of items that every match holds contiguously.
type literalRun []runItem

// literalRuns finds the runs of expr (as compilePattern writes it), the
// longest first, leaving out runs with no character. It returns nil when
// it cannot tell, and then every sentence is tried.
func literalRuns(expr string) []literalRun {
	parts, ok := concatParts(expr)
	if !ok {
		return nil
	}
	var runs []literalRun
	var cur literalRun
	flush := func() {
		for len(cur) > 0 && cur[0].spellings == nil {
			cur = cur[1:] // a run starts with a character, to scan for
		}
		if len(cur) > 0 {
			runs = append(runs, cur)
		}
		cur = nil
	}
	// add appends an item, first ending the run when a class before it
	// could take the item's first byte: the scan takes a class greedily.
	add := func(it runItem) {
		if n := len(cur); n > 0 && cur[n-1].spellings == nil && overlaps(cur[n-1], it) {
			flush()
		}
		cur = append(cur, it)
	}
	for _, part := range parts {
		switch {
		case part.Op == syntax.OpLiteral:
			for _, r := range part.Rune {
				sp := spellingsOf(r, part.Flags&syntax.FoldCase != 0)
				if sp == nil {
					return nil
				}
				it := runItem{spellings: sp}
				for _, one := range sp {
					if len(one) == 1 {
						it.class[one[0]/64] |= 1 << (one[0] % 64)
					}
				}
				add(it)
			}
		case part.Op == syntax.OpPlus && len(part.Sub) == 1 && part.Sub[0].Op == syntax.OpCharClass:
			it, ok := asciiClass(part.Sub[0].Rune)
			if !ok {
				flush()
				continue
			}
			add(it)
		default:
			flush()
		}
	}
	flush()
	slices.SortStableFunc(runs, func(a, b literalRun) int { return len(b) - len(a) })
	return runs
}

// spellingsOf is the UTF-8 forms of r and, when fold, of the characters
// case folding makes equal to it (k: K and the Kelvin sign). nil for the
// replacement character, which the matcher also reads for invalid bytes.
func spellingsOf(r rune, fold bool) []string {
	if r == utf8.RuneError {
		return nil
	}
	sp := []string{string(r)}
	if fold {
		for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
			sp = append(sp, string(f))
		}
	}
	return sp
}

// asciiClass turns a class's ranges into a repeated item, when they hold
// only ASCII characters.
func asciiClass(ranges []rune) (runItem, bool) {
	var it runItem
	for i := 0; i+1 < len(ranges); i += 2 {
		if ranges[i+1] >= utf8.RuneSelf {
			return runItem{}, false
		}
		for c := ranges[i]; c <= ranges[i+1]; c++ {
			it.class[c/64] |= 1 << (c % 64)
		}
	}
	return it, true
}

// overlaps reports whether class item c could take the first byte of item.
func overlaps(c, item runItem) bool {
	if item.spellings == nil {
		return true
	}
	for _, s := range item.spellings {
		if c.inClass(s[0]) {
			return true
		}
	}
	return false
}

func (it *runItem) inClass(b byte) bool {
	return b < utf8.RuneSelf && it.class[b/64]&(1<<(b%64)) != 0
}

// in reports whether text holds the run: it tries the run where each
// spelling of its first character starts.
func (run literalRun) in(text string) bool {
	for _, sp := range run[0].spellings {
		for i := 0; ; i++ {
			k := strings.IndexByte(text[i:], sp[0])
			if k < 0 {
				break
			}
			if i += k; run.at(text, i) {
				return true
			}
		}
	}
	return false
}

// at reports whether the run starts at byte i of text. A character's
// spellings are whole UTF-8 sequences, none a prefix of another, so at
// most one fits.
func (run literalRun) at(text string, i int) bool {
	for k := range run {
		it := &run[k]
		if it.spellings == nil {
			j := i
			for j < len(text) && it.inClass(text[j]) {
				j++
			}
			if j == i {
				return false
			}
			i = j
			continue
		}
		// A byte of the text under utf8.RuneSelf starts no spelling of
		// more than one byte (their first bytes are higher), so only a
		// spelling of one byte, in class, can fit there.
		if i < len(text) && text[i] < utf8.RuneSelf {
			if !it.inClass(text[i]) {
				return false
			}
			i++
			continue
		}
		fits := false
		for _, sp := range it.spellings {
			if strings.HasPrefix(text[i:], sp) {
				i, fits = i+len(sp), true
				break
			}
		}
		if !fits {
			return false
		}
	}
	return true
}

// mayMatch reports whether masked holds every literal run of the pattern.
func (cp *compiledPattern) mayMatch(masked string) bool {
	for _, run := range cp.runs {
		if !run.in(masked) {
			return false
		}
	}
	return true
}

// holdsRuns is cp.mayMatch on sentence s masked, with what each run found
// kept for the sentence: patterns that differ in a word share their other
// runs ("prisoners in exchange for {b}"), and the longest, looked for
// first, most often.
func (st *docState) holdsRuns(s *figures.Sentence, cp *compiledPattern) bool {
	if len(cp.runs) == 0 {
		return true
	}
	if st.runsOf != s {
		st.runsOf, st.runsFound = s, st.runsFound[:0]
	}
	masked := st.masked(s)
	for i, run := range cp.runs {
		key, found, known := cp.runKeys[i], false, false
		for _, r := range st.runsFound {
			if r.key == key {
				found, known = r.found, true
				break
			}
		}
		if !known {
			found = run.in(masked)
			st.runsFound = append(st.runsFound, runFound{key, found})
		}
		if !found {
			return false
		}
	}
	return true
}

// runFound is whether the sentence read holds the run with key.
type runFound struct {
	key   string
	found bool
}

// runKey names a run by what it matches, for holdsRuns.
func runKey(run literalRun) string {
	var b strings.Builder
	for _, it := range run {
		if it.spellings == nil {
			fmt.Fprintf(&b, "[%x:%x]", it.class[0], it.class[1])
			continue
		}
		fmt.Fprintf(&b, "%q", it.spellings)
	}
	return b.String()
}
