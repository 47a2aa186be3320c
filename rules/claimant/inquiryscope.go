package claimant

import "github.com/claimtrack/claimtrack/rules/figures"

// A sentence telling of an inquiry done ("We reviewed 1,400 job
// adverts", "The IRC surveyed 900 households in Adré over two weeks")
// often counts what was inquired into, or for how long: the sample, not a
// finding. Such a count does not make the sentence one that gives its own
// figure, and it still announces the figures of the next sentence
// (convention 5), as "The IRC surveyed households in Adré" does: "Almost
// 40 per cent reported a child with diarrhoea" is the IRC's. A sentence
// that goes on to a finding of its own ("... and found that 35 per cent
// ...") gives its figure, and announces nothing.

// methodNouns are the findings nouns (lexicon.go) that name a way of
// inquiring into material rather than a count of what was found: a survey,
// a review, an audit, an analysis. Their verbs take the material as
// object ("surveyed 900 households", "reviewed 1,400 rulings"), where the
// verbs of the counting nouns take the result ("documented 14 attacks",
// "tallied 300 deaths", "counted 4,800 evacuees"), which is the
// sentence's own figure.
var methodNouns = set("survey surveys serosurvey review study poll polls audit audits analysis assessment assessments comparison comparisons investigation")

// methodForms are methodNouns' verbs in the past and -ing forms, made as
// inquiryForms are.
var methodForms = verbsOfFindings(methodNouns)

// inquiryScopeOnly reports whether every amount figure of sentence si is
// the scope of an inquiry the sentence tells of (see inquiryScope), and
// the next sentence reads as what the inquiry found in its sample: a
// share ("Almost 40 per cent reported ...") or a sentence taking the
// sample up by a pronoun or a partitive phrase ("They counted ...", "Of
// those, ..."). A sentence stating another fact ("The war has now
// killed more than 33,000 people") is no finding of the survey's
// (convention 5), and the count of the sample leaves it to itself.
func (c *call) inquiryScopeOnly(si int) bool {
	if si+1 >= len(c.d.Sentences) || !c.takesUpSample(si+1) {
		return false
	}
	s := &c.d.Sentences[si]
	v := c.view(si)
	any := false
	for i := s.FigStart; i < s.FigEnd; i++ {
		f := &c.d.Figures[i]
		if !f.Kind.IsAmount() {
			continue
		}
		if !v.inquiryScope(v.tokAt(f.Start)) {
			return false
		}
		any = true
	}
	return any
}

// inquiryScope reports whether the figure at token ft follows a verb of
// inquiry by method done by the sentence's subject ("We reviewed", "Our
// reporters surveyed", inquiry.go), in a sentence that reports and finds
// nothing else: what was inquired into, where or for how long.
func (v *view) inquiryScope(ft int) bool {
	inq := -1
	for i := 1; i < ft && i < len(v.toks); i++ {
		if methodForms[v.toks[i].low] && v.inquired(i) && v.inquiryBySubject(i) {
			inq = i
			break
		}
	}
	if inq < 0 {
		return false
	}
	for k := inq + 1; k < len(v.toks); k++ {
		if v.toks[k].word && !v.toks[k].capital {
			if r, f := v.verbAt(k); r || f {
				return false
			}
		}
	}
	return true
}

// takesUpSample reports whether sentence si reads as an inquiry's finding
// in the sample the sentence before counted: it holds a share, or opens
// on a pronoun or on "of" or "among" ("Of those", "Among them").
func (c *call) takesUpSample(si int) bool {
	s := &c.d.Sentences[si]
	for i := s.FigStart; i < s.FigEnd; i++ {
		if c.d.Figures[i].Kind == figures.Percent {
			return true
		}
	}
	v := c.view(si)
	k := v.skipKicker(v.skipDateline(0))
	if k >= len(v.toks) {
		return false
	}
	t := &v.toks[k]
	return t.word && (t.has(cPronoun) && !t.has(cFirstPerson) || v.is(k, wOf) || t.low == "among")
}
