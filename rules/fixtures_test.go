package rules

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"sync"
	"testing"

	"gopkg.in/yaml.v3"
)

// The corpus-wide tests (answers, explanations, speed gates, traits, twins,
// examples, cut texts) read the same files and compile the same metric
// sets. Each is read and compiled once per test binary here, not once per
// test: under -race the 816 example files' compiles cost about ten CPU
// seconds a time, and the dev corpus' YAML a few more, and they were done
// four and six times over. The tests that read them call t.Parallel: on
// two cores the race run's wall time is then near half its CPU time, where
// one test after another left a core idle through all but the answers
// test. An engine is shared as the daemon shares its own, read by tests at
// once, so nothing here may be changed by a test: a test that alters an
// engine's metrics (traits_test, twins_test) compiles its own.

// exampleFile is one file of testdata/examples: its metrics and their
// engine.
type exampleFile struct {
	path   string
	specs  []MetricSpec
	engine *Engine
}

// devFile is one dev file of testdata/corpus, as the answer tests read it.
type devFile struct {
	path string
	corpusTexts
}

// shippedAll is the shipped metric sets (metrics/israel-gaza.yaml and
// metrics/examples) and their engine.
type shippedAll struct {
	specs  []MetricSpec
	engine *Engine
}

var (
	exampleFilesOnce = sync.OnceValues(loadExampleFiles)
	devFilesOnce     = sync.OnceValues(loadDevFiles)
	shippedAllOnce   = sync.OnceValues(loadShippedAll)
	synthetic100     = sync.OnceValues(func() (*Engine, error) { return Compile(syntheticSpecs(100)) })
	synthetic1000    = sync.OnceValues(func() (*Engine, error) { return Compile(syntheticSpecs(1000)) })
)

// examples returns every examples file compiled, in the order of their
// names.
func examples(t *testing.T) []exampleFile { return fixture(t, exampleFilesOnce) }

// devFiles returns every dev file of testdata/corpus read, in the order of
// their names.
func devFiles(t *testing.T) []devFile { return fixture(t, devFilesOnce) }

// shipped returns the shipped metrics (israel-gaza and the examples
// directory) and their engine. The specs are the fixture's own: a test
// that changes them clones them first.
func shipped(t *testing.T) shippedAll { return fixture(t, shippedAllOnce) }

// synthetic returns the engine of syntheticSpecs(n), n 100 or 1000.
func synthetic(t *testing.T, n int) *Engine {
	t.Helper()
	var e *Engine
	var err error
	switch n {
	case 100:
		e, err = synthetic100()
	case 1000:
		e, err = synthetic1000()
	default:
		t.Fatalf("no shared synthetic engine of %d metrics", n)
	}
	if err != nil {
		t.Fatalf("synthetic%d: %v", n, err)
	}
	return e
}

func loadExampleFiles() ([]exampleFile, error) {
	paths, err := filepath.Glob(filepath.Join("testdata", "examples", "*.yaml"))
	if err != nil || len(paths) == 0 {
		return nil, fmt.Errorf("no example files: %v", err)
	}
	files := make([]exampleFile, len(paths))
	err = eachParallel(len(paths), func(i int) error {
		specs, err := readSpecFile(paths[i])
		if err != nil {
			return err
		}
		e, err := Compile(specs)
		if err != nil {
			return fmt.Errorf("%s: %w", paths[i], err)
		}
		files[i] = exampleFile{path: paths[i], specs: specs, engine: e}
		return nil
	})
	return files, err
}

func loadDevFiles() ([]devFile, error) {
	paths, err := filepath.Glob(filepath.Join("testdata", "corpus", "*.dev.yaml"))
	if err != nil || len(paths) == 0 {
		return nil, fmt.Errorf("no dev files: %v", err)
	}
	files := make([]devFile, len(paths))
	err = eachParallel(len(paths), func(i int) error {
		files[i].path = paths[i]
		return readYAMLFile(paths[i], &files[i].corpusTexts)
	})
	return files, err
}

func loadShippedAll() (shippedAll, error) {
	paths, err := filepath.Glob(filepath.Join("..", "metrics", "examples", "*.yaml"))
	if err != nil || len(paths) == 0 {
		return shippedAll{}, fmt.Errorf("no metrics/examples files: %v", err)
	}
	var specs []MetricSpec
	for _, p := range append([]string{filepath.Join("..", "metrics", "israel-gaza.yaml")}, paths...) {
		s, err := readSpecFile(p)
		if err != nil {
			return shippedAll{}, err
		}
		specs = append(specs, s...)
	}
	e, err := Compile(specs)
	if err != nil {
		return shippedAll{}, fmt.Errorf("shipped: %w", err)
	}
	return shippedAll{specs: specs, engine: e}, nil
}

// readSpecFile reads the metrics of a metrics file.
func readSpecFile(path string) ([]MetricSpec, error) {
	var file struct {
		Metrics []MetricSpec `yaml:"metrics"`
	}
	if err := readYAMLFile(path, &file); err != nil {
		return nil, err
	}
	return file.Metrics, nil
}

func readYAMLFile(path string, v any) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	if err := yaml.Unmarshal(data, v); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}

// eachParallel calls f(0) ... f(n-1) on one goroutine per CPU and returns
// the first error of the lowest index.
func eachParallel(n int, f func(i int) error) error {
	errs := make([]error, n)
	next := make(chan int)
	var wg sync.WaitGroup
	for range runtime.GOMAXPROCS(0) {
		wg.Go(func() {
			for i := range next {
				errs[i] = f(i)
			}
		})
	}
	for i := range n {
		next <- i
	}
	close(next)
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}

// fixture returns what load, a sync.OnceValues of this file, built, and
// fails t if it could not be built.
func fixture[T any](t *testing.T, load func() (T, error)) T {
	t.Helper()
	v, err := load()
	if err != nil {
		t.Fatal(err)
	}
	return v
}
