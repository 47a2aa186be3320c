package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// exchangeBetween reports whether the words of an exchange ("in return
// for", "in exchange for", "swapped for") stand between the figure
// spanning tokens [fs, fe) and hit h: the figure and the hit are on two
// sides of the swap, and a value's words on one side are not the other
// side's ("release 150 women held in its jails in return for 50 women and
// children held hostage").
func exchangeBetween(d *figures.Document, fs, fe int, h hit) bool {
	a, b := fe, h.start
	if h.end <= fs {
		a, b = h.end, fs
	}
	for k := a; k+1 < b; k++ {
		if d.LowerTokenText(k+1) != "for" {
			continue
		}
		switch d.LowerTokenText(k) {
		case "return", "exchange", "swap", "exchanged", "swapped", "traded":
			return true
		}
	}
	return false
}

// otherSide returns the figure of sentence s on the other side of a swap
// from figure bi, bound to value bv, or -1: the two stand parted only by
// the first one's noun phrase (at most three words) and "for" ("1,900
// Palestinians for 33 captives", "40 hostages in exchange for 700"), in
// either order, or two parties free them in clauses of their own
// (swapclauses.go), or the other is freed in a short clause of its own
// (freedsides.go: "Four soldiers freed as Israel releases 200"), or the
// first opens the sentence with "in return for" (frontedswap.go), or the
// first is named by its people and the other only by who its people are,
// freed in a stretch of its own (namedsides.go: "three women handed over
// in Gaza City, 90 Palestinian prisoners ..."). It must
// be a figure the metric takes.
func (m *metric) otherSide(st *docState, s *figures.Sentence, bi, bv int, hits []hit) int {
	d := st.d
	for fi := s.FigStart; fi < s.FigEnd; fi++ {
		if fi == bi || !m.valueFigure(st, s, fi, hits, nil) {
			continue
		}
		if d.Figures[fi].Value == 1 {
			// A lone captive with no value's word, a crowd of prisoners
			// for one man, is how an earlier exchange is recalled:
			// "Shalit deal freed 1,027 prisoners for one soldier"
			// (lone_captive_side.yaml). One named a hostage binds by
			// its word.
			continue
		}
		a, b := fi, bi
		if bi < fi {
			a, b = bi, fi
		}
		if swapBetween(d, a, b) || frontedSwap(d, s, a, b) || m.parallelSides(d, s, bi, fi, bv, hits) || m.freedSides(d, s, bi, fi, bv, hits) || m.namedSides(d, s, bi, fi, bv, hits) {
			return fi
		}
		if returnBetween(d, a, b) && m.countsOther(d, s, fi) == "" && !afterPreposition(d, fi) {
			// A side is the subject or the object of its clause: "in
			// return Egypt will open the crossing to 40 aid trucks a
			// day" trades people for something else.
			return fi
		}
	}
	return -1
}

// swapBetween reports whether figures a and b (a first) are the two sides
// of a swap: after a, at most three words (its noun phrase, or "in
// exchange", "in return"), then "for", then b; or, when the words right
// before b say the swap ("in return for", "in exchange for", "swapped
// for") or free a's side for it ("were to be freed for"), a's noun phrase
// and the verb that frees it, up to swapClauseWords words with no comma or
// other figure but a span of time: "150 women and minors held in Israeli
// jails would go free in return for 50", "50 women and children held in
// Gaza would be freed over four days in return for 150".
func swapBetween(d *figures.Document, a, b int) bool {
	const swapClauseWords = 18
	_, ae := d.FigureTokens(a)
	bs, _ := d.FigureTokens(b)
	if bs-ae >= 2 && sideOrdinal(d.TokenText(bs-1)) {
		// "for the first 50 women and children", "for another 10", "for
		// a further 30": which of the side's groups, not another
		// figure's words.
		bs--
		if bs-ae >= 2 && strings.EqualFold(d.TokenText(bs-1), "a") {
			bs--
		}
	}
	if bs-ae >= 2 && strings.EqualFold(d.TokenText(bs-1), "the") {
		// "in exchange for the three Israeli women freed earlier": the
		// side is a group already named.
		bs--
	}
	if r := releaseNounBefore(d, bs); r < bs && r > ae {
		bs = r // "in return for the release of 150" (releasenoun.go)
	}
	if bs-ae < 1 || !strings.EqualFold(d.TokenText(bs-1), "for") {
		return false
	}
	if c := swapSideAside(d, ae, bs); c >= 0 {
		// "150 prisoners, most never charged, for 50 women and
		// children": the side's words end at the aside (swapaside.go).
		return c-ae <= 4 && wordsOnly(d, ae, c)
	}
	if d.TokenText(bs-2) == "," && bs-2-ae <= 3 && wordsOnly(d, ae, bs-2) {
		// "600 prisoners all told, for 60 women and children": the
		// side's noun phrase closes at the comma (swap_side_by_people.yaml).
		// After a comma "for" may also be the conjunction ("for 10 of
		// them are minors", "for 50 hostages remain"): then it gives a
		// reason, and no other side.
		return !forOpensClause(d, b)
	}
	limit := 4
	if bs >= 2 {
		switch d.LowerTokenText(bs - 2) {
		case "return", "exchange", "exchanged", "swapped", "traded", "freed", "released", "free":
			limit = swapClauseWords
		}
	}
	if objectOfFreeing(d, a) {
		// "hand back 12 civilians kept in Gaza tunnels for 360": the
		// freed side's description runs up to "for".
		limit = swapClauseWords
	}
	if bs-ae > limit {
		return false
	}
	for t := ae; t < bs-1; t++ {
		if fj := figureAt(d, t); fj >= 0 && fj != a && fj != b {
			// "over four days": when, not another side.
			if _, je := d.FigureTokens(fj); je < bs-1 && timeUnit(d.LowerTokenText(je)) {
				t = je
				continue
			}
			return false
		}
		if !d.Tokens[t].IsWord() {
			return false
		}
	}
	return true
}

// sideOrdinal reports whether w picks out which group of a side a figure
// counts: "the first 50", "another 10", "a further 30".
func sideOrdinal(w string) bool {
	switch strings.ToLower(w) {
	case "first", "last", "next", "final", "remaining", "another", "further":
		return true
	}
	return false
}
