package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// A place that holds people says what a keyword phrase "in PLACE" says:
// "Rafah now holds some 1.5m people", "Rafah's streets now hold close to
// one and a half million people", "Rafah, now home to 1.4 million". The
// people a place holds, houses or hosts are the people in it ("Rafah, home
// now to 1.4 million" as well: holdCompletedAt); so are those
// it is a refuge for ("Rafah, refuge for 1.4m", "Rafah, now a haven for
// more than a million") and the level its people grow to ("Rafah swells to
// 1.5m", "Rafah has grown to 1.4 million"): a place that swells grows by
// the people who come to it.

// holdWord reports whether lower-case w says that its subject, a place,
// has people in it, and what must follow it: nothing after a verb of
// keeping ("holds", "houses", "hosts"); the preposition of its people after
// a noun of refuge (figures.RefugeNoun: "home to", "refuge for"); "to" and
// the level it reaches after a verb of growth (figures.GrowthForm), since
// bare ("Rafah grew 300,000 in a week") it gives the change, not the
// people in the place.
func holdWord(w string) holdNext {
	switch w {
	case "hold", "holds", "holding", "house", "houses", "housing", "host", "hosts", "hosting":
		return holdBare
	}
	switch {
	case figures.RefugeNoun(w):
		return holdForTo
	case figures.GrowthForm(w):
		return holdTo
	}
	return holdNone
}

// holdNext is what must follow a word of holdWord.
type holdNext uint8

const (
	holdNone  holdNext = iota // no word of holding
	holdBare                  // nothing
	holdForTo                 // "for" or "to"
	holdTo                    // "to"
)

// completes reports whether lower-case next, the word after a word of
// holdWord, completes it.
func (h holdNext) completes(next string) bool {
	switch h {
	case holdBare:
		return true
	case holdForTo:
		return next == "for" || next == "to"
	case holdTo:
		return next == "to"
	}
	return false
}

// holdCompletedAt reports whether the word of holding at token k, which
// needs a preposition after it (h), has it next or past an adverb of time
// or one in -ly: "home now to 1.4 million", "home temporarily to". "then"
// dates the holding in the past ("home then to 275,000") and completes
// nothing.
func holdCompletedAt(d *figures.Document, s *figures.Sentence, k int, h holdNext) bool {
	word := sentenceWords(d, s)
	j := k + 1
	if w := word(j); w != "then" && (stateTimeAdverb(w) || lyAdverb(d.TokenText(min(j, s.TokEnd-1)))) {
		j++
	}
	return j < s.TokEnd && h.completes(word(j))
}

// holdHits appends, for each keyword phrase "in PLACE", a hit on a word of
// holdWord whose subject is PLACE (holder). The hit covers the word.
func (e *Engine) holdHits(st *docState, s *figures.Sentence, hits []hit) []hit {
	if len(e.inPlaces) == 0 {
		return hits
	}
	d := st.d
	for k := s.TokStart + 1; k < s.TokEnd; k++ {
		if pe := grownPlaceAt(d, s, k); pe >= 0 {
			// The place as the object of a verb of growth: "have
			// swelled Rafah to 1.4 million" (grownplace.go).
			hits = e.inPlaceHits(d, s, pe, k, pe+1, hits)
			continue
		}
		w := d.LowerTokenText(k)
		h := holdWord(w)
		subj, end := k, k+1
		if h == holdNone || !isLowerWord(d.TokenText(k)) || h != holdBare && !holdCompletedAt(d, s, k, h) {
			// The class of keeping in other forms and tenses
			// (keepverb.go): "has taken in", "was housing".
			if subj, end = keepVerbAt(d, s, k); subj < 0 {
				continue
			}
		}
		place := holder(d, s, subj)
		if place < 0 && subj == k {
			// A progressive after "was" reads its subject before the
			// auxiliary (keepverb.go).
			if v, _ := keepVerbAt(d, s, k); v >= 0 && v != k {
				place = holder(d, s, v)
			}
		}
		if place < 0 || d.LowerTokenText(subj-1) == "it" && !objectFigureAt(d, s, end) {
			continue
		}
		hits = e.inPlaceHits(d, s, place, k, end, hits)
	}
	return hits
}

