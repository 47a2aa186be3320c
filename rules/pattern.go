package rules

import (
	"encoding/binary"
	"fmt"
	"regexp"
	"regexp/syntax"
	"strings"
	"unicode"
)

// A pattern is matched against a sentence in which every amount figure has
// been replaced by a marker holding its index: "\uE000" + index + "\uE001".
// {name} in the pattern becomes a group that matches one marker, so a
// placeholder binds exactly one whole figure, qualifier included ("some
// 700"), and a pattern can never split a figure or bind a stray digit.
const (
	markOpen  = '\uE000'
	markClose = '\uE001'
)

type compiledPattern struct {
	source string
	re     *regexp.Regexp
	names  []string
	// anchors are words one of which every match must contain, used to
	// skip sentences cheaply; nil when the pattern has none.
	anchors []string
	// runs are stretches every match holds whole, runKeys their names
	// (patternruns.go).
	runs    []literalRun
	runKeys []string
	rule    string // "patterns[2]", as observations name it
}

var placeholderName = regexp.MustCompile(`^[a-z][a-z0-9_]*$`)

// compilePattern turns a user pattern into a regular expression over
// masked sentences.
func compilePattern(p string) (*compiledPattern, error) {
	if strings.TrimSpace(p) == "" {
		return nil, fmt.Errorf("empty pattern")
	}
	var b strings.Builder
	b.WriteString(`(?i)`)
	var names []string
	seen := map[string]bool{}
	inSpace := false
	for i := 0; i < len(p); i++ {
		c := p[i]
		switch {
		case c == '\\' && i+1 < len(p):
			b.WriteByte(c)
			b.WriteByte(p[i+1])
			i++
			inSpace = false
			continue
		case c == '{':
			end := strings.IndexByte(p[i:], '}')
			if end < 0 {
				return nil, fmt.Errorf("%q: { at byte %d is not closed; write {name} to bind a figure, or \\{ for a literal brace", p, i)
			}
			name := p[i+1 : i+end]
			if isRepeat(name) {
				// {2,3} is a regexp repetition, not a placeholder.
				b.WriteString(p[i : i+end+1])
				i += end
				inSpace = false
				continue
			}
			if !placeholderName.MatchString(name) {
				return nil, fmt.Errorf("%q: {%s} is not a placeholder name: use lower case letters, digits and _ (for example {prisoners})", p, name)
			}
			if seen[name] {
				return nil, fmt.Errorf("%q: {%s} is bound twice", p, name)
			}
			seen[name] = true
			names = append(names, name)
			fmt.Fprintf(&b, `\x{E000}(?P<%s>[0-9]+)\x{E001}`, name)
			i += end
			inSpace = false
			continue
		case c == ' ' || c == '\t' || c == '\n':
			if !inSpace {
				b.WriteString(`\s+`)
			}
			inSpace = true
			continue
		}
		inSpace = false
		b.WriteByte(c)
	}
	if len(names) == 0 {
		return nil, fmt.Errorf("%q binds no figure: add a placeholder such as {value} where the number stands", p)
	}
	re, err := regexp.Compile(b.String())
	if err != nil {
		return nil, fmt.Errorf("%q is not a valid pattern: %v", p, unwrapSyntax(err))
	}
	cp := &compiledPattern{source: p, re: re, names: names, anchors: requiredWords(b.String())}
	cp.runs = literalRuns(b.String())
	for _, run := range cp.runs {
		cp.runKeys = append(cp.runKeys, runKey(run))
	}
	return cp, nil
}

func isRepeat(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !(r >= '0' && r <= '9' || r == ',') {
			return false
		}
	}
	return true
}

func unwrapSyntax(err error) string {
	if se, ok := err.(*syntax.Error); ok {
		return fmt.Sprintf("%s in `%s`", se.Code, se.Expr)
	}
	return err.Error()
}

// concatParts parses expr and returns the parts of its top-level
// concatenation (the whole expression when it is not one), or false when
// it does not parse.
func concatParts(expr string) ([]*syntax.Regexp, bool) {
	re, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		return nil, false
	}
	re = re.Simplify()
	if re.Op == syntax.OpConcat {
		return re.Sub, true
	}
	return []*syntax.Regexp{re}, true
}

// requiredWords finds words one of which every match of the expression
// must contain, from the parts of its top-level concatenation: a literal
// gives one word (the longest whole word in it), an alternation of
// literals ("(hostages|captives)") gives one per branch. The part whose
// shortest word is longest wins, less two letters for each extra branch:
// rare words make good anchors, and every branch is another lookup. A word at the edge of a literal counts
// only if what stands next to it cannot continue it (white space, a figure
// marker, or the end).
func requiredWords(expr string) []string {
	parts, ok := concatParts(expr)
	if !ok {
		return nil
	}
	var best []string
	score := func(c []string) int { return shortest(c) - 2*(len(c)-1) }
	better := func(c []string) bool {
		return len(c) > 0 && (best == nil || score(c) > score(best))
	}
	for i, part := range parts {
		n := part
		if n.Op == syntax.OpCapture && len(n.Sub) == 1 {
			n = n.Sub[0]
		}
		var cand []string
		switch n.Op {
		case syntax.OpLiteral:
			if w := literalWord(n, boundary(parts, i, -1), boundary(parts, i, +1)); w != "" {
				cand = []string{w}
			}
		case syntax.OpAlternate:
			left, right := boundary(parts, i, -1), boundary(parts, i, +1)
			for _, alt := range n.Sub {
				w := ""
				if alt.Op == syntax.OpLiteral {
					w = literalWord(alt, left, right)
				}
				if w == "" {
					cand = nil
					break
				}
				cand = append(cand, w)
			}
		}
		if better(cand) {
			best = cand
		}
	}
	return best
}

