package claimant

import (
	"bufio"
	"crypto/sha256"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"

	"github.com/claimtrack/claimtrack/internal/newstext"
	"github.com/claimtrack/claimtrack/rules/figures"
)

// The answers golden pins every answer the finder gives, so that work on
// its speed can show it changed none: each figure's claimant (id, words,
// offsets, how) over both benchmark texts and every claimant corpus,
// hashed per text. A change that means to change answers regenerates it
// with -update-answers, from the code it starts from, before and after.

var updateAnswers = flag.Bool("update-answers", false, "rewrite testdata/answers.golden from the finder's current answers")

// answersDumpEnv, when set, names a directory where each text's answers are
// written out in full, to diff two versions of the finder.
const answersDumpEnv = "CLAIMANT_ANSWERS_DIR"

const answersGolden = "testdata/answers.golden"

// answerText is one text whose answers are pinned, and the claimants it is
// read with.
type answerText struct {
	name   string
	finder *Finder
	texts  []string
}

func answerTexts(t *testing.T) []answerText {
	shipped, err := New(Defaults())
	if err != nil {
		t.Fatal(err)
	}
	out := []answerText{
		{"bench-dense", shipped, []string{newstext.Generate(1 << 20)}},
		{"bench-news", shipped, []string{newstext.Stories(1<<20, 4000)}},
	}
	files, err := filepath.Glob("testdata/*.yaml")
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range files {
		name := filepath.Base(p)
		if strings.Contains(name, "holdout") {
			continue // written blind: never read while building
		}
		f, cases := loadCorpus(t, name)
		texts := make([]string, len(cases))
		for i, c := range cases {
			texts[i] = c.Text
		}
		if len(cases) > 0 && len(f.byFirst) == 0 {
			f = shipped // a file of cases for the shipped claimants
		}
		out = append(out, answerText{name, f, texts})
		if f != shipped {
			out = append(out, answerText{name + " (shipped claimants)", shipped, texts})
		}
	}
	evalTexts, err := caseTexts("../eval/testdata/claimants.yaml")
	if err != nil {
		t.Fatal(err)
	}
	return append(out, answerText{"eval/claimants.yaml", shipped, evalTexts})
}

// caseTexts reads the texts of a file of cases in another package's format.
func caseTexts(path string) ([]string, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read cases: %w", err)
	}
	var file struct {
		Cases []struct {
			Text string `yaml:"text"`
		} `yaml:"cases"`
	}
	if err := yaml.Unmarshal(data, &file); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	texts := make([]string, len(file.Cases))
	for i, c := range file.Cases {
		texts[i] = c.Text
	}
	return texts, nil
}

// writeAnswers writes the claimant of every figure of the texts, one line
// a figure. Each Doc is asked twice, in the text's order and backwards,
// and must answer alike: what a Doc remembers must not depend on the
// order its figures are asked in.
func writeAnswers(t *testing.T, w io.Writer, at answerText) int {
	var a figures.Analyzer
	n := 0
	for ti, text := range at.texts {
		d := a.Analyze(text)
		doc := at.finder.Doc(d)
		type answer struct {
			c  Claimant
			ok bool
		}
		answers := make([]answer, len(d.Figures))
		for i, fig := range d.Figures {
			c, ok := doc.Find(fig.Start, fig.End)
			answers[i] = answer{c, ok}
			fmt.Fprintf(w, "%d %d-%d %q %t %q %q %d-%d %s\n", ti, fig.Start, fig.End, fig.Text, ok, c.ID, c.Words, c.Start, c.End, c.How)
			n++
		}
		doc.Release()
		back := at.finder.Doc(d)
		for i := len(d.Figures) - 1; i >= 0; i-- {
			fig := d.Figures[i]
			if c, ok := back.Find(fig.Start, fig.End); c != answers[i].c || ok != answers[i].ok {
				t.Errorf("%s: text %d: %q asked last gives %+v %v, asked in order %+v %v", at.name, ti, fig.Text, c, ok, answers[i].c, answers[i].ok)
			}
		}
		back.Release()
	}
	return n
}

// TestAnswersUnchanged compares the finder's answers with the golden.
func TestAnswersUnchanged(t *testing.T) {
	if testing.Short() {
		t.Skip("reads 2 MB of text")
	}
	dump := os.Getenv(answersDumpEnv)
	var got []string
	for _, at := range answerTexts(t) {
		h := sha256.New()
		var w io.Writer = h
		if dump != "" {
			f, err := os.Create(filepath.Join(dump, strings.NewReplacer(" ", "_", "/", "_", "(", "", ")", "").Replace(at.name)+".txt"))
			if err != nil {
				t.Fatal(err)
			}
			bw := bufio.NewWriter(f)
			w = io.MultiWriter(h, bw)
			defer func() {
				if err := bw.Flush(); err != nil {
					t.Error(err)
				}
				f.Close()
			}()
		}
		n := writeAnswers(t, w, at)
		got = append(got, fmt.Sprintf("%s\t%d\t%x", at.name, n, h.Sum(nil)))
	}
	if *updateAnswers {
		header := "# The finder's answers per text: name, figures, sha256 of the answers.\n" +
			"# Regenerate with: go test ./rules/claimant -run AnswersUnchanged -update-answers\n"
		if err := os.WriteFile(answersGolden, []byte(header+strings.Join(got, "\n")+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	data, err := os.ReadFile(answersGolden)
	if err != nil {
		t.Fatalf("%v (make it with -update-answers)", err)
	}
	var want []string
	for _, l := range strings.Split(string(data), "\n") {
		if l != "" && !strings.HasPrefix(l, "#") {
			want = append(want, l)
		}
	}
	for _, l := range got {
		if !slices.Contains(want, l) {
			t.Errorf("answers changed: %s", l)
		}
	}
	for _, l := range want {
		if !slices.Contains(got, l) {
			t.Errorf("golden expects: %s", l)
		}
	}
	if t.Failed() {
		t.Logf("set %s to a directory to write out every answer, and diff with the answers of the code before the change", answersDumpEnv)
	}
}
