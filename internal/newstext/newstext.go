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

// Generate returns about n bytes of text; the same n always gives the same text.
func Generate(n int) string {
	r := rand.New(rand.NewPCG(1, 2))
	var b strings.Builder
	b.Grow(n + 256)
	for b.Len() < n {
		t := templates[r.IntN(len(templates))]
		fmt.Fprintf(&b, t, places[r.IntN(len(places))], 100+r.IntN(40000), 1000+r.IntN(90000), 1+r.IntN(3), 1+r.IntN(9), r.IntN(10))
		if r.IntN(4) == 0 {
			b.WriteString("\n\n")
		} else {
			b.WriteByte(' ')
		}
	}
	return b.String()
}