// objectFigureAt reports whether a figure is the object of a hold word
// ending before token k: one starting within four tokens, no mark between
// ("it holds more than 1.4m", "it houses close to 1.5m"). A pronoun's hold
// licenses only its own object; "Rafah was a town of 275,000, and now it
// holds the rest" holds no figure of its own (pronoun_other_name_between.yaml).
func objectFigureAt(d *figures.Document, s *figures.Sentence, k int) bool {
	for t := k; t < s.TokEnd && t < k+4; t++ {
		if figureIn(d, s, t) >= 0 {
			return true
		}
		if !d.Tokens[t].IsWord() {
			return false
		}
	}
	return false
}

// holder returns the last token of the name that is the subject of the
// verb at token k, or -1: the name right before it past adverbs and "is"
// ("Rafah is now home to"), past an aside closed by a comma ("Rafah, which
// had about 275,000 residents before the war, now holds"), in apposition
// ("Rafah, home to", "Rafah, now a haven for", "South Sudan, itself home
// to"), or owning a plural noun
// ("Rafah's streets now hold"); "has" and "have" stand before a verb's
// present perfect ("Rafah has swollen to"). A verb after "was", "were",
// "had" or "once" says what the place used to hold ("Before the war, Rafah
// was home to about 275,000"), and has none.
func holder(d *figures.Document, s *figures.Sentence, k int) int {
	t := subjectBefore(d, s, k, func(w, raw string) bool {
		switch w {
		case "now", "still", "already", "currently", "itself", "is", "are", "has", "have", "a", "an":
			return true
		case "become", "becomes":
			// A copula of a state reached: "Rafah has become home
			// to" (rafah_holding_idea.yaml).
			return true
		}
		return lyAdverb(raw)
	})
	switch w := d.LowerTokenText(t); {
	case w == "was" || w == "were" || w == "had" || w == "once" || w == "formerly" || w == "previously":
		return -1
	case named(d, t):
		if objectOfPreposition(d, s, t) && !placeOfName(d, s, t) {
			return -1 // "the number packed into Rafah has swollen": the number is the subject
		}
		return t
	case kindNamed(d, s, t) >= 0:
		return kindNamed(d, s, t) // "the Mawasi zone now holds"
	case (w == "which" || w == "that") && t-2 >= s.TokStart && d.TokenText(t-1) == ",":
		// A relative clause's subject is its antecedent: "Israel eyes
		// Rafah, which holds some 1.4 million" (rafah_holding_idea.yaml).
		return namedHead(d, s, t-2)
	case d.TokenText(t) == ",":
		if n := namedHead(d, s, t-1); n >= 0 {
			if a := asideHolder(d, s, n); a >= 0 {
				return a // "Rafah, on the border with Egypt, is now home to" (holderaside.go)
			}
			return n // "Rafah, home to"
		}
		for c := t - 1; c > s.TokStart; c-- {
			if d.TokenText(c) == "," {
				return namedHead(d, s, c-1) // "Rafah, which had ..., now holds"
			}
		}
	case isDash(d.TokenText(t)) || doubleHyphenEnd(d, s, t):
		// An aside between dashes is the comma's aside set off as
		// speech and long copy set it off: "Rafah — a farming town,
		// once — now houses 1.27 million"
		// (holder_dash_aside.yaml).
		if o := holderDashOpen(d, s, t); o > s.TokStart {
			return namedHead(d, s, o-1)
		}
	case t >= s.TokStart+3 && isLowerWord(d.TokenText(t)) && pluralForm(d.LowerTokenText(t)) && ownerMark(d, t-2) && named(d, t-3):
		return t - 3 // "Rafah's streets now hold"
	case w == "it" && isLowerWord(d.TokenText(t)):
		// A pronoun in a later clause stands for the place an earlier
		// clause is about: "Rafah was a town of 275,000; now it holds
		// 1.3m" (place_owns_millions.yaml). "the city" is read by
		// describedCity (coref.go).
		return clauseSubjectName(d, s, t)
	}
	return -1
}

