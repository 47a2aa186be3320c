package figures

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Abbreviations that never end a sentence: titles and "No." before a number.
// ("Engr." and "Atty.", an engineer's and a lawyer's titles, are written
// before names as "Dr." is in the Philippine press and its transcripts'
// labels: "ENGR. PATRICIA LOYOLA, NHA:".)
var neverEnd = newWordSet("mr mrs ms mx dr prof sen sens rep reps gov gen gens col lt sgt capt cmdr adm maj brig cpl pvt engr atty " +
	"st ste mt ft rev hon pres supt insp det messrs mme mlle no nos nr vs v fig figs vol vols pp approx est " +
	"jan feb mar apr jun jul aug sep sept oct nov dec art sec ch para cf al")

// Abbreviations that end a sentence only when a sentence plainly starts next.
// A magnitude written with its own stop ("5.6 mil. Sudanese uprooted",
// "3 mln. people") is one of them: what it counts may follow it.
var mayEnd = newWordSet("inc ltd corp co plc llc bros etc jr sr am pm ave blvd dept univ govt intl" + stoppedMagnitudes())

// Words that plainly start a sentence after an ambiguous full stop
// ("... in the U.S. The talks ...").
var starters = newWordSet("the a an he she it they we i you but and in on at this that these those there his her its their " +
	"our my as after before when while however meanwhile yet so if since though although officials police " +
	"mr mrs ms dr according what who why how where")

// A wordSet is a set of lower-case words that knows its longest, so that
// most words before a full stop, longer than any, are not looked up. Words
// of up to eight bytes, nearly all of them, are packed into an
// open-addressing table probed by a multiplicative hash: a map's string
// hashing cost more than the rest of a sentence end's checks.
type wordSet struct {
	words  map[string]bool // the words longer than eight bytes
	short  []shortKey
	shift  uint
	maxLen int
}

func newWordSet(s string) wordSet {
	fields := strings.Fields(s)
	set := wordSet{words: map[string]bool{}, shift: 64}
	size := 1
	for size < 4*len(fields) {
		size <<= 1
		set.shift--
	}
	set.short = make([]shortKey, size)
	for _, w := range fields {
		set.maxLen = max(set.maxLen, len(w))
		if len(w) > 8 {
			set.words[w] = true
			continue
		}
		k := shortKey{pack: packKey(w), n: uint8(len(w))}
		i := set.slot(k.pack)
		for set.short[i].n != 0 && set.short[i] != k {
			i = (i + 1) & (len(set.short) - 1)
		}
		set.short[i] = k
	}
	return set
}

func (s wordSet) slot(pack uint64) int { return int((pack * 0x9E3779B97F4A7C15) >> s.shift) }

func (s wordSet) has(w []byte) bool {
	if len(w) > s.maxLen || len(w) == 0 {
		return false
	}
	if len(w) > 8 {
		return s.words[string(w)]
	}
	var pack uint64
	for i, c := range w {
		pack |= uint64(c) << (8 * i)
	}
	for i := s.slot(pack); ; i = (i + 1) & (len(s.short) - 1) {
		k := s.short[i]
		if k.n == 0 {
			return false
		}
		if k.pack == pack && int(k.n) == len(w) {
			return true
		}
	}
}

// splitSentences splits tokens into sentences. A line break always ends a
// sentence (headlines, list items and paragraphs carry no full stop of
// their own); ., ! and ? end one unless an abbreviation, an initial or a
// lower-case continuation says otherwise. The sentences are appended to out.
// marks lists the tokens that open a line or are one of those stops (lex):
// no other token can end a sentence, and they alone are looked at.
func splitSentences(text string, toks []Token, marks []int32, out []Sentence) []Sentence {
	start := 0
	para := true
	emit := func(end int) {
		if end > start {
			out = append(out, Sentence{Start: int(toks[start].Start), End: int(toks[end-1].End), TokStart: start, TokEnd: end, ParagraphStart: para})
		}
		start = end
		para = false
	}
	next := 0 // the first token not yet looked at or skipped
	for _, m := range marks {
		i := int(m)
		if i < next {
			continue // a stop or closer read with the one before
		}
		next = i + 1
		t := &toks[i]
		if t.Break && i > start {
			emit(i)
			para = blankLineBefore(text, toks, i)
		}
		if t.Kind != tSym {
			continue
		}
		// Most symbols are commas and the like: their first byte tells.
		if b := text[t.Start]; b != '.' && b != '!' && b != '?' && b != "…"[0] {
			continue
		}
		c := text[t.Start:t.End]
		if c != "." && c != "!" && c != "?" && c != "…" {
			continue
		}
		// Several marks in a row ("?!", "...") end together.
		j := i + 1
		for j < len(toks) && toks[j].Kind == tSym && !toks[j].Space && isTerminal(text[toks[j].Start:toks[j].End]) {
			j++
		}
		// Closing quotes and brackets belong to the sentence they close.
		for j < len(toks) && toks[j].Kind == tSym && !toks[j].Space && isCloser(text[toks[j].Start:toks[j].End]) {
			j++
		}
		if j >= len(toks) {
			next = j
			continue
		}
		if after := &toks[j]; !after.Space && !after.Break {
			continue // "U.S.", "3.5", "a.m."
		}
		if c == "." && !endsSentence(text, toks, i, j) {
			continue
		}
		emit(j)
		next = j
		if toks[j].Break {
			para = blankLineBefore(text, toks, j) // a stop that ends its paragraph
		}
	}
	emit(len(toks))
	return out
}

