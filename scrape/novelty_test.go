package scrape

import (
	"context"
	"testing"
	"time"
)

func TestJudge(t *testing.T) {
	ctx := context.Background()
	seen := NewMemorySeen()
	a := &Article{CanonicalURL: "https://a.example/story", Text: "Some 700 prisoners."}
	a.TextHash = HashText(a.Text)
	if v, _, _ := Judge(ctx, seen, a); v != New || !v.Process() {
		t.Errorf("first sight: %v", v)
	}
	seen.Remember(a)
	if v, _, _ := Judge(ctx, seen, a); v != Unchanged || v.Process() {
		t.Errorf("same again: %v", v)
	}
	syndicated := &Article{CanonicalURL: "https://b.example/copy", TextHash: a.TextHash}
	if v, orig, _ := Judge(ctx, seen, syndicated); v != Copy || orig != a.CanonicalURL || v.Process() {
		t.Errorf("copy elsewhere: %v %q", v, orig)
	}
	corrected := &Article{CanonicalURL: a.CanonicalURL, TextHash: HashText("Some 750 prisoners.")}
	if v, _, _ := Judge(ctx, seen, corrected); v != Corrected || !v.Process() {
		t.Errorf("correction: %v", v)
	}
}

func TestBackoff(t *testing.T) {
	b := Backoff{Base: time.Minute, Max: time.Hour, ReportAfter: 3}
	for failures, want := range map[int]time.Duration{0: 0, 1: time.Minute, 2: 2 * time.Minute, 4: 8 * time.Minute, 10: time.Hour, 1000: time.Hour} {
		if got := b.Delay(failures, 0); got != want {
			t.Errorf("%d failures: %v, want %v", failures, got, want)
		}
	}
	if got := b.Delay(1, 0.999); got <= time.Minute || got > 72*time.Second {
		t.Errorf("jitter stays within 20%%: %v", got)
	}
	if b.Failing(2) || !b.Failing(3) {
		t.Error("a source is failing after three failures in a row")
	}
}
