package config

import (
	"fmt"
	"strings"

	"gopkg.in/yaml.v3"
)

// noteStoreUnset records a store: written as ${VAR} (no default) whose
// variable is not set. The store would then fall back to ./claimtrack.db: a
// replica meant for the desk's PostgreSQL database would start on a new,
// empty SQLite file beside its configuration, read every source again as
// a desk of its own and post what the other replicas post. Like a missing
// Slack secret it is a deployment mistake, not a choice: check warns (it
// checks configurations on machines without the secrets), and the commands
// that open the store refuse (StoreProblem).
func (l *loader) noteStoreUnset(file string, root *yaml.Node) {
	val := topLevelValue(root, "store")
	// Only a value that expands to nothing falls back to the default file:
	// a variable that is part of a longer value (the password of
	// postgres://ct:${PW}@db/ct, which libpq may take from PGPASSWORD or
	// .pgpass instead) leaves the store meant, and only the load's general
	// warning about an unset variable applies.
	if val == nil || val.Kind != yaml.ScalarNode || strings.TrimSpace(l.expandedValue(val.Value, nil)) != "" {
		return
	}
	unset := l.unsetVars(val.Value)
	if len(unset) == 0 {
		return
	}
	env, pos := unset[0], nodePos(file, val)
	l.cfg.storeProblem = &FieldError{Pos: pos, Path: "store", Msg: fmt.Sprintf(
		"environment variable %s %s, so the store would be a new ./claimtrack.db beside the configuration "+
			"instead of the one meant (a replica would start a desk of its own): set %s, or write ${%s:-./claimtrack.db} for that file on purpose",
		env, l.varState(env), env, env)}
	l.warn(pos, "store: %s %s: run, once and the commands that read the store refuse to start until it has a value (write ${%s:-./claimtrack.db} for a default on purpose)", env, l.varState(env), env)
	l.cfg.storeWarning = l.cfg.Warnings[len(l.cfg.Warnings)-1]
	l.storeUnset = env
}

// StoreProblem says why the configured store is not the one meant (its
// ${VAR} is not set), or nil.
func (c *Config) StoreProblem() error {
	if c.storeProblem == nil {
		return nil
	}
	return *c.storeProblem
}
