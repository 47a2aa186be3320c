package rules

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/claimtrack/claimtrack/internal/newstext"
	"github.com/claimtrack/claimtrack/rules/figures"
)

// TestAnswersUnchanged guards the work on speed: every token, sentence and
// figure the finder returns, and every observation (claimants on) the
// engine makes, over the benchmark corpora and the labelled test texts, is
// written out and hashed, and the hashes must equal those in
// testdata/answers.golden. An optimisation that changes any answer fails
// here; a change meant to alter answers regenerates the file with
// `go test ./rules -run TestAnswersUnchanged -update-answers`, and
// -answers-dump DIR writes the full text of each answer set for a diff.
var (
	updateAnswers = flag.Bool("update-answers", false, "rewrite testdata/answers.golden from the present code")
	dumpAnswers   = flag.String("answers-dump", "", "write each answer set in full to this directory")
)

const answersGolden = "testdata/answers.golden"

// answerText is one text the answers are taken on, with the article it
// stands in when its corpus gives one.
type answerText struct{ text, article string }

// answerSource is a group of texts and the metric sets run on them.
type answerSource struct {
	name    string
	texts   []answerText
	engines map[string]*Engine
}

func TestAnswersUnchanged(t *testing.T) {
	t.Parallel() // a corpus-wide test: see fixtures_test.go
	srcs := answerSources(t)
	// Each source's lines are written on their own, then joined in order:
	// the sources run in parallel, one per CPU, through engines compiled
	// once and shared, as the daemon shares its engine across sources (so
	// that under -race this also checks shared use, and the package's
	// race run stays within go test's default timeout as the corpora grow).
	lines := make([]string, len(srcs))
	errs := make([]error, len(srcs))
	next := make(chan int)
	var wg sync.WaitGroup
	for range runtime.GOMAXPROCS(0) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				lines[i], errs[i] = answerLines(srcs[i])
			}
		}()
	}
	for i := range srcs {
		next <- i
	}
	close(next)
	wg.Wait()
	var got strings.Builder
	for i := range srcs {
		if errs[i] != nil {
			t.Fatal(errs[i])
		}
		got.WriteString(lines[i])
	}
	if *updateAnswers {
		if err := os.WriteFile(answersGolden, []byte(got.String()), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(answersGolden)
	if err != nil {
		t.Fatalf("%v (create it with -update-answers)", err)
	}
	if got.String() != string(want) {
		t.Errorf("answers changed (lines: source, answer set, lines written, hash):\n got:\n%s\nwant:\n%s", got.String(), want)
	}
}

// answerLines writes one source's answer sets and returns its golden
// lines: source, answer set, lines written, hash.
func answerLines(src answerSource) (string, error) {
	var got strings.Builder
	write := func(what string, fill func(b *bytes.Buffer)) error {
		var b bytes.Buffer
		fill(&b)
		sum := sha256.Sum256(b.Bytes())
		fmt.Fprintf(&got, "%s %s %d %s\n", src.name, what, bytes.Count(b.Bytes(), []byte{'\n'}), hex.EncodeToString(sum[:8]))
		if *dumpAnswers != "" {
			name := strings.NewReplacer("/", "_", " ", "_").Replace(src.name + "." + what)
			return os.WriteFile(filepath.Join(*dumpAnswers, name), b.Bytes(), 0o644)
		}
		return nil
	}
	err := write("document", func(b *bytes.Buffer) {
		for _, tx := range src.texts {
			writeDocument(b, figures.Analyze(tx.text))
		}
	})
	for _, name := range sortedKeys(src.engines) {
		if err != nil {
			break
		}
		e := src.engines[name]
		err = write(name, func(b *bytes.Buffer) {
			for _, tx := range src.texts {
				for _, o := range e.ExtractInArticle(tx.text, tx.article, time.Time{}) {
					writeObservation(b, o)
				}
			}
		})
	}
	return got.String(), err
}

// answerSources lists the texts: the two benchmark corpora, the labelled
// rules corpora (the dev files: holdouts are read only to measure), the
// finder's test cases and the rules' example files. They are built once
// per test binary (fixtures_test.go), for this test and TestSpeedGatesExact.
func answerSources(t *testing.T) []answerSource { return fixture(t, answerSourcesOnce) }

var answerSourcesOnce = sync.OnceValues(loadAnswerSources)

func loadAnswerSources() ([]answerSource, error) {
	shippedAll, err := shippedAllOnce()
	if err != nil {
		return nil, err
	}
	synth100, err := synthetic100()
	if err != nil {
		return nil, fmt.Errorf("synthetic100: %w", err)
	}
	synth1000, err := synthetic1000()
	if err != nil {
		return nil, fmt.Errorf("synthetic1000: %w", err)
	}
	shipped := shippedAll.engine
	all := map[string]*Engine{"shipped": shipped, "synthetic100": synth100, "synthetic1000": synth1000}
	srcs := []answerSource{
		{name: "newstext/dense", texts: []answerText{{text: newstext.Generate(1 << 20)}}, engines: all},
		{name: "newstext/news", texts: []answerText{{text: newstext.Stories(1<<20, 4000)}}, engines: all},
	}
	dev, err := devFilesOnce()
	if err != nil {
		return nil, err
	}
	for _, f := range dev {
		src := answerSource{name: f.path, engines: all}
		for _, cs := range f.Cases {
			src.texts = append(src.texts, answerText{cs.Text, f.Article})
		}
		srcs = append(srcs, src)
	}
	finder, err := filepath.Glob("figures/testdata/*.yaml")
	if err != nil || len(finder) == 0 {
		return nil, fmt.Errorf("no files match figures/testdata/*.yaml (%v)", err)
	}
	for _, f := range finder {
		var cases []struct {
			In string `yaml:"in"`
		}
		if err := readYAMLFile(f, &cases); err != nil {
			return nil, err
		}
		src := answerSource{name: f, engines: all}
		for _, cs := range cases {
			src.texts = append(src.texts, answerText{text: cs.In})
		}
		srcs = append(srcs, src)
	}
	examples, err := exampleFilesOnce()
	if err != nil {
		return nil, err
	}
	for _, f := range examples {
		src := answerSource{name: f.path, engines: map[string]*Engine{"own": f.engine, "shipped": shipped}}
		for _, s := range f.specs {
			for _, ex := range s.Examples {
				src.texts = append(src.texts, answerText{text: ex.Text})
			}
		}
		srcs = append(srcs, src)
	}
	return srcs, nil
}

// corpusTexts is what the answer tests read of a labelled corpus file:
// its article line and its cases' texts, not their labels.
type corpusTexts struct {
	Article string `yaml:"article"`
	// Date is the file's date: (YYYY-MM-DD). The answers read every
	// text undated, so that dating a file changes no answer; twins_test
	// reads it dated.
	Date  string `yaml:"date"`
	Cases []struct {
		Text string `yaml:"text"`
	} `yaml:"cases"`
}

func writeDocument(b *bytes.Buffer, d *figures.Document) {
	fmt.Fprintf(b, "doc %d truncated=%v\n", len(d.Text), d.Truncated)
	for _, tk := range d.Tokens {
		fmt.Fprintf(b, "tok %d %d %v %v %v\n", tk.Start, tk.End, tk.Kind, tk.Space, tk.Break)
	}
	for _, s := range d.Sentences {
		fmt.Fprintf(b, "sentence %+v\n", s)
	}
	for _, f := range d.Figures {
		b.WriteString("figure ")
		writeFigure(b, f)
	}
}

func writeFigure(b *bytes.Buffer, f figures.Figure) {
	fmt.Fprintf(b, "%q %d %d %s %s %s %q %q %q\n", f.Text, f.Start, f.End, fmtFloat(&f.Value), fmtFloat(f.Low), fmtFloat(f.High), f.Qualifier, f.Unit, f.Kind)
}

func writeObservation(b *bytes.Buffer, o Observation) {
	fmt.Fprintf(b, "observation %q %q %d %d %q", o.Metric, o.Quote, o.QuoteStart, o.QuoteEnd, o.Rule)
	if c := o.Claimant; c != nil {
		fmt.Fprintf(b, " claimant %q %q %d %d %q", c.ID, c.Words, c.Start, c.End, c.How)
	}
	b.WriteByte('\n')
	for _, v := range o.Values {
		fmt.Fprintf(b, "  value %q ", v.Name)
		writeFigure(b, v.Figure)
	}
}

func fmtFloat(f *float64) string {
	if f == nil {
		return "nil"
	}
	return strconv.FormatFloat(*f, 'g', -1, 64)
}
