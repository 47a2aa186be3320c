package figures

import (
	"math"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"
)

func ptr(f float64) *float64 { return &f }

type wantFig struct {
	text      string
	value     float64
	low, high *float64
	q         Qualifier
	unit      string
	kind      Kind
}

func TestFind(t *testing.T) {
	inf := (*float64)(nil)
	cases := []struct {
		in   string
		want []wantFig
	}{
		{"The health ministry said 33,091 people had been killed.", []wantFig{{"33,091", 33091, ptr(33091), ptr(33091), Exact, "", Count}}},
		{"More than 32,000 people have died.", []wantFig{{"More than 32,000", 32000, ptr(32000), inf, MoreThan, "", Count}}},
		{"The toll exceeded 33,000 on Sunday.", []wantFig{{"exceeded 33,000", 33000, ptr(33000), inf, MoreThan, "", Count}}},
		{"Officials agreed to free some 650 detainees.", []wantFig{{"some 650", 650, ptr(585), ptr(715), Approximately, "", Count}}},
		{"Nearly 1.5 million civilians are sheltering there.", []wantFig{{"Nearly 1.5 million", 1.5e6, ptr(1.35e6), ptr(1.5e6), Nearly, "", Count}}},
		{"Fewer than 300 trucks crossed.", []wantFig{{"Fewer than 300", 300, inf, ptr(300), LessThan, "", Count}}},
		{"It could hold up to 2,500 people.", []wantFig{{"up to 2,500", 2500, inf, ptr(2500), AtMost, "", Count}}},
		{"At least 17 aid workers were hurt.", []wantFig{{"At least 17", 17, ptr(17), inf, AtLeast, "", Count}}},
		{"The fund pays roughly $2.8bn a year.", []wantFig{{"roughly $2.8bn", 2.8e9, ptr(2.52e9), ptr(3.08e9), Approximately, "USD", Money}}},
		{"The grant of £12m was approved.", []wantFig{{"£12m", 12e6, ptr(12e6), ptr(12e6), Exact, "GBP", Money}}},
		{"a loan of USD 7m and a pledge of EUR 40 million", []wantFig{{"USD 7m", 7e6, ptr(7e6), ptr(7e6), Exact, "USD", Money}, {"EUR 40 million", 40e6, ptr(40e6), ptr(40e6), Exact, "EUR", Money}}},
		{"a fine of 2,000 shekels", []wantFig{{"2,000 shekels", 2000, ptr(2000), ptr(2000), Exact, "ILS", Money}}},
		{"He paid ₪350 for the permit.", []wantFig{{"₪350", 350, ptr(350), ptr(350), Exact, "ILS", Money}}},
		{"Prices rose 4.5% last month", []wantFig{{"4.5%", 4.5, ptr(4.5), ptr(4.5), Exact, "%", Percent}}},
		{"turnout reached 61.2 per cent", []wantFig{{"61.2 per cent", 61.2, ptr(61.2), ptr(61.2), Exact, "%", Percent}}},
		{"the rate fell two percentage points", []wantFig{{"two percentage points", 2, ptr(2), ptr(2), Exact, "pp", Percent}}},
		{"between 400 and 450 families", []wantFig{{"between 400 and 450", 425, ptr(400), ptr(450), Range, "", Count}}},
		{"450-500 families", []wantFig{{"450-500", 475, ptr(450), ptr(500), Range, "", Count}}},
		{"estimates of 1.2 million to 1.6 million", []wantFig{{"1.2 million to 1.6 million", 1.4e6, ptr(1.2e6), ptr(1.6e6), Range, "", Count}}},
		{"between 2 and 3 million people", []wantFig{{"between 2 and 3 million", 2.5e6, ptr(2e6), ptr(3e6), Range, "", Count}}},
		{"$10-$20 a day", []wantFig{{"$10-$20", 15, ptr(10), ptr(20), Range, "USD", Money}}},
		{"Tens of thousands marched.", []wantFig{{"Tens of thousands", 20000, ptr(20000), ptr(100000), Vague, "", Count}}},
		{"hundreds were arrested", []wantFig{{"hundreds", 200, ptr(200), ptr(1000), Vague, "", Count}}},
		{"four battalions", []wantFig{{"four", 4, ptr(4), ptr(4), Exact, "", Count}}},
		{"two hundred and fifty soldiers", []wantFig{{"two hundred and fifty", 250, ptr(250), ptr(250), Exact, "", Count}}},
		{"thirty-one bodies", []wantFig{{"thirty-one", 31, ptr(31), ptr(31), Exact, "", Count}}},
		{"half a million doses", []wantFig{{"half a million", 5e5, ptr(5e5), ptr(5e5), Exact, "", Count}}},
		{"a dozen villages", []wantFig{{"a dozen", 12, ptr(12), ptr(12), Exact, "", Count}}},
		{"a million residents", []wantFig{{"a million", 1e6, ptr(1e6), ptr(1e6), Exact, "", Count}}},
		{"two-thirds of the population", []wantFig{{"two-thirds", 2.0 / 3, ptr(2.0 / 3), ptr(2.0 / 3), Exact, "", Fraction}}},
		{"one in five children", []wantFig{{"one in five", 0.2, ptr(0.2), ptr(0.2), Exact, "", Fraction}}},
		{"1 400 000 people", []wantFig{{"1 400 000", 1.4e6, ptr(1.4e6), ptr(1.4e6), Exact, "", Count}}},
		{"1.2k posts and 3 trillion won", []wantFig{{"1.2k", 1200, ptr(1200), ptr(1200), Exact, "", Count}, {"3 trillion", 3e12, ptr(3e12), ptr(3e12), Exact, "", Count}}},
		{"a 30,000-plus crowd", []wantFig{{"30,000-plus", 30000, ptr(30000), inf, AtLeast, "", Count}}},
		{"700 or more prisoners", []wantFig{{"700 or more", 700, ptr(700), inf, AtLeast, "", Count}}},
		{"more than 100 but fewer than 150 trucks", []wantFig{{"more than 100 but fewer than 150", 125, ptr(100), ptr(150), Range, "", Count}}},

		// Not counts: each gets its own kind.
		{"in 2024", []wantFig{{"2024", 2024, ptr(2024), ptr(2024), Exact, "", Year}}},
		{"since the 1990s", []wantFig{{"1990s", 1990, ptr(1990), ptr(1990), Exact, "", Year}}},
		{"on March 25 the council met", []wantFig{{"March 25", 25, ptr(25), ptr(25), Exact, "", Date}}},
		{"since October 7, 2023, the war", []wantFig{{"October 7, 2023", 7, ptr(7), ptr(7), Exact, "", Date}}},
		{"on 7 October the attack", []wantFig{{"7 October", 7, ptr(7), ptr(7), Exact, "", Date}}},
		{"at 9:30 p.m. local time", []wantFig{{"9:30 p.m.", 9, ptr(9), ptr(9), Exact, "", Time}}},
		{"at 6 am", []wantFig{{"6 am", 6, ptr(6), ptr(6), Exact, "", Time}}},
		{"a 36-year-old driver", []wantFig{{"36-year-old", 36, ptr(36), ptr(36), Exact, "", Age}}},
		{"aged 52, she", []wantFig{{"aged 52", 52, ptr(52), ptr(52), Exact, "", Age}}},
		{"the 21st day", []wantFig{{"21st", 21, ptr(21), ptr(21), Exact, "", Ordinal}}},
		{"call 555-867-5309 now", []wantFig{{"555", 555, ptr(555), ptr(555), Exact, "", Count}, {"867", 867, ptr(867), ptr(867), Exact, "", Count}, {"5309", 5309, ptr(5309), ptr(5309), Exact, "", Year}}},
		{"the F-35 jets", []wantFig{{"35", 35, ptr(35), ptr(35), Exact, "", Other}}},
		{"the COVID-19 pandemic", []wantFig{{"19", 19, ptr(19), ptr(19), Exact, "", Other}}},
		{"Resolution No. 2728", []wantFig{{"No. 2728", 2728, ptr(2728), ptr(2728), Exact, "", Other}}},
		{"a 25km convoy", []wantFig{{"25km", 25, ptr(25), ptr(25), Exact, "km", Other}}},

		// A lower-case m: millions before people counted (British style),
		// metres otherwise.
		{"Nearly 1.2m people have fled.", []wantFig{{"Nearly 1.2m", 1.2e6, ptr(1.08e6), ptr(1.2e6), Nearly, "", Count}}},
		{"some 2.3m school-age children", []wantFig{{"some 2.3m", 2.3e6, ptr(2.07e6), ptr(2.53e6), Approximately, "", Count}}},
		{"it hosts 1.9m Syrians", []wantFig{{"1.9m", 1.9e6, ptr(1.9e6), ptr(1.9e6), Exact, "", Count}}},
		{"a 5m wave", []wantFig{{"5m", 5, ptr(5), ptr(5), Exact, "m", Other}}},
		{"walls 4m high", []wantFig{{"4m", 4, ptr(4), ptr(4), Exact, "m", Other}}},
		{"he stood 3m from the people", []wantFig{{"3m", 3, ptr(3), ptr(3), Exact, "m", Other}}},
		{"it fell 2m, injuring", []wantFig{{"2m", 2, ptr(2), ptr(2), Exact, "m", Other}}},
		{"see https://example.org/2024/03/25/story-123 for more", nil},
		{"No one knows, and the one who does is silent.", nil},
	}
	for _, c := range cases {
		got := Find(c.in)
		if c.in == "call 555-867-5309 now" {
			// Phone numbers must not become a range; what they do become is not pinned down.
			for _, f := range got {
				if f.Qualifier == Range {
					t.Errorf("%q: phone number read as range %q", c.in, f.Text)
				}
			}
			continue
		}
		if len(got) != len(c.want) {
			t.Errorf("%q: got %d figures %v, want %d", c.in, len(got), texts(got), len(c.want))
			continue
		}
		for i, w := range c.want {
			g := got[i]
			if g.Text != w.text || !near(g.Value, w.value) || g.Qualifier != w.q || g.Unit != w.unit || g.Kind != w.kind || !samePtr(g.Low, w.low) || !samePtr(g.High, w.high) {
				t.Errorf("%q:\n got  %q %g [%s,%s] %s %q %s\n want %q %g [%s,%s] %s %q %s", c.in,
					g.Text, g.Value, fmtp(g.Low), fmtp(g.High), g.Qualifier.Name(), g.Unit, g.Kind,
					w.text, w.value, fmtp(w.low), fmtp(w.high), w.q.Name(), w.unit, w.kind)
			}
			if c.in[g.Start:g.End] != g.Text {
				t.Errorf("%q: offsets %d:%d do not give %q", c.in, g.Start, g.End, g.Text)
			}
		}
	}
}

