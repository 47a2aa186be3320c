package config

import (
	"errors"
	"strings"
	"testing"
)

// TestSlackDestination loads each file of testdata/slack, whose first line
// says what must come of it: "# want: LINE:COL KEY VAR" for a delivery
// problem (a Slack secret the environment lacks), "# want: error LINE:COL
// KEY [WORD]" for a configuration error (whose message names WORD and never
// the value, a secret), "# want: none" for neither.
func TestSlackDestination(t *testing.T) {
	forEachWant(t, "testdata/slack", func(t *testing.T, f, line string) {
		want := strings.Fields(line)
		cfg, err := load(f, noEnv)
		switch want[0] {
		case "none":
			if err != nil || cfg.DeliveryProblem() != nil {
				t.Fatalf("want no problem, got %v / %v", err, cfg.DeliveryProblem())
			}
		case "error":
			var errs Errors
			if !errors.As(err, &errs) || len(errs) != 1 || !strings.HasPrefix(errs[0].Error(), f+":"+want[1]+": "+want[2]+": ") {
				t.Fatalf("want one error at %s %s, got %v", want[1], want[2], err)
			}
			// A fourth word is what the message must name; the value is a
			// secret and is never written back.
			if len(want) > 3 && !strings.Contains(errs[0].Error(), want[3]) {
				t.Errorf("the message should name %q: %s", want[3], errs[0])
			}
			if strings.Contains(errs[0].Error(), "SECRET") {
				t.Errorf("the message repeats the secret: %s", errs[0])
			}
		default:
			if err != nil {
				t.Fatalf("a missing secret must not fail the check: %v", err)
			}
			p := cfg.DeliveryProblem()
			if p == nil {
				t.Fatal("no delivery problem")
			}
			msg := p.Error()
			if !strings.HasPrefix(msg, f+":"+want[0]+": "+want[1]+": ") || !strings.Contains(msg, want[2]+" is not set") || !strings.Contains(msg, "${"+want[2]+":-}") {
				t.Errorf("got %s", msg)
			}
			// check prints the warning as it is: it must say where, as an error does.
			if len(cfg.Warnings) != 1 || !strings.HasPrefix(cfg.Warnings[0], f+":"+want[0]+": warning: "+want[1]+" ") ||
				!strings.Contains(cfg.Warnings[0], "run and once refuse") {
				t.Errorf("want one warning at %s saying run and once refuse, got %q", want[0], cfg.Warnings)
			}
		}
	})
}
