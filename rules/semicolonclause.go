package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A sentence's clauses between semicolons: the readers that date or frame a
// figure read its own clause, not the sentence's others ("...; it is now
// 40,000").

// semicolonStart returns where the clause between semicolons that holds token
// fs starts: the token after the last ";" between lo and fs, or lo.
func semicolonStart(d *figures.Document, lo, fs int) int {
	for k := fs - 1; k > lo; k-- {
		if d.TokenText(k) == ";" {
			return k + 1
		}
	}
	return lo
}

// semicolonEnd returns where the clause between semicolons that holds the
// token before fe ends: the first ";" from fe before hi, or hi.
func semicolonEnd(d *figures.Document, fe, hi int) int {
	for k := fe; k < hi; k++ {
		if d.TokenText(k) == ";" {
			return k
		}
	}
	return hi
}
