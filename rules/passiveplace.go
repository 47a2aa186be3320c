package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// A count's noun may take its place from the passive verb that reports it:
// "more than 5,800 deaths have been reported in Syria", "2,100 deaths were
// confirmed in Hatay". The count is the subject of the passive, so the
// place after the verb is where the count was made, as "died in Syria" is
// for a keyword verb; the verb of reporting says nothing of who speaks
// (the passive has no speaker). The place qualifies the figure as near as
// its noun does. A place joined to another ("in Turkey and Syria") is the
// whole, and an active verb ("officials reported in Damascus") has a
// speaker whose place it may be, so neither is read here.

// passivePlaceOf reports whether the place whose preposition is token at
// follows the passive verb of noun keyword k: auxiliaries with a form of
// "be" among them, one past participle, then "in".
func passivePlaceOf(d *figures.Document, k hit, at int) bool {
	if at <= k.end+1 || !nounKeyword(d, k) || d.LowerTokenText(at) != "in" {
		return false
	}
	t, be := k.end, false
	for ; t < at && auxiliary(d.LowerTokenText(t)); t++ {
		be = be || beForm(d.LowerTokenText(t))
	}
	if !be || t+1 != at {
		return false
	}
	w := d.TokenText(t)
	return isLowerWord(w) && (strings.HasSuffix(w, "ed") || w == "found" || w == "seen")
}
