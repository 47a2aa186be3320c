package rules

import (
	"github.com/claimtrack/claimtrack/rules/figures"
	"github.com/claimtrack/claimtrack/rules/internal/wordform"
)

// A counter-claim: a party rejects a count the metric's keyword names and
// gives its own in the same breath ("The RSF has rejected the UN's
// displacement figures as exaggerated, claiming that fewer than 3 million
// ...", "Moscow dismissed the UN's civilian death toll, saying fewer than
// 2,000 ...", "The army rejects the ministry's toll and says maybe
// 15,000"). The figure is the rejecting party's, set against the count:
// taken as the count it posts a false "lower figure" alert
// (counter_claim_against_count.yaml). A rejected object that names no
// count of the metric ("rejected Israeli claims about militants, saying
// 35,000 ...": the count's own keeper answering), a relative on the
// count ("which aid agencies say has passed"), or a new speaker after "but"
// leave the figure the count's, and so does rejecting something said of
// the count ("dismissed doubts about its toll, saying ...").

// counterRejections are the verbs by which a party rejects a count.
var counterRejections = wordform.Set([]wordform.Verb{
	{Base: "reject"}, {Base: "dismiss"}, {Base: "dispute"}, {Base: "deny"},
	{Base: "contest"}, {Base: "challenge"}, {Base: "deride"},
}, true, wordform.Finite, wordform.Participle)

// counterSayings are the verbs by which the rejecting party gives its own
// figure right after: a participle after a comma (", claiming that"), or a
// finite verb after a comma or "and" (", says", "and says").
var counterSayings = func() map[string]wordform.Form {
	m := wordform.Inflect([]wordform.Verb{
		{Base: "say", Past: "said"}, {Base: "claim"}, {Base: "insist"}, {Base: "argue"},
		{Base: "maintain"}, {Base: "counter"}, {Base: "estimate"},
	})
	// Inflect doubles no consonant: "put" is written out ("putting the
	// civilian dead at ...").
	m["puts"], m["put"], m["putting"] = wordform.Finite, wordform.Finite, wordform.Participle
	return m
}()

// counterClaimReach is how many tokens may stand between the verb of
// saying and the figure ("claiming on its channel that"), and between
// the verb of rejecting and the verb of saying ("rejected the UN's
// displacement figures as 'inflated' and exaggerated,").
const counterClaimReach = 14

// counterClaim reports whether figure fi of sentence s is what a party
// says after rejecting a count one of the metric's keyword hits names.
func counterClaim(d *figures.Document, s *figures.Sentence, hits []hit, fi int) bool {
	fs, _ := d.FigureTokens(fi)
	say := -1
	for k := fs - 1; k > s.TokStart && k >= fs-counterClaimReach; k-- {
		switch t := d.TokenText(k); t {
		case ",", ";", "—", "–", "(", ")":
			return false // the saying's clause ends before the figure
		}
		w := d.LowerTokenText(k)
		form, ok := counterSayings[w]
		if !ok || !isLowerWord(d.TokenText(k)) {
			continue
		}
		before := d.LowerTokenText(k - 1)
		if before == "," || form == wordform.Finite && before == "and" {
			say = k - 1
		}
		break
	}
	if say < 0 {
		return false
	}
	for r := say - 1; r >= s.TokStart && r >= say-counterClaimReach; r-- {
		if t := d.TokenText(r); t == ";" || t == "." {
			return false
		}
		if !counterRejections[d.LowerTokenText(r)] {
			continue
		}
		for _, h := range hits {
			if h.ref.role == roleKeyword && h.start > r && h.end <= say && rejectedObject(d, r+1, h.start) {
				return true // "rejected UN displacement numbers"
			}
		}
		return false
	}
	return false
}

// rejectedObject reports whether the tokens from k to before the keyword
// at end may open the noun phrase the keyword heads, the object rejected:
// at most four words, none a preposition, a pronoun or "that" ("the UN's
// displacement", "the health ministry's"). "Doubts about its toll" and
// "claims it inflates its toll" reject something said of the count, which
// its keeper may then restate.
func rejectedObject(d *figures.Document, k, end int) bool {
	if d.WordPos(end)-d.WordPos(k) > 4 {
		return false
	}
	for ; k < end; k++ {
		switch w := d.LowerTokenText(k); {
		case prepositions[w], w == "about", w == "over", w == "into", w == "against", w == "that", w == "it", w == "they", w == "he", w == "she", w == "we", w == ",":
			return false
		}
	}
	return true
}
