package scrape

import (
	"context"
	"testing"
)

func TestClassify(t *testing.T) {
	ctx := context.Background()
	seen := NewMemorySeen()
	a := &Article{CanonicalURL: "https://a.example/story", Text: "Some 700 prisoners."}
	a.TextHash = HashText(a.Text)
	if v, _, _ := Classify(ctx, seen, a); v != New || !v.Process() {
		t.Errorf("first sight: %v", v)
	}
	seen.Remember(a)
	if v, _, _ := Classify(ctx, seen, a); v != Unchanged || v.Process() {
		t.Errorf("same again: %v", v)
	}
	syndicated := &Article{CanonicalURL: "https://b.example/copy", TextHash: a.TextHash}
	if v, orig, _ := Classify(ctx, seen, syndicated); v != Copy || orig != a.CanonicalURL || v.Process() {
		t.Errorf("copy elsewhere: %v %q", v, orig)
	}
	corrected := &Article{CanonicalURL: a.CanonicalURL, TextHash: HashText("Some 750 prisoners.")}
	if v, _, _ := Classify(ctx, seen, corrected); v != Corrected || !v.Process() {
		t.Errorf("correction: %v", v)
	}
}
