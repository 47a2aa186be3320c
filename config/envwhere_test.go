package config

import (
	"strings"
	"testing"
)

// TestUnsetVariableWarnedAtItsValue: a ${VAR} the environment lacks is
// warned of at the value that uses it, with its key, as the Slack and store
// warnings are: a desk with several variables (a dashboard token, a contact,
// a path) sees which value is left empty and where, not the file alone.
func TestUnsetVariableWarnedAtItsValue(t *testing.T) {
	cfg, err := load("testdata/envwhere/config.yaml", noEnv)
	if err != nil {
		t.Fatal(err)
	}
	said := strings.Join(cfg.Warnings, "\n")
	for _, want := range []string{
		"testdata/envwhere/config.yaml:3:13: warning: user_agent: environment variable CLAIMTRACK_TEST_UNSET_CONTACT is not set",
		"testdata/envwhere/config.yaml:5:10: warning: dashboard.token: environment variable CLAIMTRACK_TEST_UNSET_DASHBOARD is not set",
		"testdata/envwhere/config.yaml:10:11: warning: sources[0].feed: environment variable CLAIMTRACK_TEST_UNSET_PATH is not set",
	} {
		if !strings.Contains(said, want) {
			t.Errorf("want %q, got:\n%s", want, said)
		}
	}
}
