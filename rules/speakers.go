package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
	"github.com/claimtrack/claimtrack/rules/internal/wordset"
)

// A figure that counts the people who speak is the sentence's source, not
// a value of it: "..., two Egyptian officials said", "three people briefed
// on the talks told Reuters". The figure's noun phrase is the subject of a
// reporting verb; what they said is the count.

// sayingVerbs are the verbs of saying the rules read, each marked true
// when it also makes a passive of the count ("500 people reported
// missing", "an estimated 300 died"): such a verb after a figure says
// nothing of who speaks.
var sayingVerbs = map[string]bool{
	"said": false, "say": false, "says": false, "told": false, "tell": false, "tells": false,
	"added": false, "warned": false, "stressed": false, "insisted": false,
	"reports": true, "reported": true, "estimates": true, "estimated": true,
}

// reportingVerb reports whether w is a verb of saying that takes a
// speaker as its subject and makes no passive of the count.
func reportingVerb(w string) bool {
	passive, ok := sayingVerbs[w]
	return ok && !passive
}

// speakingVerb reports whether lower-cased w is a verb of saying or
// estimating whose subject is the one who speaks: a place said with that
// subject is where the speaker is, not where the count is ("Officials in
// Kyiv say ...", "In Chad they say ...").
func speakingVerb(w string) bool {
	switch w {
	case "say", "says", "said", "told", "report", "reports", "reported", "estimate", "estimates", "estimated":
		return true
	}
	return false
}

// speakerClauseAt reports whether a clause of attribution opens at token
// k, after a comma: at most four words of its speaker, then a verb of
// saying ("..., UN says", "..., the health ministry said"). A name after
// a comma that speaks opens no list: "died in Mariupol, UN says" places
// the count in Mariupol alone.
func speakerClauseAt(d *figures.Document, s *figures.Sentence, k int) bool {
	for t := k; t < s.TokEnd && t <= k+4; t++ {
		if !d.Tokens[t].IsWord() {
			return false
		}
		if t > k && speakingVerb(d.LowerTokenText(t)) {
			return true
		}
	}
	return false
}

// ownTollSpeaker reports whether exclude_near hit ex is a country that
// opens sentence s as the speaker, itself or by a body it owns ("Lebanon
// says 3,000 killed in Israeli strikes", "Lebanon's health ministry
// reports that 3,189 people have been killed") and the sentence names
// none of the metric's scope: a country
// that tells a count with no place for it tells its own, the excluded
// place's. A sentence that names the metric's place ("Israel says four
// Hamas battalions remain in Rafah") speaks of that place. Only figure fi
// opening what the country says (after the verb, perhaps after "that") is
// its count: a clause with a subject of its own speaks of another's count
// ("Israel says Hamas inflates the toll, which the ministry puts at
// 37,000", "Turkey says the death toll across both countries has passed
// 50,000").
func (m *metric) ownTollSpeaker(st *docState, s *figures.Sentence, ex hit, fi int) bool {
	d := st.d
	fs, _ := d.FigureTokens(fi)
	if ex.start != afterStamp(d, s) || ex.end >= s.TokEnd || !named(d, ex.start) {
		return false
	}
	if !isCountry(d.TokenText(ex.end - 1)) {
		return false
	}
	v := ex.end
	if ownerMark(d, v) {
		v = ownedSpeakerVerb(d, s, v+2) // "Lebanon's Ministry of Public Health reports that"
	}
	if v < 0 || !speakingVerb(d.LowerTokenText(v)) {
		return false
	}
	if open := v + 1; fs != open && (fs != open+1 || d.LowerTokenText(open) != "that") {
		return false
	}
	return !m.scopeNamedIn(st, s)
}

// ownedSpeakerVerbWords is how many words the body a country owns may
// run to before its verb of saying: "Ministry of Public Health" is four.
const ownedSpeakerVerbWords = 6

// ownedSpeakerVerb returns the token of the verb of saying after the
// body a country owns, from token t on ("Lebanon's health ministry says",
// "Lebanon's Ministry of Public Health reports"), or -1: at most
// ownedSpeakerVerbWords words, none a figure nor a word that joins
// another party to it ("and", "with", "jointly"), stand before it. The
// body speaks for its country as the country's name alone does ("Lebanon
// says").
func ownedSpeakerVerb(d *figures.Document, s *figures.Sentence, t int) int {
	for k := t; k < s.TokEnd && k <= t+ownedSpeakerVerbWords; k++ {
		if !d.Tokens[k].IsWord() || figureAt(d, k) >= 0 {
			return -1
		}
		switch d.LowerTokenText(k) {
		case "and", "or", "with", "alongside", "together", "jointly":
			return -1 // another party speaks too: "Pakistan's NDMA and Indian officials together report"
		}
		if k > t && speakingVerb(d.LowerTokenText(k)) {
			return k
		}
	}
	return -1
}

