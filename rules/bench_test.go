package rules

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
)

// newsText generates about n bytes of news-like prose from templates of our
// own: figures with qualifiers, money, dates, quotes and plain sentences.
func newsText(n int) string {
	r := rand.New(rand.NewPCG(1, 2))
	places := []string{"Gaza", "Rafah", "Khan Younis", "Jabalia", "the West Bank", "Beirut", "Sanaa", "Kharkiv"}
	templates := []string{
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
	var b strings.Builder
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

// syntheticSpecs makes n metrics shaped like real ones: mostly on topics of
// their own (keywords the text never uses), one in twenty on words it does.
func syntheticSpecs(n int) []MetricSpec {
	common := []string{"killed", "wounded", "sheltering", "trucks", "households", "prisoners", "military aid", "teacher", "families", "flour"}
	specs := make([]MetricSpec, n)
	for i := range specs {
		kw := []string{fmt.Sprintf("topic%dword", i), fmt.Sprintf("subject%d*", i)}
		if i%20 == 0 {
			kw = append(kw, common[i/20%len(common)])
		}
		specs[i] = MetricSpec{ID: fmt.Sprintf("metric_%d", i), Keywords: kw, Window: 6}
		if i%50 == 0 {
			specs[i].Patterns = []string{fmt.Sprintf("{a} (Palestinian )?prisoners in exchange for {b} hostages%d?", i)}
			specs[i].Keywords = nil
		}
	}
	return specs
}

func benchmarkExtract(b *testing.B, specs []MetricSpec) {
	e, err := Compile(specs)
	if err != nil {
		b.Fatal(err)
	}
	text := newsText(1 << 20)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		e.Extract(text)
	}
}

func BenchmarkExtract(b *testing.B) {
	b.Run("shipped", func(b *testing.B) { benchmarkExtract(b, shippedSpecs(b)) })
	for _, n := range []int{1, 100, 1000} {
		b.Run(fmt.Sprintf("metrics=%d", n), func(b *testing.B) { benchmarkExtract(b, syntheticSpecs(n)) })
	}
}
