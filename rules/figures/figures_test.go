package figures

import (
	"math"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestByteOffsetsWithMultibyteText(t *testing.T) {
	in := "Le “bilan” dépasse désormais 1 200 morts — selon l’ONU, plus de 3 000 blessés."
	for _, f := range Find(in) {
		if in[f.Start:f.End] != f.Text {
			t.Errorf("offsets %d:%d do not give %q", f.Start, f.End, f.Text)
		}
	}
}

func TestSentences(t *testing.T) {
	in := "Lloyd J. Austin III met Mr. Gallant in the U.S. capital on Monday. The talks ran past 9 a.m. Officials said No. 2 was next.\n" +
		"Headline Without A Full Stop\nHe said: \"We will not stop.\" Then he left! Did they? Yes. 10:20 — Polls closed. 10:21 — 37 stayed open.\n" +
		"UNRWA posted its snapshot. 25 million need aid on Sunday. 300 left, approx. 40 stayed, and Fig. 3 shows it. Then Resolution No. 2:28 was cited."
	got := sentenceTexts(in)
	want := []string{
		"Lloyd J. Austin III met Mr. Gallant in the U.S. capital on Monday.",
		"The talks ran past 9 a.m.",
		"Officials said No. 2 was next.",
		"Headline Without A Full Stop",
		"He said: \"We will not stop.\"",
		"Then he left!",
		"Did they?",
		"Yes.",
		"10:20 — Polls closed.",
		"10:21 — 37 stayed open.",
		"UNRWA posted its snapshot.",
		"25 million need aid on Sunday.",
		"300 left, approx. 40 stayed, and Fig. 3 shows it.",
		"Then Resolution No. 2:28 was cited.",
	}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("sentences:\n got  %q\n want %q", got, want)
	}
}

// TestParagraphStart: a blank line opens a paragraph whether the sentence
// before it ends with a full stop or not; a single line break does not.
func TestParagraphStart(t *testing.T) {
	d := Analyze("Thirty hostages, ninety prisoners.\n\nThat is the deal.\nA line\n\nAnother paragraph\n\n\"Quoted.\"\n\nLast one.")
	var got []bool
	for _, s := range d.Sentences {
		got = append(got, s.ParagraphStart)
	}
	want := []bool{true, true, false, true, true, true}
	if !slices.Equal(got, want) {
		t.Errorf("paragraph starts: got %v, want %v", got, want)
	}
}

func TestHostileInput(t *testing.T) {
	inputs := []string{
		strings.Repeat("9", 5<<20),
		strings.Repeat("(", 10000) + "12" + strings.Repeat(")", 10000),
		string([]byte{0xff, 0xfe, '1', '2', 0xc3}),
		strings.Repeat("1,", 100000),
		strings.Repeat("one hundred and ", 5000),
		strings.Repeat("$", 10000) + "5",
	}
	for _, in := range inputs {
		d := Analyze(in)
		for _, f := range d.Figures {
			if f.Start < 0 || f.End > len(in) || f.Start > f.End {
				t.Fatalf("bad offsets %d:%d", f.Start, f.End)
			}
			if !utf8.ValidString(in) {
				continue
			}
			if in[f.Start:f.End] != f.Text {
				t.Fatalf("offsets do not give text")
			}
		}
	}
}

