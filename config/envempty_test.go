package config

import (
	"strings"
	"testing"
)

// emptyEnv holds every variable, each set to nothing: an env file's
// "NAME=" with the value forgotten.
func emptyEnv(string) (string, bool) { return "", true }

// TestEmptyVariableIsSaidEmpty: a ${VAR} the environment sets to nothing
// is said to be empty, not "not set", in the refusal, the warning and the
// general note alike: a desk told "not set" looks for a missing line and
// finds the line there.
func TestEmptyVariableIsSaidEmpty(t *testing.T) {
	for _, tc := range []struct {
		file, env string
		problem   func(*Config) error
	}{
		{"testdata/slack/webhook-unset.yaml", "SLACK_TEST_UNSET_WEBHOOK", (*Config).DeliveryProblem},
		{"testdata/store/env-unset.yaml", "CLAIMTRACK_TEST_UNSET_STORE", (*Config).StoreProblem},
		{"testdata/store/env-password-unset.yaml", "CLAIMTRACK_TEST_UNSET_PASSWORD", nil},
	} {
		cfg, err := load(tc.file, emptyEnv)
		if err != nil {
			t.Fatalf("%s: %v", tc.file, err)
		}
		said := strings.Join(cfg.Warnings, "\n")
		if tc.problem != nil {
			p := tc.problem(cfg)
			if p == nil {
				t.Fatalf("%s: no refusal for an empty %s", tc.file, tc.env)
			}
			said += "\n" + p.Error()
		}
		if !strings.Contains(said, tc.env+" is set but empty") || strings.Contains(said, "not set") {
			t.Errorf("%s: want %s said to be set but empty, got:\n%s", tc.file, tc.env, said)
		}
	}
	// Unset, it is still said to be unset.
	cfg, err := load("testdata/slack/webhook-unset.yaml", noEnv)
	if err != nil || cfg.DeliveryProblem() == nil || !strings.Contains(cfg.DeliveryProblem().Error(), "SLACK_TEST_UNSET_WEBHOOK is not set") {
		t.Errorf("unset: %v %v", err, cfg.DeliveryProblem())
	}
}