func texts(fs []Figure) []string {
	var out []string
	for _, f := range fs {
		out = append(out, f.Text+"/"+string(f.Kind))
	}
	return out
}

func samePtr(a, b *float64) bool {
	if a == nil || b == nil {
		return a == nil && b == nil
	}
	return near(*a, *b)
}

func fmtp(p *float64) string {
	if p == nil {
		return "nil"
	}
	return strconv.FormatFloat(*p, 'g', -1, 64)
}

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
		"Headline Without A Full Stop\nHe said: \"We will not stop.\" Then he left! Did they? Yes."
	d := Analyze(in)
	var got []string
	for _, s := range d.Sentences {
		got = append(got, in[s.Start:s.End])
	}
	want := []string{
		"Lloyd J. Austin III met Mr. Gallant in the U.S. capital on Monday.",
		"The talks ran past 9 a.m.",
		"Officials said No. 2 was next.",
		"Headline Without A Full Stop",
		"He said: \"We will not stop.\"",
		"Then he left!",
		"Did they?",
		"Yes.",
	}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("sentences:\n got  %q\n want %q", got, want)
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
		"tens of thousands", "1,234,567.89", "5/17/2018", "two hundred and fifty", "US$ 4.7 billion", "1.1^-23"} {
		f.Add(s)
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
