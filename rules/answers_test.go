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

	"gopkg.in/yaml.v3"

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
// finder's test cases and the rules' example files.
func answerSources(t *testing.T) []answerSource {
	t.Helper()
	compile := func(what string, specs []MetricSpec) *Engine {
		e, err := Compile(specs)
		if err != nil {
			t.Fatalf("%s: %v", what, err)
		}
		return e
	}
	shipped := compile("shipped", loadSpecFiles(t, append([]string{"../metrics/israel-gaza.yaml"}, glob(t, "../metrics/examples/*.yaml")...)...))
	all := map[string]*Engine{"shipped": shipped, "synthetic100": compile("synthetic100", syntheticSpecs(100)), "synthetic1000": compile("synthetic1000", syntheticSpecs(1000))}
	srcs := []answerSource{
		{name: "newstext/dense", texts: []answerText{{text: newstext.Generate(1 << 20)}}, engines: all},
		{name: "newstext/news", texts: []answerText{{text: newstext.Stories(1<<20, 4000)}}, engines: all},
	}
	for _, f := range glob(t, "testdata/corpus/*.dev.yaml") {
		c := readCorpusTexts(t, f)
		src := answerSource{name: f, engines: all}
		for _, cs := range c.Cases {
			src.texts = append(src.texts, answerText{cs.Text, c.Article})
		}
		srcs = append(srcs, src)
	}
	for _, f := range glob(t, "figures/testdata/*.yaml") {
		var cases []struct {
			In string `yaml:"in"`
		}
		readYAML(t, f, &cases)
		src := answerSource{name: f, engines: all}
		for _, cs := range cases {
			src.texts = append(src.texts, answerText{text: cs.In})
		}
		srcs = append(srcs, src)
	}
	for _, f := range glob(t, "testdata/examples/*.yaml") {
		specs := loadSpecFiles(t, f)
		src := answerSource{name: f, engines: map[string]*Engine{"own": compile(f, specs), "shipped": shipped}}
		for _, s := range specs {
			for _, ex := range s.Examples {
				src.texts = append(src.texts, answerText{text: ex.Text})
			}
		}
		srcs = append(srcs, src)
	}
	return srcs
}

func glob(t *testing.T, pattern string) []string {
	t.Helper()
	files, err := filepath.Glob(pattern)
	if err != nil || len(files) == 0 {
		t.Fatalf("no files match %s (%v)", pattern, err)
	}
	return files
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

// readCorpusTexts reads the article line and the texts of corpus file path.
func readCorpusTexts(t *testing.T, path string) corpusTexts {
	t.Helper()
	var c corpusTexts
	readYAML(t, path, &c)
	return c
}

func readYAML(t *testing.T, path string, v any) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := yaml.Unmarshal(data, v); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
}

func loadSpecFiles(t *testing.T, paths ...string) []MetricSpec {
	t.Helper()
	var specs []MetricSpec
	for _, p := range paths {
		var file struct {
			Metrics []MetricSpec `yaml:"metrics"`
		}
		readYAML(t, p, &file)
		specs = append(specs, file.Metrics...)
	}
	return specs
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