func FuzzFind(f *testing.F) {
	for _, s := range []string{"more than 1.4 million", "$3.3bn", "between 700 and 800", "36-year-old", "9:30 p.m.",
		"tens of thousands", "1,234,567.89", "5/17/2018", "two hundred and fifty", "US$ 4.7 billion", "1.1^-23",
		// A year after mid-, early- or late- and what stands near it.
		"the mid-2000s", "late-1980s-era 2,000", "Mid-20000s", "early-", "mid-'90s", "by mid-2024, 1.7m",
		// An N-for-M compound and its broken edges.
		"50-for-150", "-for-150", "50-for-", "1-for-2-for-3", "F-for-35"} {
		f.Add(s)
	}
	// The corpora's sentences seed the headline verbs, magnitudes and
	// identifiers: "toll climbs past 2,300", "11.5m Sudanese", "S&P 500";
	// the mechanisms' the verbs of moving, particles, index levels and
	// standards: "Sales fell to 1.2m", "handed over 12", "4K TVs".
	for _, path := range []string{"testdata/find.yaml", "testdata/corpus.yaml", "testdata/corpus2.yaml", "testdata/mechanisms.yaml"} {
		for _, c := range loadCases(f, path) {
			f.Add(c.In)
		}
	}
	f.Fuzz(func(t *testing.T, in string) {
		d := Analyze(in)
		last := 0
		for _, fg := range d.Figures {
			if fg.Start < 0 || fg.End > len(in) || fg.Start > fg.End {
				t.Fatalf("bad offsets %d:%d in %q", fg.Start, fg.End, in)
			}
			if in[fg.Start:fg.End] != fg.Text {
				t.Fatalf("text %q does not match offsets in %q", fg.Text, in)
			}
			if fg.Start < last && fg.Kind != Count && fg.Kind != Other {
				t.Fatalf("figures overlap in %q", in)
			}
			last = fg.End
			if math.IsNaN(fg.Value) {
				t.Fatalf("NaN value for %q", fg.Text)
			}
			if fg.Low != nil && fg.High != nil && *fg.Low > *fg.High {
				t.Fatalf("%q: low %g above high %g in %q", fg.Text, *fg.Low, *fg.High, in)
			}
			// A lower bound leaves the top open, an upper bound the bottom.
			if q := fg.Qualifier; (q == MoreThan || q == AtLeast) && fg.High != nil || (q == LessThan || q == AtMost) && fg.Low != nil {
				t.Fatalf("%q: %s with bounds [%s,%s] in %q", fg.Text, q.Name(), fmtp(fg.Low), fmtp(fg.High), in)
			}
		}
		for _, s := range d.Sentences {
			if s.Start > s.End || s.End > len(in) {
				t.Fatalf("bad sentence %d:%d", s.Start, s.End)
			}
			// The rules read a sentence's figures inside its span.
			for _, fg := range d.Figures[s.FigStart:s.FigEnd] {
				if fg.Start < s.Start || fg.End > s.End {
					t.Fatalf("figure %q at %d:%d runs out of its sentence %d:%d in %q", fg.Text, fg.Start, fg.End, s.Start, s.End, in)
				}
			}
		}
	})
}

// TestFigureStopsAtLineBreak: a number ending one line is not scaled or
// extended by what opens the next, which is another sentence.
func TestFigureStopsAtLineBreak(t *testing.T) {
	for _, text := range []string{
		"Donors pledged a further 12\nbn of the total is still unpaid, the agency said.",
		"Rafah crossing: trucks on Monday 0\nB-roll footage shows the queue.",
		"Displaced families: 1.4\nmillion-dollar appeal launched by the agency.",
	} {
		d := Analyze(text)
		for _, f := range d.Figures {
			if strings.Contains(f.Text, "\n") {
				t.Errorf("%q: figure %q runs across the line break", text, f.Text)
			}
		}
		if len(d.Figures) == 0 || d.Figures[0].Value >= 1e6 {
			t.Errorf("%q: figures %+v", text, d.Figures)
		}
	}
}

func TestOverlaps(t *testing.T) {
	fig := func(s string) Figure { return Find(s)[0] }
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"more than 32,000", "32,490", true},
		{"32,490", "30,500", false},
		{"fewer than 300", "more than 250", true},
		{"fewer than 300", "more than 350", false},
		{"between 700 and 800", "some 750", true},
		{"more than 1 million", "more than 2 million", true},
	} {
		if got := fig(c.a).Overlaps(fig(c.b)); got != c.want || fig(c.b).Overlaps(fig(c.a)) != c.want {
			t.Errorf("%q overlaps %q: got %v, want %v", c.a, c.b, got, c.want)
		}
	}
}

