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
// (plainSpelling, the one-byte table, numbers, spellNew's numbers) are those spell gives, for
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
				// spellNew writes most numbers' spelling itself.
				var k tok
				if sc.spellNew(&k, &tk, text); k.spelling != want || !k.num || k.word {
					t.Errorf("%q: spellNew gives %+v (number %v, word %v), spell %+v", raw, k.spelling, k.num, k.word, want)
				}
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

// TestStartZeroesMemos: scratch.start hands each document zero memos of
// its sentences, whatever the scratch read before. start only reslices the
// memos it has room for, relying on the last document's reset to have
// cleared what it wrote: a short document, then a long one, then short and
// long again, each read in full and released, leave nothing behind.
func TestStartZeroesMemos(t *testing.T) {
	f, err := New(Defaults())
	if err != nil {
		t.Fatal(err)
	}
	sc := newScratch(f)
	short, long := newstext.Generate(1<<10), newstext.Generate(1<<15)
	written := 0
	for n, text := range []string{short, long, short, long} {
		d := figures.Analyze(text)
		sc.start(len(d.Sentences))
		// Past the document's sentences too: a longer one reslices them.
		for k, m := range sc.sents[:cap(sc.sents)] {
			if m != (sentMemo{}) {
				t.Fatalf("document %d (%d sentences): memo %d of %d left from before: %+v", n, len(d.Sentences), k, cap(sc.sents), m)
			}
		}
		x := &Doc{c: call{f: f, d: d, scratch: sc}}
		for _, fig := range d.Figures {
			x.Find(fig.Start, fig.End)
		}
		for _, m := range sc.sents {
			if m != (sentMemo{}) {
				written++
			}
		}
		x.Release()
	}
	if written == 0 {
		t.Fatal("the documents wrote no memos: the test reads nothing")
	}
}
