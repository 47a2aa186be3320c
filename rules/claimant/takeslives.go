package claimant

import "github.com/claimtrack/claimtrack/rules/internal/wordform"

// "The sea is claiming more lives.", "Storms took more lives overnight.",
// "The Mediterranean has cost countless lives.": the subject of a verb
// that takes lives is a cause, never a teller, so a toll in the next
// sentence ("The toll tops 1,500 again.") is not its word. claimVerbAt
// already refuses "claimed 40,000 lives" as a verb of claim; subjectOf's
// last resort, a plain noun phrase and any verb, needs the same test
// (walk58).

// livesTakers are the forms of the verbs whose object "lives" is what
// someone or something took: each verb in every form wordform makes, and
// "taken", a past participle it does not.
var livesTakers = func() map[string]bool {
	m := wordform.Set([]wordform.Verb{{Base: "claim"}, {Base: "take", Past: "took"}, {Base: "cost", Past: "cost"}}, true, wordform.Finite, wordform.Participle)
	m["taken"] = true
	return m
}()

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

// canTell reports whether the words [a, b), a sentence's subject, can be
// a teller: a configured claimant's words, a kind of body, people, a post
// or an agent, a publication, or a name (initials, "AFAD", or a capital
// after another word: the sentence's first is capitalised as its first).
// "The sea", "The crossing", "Cholera", "The storm", "The route" cannot,
// and "The toll ..." after them points back to no one's account
// (neighbours.go; review58).
func (v *view) canTell(a, b int) bool {
	for k := a; k < b && k < len(v.toks); k++ {
		t := &v.toks[k]
		if t.aliases != 0 || t.nameKind() || t.agent() || t.post() || t.has(tellerClasses) || t.capital && t.word && (t.shouted && len(t.low) > 1 || k > 0 && v.toks[k-1].word) {
			return true
		}
	}
	return false
}

// tellerClasses are the lexicons whose words name people or bodies that
// speak, or what they publish.
var tellerClasses = cPeople | cOffice | cJournalist | cFieldPeople | cGovernment | cForce | cPublication | cOutletKind | cLearnedPeople |
	cGroupNoun | cDocumentNoun | cReleasedPaper | cPostedWork | cFirstPerson | cPeopleAt | cSpeakerCount
