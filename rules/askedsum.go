package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A sum a verb of need or request governs is what someone asks for, not
// what was given: "the plan, which requires $640m, is 22 per cent funded",
// "is seeking $90m", "calls for $640m", "falls short of the $640m
// sought". Funding stories give the sum asked beside the words of giving
// ("funded", "pledges"), so a metric of money given would take it from
// them. A metric whose own keyword in the sentence is a word of asking
// ("appeal", "sought", "requirement") counts requests and takes it as
// before (sum_asked_for.yaml). A need that counts people is needcount.go.

// askedSum reports whether money figure fi of sentence s is the object of
// a verb of need or request: one right before it ("requires", "seeking"),
// one before "for" right before it ("calls for", "appealed for"), or a
// participle right after it ("the $640m sought", "$90m needed") when no
// verb of giving governs it, before it or after the participle's phrase
// (askedsumgiven.go).
func askedSum(d *figures.Document, s *figures.Sentence, fi int, hits []hit) bool {
	if d.Figures[fi].Kind != figures.Money {
		return false
	}
	fs, fe := d.FigureTokens(fi)
	word := sentenceWords(d, s)
	switch w := word(fs - 1); {
	case askingVerb(w):
		return true
	case w == "for":
		if askingForVerb(word(fs - 2)) {
			return true
		}
	}
	switch word(fe) {
	case "sought", "needed", "required", "requested":
		return !givenObject(d, s, fs, hits) && !givenSubject(d, s, fe, hits)
	}
	return false
}

// givenObject reports whether the figure starting at token fs is the
// object of the metric's keyword or of a verb that gives or meets a sum
// (sumGivingAt), past a determiner and "all of", "the full" or "in full":
// "donors pledged the $640m sought", "have covered the $640m needed",
// "have provided all of the $640m requested", "gave the full $640m
// needed". The participle after it then says what the sum was asked as;
// the sum was given, unless the verb's group is negated, modal or an
// infinitive ("have not provided", "failed to cover": unGivenVerbGroup).
func givenObject(d *figures.Document, s *figures.Sentence, fs int, hits []hit) bool {
	word := sentenceWords(d, s)
	k := fs - 1
	switch word(k) {
	case "full", "entire", "whole":
		if determiner(word(k - 1)) {
			k -= 2 // "the full $640m"
		}
	}
	if determinerBefore(d, k+1) && k >= s.TokStart {
		k--
	}
	switch {
	case word(k) == "of" && word(k-1) == "all":
		k -= 2 // "all of the $640m"
	case word(k) == "all":
		k-- // "all the $640m"
	case word(k) == "full" && word(k-1) == "in":
		k -= 2 // "pledged in full the $640m"
	}
	if k < s.TokStart {
		return false
	}
	return sumGivingAt(d, k, hits) && !unGivenVerbGroup(d, s, k)
}

// askingVerb reports whether lower-case w is a form of a verb that takes
// the sum asked for as its object (verbForm reads the forms). Not
// seekingVerb: that list holds verbs of discussing a change ("weigh",
// "consider"), which ask for no sum.
func askingVerb(w string) bool {
	if w == "sought" {
		return true
	}
	for _, stem := range [...]string{"require", "need", "seek", "request"} {
		if verbForm(w, stem) {
			return true
		}
	}
	return false
}

// askingForVerb reports whether lower-case w is a form of a verb that asks
// for a sum through "for": "calls for", "is asking for", "appealed for".
func askingForVerb(w string) bool {
	return verbForm(w, "call") || verbForm(w, "ask") || verbForm(w, "appeal")
}

// asksInKeyword reports whether one of the metric's keyword hits in the
// sentence is a word of asking: the metric counts what is asked for. The
// words are those askedSum reads, in any form ("asking for", "appealing
// for"); "call" asks only before "for" ("a fund called ..." asks nothing).
func asksInKeyword(d *figures.Document, hits []hit) bool {
	for _, h := range hits {
		if h.ref.role != roleKeyword {
			continue
		}
		for k := h.start; k < h.end; k++ {
			switch w := d.LowerTokenText(k); {
			case w == "requirement", w == "requirements", w == "plea", w == "pleas", askingVerb(w),
				verbForm(w, "ask"), verbForm(w, "appeal"):
				return true
			case verbForm(w, "call") && k+1 < len(d.Tokens) && d.LowerTokenText(k+1) == "for":
				return true
			}
		}
	}
	return false
}
