package notify

import (
	"strings"
	"testing"

	"github.com/claimtrack/claimtrack/model"
)

// TestRendersAClaimantsRevision: a change that is a running total's
// claimant revising its own figure down (payload revision: true) says so
// in its body and title, as an outlet's correction does; a plain change
// says neither.
func TestRendersAClaimantsRevision(t *testing.T) {
	r, err := NewRenderer(nil, Plain)
	if err != nil {
		t.Fatal(err)
	}
	var e model.Event
	for _, s := range SampleEvents() {
		if s.Kind == model.EventChange && !s.Payload.Correction {
			e = s
		}
	}
	plain, err := r.Render(e)
	if err != nil {
		t.Fatal(err)
	}
	e.Payload.Revision = true
	m, err := r.Render(e)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(m.Body, "Revised by its claimant: more than 32,000 → ") || !strings.HasSuffix(m.Title, " (revised by its claimant)") {
		t.Errorf("revision: %q / %q", m.Title, m.Body)
	}
	if strings.Contains(plain.Body+plain.Title, "evised") {
		t.Errorf("a plain change: %q / %q", plain.Title, plain.Body)
	}
}
