package claimant

// closingSourceItem reports whether a's source is a line's last item, a
// credit after the bar or the semicolon separating the line's items: a
// credit word's label ("Killed: 67,074 | Injured: 169,430 | Source: Gaza
// health ministry", "| Data: HRMMU"), or a findings noun with no verb and
// its maker after "from" or "by" ("...; data from the UN human rights
// mission.", "; assessment by the Sudan War Monitor."). A credit closing
// the line covers every item in it, though the mark stops a source set in
// one item ("(per UNRWA)") from reaching back to another's; findings with
// a verb of their own ("; figures from Monday were not available") are a
// clause, no credit.
func (v *view) closingSourceItem(a attr) bool {
	if k := a.src - 2; k >= 1 && v.creditWord(k) && v.isOne(k+1, wColon) && v.is(k-1, wBar, wSemicolon) {
		return v.endsAt(a.srcEnd)
	}
	k := a.anchor
	if a.kind != kFindings || a.src != k+2 || k < 1 || !v.is(k-1, wBar, wSemicolon) || !v.is(k+1, wFrom, wBy) || v.toks[k].capital {
		return false
	}
	return v.endsAt(a.srcEnd)
}

// creditWord reports whether the word at k heads a credit's label:
// "Source", "Sources", or a findings noun that names numbers ("Data",
// "Figures"; see quantityNouns).
func (v *view) creditWord(k int) bool {
	return v.is(k, wSource, wSources) || quantityNounIDs.has(&v.toks[k].spelling)
}
