package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// Units another owner keeps are not the metric's: "The IDF says
// Palestinian Islamic Jihad also keeps two battalions in the Rafah area"
// counts Islamic Jihad's battalions, not the Hamas battalions of the
// metric's owner (owner: Hamas). The figure is the object of a verb of
// having, and its subject, a capitalised name right before the verb (an
// adverb may stand between), is not the owner and holds no scope word.
// "Hamas still keeps four battalions in Rafah" and "Israel says Hamas has four battalions there"
// stay. So does an owner's "'s" before the figure: "Islamic Jihad's 3
// battalions in Rafah" are its own (fa33), "Hamas's 4 battalions" and
// "Rafah's 4 battalions" the metric's.

// otherOwner reports whether figure fi of sentence s is what a named
// subject other than the metric's unit owner has, keeps or fields, and the
// owner is not in the clause before the figure.
func (m *metric) otherOwner(st *docState, s *figures.Sentence, fi int) bool {
	if m.unitOwner == "" {
		return false
	}
	d := st.d
	fs, _ := d.FigureTokens(fi)
	word := sentenceWords(d, s)
	// An owner's "'s" right before the figure: "Islamic Jihad's 3
	// battalions in Rafah", not "Hamas's 4 battalions" nor "Rafah's".
	if n := ownerBefore(d, fs); n >= s.TokStart {
		return named(d, n) && word(n) != m.unitOwner && m.nameOutsideScope(st, s, n)
	}
	if ownOfAnother(d, s, fi) {
		// "six or seven battalions of its own" after "The army is calling
		// up two reserve brigades": the units are the subject's, and the
		// owner is named nowhere before them.
		return !m.ownerBefore(d, s, fs)
	}
	v := fs - 1
	if v <= s.TokStart || !havingVerb(word(v)) {
		return false
	}
	subj := subjectBefore(d, s, v, func(w, _ string) bool { return subjectAdverb(w) })
	// A subject named for the metric's place is the owner's formation
	// there ("the Rafah Brigade had four battalions").
	if !named(d, subj) || !m.nameOutsideScope(st, s, subj) {
		return false
	}
	return !m.ownerInClause(d, s, fs)
}

// havingVerb reports whether w says its subject has what follows: "keeps",
// "has", "fields", "maintains".
func havingVerb(w string) bool {
	switch w {
	case "keeps", "keep", "kept", "has", "have", "had", "fields", "field", "fielded", "maintains", "maintain",
		"maintained", "retains", "retain", "retained", "commands", "command", "commanded":
		return true
	}
	return false
}

// subjectAdverb reports whether w is an adverb that may stand between a
// subject and its verb: "also keeps", "still has".
func subjectAdverb(w string) bool {
	switch w {
	case "still", "reportedly", "only", "too", "likewise":
		return true
	}
	return verbGroupAdverb(w)
}

// ownerInClause reports whether the metric's unit owner is named in the
// clause of sentence s before the figure starting at token fs: the owner
// is then the clause's own ("Israel says Hamas has four battalions there",
// "Hamas has moved four battalions into Rafah").
func (m *metric) ownerInClause(d *figures.Document, s *figures.Sentence, fs int) bool {
	word := sentenceWords(d, s)
	for k := clauseStartWithSubject(d, s, fs); k < fs; k++ {
		if word(k) == m.unitOwner {
			return true
		}
	}
	return false
}

// ownOfAnother reports whether the noun figure fi counts is followed by "of
// its own" or "of their own": the units belong to the sentence's subject,
// whoever it is, not to whoever the sentence names beside them.
func ownOfAnother(d *figures.Document, s *figures.Sentence, fi int) bool {
	n := countedNoun(d, s, fi)
	if n < 0 || n+3 >= s.TokEnd {
		return false
	}
	word := sentenceWords(d, s)
	return word(n+1) == "of" && (word(n+2) == "its" || word(n+2) == "their") && word(n+3) == "own"
}