// speakersOf reports whether figure fi of sentence s counts the subject of
// a reporting verb: the figure, its noun phrase (at most four words, none
// a verb of another kind, a preposition, a clause word or a figure), then
// the verb ("two Egyptian officials said", "three diplomats told"). The
// noun phrase must hold at least its noun, a plural one right before the
// verb: "400 said" is no speaker.
func speakersOf(d *figures.Document, s *figures.Sentence, fi int) bool {
	fs, fe := d.FigureTokens(fi)
	if prepositionObject(d, s, fs) && !participleAfter(d, s, fe) {
		return false // "in return for 27 detainees said": the subject stands before
	}
	nouns := 0
	for t := fe; t < s.TokEnd && nouns <= 4; t++ {
		if !d.Tokens[t].IsWord() || figureIn(d, s, t) >= 0 {
			return false
		}
		w := d.LowerTokenText(t)
		kind, _ := speakerWordTable.Get(w)
		if kind == speakerVerb {
			if saidToBe(d, s, t) {
				return false // "the four battalions said to be dug in": said of them
			}
			if t+1 < s.TokEnd && (auxiliary(d.LowerTokenText(t+1)) || linkingVerb(d.LowerTokenText(t+1))) {
				// A verb after the saying one makes the figure its
				// subject: "the more than 30,000 Palestinians health
				// officials say have been killed".
				return false
			}
			// The verb's subject is the figure's plural noun, right before
			// it: in "the four battalions Israel says remain", Israel
			// speaks, not the battalions.
			return nouns > 0 && w != "says" && w != "tells" && pluralNoun(d.LowerTokenText(t-1))
		}
		if kind == speakerStop {
			return false
		}
		nouns++
	}
	return false
}

// prepositionObject reports whether the figure starting at token fs is
// the object of a preposition, perhaps past "the": "among the 9 hostages
// freed ...", "in return for 27 detainees". Such a figure is no subject,
// so it names no speakers: in "A man whose niece was among the 9 hostages
// freed in return for 27 detainees said ...", the man speaks. "this" and
// "last", which prepositions holds as words that open a time, are no
// prepositions here.
func prepositionObject(d *figures.Document, s *figures.Sentence, fs int) bool {
	k := fs - 1
	if k > s.TokStart && d.LowerTokenText(k) == "the" {
		k--
	}
	if k < s.TokStart {
		return false
	}
	w := d.LowerTokenText(k)
	return preposition(w) && w != "this" && w != "last" || w == "among" || w == "between"
}

// participleAfter reports whether a lower-case word in -ed stands right
// after a figure that ends at token fe: "from the 3 evacuated districts".
// The figure then counts the noun after the participle, which countedNoun
// does not read past (it takes "-ed" for a verb); until it does, the
// speakers reading keeps such a figure out as it did (review43).
func participleAfter(d *figures.Document, s *figures.Sentence, fe int) bool {
	if fe >= s.TokEnd {
		return false
	}
	w := d.TokenText(fe)
	return isLowerWord(w) && strings.HasSuffix(w, "ed")
}

// speakerWords are what speakersOf reads each word after a figure as, in
// one look-up a word where it had taken two: a reporting verb
// (reportingVerb) or else a word its noun phrase stops at (clauseStops).
var speakerWords = func() map[string]int8 {
	m := map[string]int8{}
	for w, in := range clauseStops {
		if in {
			m[w] = speakerStop
		}
	}
	for w := range sayingVerbs {
		if reportingVerb(w) {
			m[w] = speakerVerb
		}
	}
	return m
}()

// speakerWordTable is speakerWords for speakersOf's lookups, one or more
// after every figure it is asked of (wordset: no hashing call).
var speakerWordTable = wordset.New(speakerWords)

// What speakerWords holds of a word (0: neither).
const (
	speakerVerb int8 = 1 + iota
	speakerStop
)

// pluralNoun reports whether w is a plural noun that can name speakers:
// a regular plural ("officials", "sources") or an irregular one.
func pluralNoun(w string) bool {
	switch w {
	case "people", "men", "women", "police", "staff":
		return true
	}
	return pluralForm(w)
}

// clauseStops are the words a figure's noun phrase stops at: prepositions,
// verbs of acting or speaking and link words, in one set, looked up once
// (speakersOf and changeBy read every word after a figure).
var clauseStops = func() map[string]bool {
	m := map[string]bool{}
	for _, set := range []map[string]bool{prepositions, actsOrSpeaks, linkWords} {
		for w, in := range set {
			m[w] = m[w] || in
		}
	}
	return m
}()

// clauseStopTable is clauseStops for clauseStop (wordset: no hashing call).
var clauseStopTable = wordset.New(clauseStops)

// clauseStop reports whether lower-cased w is one of clauseStops.
func clauseStop(w string) bool {
	in, _ := clauseStopTable.Get(w)
	return in
}

// saidToBe reports whether the verb of saying at token t is a reduced
// passive: "said to be", "said to have regrouped", "said to remain", what
// is said of the noun before it, as "believed to be" says. "said to" a
// listener ("to reporters", "to the Times", "to Reuters", "to us") keeps
// the speakers: the word after "to" is then a name, a determiner, a
// pronoun or a plural.
func saidToBe(d *figures.Document, s *figures.Sentence, t int) bool {
	word := sentenceWords(d, s)
	if word(t) != "said" || word(t+1) != "to" || t+2 >= s.TokEnd || !isLowerWord(d.TokenText(t+2)) {
		return false
	}
	switch w := word(t + 2); {
	case determiner(w) || demonstrative(w):
		return false
	case w == "me" || w == "him" || w == "us" || w == "them" || w == "you" || w == "it" || w == "one" || w == "each" || w == "all" || w == "both":
		return false
	default:
		// A plural names listeners ("to reporters"); an infinitive ("be",
		// "have", "remain", "possess") says what is said of the noun.
		return !pluralForm(w)
	}
}