func blankLineBefore(text string, toks []Token, i int) bool {
	if i == 0 {
		return true
	}
	gap := text[toks[i-1].End:toks[i].Start]
	return strings.Count(gap, "\n") >= 2
}

func isTerminal(s string) bool { return s == "." || s == "!" || s == "?" || s == "…" }

func isCloser(s string) bool {
	switch s {
	case "\"", "'", "”", "’", ")", "]", "»", "›":
		return true
	}
	return false
}

// lowerShort is strings.ToLower(w), written into buf when w is short ASCII:
// the words before full stops are looked up in maps by the million, and
// a map indexed by string(b) does not copy b.
func lowerShort(buf *[16]byte, w string) []byte {
	if len(w) > len(buf) {
		return []byte(strings.ToLower(w))
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return []byte(strings.ToLower(w))
		}
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return buf[:len(w)]
}

// abbrevLen is the longest word of neverEnd and mayEnd.
var abbrevLen = max(neverEnd.maxLen, mayEnd.maxLen)

// mayBeShort reports whether w, lower-cased, may be n bytes long or less.
// Lower-casing keeps an ASCII word's length; only other letters may
// shorten (the Kelvin sign is three bytes, its k one), and a longer word
// is looked at byte by byte for them.
func mayBeShort(w string, n int) bool {
	if len(w) <= n {
		return true
	}
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			return true
		}
	}
	return false
}

// endsSentence decides whether the full stop at token i ends a sentence,
// given that token j is the next one after it and its closers.
func endsSentence(text string, toks []Token, i, j int) bool {
	next := toks[j]
	nextText := text[next.Start:next.End]
	r, _ := utf8.DecodeRuneInString(nextText)
	if next.Break {
		return true
	}
	// "... this week. 09:15 — That count comes from ...": a live blog's
	// time stamp opens an entry; after a word that never ends one ("No.
	// 2:28", "Oct. 7:30") the digits are its number.
	if clockAt(text, toks, j) && !neverEndBefore(text, toks, i) {
		return true
	}
	// "... its latest Sudan snapshot. 25 million people ...": a number
	// after a plain word of three letters or more opens a sentence ("No.
	// 14", "approx. 300", "p. 5", "Oct. 7" do not).
	if next.Kind == tNum && next.Space && !plainWordEnds(text, toks, i) || unicode.IsLower(r) || nextText == "," || nextText == ";" || nextText == ":" {
		return false
	}
	if j > i+1 {
		return true // "... said." Next
	}
	if i == 0 || toks[i-1].Kind != tWord || toks[i].Space {
		return true
	}
	var buf [16]byte
	w := text[toks[i-1].Start:toks[i-1].End]
	// Most words before a full stop ("said", "coast") are longer than any
	// abbreviation, and need not be lower-cased to be told from them
	// (mayBeShort).
	var prev []byte
	if mayBeShort(w, abbrevLen) {
		prev = lowerShort(&buf, w)
	}
	if neverEnd.has(prev) {
		return false
	}
	// An initial ("Lloyd J. Austin") or the end of an acronym ("U.S.").
	// A letter fused to the number before it is no initial but its
	// magnitude or unit ("reached $450m. Total pledges ...", "4k."): a
	// sentence ends there as after "$450bn.".
	short := utf8.RuneCountInString(w) == 1 && !(i >= 2 && toks[i-2].Kind == tNum && !toks[i-1].Space)
	acronym := i >= 2 && text[toks[i-2].Start:toks[i-2].End] == "." && !toks[i-1].Space
	// "Korea Railroad Corp. (Korail) said": namebracket.go.
	if mayEnd.has(prev) && shortNameBracket(text, toks, j) {
		return false
	}
	if short || acronym || mayEnd.has(prev) {
		return starters.has(lowerShort(&buf, nextText)) || !unicode.IsUpper(r) && !unicode.IsLetter(r)
	}
	return true
}

// neverEndBefore reports whether the full stop at token i closes, with no
// space before it, a word of neverEnd ("No.", "approx.", "Oct.").
func neverEndBefore(text string, toks []Token, i int) bool {
	if i == 0 || toks[i-1].Kind != tWord || toks[i].Space {
		return false
	}
	w := text[toks[i-1].Start:toks[i-1].End]
	if !mayBeShort(w, abbrevLen) {
		return false
	}
	var buf [16]byte
	return neverEnd.has(lowerShort(&buf, w))
}

// clockAt reports whether a time of day ("09:15", "9:05") starts at token
// j: one or two digits, a colon and two digits, written together.
func clockAt(text string, toks []Token, j int) bool {
	if j+2 >= len(toks) || toks[j].Kind != tNum || toks[j+2].Kind != tNum || toks[j+1].Space || toks[j+2].Space {
		return false
	}
	h, m := toks[j].End-toks[j].Start, toks[j+2].End-toks[j+2].Start
	return h <= 2 && m == 2 && text[toks[j+1].Start:toks[j+1].End] == ":"
}

// plainWordEnds reports whether the full stop at token i follows a plain
// word, no abbreviation, of three letters or more ("snapshot.", "on
// Sunday."): a sentence ends there whatever opens the next.
func plainWordEnds(text string, toks []Token, i int) bool {
	if i == 0 || toks[i-1].Kind != tWord || toks[i].Space {
		return false
	}
	w := text[toks[i-1].Start:toks[i-1].End]
	r, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsLetter(r) || utf8.RuneCountInString(w) < 3 {
		return false
	}
	var buf [16]byte
	if mayBeShort(w, abbrevLen) {
		prev := lowerShort(&buf, w)
		return !neverEnd.has(prev) && !mayEnd.has(prev)
	}
	return true
}
