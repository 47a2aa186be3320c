package claimant

// An outlet names itself by a demonstrative and its kind: "This
// newspaper's own count of named victims now stands at 2,411", "This
// website's tally", "This paper has counted". The demonstrative, written
// with a capital at the sentence's start, is no outlet's name before its
// kind ("the Citizen newspaper" → Citizen, outletkind.go): the phrase is
// the outlet's words for itself, kept whole as the label conventions keep
// first-person findings ("Our", "My own newsroom", convention 3).

// demonstrativeAt reports whether token k is "this", "that", "these" or
// "those", whatever its case.
func (v *view) demonstrativeAt(k int) bool {
	return v.is(k, wThis, wThat, wThese, wThose)
}