// literalWord is the longest whole word of three letters or more in a
// literal, given whether its left and right neighbours end words.
func literalWord(n *syntax.Regexp, leftOK, rightOK bool) string {
	words := wordsOf(string(n.Rune))
	leftOK = leftOK || !isWordRune(n.Rune[0])
	rightOK = rightOK || !isWordRune(n.Rune[len(n.Rune)-1])
	best := ""
	for k, w := range words {
		if (k > 0 || leftOK) && (k < len(words)-1 || rightOK) && len(w) > len(best) {
			best = w
		}
	}
	if len(best) < 3 {
		return ""
	}
	return best
}

func shortest(ws []string) int {
	m := len(ws[0])
	for _, w := range ws[1:] {
		m = min(m, len(w))
	}
	return m
}

// boundary reports whether the part next to parts[i] (in direction dir)
// always begins or ends with a non-word character. Optional parts are
// looked through.
func boundary(parts []*syntax.Regexp, i, dir int) bool {
	for j := i + dir; ; j += dir {
		if j < 0 || j >= len(parts) {
			return true
		}
		n := parts[j]
		switch n.Op {
		case syntax.OpQuest, syntax.OpStar:
			continue
		case syntax.OpPlus, syntax.OpRepeat:
			return len(n.Sub) == 1 && matchesOnlySpace(n.Sub[0])
		case syntax.OpLiteral:
			r := n.Rune[0]
			if dir < 0 {
				r = n.Rune[len(n.Rune)-1]
			}
			return !isWordRune(r)
		case syntax.OpCharClass:
			return matchesOnlySpace(n)
		}
		return false
	}
}

func matchesOnlySpace(n *syntax.Regexp) bool {
	if n.Op != syntax.OpCharClass {
		return false
	}
	for k := 0; k+1 < len(n.Rune); k += 2 {
		for r := n.Rune[k]; r <= n.Rune[k+1] && r-n.Rune[k] < 64; r++ {
			if isWordRune(r) {
				return false
			}
		}
	}
	return true
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// wordsOf splits text into lower-case words the way the matcher sees them.
func wordsOf(s string) []string {
	return strings.FieldsFunc(lowerASCII(s), func(r rune) bool { return !isWordRune(r) })
}

// lowerInto is lowerASCII into buf, for a word looked up and dropped: a
// map lookup keyed by string(b) does not allocate. A word too long for buf
// is lower-cased the allocating way.
func lowerInto(buf *[64]byte, w string) []byte {
	if len(w) > len(buf) {
		return []byte(lowerASCII(w))
	}
	b := buf[:len(w)]
	for i := 0; i < len(w); i++ {
		b[i] = lowerByte(w[i])
	}
	return b
}

// hasPrefixLower reports whether text, with its ASCII letters lower-cased,
// starts with prefix (already lower-cased).
func hasPrefixLower(text, prefix string) bool {
	if len(text) < len(prefix) {
		return false
	}
	for i := 0; i < len(prefix); i++ {
		if lowerByte(text[i]) != prefix[i] {
			return false
		}
	}
	return true
}

// lowerByte lower-cases an ASCII letter and leaves any other byte alone.
func lowerByte(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// lowerASCII lower-cases ASCII letters only, so that byte offsets stay
// the same as in the original text.
func lowerASCII(s string) string {
	i := indexUpper(s, 0)
	if i == len(s) {
		return s
	}
	// Whole articles are lower-cased, into the one allocation the result
	// needs, a block at a time through a buffer on the stack: news has a
	// capital every few words, too many to copy the runs between them one
	// by one.
	var b strings.Builder
	b.Grow(len(s))
	b.WriteString(s[:i])
	var block [512]byte
	for i < len(s) {
		n := copy(block[:], s[i:])
		k := 0
		for ; k+8 <= n; k += 8 {
			binary.LittleEndian.PutUint64(block[k:], lowerWord(binary.LittleEndian.Uint64(block[k:])))
		}
		for ; k < n; k++ {
			block[k] = lowerByte(block[k])
		}
		b.Write(block[:n])
		i += n
	}
	return b.String()
}

// lowerWord lower-cases the ASCII capitals among eight bytes at once
// (whole articles are lowered for scope words, and a byte at a time showed
// in profiles). Bytes of 0x80 and over are left alone, as lowerByte
// leaves them.
func lowerWord(w uint64) uint64 {
	const ones, high = 0x0101010101010101, 0x8080808080808080
	low7 := w &^ high
	atLeastA := low7 + ones*(0x80-'A')     // high bit set where low7 >= 'A'
	pastZ := low7 + ones*(0x80-'Z'-1)      // high bit set where low7 > 'Z'
	upper := atLeastA &^ pastZ &^ w & high // and the byte is ASCII
	return w | upper>>2                    // 0x80>>2 is 'a'-'A'
}

// indexUpper is the index of the first ASCII capital of s at or after
// from, or len(s).
func indexUpper(s string, from int) int {
	for i := from; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' {
			return i
		}
	}
	return len(s)
}
