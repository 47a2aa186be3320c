package config

import (
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
