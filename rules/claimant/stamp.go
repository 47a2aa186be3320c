package claimant

import "strings"

// A live blog's entry may open on a time written with a point and a zone
// ("08.40 –", "16.32 GMT –", "9.05am –", or with a colon, "10.15: ..."),
// as British and Australian sites write it, where others write "09:33 –". The point makes the time one number token, which
// the figure finder reads as a count: the stamp is no figure of the line's
// own, and a line that announces a report after it ("18.20 – UNRWA has
// issued its latest situation report.") gives none.

// zoneWords may follow a time stamp's number before its dash or its
// colon. Beside the zones of Europe and North America they hold the
// standard abbreviations of Asia's, Africa's and Oceania's ("11:05 IST:",
// "09:30 PKT:", "14:00 EAT —"): a closed class, so a zone is known by name
// before a colon, where a body's initials may stand ("07:45 AFAD:"); the
// ones that are English words ("cat", "eat", "wet") are left out.
var zoneWords = set("gmt bst utc cet cest est edt et pt pst local am pm " +
	"ist pkt npt bdt jst kst sgt hkt pht wib wita ict aest aedt acst awst nzst nzdt " +
	"eet eest msk trt ast irst sast cst cdt mst mdt pdt hst akst brt")

// dottedStamp returns where a line starts after a time stamp of one number
// with a point ("08.40", "16.32 GMT", "9.05am") and a dash or a colon ("13.10:
// Unosat has released ..."), lo when it opens otherwise.
func (v *view) dottedStamp(lo int) int {
	if lo+2 >= len(v.toks) || !v.toks[lo].num {
		return lo
	}
	t := &v.toks[lo]
	n := t.end - t.start
	// "08.40", "8.40": hours, a point, two digits of minutes.
	if n < 4 || n > 5 || t.low[n-3] != '.' {
		return lo
	}
	k := lo + 1
	if v.toks[k].word && (zoneWords[v.toks[k].low] || v.zoneShaped(k)) {
		k++
	}
	if v.isOne(k, wDash) && v.toks[k].space {
		return k + 1
	}
	// "10.15: OCHA has just published ...": a colon right after the time,
	// before a capitalised word, when the time is one of a clock (a
	// share, "63.45: the turnout", is no stamp).
	// ("7.45am: \"Some 85 people ...\": a quote opening the entry.)
	if v.isOne(k, wColon) && !v.toks[k].space && k+1 < len(v.toks) && v.toks[k+1].space && (v.toks[k+1].capital || v.quoteMarkTok(k+1)) && clockTime(t.low) {
		return k + 1
	}
	// "16.05 Israel's military has released ...": barestamp.go.
	return v.bareStamp(lo)
}

// clockTime reports whether s, written "hh.mm", is a time of day.
func clockTime(s string) bool {
	h, m, ok := strings.Cut(s, ".")
	if !ok || len(m) != 2 || len(h) < 1 || len(h) > 2 {
		return false
	}
	hh, mm := 0, 0
	for _, c := range h {
		hh = hh*10 + int(c-'0')
	}
	for _, c := range m {
		mm = mm*10 + int(c-'0')
	}
	return hh <= 23 && mm <= 59
}

// North American sites write a live blog's time with its half of the day,
// "1:40 p.m.:", "10:05 a.m. ET —": the stamp runs on over "a.m." or "p.m."
// (or "am", "pm") and a zone to its colon or dash, or the line's subject
// would open on the clock's letters and the line announce nothing ("2:35
// p.m.: UNRWA just posted its latest situation report.").

// pastMeridiem returns the token after a clock's "a.m." or "p.m." (or "am",
// "pm") and a zone at k, k when there is neither.
func (v *view) pastMeridiem(k int) int {
	if k+3 < len(v.toks) && (v.isOne(k, wA) || v.toks[k].low == "p") && v.isOne(k+1, wFullStop) &&
		v.toks[k+2].low == "m" && v.isOne(k+3, wFullStop) && !v.toks[k+1].space && !v.toks[k+2].space && !v.toks[k+3].space {
		k += 4
	} else if k < len(v.toks) && (v.toks[k].low == "am" || v.toks[k].low == "pm") {
		k++
	}
	if k < len(v.toks) && v.toks[k].word && (zoneWords[v.toks[k].low] || v.zoneShaped(k)) {
		k++
	}
	return k
}

// zoneShaped reports whether token k, after a clock's time, is a time
// zone by its shape: a short word in capitals that no claimant is, with
// the stamp's spaced dash straight after it ("20:10 WIB —", "14:05 EET –",
// "09:30 AEST —"). Zones are many and each press writes its own; a body's
// initials after a stamp take a colon ("07:45 AFAD:"), not a dash.
func (v *view) zoneShaped(k int) bool {
	t := &v.toks[k]
	if !t.shouted || len(t.low) < 2 || len(t.low) > 4 || t.aliases != 0 || t.inLexicon() {
		return false
	}
	return v.isOne(k+1, wDash) && v.toks[k+1].space
}

// stampFigure reports whether the figure at byte start is the time stamp
// opening its sentence's view v.
func (v *view) stampFigure(start int) bool {
	return len(v.toks) > 0 && v.toks[0].start == start && v.dottedStamp(0) > 0
}

// The French-language press, and its translations, write a live blog's
// time with an "h" between the hours and the minutes, spaced ("21 h 05 –",
// "9 h 40 —") or not ("14h30 –"): three tokens, or one. The stamp is no
// part of the entry's subject or label, as a colon's clock is not.

// hourStamp returns where a line starts after such a stamp and its spaced
// dash, opening at lo; lo when the line opens otherwise.
func (v *view) hourStamp(lo int) int {
	k := lo
	switch {
	case lo+3 < len(v.toks) && v.toks[lo].num && v.toks[lo+1].low == "h" && v.toks[lo+2].num && clockParts(v.toks[lo].low, v.toks[lo+2].low):
		k = lo + 3
	case lo+1 < len(v.toks) && v.toks[lo].word:
		h, m, ok := strings.Cut(v.toks[lo].low, "h")
		if !ok || !clockParts(h, m) {
			return lo
		}
		k = lo + 1
	default:
		return lo
	}
	if v.isOne(k, wDash) && v.toks[k].space {
		return k + 1
	}
	return lo
}

// clockParts reports whether h and m are the hours (one or two digits, to
// 23) and the minutes (two digits, to 59) of a time of day.
func clockParts(h, m string) bool {
	if len(h) < 1 || len(h) > 2 || len(m) != 2 {
		return false
	}
	for _, c := range h + m {
		if c < '0' || c > '9' {
			return false
		}
	}
	return clockTime(h + "." + m)
}