// An Analyzer that read a long text must read the next one exactly as a
// fresh one would, and figures copied out of the first must survive it.
func TestAnalyzerReuse(t *testing.T) {
	first := strings.Repeat("Officials said more than 4,200 families had fled, and some 35 trucks arrived.\nThe U.S. pledged $3.3bn. ", 200)
	second := "Nearly 1.5 million people are sheltering.\nAt least 17 aid workers were hurt on March 25."
	var a Analyzer
	kept := append([]Figure(nil), a.Analyze(first).Figures...)
	got := a.Analyze(second)
	want := Analyze(second)
	if len(got.Figures) != len(want.Figures) || len(got.Sentences) != len(want.Sentences) || len(got.Tokens) != len(want.Tokens) {
		t.Fatalf("reused analyzer: %d figures, %d sentences, %d tokens; fresh: %d, %d, %d",
			len(got.Figures), len(got.Sentences), len(got.Tokens), len(want.Figures), len(want.Sentences), len(want.Tokens))
	}
	for i := range want.Figures {
		g, w := got.Figures[i], want.Figures[i]
		if g.Text != w.Text || g.Value != w.Value || *g.Low != *w.Low || g.Kind != w.Kind {
			t.Errorf("figure %d: reused %+v, fresh %+v", i, g, w)
		}
		gs, ge := got.FigureTokens(i)
		if ws, we := want.FigureTokens(i); gs != ws || ge != we {
			t.Errorf("figure %d tokens: reused [%d,%d), fresh [%d,%d)", i, gs, ge, ws, we)
		}
	}
	for i := range want.Sentences {
		if got.Sentences[i] != want.Sentences[i] {
			t.Errorf("sentence %d: reused %+v, fresh %+v", i, got.Sentences[i], want.Sentences[i])
		}
	}
	for i := 0; i <= len(want.Tokens); i++ {
		if got.WordPos(i) != want.WordPos(i) {
			t.Fatalf("word position %d: reused %d, fresh %d", i, got.WordPos(i), want.WordPos(i))
		}
	}
	if kept[0].Text != "more than 4,200" || *kept[0].Low != 4200 || kept[len(kept)-1].Text != "$3.3bn" || *kept[len(kept)-1].High != 3.3e9 {
		t.Errorf("figures kept from the first text changed: first %+v, last %+v", kept[0], kept[len(kept)-1])
	}
}

// contextPrefixAt lower-cases a token into a buffer of maxContextPrefix
// bytes: every prefix must fit.
func TestContextPrefixesFitBuffer(t *testing.T) {
	for w := range contextPrefixes {
		if len(w) > maxContextPrefix {
			t.Errorf("context prefix %q is longer than maxContextPrefix (%d)", w, maxContextPrefix)
		}
	}
}

// smallInt must give what strconv.ParseFloat gives the same digits.
func TestSmallIntAgreesWithParseFloat(t *testing.T) {
	for _, n := range []uint64{0, 7, 10, 999, 1000, 33091, 1 << 40, 999_999_999_999_999} {
		for _, s := range []string{strconv.FormatUint(n, 10), "00" + strconv.FormatUint(n, 10)} {
			want, err := strconv.ParseFloat(s, 64)
			got, ok := smallInt(s)
			if err != nil || ok && got != want || !ok && len(s) <= 15 {
				t.Errorf("smallInt(%q) = %v, %v; ParseFloat gives %v, %v", s, got, ok, want, err)
			}
		}
	}
	if _, ok := smallInt("1234567890123456"); ok {
		t.Error("smallInt read 16 digits, more than a float64 holds exactly in every case")
	}
}

// sentenceTexts is in split into the sentences Analyze finds, as text.
func sentenceTexts(in string) []string {
	var got []string
	for _, s := range Analyze(in).Sentences {
		got = append(got, in[s.Start:s.End])
	}
	return got
}
