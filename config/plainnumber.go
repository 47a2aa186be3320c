package config

import (
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"
)

// plainNumberHint says how to write a number given the way news writes it:
// "1,240" (a string in YAML, since YAML numbers take no thousands separator)
// becomes ": write it plainly (1240)". A value that is not such a number gets
// no hint. A rule example's value is copied from a sentence, so the comma is
// the mistake a first rule file makes.
func plainNumberHint(n *yaml.Node) string {
	if n.Kind != yaml.ScalarNode || !strings.Contains(n.Value, ",") {
		return ""
	}
	plain := strings.ReplaceAll(n.Value, ",", "")
	if _, err := strconv.ParseFloat(plain, 64); err != nil {
		return ""
	}
	return ": write it plainly (" + plain + "), without thousands separators"
}
