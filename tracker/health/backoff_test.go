package health

import (
	"testing"
	"time"
)

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
