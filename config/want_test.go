package config

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// forEachWant runs check on every YAML file of dir, in a subtest named for
// the file, with what the file's first line says must come of loading it
// ("# want: ..."): the testdata pairs of a file and its expected message.
func forEachWant(t *testing.T, dir string, check func(t *testing.T, path, want string)) {
	t.Helper()
	files, _ := filepath.Glob(filepath.Join(dir, "*.yaml"))
	if len(files) == 0 {
		t.Fatalf("no %s files", dir)
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			first, _, _ := strings.Cut(string(data), "\n")
			want, ok := strings.CutPrefix(first, "# want: ")
			if !ok {
				t.Fatalf("first line must be '# want: ...', got %q", first)
			}
			check(t, f, want)
		})
	}
}

// wantOneError checks that err is the one error want gives ("LINE:COL
// path: message") for file f, which must then be named *.bad.yaml.
func wantOneError(t *testing.T, f, want string, err error) {
	t.Helper()
	var errs Errors
	if !errors.As(err, &errs) || len(errs) != 1 {
		t.Fatalf("want one error, got %v", err)
	}
	pos, msg, _ := strings.Cut(want, " ")
	if got := errs[0].Error(); got != f+":"+pos+": "+msg {
		t.Errorf("got  %s\nwant %s:%s: %s", got, f, pos, msg)
	}
	if !strings.HasSuffix(f, ".bad.yaml") {
		t.Errorf("a file that fails to load is named *.bad.yaml")
	}
}
