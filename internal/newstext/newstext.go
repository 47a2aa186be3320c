// Package newstext generates news-like prose for benchmarks: sentences of
// our own with figures, qualifiers, money, dates, ages and quotes.
package newstext

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

var places = []string{"Gaza", "Rafah", "Khan Younis", "Jabalia", "the West Bank", "Beirut", "Sanaa", "Kharkiv"}

var templates = []string{
	"The health ministry in %[1]s said %[2]d people had been killed and more than %[3]d wounded since the fighting began.",
	"Aid officials said about %[4]d.%[5]d million people were sheltering in %[1]s, many of them in tents along the coast.",
	"Negotiators said Israel would release some %[2]d Palestinian prisoners in exchange for the return of %[5]d hostages.",
	"The United States provides roughly $%[5]d.%[6]d billion a year in military aid, officials in Washington said on Tuesday.",
	"Mr. Smith, a %[5]d-year-old teacher from %[1]s, said his family had moved %[6]d times since October 7.",
	"\"We have nothing left,\" she said, standing outside a school that now houses hundreds of families.",
	"Prices for flour have risen %[5]d%% in the past month, according to a survey of %[3]d households in %[1]s.",
	"The talks, which began in Doha on March %[5]d, are expected to resume next week, diplomats said.",
	"Between %[2]d and %[3]d trucks entered %[1]s on Monday, fewer than half the number needed, the agency said.",
	"Officials did not say when the crossing would reopen or how many people would be allowed through.",
}

// sentenceWithFigures writes one of the templates, filled in.
func sentenceWithFigures(b *strings.Builder, r *rand.Rand) {
	t := templates[r.IntN(len(templates))]
	args := []any{places[r.IntN(len(places))], 100 + r.IntN(40000), 1000 + r.IntN(90000), 1 + r.IntN(3), 1 + r.IntN(9), r.IntN(10)}
	if !strings.Contains(t, "%[") {
		// A template without figures: Fprintf would append the unused
		// arguments as "%!(EXTRA ...)".
		b.WriteString(t)
		return
	}
	fmt.Fprintf(b, t, args...)
}

// Generate returns about n bytes of text; the same n always gives the same text.
func Generate(n int) string {
	r := rand.New(rand.NewPCG(1, 2))
	var b strings.Builder
	b.Grow(n + 256)
	for b.Len() < n {
		sentenceWithFigures(&b, r)
		if r.IntN(4) == 0 {
			b.WriteString("\n\n")
		} else {
			b.WriteByte(' ')
		}
	}
	return b.String()
}

// lexicon is the vocabulary of Story's connecting prose, most common first
// (words are drawn with a Zipf distribution, as in real text).
var lexicon = strings.Fields(`the of and to a in that said is was for on it with as
he his by at from they be this have not are but had an which she their were been has
would who will more its after there when all also we one about up out into them over
than other people some could time two new first year last what can only most could
government officials city police state country president minister week month told
report reports according since while before during under where many those because
ministry agency spokesman spokeswoman statement statements talks group forces army
authorities residents families children women hospital hospitals school schools
border crossing aid trucks food water fuel medicine workers camp camps area areas
northern southern eastern western central town towns village villages road roads
military troops strike strikes attack attacks night morning evening day days
meeting leaders leader deal ceasefire proposal plan plans negotiators mediators
hostage hostages prisoners release released exchange return returned deal deals
united nations humanitarian international council security foreign defense
budget funding billion million package congress senate vote votes lawmakers
analysts experts data figures numbers toll tolls count counted estimate estimates
shelter shelters tents displaced fled flee homes house houses building buildings
power electricity hospital clinic doctors nurses patients injured wounded dead
killed missing rubble search rescue teams equipment supplies convoy convoys
weather rain cold winter summer heat dust sea coast port airport bridge market
prices flour bread bakery bakeries farmers crops fields livestock shortages
diplomats embassy envoy visit visited trip return announced announcement`)

// Story returns about n bytes of news-like text that differs from every
// other seed's: the templates' sentences with figures, between sentences of
// connecting prose drawn from a shared vocabulary. Different seeds give
// different stories (their MinHash similarity is low, as for two real
// articles on different subjects).
func Story(n int, seed uint64) string {
	r := rand.New(rand.NewPCG(seed, 0x73746f7279))
	zipf := rand.NewZipf(r, 1.1, 2, uint64(len(lexicon)-1))
	var b strings.Builder
	b.Grow(n + 256)
	for b.Len() < n {
		// One sentence in eight has figures: about two figures a
		// kilobyte, as in the wire copy we read.
		if r.IntN(8) == 0 {
			sentenceWithFigures(&b, r)
		} else {
			writeSentence(&b, 10+r.IntN(16), func() string { return lexicon[zipf.Uint64()] })
		}
		if r.IntN(5) == 0 {
			b.WriteString("\n\n")
		} else {
			b.WriteByte(' ')
		}
	}
	return b.String()
}

// writeSentence writes n words drawn by word, the first capitalised, and a
// full stop.
func writeSentence(b *strings.Builder, n int, word func() string) {
	for i := range n {
		w := word()
		if i == 0 {
			w = strings.ToUpper(w[:1]) + w[1:]
		} else {
			b.WriteByte(' ')
		}
		b.WriteString(w)
	}
	b.WriteByte('.')
}

// Stories returns about n bytes of different stories of about size bytes
// each, separated by blank lines.
func Stories(n, size int) string {
	var b strings.Builder
	b.Grow(n + size)
	for seed := uint64(0); b.Len() < n; seed++ {
		b.WriteString(Story(size, seed))
		b.WriteString("\n\n")
	}
	return b.String()
}