// clauseSubjectName returns the last token of the first name before token
// t of sentence s that is the subject of a clause, or -1: a name followed
// by a finite verb (a form of "be" or "have", or a word in -s or -ed),
// which is no preposition's object and owns no noun: "Before October,
// Rafah was a border town ...; today it holds", "Rafah has changed beyond
// recognition, and today it houses". The pronoun at t points back to it.
func clauseSubjectName(d *figures.Document, s *figures.Sentence, t int) int {
	for k := s.TokStart; k < t-1; k++ {
		if !named(d, k) || k > s.TokStart && named(d, k-1) {
			continue
		}
		e := min(nameEnd(d, s, k), t) - 1
		v := d.LowerTokenText(e + 1)
		if e+1 >= t || !isLowerWord(d.TokenText(e+1)) || objectOfPreposition(d, s, e) {
			continue
		}
		switch {
		case v == "is" || v == "was" || v == "has" || v == "had" || v == "remains" || v == "remained":
		case len(v) > 3 && (strings.HasSuffix(v, "ed") || strings.HasSuffix(v, "s") && !strings.HasSuffix(v, "ss")):
		default:
			continue
		}
		if otherNameBetween(d, s, e+1, t) {
			// "Rafah was a town of 275,000; Egypt, next door, says it
			// hosts 9m": the nearer name may be what "it" means.
			return -1
		}
		return e
	}
	return -1
}

// otherNameBetween reports whether a name that could be a clause's
// subject stands from token a to token b: one that is neither a
// preposition's object ("a town of 275,000 before the war in Gaza") nor an
// owner ("Israel's war"). The pronoun after it may stand for that name,
// so it points back to none.
func otherNameBetween(d *figures.Document, s *figures.Sentence, a, b int) bool {
	for k := a; k < b; k++ {
		if !named(d, k) || k > a && named(d, k-1) {
			continue
		}
		e := min(nameEnd(d, s, k), b) - 1
		if objectOfPreposition(d, s, e) || e+1 < b && ownerMark(d, e+1) {
			continue
		}
		return true
	}
	return false
}

// kindNamed returns the last token of the name before the kind of place
// at token k ("the Mawasi zone", "the Khan Younis area", "Nuseirat camp";
// placeKindNoun, placeNouns), the name no preposition's object: the place
// the phrase names, as the bare name is (place_kind_holds.yaml). It
// returns -1 when token k is no such kind.
func kindNamed(d *figures.Document, s *figures.Sentence, k int) int {
	if k-1 < s.TokStart || !named(d, k-1) || !isLowerWord(d.TokenText(k)) {
		return -1
	}
	if w := d.LowerTokenText(k); !placeKindNoun(w) && !placeNouns[w] {
		return -1
	}
	if objectOfPreposition(d, s, k-1) {
		return -1
	}
	return k - 1
}

// namedHead returns token k when it is a name, the name's last token when
// it is a kind of place after one (kindNamed), or -1.
func namedHead(d *figures.Document, s *figures.Sentence, k int) int {
	if named(d, k) {
		return k
	}
	return kindNamed(d, s, k)
}

// objectOfPreposition reports whether the name ending at token t, its
// capitalised words and the hyphens between taken back to its start,
// follows a lower-case preposition ("into Rafah", "in Khan Younis"): the
// object of a phrase, which is no verb's subject.
func objectOfPreposition(d *figures.Document, s *figures.Sentence, t int) bool {
	for t > s.TokStart && (named(d, t-1) || d.TokenText(t-1) == "-" && named(d, t-2)) {
		t--
	}
	if t <= s.TokStart {
		return false
	}
	switch d.LowerTokenText(t - 1) {
	case "in", "into", "inside", "to", "from", "of", "near", "around", "across", "outside", "toward", "towards":
		return isLowerWord(d.TokenText(t - 1))
	}
	return false
}

// pastHoldVerb reports whether lower-case w is a past form of a verb of
// keeping ("held", "housed", "hosted"), which holdWord reads only in the
// present.
func pastHoldVerb(w string) bool {
	switch w {
	case "held", "housed", "hosted":
		return true
	}
	return false
}

