package claimant

import "strings"

// "..., says state health director", "..., said state governor Ngozi
// Eze": right after an inverted "says" or "said", a word that is also a
// verb of claim in its bare form ("state") is no verb: no finite verb
// follows "said" with no subject between, so it is the first word of the
// source, a scope or a noun. Reading it as a verb made "says" its
// subject.

// bareAfterSaid reports whether the verb form at i, neither in -s nor in
// -ed, comes right after "says" or "said".
func (v *view) bareAfterSaid(i, lo int) bool {
	if i-1 < lo || !v.is(i-1, wSays, wSaid) {
		return false
	}
	w := v.toks[i].low
	return v.toks[i].word && !v.toks[i].capital && !strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ed")
}
