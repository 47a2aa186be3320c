package claimant

import "github.com/claimtrack/claimtrack/rules/figures"

// How newView fills in a view's tokens. It is most of the cost of a view,
// and a view is made for every sentence a figure is read in and most of
// their neighbours. In one loop, with the spelling's look-ups, the figure
// being walked and the sentence's marks all live at once, Go kept a dozen
// values in memory around every token; here each walk carries few, and the
// common token's walk makes no call.

// spellTokens fills in toks, the view's tokens of src: each token's
// spelling, copied whole, and where it stands. Every field of a recycled
// token is set (it is not cleared: see recycleAll) but fig, which is left
// false for markFigures, and report and finding of an -ing form, which
// ingVerbs reads.
func (sc *scratch) spellTokens(toks []tok, src []figures.Token, text string) {
	src = src[:len(toks)]
	for i := 0; i < len(toks); i++ {
		i = sc.spellKnown(toks, src, text, i)
		if i >= len(toks) {
			return
		}
		sc.spellNew(&toks[i], &src[i], text)
	}
}

// spellKnown fills in the tokens from i on whose spelling is at hand
// without a call, punctuation and one-letter words and the words found in
// scratch.recent, and returns the first it could not (a number, a word not
// found there), or len(toks). Its loop makes no call, so that Go keeps its
// values in registers.
func (sc *scratch) spellKnown(toks []tok, src []figures.Token, text string, i int) int {
	src = src[:len(toks)]
	for ; i < len(toks); i++ {
		t := &src[i]
		start, end := int(t.Start), int(t.End)
		n := end - start
		if t.IsNumber() {
			return i // numbers rarely recur: not remembered (see spellNew)
		}
		word := t.IsWord()
		var sp *spelling
		if n == 1 {
			c := text[start]
			if c >= 0x80 {
				return i
			}
			sp = &sc.ascii[c] // punctuation, "a", "I"
		} else {
			// scratch.spelling's first look, for a word of up to 16
			// bytes: most are found there. Its first eight bytes are its
			// key (wordKey), and a longer word's last eight (overlapping
			// them) the rest of it.
			if uint(n-2) > 14 || start+8 > len(text) {
				return i
			}
			key := load8(text[start:start+8]) & keyMask[n]
			r := &sc.recent[recentSlot(key, n)]
			if r.key != key || len(r.word) != n || n > 8 && load8(text[end-8:end]) != load8(r.word[n-8:n]) {
				return i
			}
			sp = &r.sp
		}
		k := &toks[i]
		k.spelling = *sp
		if !word {
			k.report, k.finding = false, false
		}
		k.start, k.end = start, end
		k.word, k.num, k.space = word, false, t.Space
		k.poss, k.fig = false, false
	}
	return i
}

// digitsOnly reports whether raw is all digits, "," and ".", as
// numberSpelling asks.
func digitsOnly(raw string) bool {
	for i := 0; i < len(raw); i++ {
		if c := raw[i]; !(c >= '0' && c <= '9' || c == ',' || c == '.') {
			return false
		}
	}
	return true
}

// keyMask keeps the bytes of a word of n bytes that wordKey reads: its
// first n, up to eight.
var keyMask = [17]uint64{0, 0xff, 0xffff, 0xffffff, 0xffffffff, 0xffffffffff, 0xffffffffffff, 0xffffffffffffff,
	^uint64(0), ^uint64(0), ^uint64(0), ^uint64(0), ^uint64(0), ^uint64(0), ^uint64(0), ^uint64(0), ^uint64(0)}

// spellNew is spellKnown for a token it could not fill in: a number, or a
// word to look up.
func (sc *scratch) spellNew(k *tok, t *figures.Token, text string) {
	start, end := int(t.Start), int(t.End)
	word, num := t.IsWord(), t.IsNumber()
	// A number of two bytes or more, of digits, "," and ".", that no
	// alias starts like (most numbers) gets numberSpelling's answer here,
	// written once rather than returned and copied twice.
	if num && end-start >= 2 && digitsOnly(text[start:end]) {
		if key := int(text[start])<<8 | int(text[start+1]); sc.finder.firstStarts[key/64]&(1<<(key%64)) == 0 {
			k.spelling = spelling{low: text[start:end], own: spLower, shouted: end-start > 2}
			k.start, k.end = start, end
			k.word, k.num, k.space = false, true, t.Space
			k.poss, k.fig = false, false
			return
		}
	}
	var sp *spelling
	if num {
		sc.number = sc.numberSpelling(text[start:end])
		sp = &sc.number
	} else {
		sp = sc.spelling(text[start:end])
	}
	k.spelling = *sp
	if !word {
		k.report, k.finding = false, false
	}
	k.start, k.end = start, end
	k.word, k.num, k.space = word, num, t.Space
	k.poss, k.fig = false, false
}

// markFigures sets fig on the tokens inside an amount figure of figs, the
// sentence's figures in order. A token is read against the first figure
// that ends after its start, as the figures are walked with the tokens.
func markFigures(toks []tok, figs []figures.Figure) {
	i := 0
	for f := range figs {
		fg := &figs[f]
		end := fg.End
		if !fg.Kind.IsAmount() {
			for i < len(toks) && toks[i].start < end {
				i++
			}
			continue
		}
		for i < len(toks) && toks[i].start < end {
			toks[i].fig = fg.Start <= toks[i].start
			i++
		}
	}
}

// ingVerbs reads an -ing form as a reporting or findings verb where it is
// one. "The interior ministry is now saying": a progressive form is a
// verb; other -ing forms ("telling them to move") are not. (A word not
// starting like a stem is no verb's form, as in spell.)
func (v *view) ingVerbs() {
	for i := range v.toks {
		k := &v.toks[i]
		if k.ing && k.word && (v.progressive(i) || v.participleComma(i) >= 0 || v.absolute(i)) {
			k.report, k.finding = k.own&spIngReport != 0, k.own&spIngFinding != 0
		}
	}
}

// capitalFindings reports whether some token is a capitalised findings
// noun.
func (v *view) capitalFindings() bool {
	for i := range v.toks {
		if v.toks[i].capital && v.toks[i].has(cFindingNoun) {
			return true
		}
	}
	return false
}