// heldFigureHolder returns the holder (holder) of the word of holding
// right before count figure fi of sentence s, the figure its object: a
// bare verb of keeping ("hosts 600,000"), a word of holding and the word
// it takes ("home to 1.4 million", "hosts some 600,000"), or, with
// shelters, a form of "shelter" ("sheltering 500,000") or a verb that
// takes people in (receivingVerb: "has absorbed 600,000", "has received";
// "has taken in": inner_place_receives.yaml). It returns -1 when
// no lower-case word of holding stands there or it has no holder.
// hostholds.go and innerholds.go read the holder apart, and a place that
// held people counts its own as one that holds them does, so the past
// forms of the verbs of keeping count too ("Deir al-Balah held some
// 700,000", "Chad hosted"; holder still refuses "had held", "was home
// to": inner_holds_past.yaml).
func heldFigureHolder(d *figures.Document, s *figures.Sentence, fi int, shelters bool) int {
	fs, _ := d.FigureTokens(fi)
	k := fs - 1
	if k <= s.TokStart || !isLowerWord(d.TokenText(k)) {
		return -1
	}
	w := d.LowerTokenText(k)
	switch {
	case holdWord(w) == holdBare || shelters && shelterVerb(w) || pastHoldVerb(w):
	case shelters && receivingVerb(w):
	case k-1 > s.TokStart && holdWord(d.LowerTokenText(k-1)).completes(w) && isLowerWord(d.TokenText(k-1)):
		k-- // "home to", "refuge for"
	case shelters && w == "in" && k-1 > s.TokStart && takeForm(d.LowerTokenText(k-1)) && isLowerWord(d.TokenText(k-1)):
		k-- // "has taken in"
	default:
		return -1
	}
	return holder(d, s, k)
}

// takeForm reports whether lower-cased w is a form of "take", which with
// "in" after it takes people into a place as "absorb" does: "Deir
// al-Balah has taken in 500,000" (inner_place_receives.yaml).
func takeForm(w string) bool {
	switch w {
	case "take", "takes", "taking", "took", "taken":
		return true
	}
	return false
}

// placeOfName reports whether the name ending at token t is named by the
// kind of place before it ("The city of Rafah currently houses"), the
// phrase opening its sentence: the kind and its name are one subject, so
// "of" makes the name no object (rafah_holding_idea.yaml). "The population
// of Rafah" is a noun of another kind, whose count is its own.
func placeOfName(d *figures.Document, s *figures.Sentence, t int) bool {
	for t > s.TokStart && (named(d, t-1) || d.TokenText(t-1) == "-" && named(d, t-2)) {
		t--
	}
	if t-3 < s.TokStart || d.LowerTokenText(t-1) != "of" || !placeNouns[d.LowerTokenText(t-2)] {
		return false
	}
	det := t - 3
	return placeDeterminerWord(d.LowerTokenText(det)) && det == afterSpeakerLabel(d, s)
}

// holderDashTokens is how many tokens an aside between dashes may hold
// before a verb of holding: "— a sleepy frontier spot of 190,000 or so
// in calmer years —" is twelve.
const holderDashTokens = 14

// holderDashOpen returns the opening mark of the aside whose closing
// dash ends at token t, or -1: the same mark (a dash, or the two hyphens
// of a wire's "--", which the tokenizer splits: doubleHyphenEnd), at most
// holderDashTokens tokens back, with no other clause mark between
// ("Rafah — a town of 200,000 —", not "..., and Egypt — whose border ...
// —").
func holderDashOpen(d *figures.Document, s *figures.Sentence, t int) int {
	double := doubleHyphenEnd(d, s, t)
	if double {
		t-- // the first hyphen of the closing pair
	}
	close := d.TokenText(t)
	for k := t - 1; k >= s.TokStart && k >= t-holderDashTokens; k-- {
		switch w := d.TokenText(k); {
		case double && doubleHyphenEnd(d, s, k):
			return k - 1
		case !double && w == close:
			return k
		case w == ";" || w == ":" || isDash(w):
			return -1
		}
	}
	return -1
}

// doubleHyphenEnd reports whether token t is the second of two hyphens
// standing apart from the words around them, a wire feed's "--" for a
// dash: "Rafah -- a farming hub ahead of the siege -- now holds". A hyphen
// inside a word ("Deir al-Balah") has no space before it.
func doubleHyphenEnd(d *figures.Document, s *figures.Sentence, t int) bool {
	return t-1 > s.TokStart && d.TokenText(t) == "-" && d.TokenText(t-1) == "-" && d.Tokens[t-1].Space
}
