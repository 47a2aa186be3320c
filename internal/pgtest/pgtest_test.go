package pgtest

import (
	"net/url"
	"os"
	"strings"
	"testing"
)

// TestMissingDatabaseSaysHowToCreateIt: a CLAIMTRACK_TEST_POSTGRES whose
// database is not there names the variable and the command that makes it.
func TestMissingDatabaseSaysHowToCreateIt(t *testing.T) {
	base := os.Getenv(EnvVar)
	if base == "" {
		t.Skip(EnvVar + " is not set")
	}
	u, err := url.Parse(base)
	if err != nil {
		t.Fatal(err)
	}
	u.Path = "/claimtrack_pgtest_no_such_database"
	_, err = createSchema(u.String())
	if err == nil || !strings.Contains(err.Error(), "createdb") || !strings.Contains(err.Error(), EnvVar) {
		t.Errorf("a missing database: %v; want the variable named and createdb", err)
	}
}
