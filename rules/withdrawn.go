package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// withdrawal is one way a sentence takes back a figure it states: a spoken
// correction, an unreal condition, a denied claim. Each reads the figure
// and its sentence alone, so its answer holds for every metric.
type withdrawal struct {
	// needs are the reader marks (readerMark) of which the sentence must
	// hold one for withdraws to answer yes: withdrawn asks it only then,
	// and TestSpeedGatesExact asks it of every figure of the answer texts
	// either way, so a declared gate that turned away a figure its reader
	// takes back would fail there. 0: asked of every figure.
	needs readerMark
	// withdraws reports whether figure fi of sentence s is taken back.
	// A gate it reads itself (a mark that is no readerMark, an answer
	// read once per sentence) comes first.
	withdraws func(st *docState, s *figures.Sentence, fi int) bool
	// why is what an explanation notes, %q standing for the figure.
	why string
}

// withdrawals are the checks withdrawn asks and an explanation notes, in
// one list so that what Extract drops and what --explain says can never
// drift apart (they had: an explanation once took figures Extract dropped
// as denied hearsay or as a sample). The order is the order an
// explanation notes them in.
var withdrawals = [...]withdrawal{
	{0, func(st *docState, s *figures.Sentence, fi int) bool { return corrected(st.d, s, fi) },
		"%q: withdrawn by a spoken correction (\"— correction,\", \"sorry\", \"I mean\", \"— no,\") before the figure that replaces it"},
	{rmEditorial, func(st *docState, s *figures.Sentence, fi int) bool { return earlierVersion(st.d, s, fi) },
		"%q: what an earlier version of the outlet's text said, withdrawn by a correction"},
	{rmUnreal, func(st *docState, s *figures.Sentence, fi int) bool {
		return st.unreal(s) && counterfactualIn(st.d, s, fi)
	}, "%q: what would have been had an unreal condition held (\"Had ... held, ... would still be alive\"), not a count"},
	{rmUnreal, func(st *docState, s *figures.Sentence, fi int) bool { return supposedIf(st.d, s, fi) },
		"%q: inside an open condition's \"if\" clause (\"If even three brigades hold out ...\"), supposed, not stated (supposedif.go)"},
	{rmImperative, func(st *docState, s *figures.Sentence, fi int) bool { return imperativeCondition(st.d, s, fi) },
		"%q: what would follow an imperative condition (\"Halve the ministry's figure ... and you would still be left with\"), not a count"},
	{0, func(st *docState, s *figures.Sentence, fi int) bool {
		return st.claimMarks(s).claim && rejectedClaim(st.d, s, fi)
	}, "%q: what a claim said that the sentence rejects (\"a post claiming that ... is false\")"},
	{rmRestating, func(st *docState, s *figures.Sentence, fi int) bool { return rejectedAfterSemicolon(st.d, s, fi) },
		"%q: a clause after a semicolon points back to it and rejects it (\"; the figure in the post is wrong\", \"; no ministry has published such a figure\"; rejectedafter.go)"},
	{rmExamined, func(st *docState, s *figures.Sentence, fi int) bool { return sampleOf(st.d, s, fi) },
		"%q: what a sample or an examination holds (\"a sample of N\", \"an audit of N records\"), not the count"},
	{rmThat, func(st *docState, s *figures.Sentence, fi int) bool { return selfDenied(st.d, s, fi) },
		"%q: in what a party denies it did (\"denied a report that it had approved ...\")"},
	{rmDenial, func(st *docState, s *figures.Sentence, fi int) bool { return deniedAct(st.d, s, fi) },
		"%q: in an act a gerund tells that a form of \"deny\" takes as its object (\"denies having offered ...\"; deniedact.go)"},
	{rmRestating, func(st *docState, s *figures.Sentence, fi int) bool { return deniedHearsay(st.d, s, fi) },
		"%q: in what hearsay said that a verb of denial takes as its object (\"dismissed rumours of N dead\")"},
	{rmGivenCount, func(st *docState, s *figures.Sentence, fi int) bool { return supersededFigure(st.d, s, fi) },
		"%q: a count since replaced or withdrawn (\"an earlier figure of ... has since been replaced\")"},
	{rmRestating, func(st *docState, s *figures.Sentence, fi int) bool {
		return st.claimMarks(s).that && withdrawnClause(st.d, s, fi)
	}, "%q: opens what an estimate or a report said (\"an earlier estimate that N ...\") that its keeper corrected or withdrew (withdrawnclause.go)"},
	{0, func(st *docState, s *figures.Sentence, fi int) bool {
		return st.holdsQuestion(s) && doubtedQuestion(st.d, s, fi)
	}, "%q: in a yes-or-no question that doubts it (\"Is it really ...?\"), asserted by nobody"},
	{rmUnreal, func(st *docState, s *figures.Sentence, fi int) bool { return conditionEstimate(st.d, s, fi) },
		"%q: what estimates say may follow an open condition fronted (\"if the front moves ..., the estimates suggest\"), a projection"},
}

// withdrawn is whether figure fi of sentence s is taken back by one of
// the withdrawals, worked out once per figure, not per metric.
func (st *docState) withdrawn(s *figures.Sentence, fi int) bool {
	return memoFact(&st.facts().claim[fi], func() bool {
		bits := st.wordMarks(s).bits
		for i := range withdrawals {
			if w := &withdrawals[i]; (w.needs == 0 || bits&w.needs != 0) && w.withdraws(st, s, fi) {
				return true
			}
		}
		return false
	})
}

// noteWithdrawn is withdrawn for an explanation: it asks each withdrawal
// in its place and notes the first that takes the figure back.
func (st *docState) noteWithdrawn(s *figures.Sentence, fi int, tr *tracer) bool {
	text := st.d.Figures[fi].Text
	bits := st.wordMarks(s).bits
	for i := range withdrawals {
		w := &withdrawals[i]
		if tr.dropped(NoteRefused, (w.needs == 0 || bits&w.needs != 0) && w.withdraws(st, s, fi), w.why, text) {
			return true
		}
	}
	return false
}
