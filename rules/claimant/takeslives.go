package claimant

// "The sea is claiming more lives.", "Storms took more lives overnight.",
// "The Mediterranean has cost countless lives.": the subject of a verb
// that takes lives is a cause, never a teller, so a toll in the next
// sentence ("The toll tops 1,500 again.") is not its word. claimVerbAt
// already refuses "claimed 40,000 lives" as a verb of claim; subjectOf's
// last resort, a plain noun phrase and any verb, needs the same test
// (walk58).

// livesTakers are the forms of the verbs whose object "lives" is what
// someone or something took.
var livesTakers = set("claim claims claimed claiming take takes took taken taking cost costs costing")

// livesAmounts may stand between such a verb and "lives": how many.
var livesAmounts = set("more many countless further hundreds thousands dozens scores tens numerous so too few fewer some another of the its their yet still even")

// takesLives reports whether the words from b, the first after a
// sentence's subject, are a verb that takes lives: at most three
// lower-case words (auxiliaries, adverbs: "is", "has already") before a
// form in livesTakers, then words of amount only, then "lives". "is
// taking stock of lives lost" and "counting the lives" do not.
func (v *view) takesLives(b int) bool {
	for k := b; k < len(v.toks) && k <= b+3; k++ {
		t := &v.toks[k]
		if !t.word || t.capital {
			return false
		}
		if !livesTakers[t.low] {
			continue
		}
		for m := k + 1; m < len(v.toks) && m <= k+4; m++ {
			u := &v.toks[m]
			switch {
			case u.low == "lives":
				return true
			case u.fig || u.num || u.word && livesAmounts[u.low]:
			default:
				return false
			}
		}
		return false
	}
	return false
}
