package gctune

import (
	"runtime/debug"
	"testing"
)

func TestApply(t *testing.T) {
	defer debug.SetGCPercent(debug.SetGCPercent(100))
	if prev := Apply(func(string) string { return "" }); prev != 100 {
		t.Errorf("Apply returned %d, want the 100 it replaced", prev)
	}
	if got := debug.SetGCPercent(100); got != Percent {
		t.Errorf("GOGC unset: collector at %d, want %d", got, Percent)
	}
	Apply(func(k string) string {
		if k == "GOGC" {
			return "50"
		}
		return ""
	})
	if got := debug.SetGCPercent(100); got != 100 {
		t.Errorf("GOGC=50 in the environment: collector changed to %d; the runtime's own reading of GOGC must stand", got)
	}
}
