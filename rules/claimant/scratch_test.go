package claimant

import (
	"testing"

	"github.com/claimtrack/claimtrack/internal/newstext"
	"github.com/claimtrack/claimtrack/rules/figures"
)

// TestReusedScratch: a Doc whose memory served other documents before
// answers as one made afresh. The corpora's sentences are read in turn by
// one Finder, releasing each Doc, and compared with a new Finder's answers.
func TestReusedScratch(t *testing.T) {
	shared, err := New(Defaults())
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, name := range []string{"corpus.dev.yaml", "corpus.dev2.yaml"} {
		_, cases := loadCorpus(t, name)
		for _, c := range cases {
			fresh, err := New(Defaults())
			if err != nil {
				t.Fatal(err)
			}
			d := figures.Analyze(c.Text)
			reused, first := shared.Doc(d), fresh.Doc(d)
			for _, fig := range d.Figures {
				got, gotOK := reused.Find(fig.Start, fig.End)
				want, wantOK := first.Find(fig.Start, fig.End)
				if got != want || gotOK != wantOK {
					t.Errorf("%s: %q in %q: reused scratch gives %+v %v, a fresh one %+v %v", name, fig.Text, c.Text, got, gotOK, want, wantOK)
				}
				n++
			}
			reused.Release()
			first.Release()
		}
	}
	if n < 200 {
		t.Fatalf("only %d figures compared: the corpora did not load", n)
	}
}

// TestSpellingShortcuts: the spellings worked out without the lexicons
// (plainSpelling, the one-byte table, numbers) are those spell gives, for
// every token of the corpora and of a page of the benchmark text, and a
// word just spelt is kept under the key newView looks it up by.
func TestSpellingShortcuts(t *testing.T) {
	f, err := New(Defaults())
	if err != nil {
		t.Fatal(err)
	}
	sc := newScratch(f)
	texts := []string{newstext.Generate(1 << 14), newstext.Stories(1<<14, 4000)}
	for _, name := range []string{"corpus.dev.yaml", "corpus.dev2.yaml"} {
		_, cases := loadCorpus(t, name)
		for _, c := range cases {
			texts = append(texts, c.Text)
		}
	}
	n := 0
	for _, text := range texts {
		d := figures.Analyze(text)
		for _, tk := range d.Tokens {
			raw := text[tk.Start:tk.End]
			want := spell(raw)
			want.aliases = f.aliasGroup(want.low)
			got := *sc.spelling(raw)
			if tk.IsNumber() {
				got = sc.numberSpelling(raw)
			} else if len(raw) > 1 {
				// newView finds a word spelt before by its key alone.
				key := wordKey(raw)
				if r := &sc.recent[recentSlot(key, len(raw))]; r.key != key || r.word != raw {
					t.Errorf("%q: kept in recent as %q, key %x, not under key %x", raw, r.word, r.key, key)
				}
			}
			if got != want {
				t.Errorf("%q: spelt %+v, spell gives %+v", raw, got, want)
			}
			if plain, ok := plainSpelling(raw); ok {
				plain.aliases = want.aliases
				if plain != want {
					t.Errorf("%q: plainSpelling %+v, spell gives %+v", raw, plain, want)
				}
			}
			n++
		}
	}
	if n < 10000 {
		t.Fatalf("only %d tokens compared", n)
	}
}
