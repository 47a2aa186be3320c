package config

import "testing"

// TestSourceURLs loads each file of testdata/urls, a source address
// mistyped as people mistype them, which fails with the one error its first
// line gives: an example of the kind of address the key takes.
func TestSourceURLs(t *testing.T) {
	forEachWant(t, "testdata/urls", func(t *testing.T, f, want string) {
		_, err := load(f, noEnv)
		wantOneError(t, f, want, err)
	})
}
