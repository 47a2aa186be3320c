package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// An explainer's "What is X?" asks for a definition, and the sentence
// after it defines X: "What is Foreign Military Financing? A grant Israel
// spends on American weapons, $3.3bn a year under the memorandum." When X
// is a phrase a metric rules out (exclude_near), the answer's figures are
// X's, whatever note after them names the metric's keyword (the
// agreement, "under the MOU"). questionHits keeps such a phrase of the
// question, and nearestHits places it definedTopicGap words from every
// figure of the answer: a keyword right by a figure ("the $3.8bn in
// military aid") still names it. A question of another kind ("Why does
// Israel get FMF?", "How much is FMF worth?") defines nothing. Nor is
// the whole an answer takes its figure "out of" X's: "FMF is a grant of
// $2bn, out of some $2.6bn of military aid" places X inside the larger
// sum, which is not X (wholeOutOf).

// definedTopicGap is how near a defined phrase stands to the answer's
// figures: nearer than a note after them, no nearer than a keyword one
// word from a figure.
const definedTopicGap = 2

// definedInQuestion reports whether hit h is what a "What is X?" question
// asks to define: "what" and "is" or "are" (and an article) right before
// it, and right after it the question mark, or a short phrase of place or
// recipient before it ("What is FMF for Israel?", "What is Foreign
// Military Financing (FMF)?").
func definedInQuestion(d *figures.Document, h hit) bool {
	k := h.start - 1
	if k >= 0 && article(d.LowerTokenText(k)) {
		k--
	}
	if k < 1 {
		return false
	}
	if v := d.LowerTokenText(k); v != "is" && v != "are" || d.LowerTokenText(k-1) != "what" {
		return false
	}
	for j := h.end; j < len(d.Tokens) && j <= h.end+maxDefinedTail; j++ {
		switch t := d.LowerTokenText(j); {
		case t == "?":
			return true
		case j == h.end && t != "for" && t != "to" && t != "in" && t != "(":
			return false
		case t == "." || t == "," || t == ";" || t == ":":
			return false
		}
	}
	return false
}

// maxDefinedTail is how many tokens may follow the defined phrase before
// the question mark: "for Israel", "(FMF)".
const maxDefinedTail = 4

// wholeOutOf reports whether figure fi of sentence s is the whole a part
// before it is taken "out of": "out of" and perhaps a determiner right
// before the figure, another amount earlier in the sentence ("$3bn a year,
// out of the $3.5bn"). A defined topic names the part, not this whole.
func wholeOutOf(d *figures.Document, s *figures.Sentence, fi int) bool {
	fs, _ := d.FigureTokens(fi)
	k := fs - 1
	if k > s.TokStart && article(d.LowerTokenText(k)) {
		k--
	}
	if k-1 < s.TokStart || d.LowerTokenText(k) != "of" || d.LowerTokenText(k-1) != "out" {
		return false
	}
	for fj := s.FigStart; fj < fi; fj++ {
		if d.Figures[fj].Kind.IsAmount() {
			return true
		}
	}
	return false
}
