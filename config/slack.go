package config

import (
	"fmt"

	"gopkg.in/yaml.v3"
)

// slackUnset is a slack key written as ${VAR} (no default) whose variable
// is not set: the configuration meant to post to Slack and cannot.
type slackUnset struct {
	key, env string
	pos      Pos
}

// noteSlackUnset records the slack keys whose ${VAR} is unset, before the
// values are expanded, so that their position and variable can be named;
// and for each secret where it was set (SlackSecretFrom).
func (l *loader) noteSlackUnset(file string, root *yaml.Node) {
	m := topLevelValue(root, "slack")
	if m == nil || m.Kind != yaml.MappingNode {
		return
	}
	for j := 0; j+1 < len(m.Content); j += 2 {
		key, val := m.Content[j].Value, m.Content[j+1]
		if key != "webhook_url" && key != "token" || val.Kind != yaml.ScalarNode {
			continue
		}
		for _, env := range l.unsetVars(val.Value) {
			l.slackUnset = append(l.slackUnset, slackUnset{key: "slack." + key, env: env, pos: nodePos(file, val)})
		}
		from := SecretFrom{Key: "slack." + key, At: nodePos(file, val).String(), Env: l.setVar(val.Value)}
		if l.cfg.slackFrom == nil {
			l.cfg.slackFrom = map[string]SecretFrom{}
		}
		l.cfg.slackFrom[key] = from
	}
}

// SecretFrom says where the user set a secret, so that an error about it
// (Slack refusing the token) names what to change: the environment
// variable the value came from, else the key in the file.
type SecretFrom struct {
	Key string // "slack.token"
	Env string // the variable the value came from ("" if written in the file)
	At  string // FILE:LINE:COL of the value
}

// SlackSecretFrom says where slack.KEY (token or webhook_url) was set; a
// key not in the main file is just its name.
func (c *Config) SlackSecretFrom(key string) SecretFrom {
	if f, ok := c.slackFrom[key]; ok {
		return f
	}
	return SecretFrom{Key: "slack." + key}
}

// checkSlack judges the Slack destination as a whole. A key whose ${VAR}
// is unset leaves no destination, and claimtrack would then print each
// message and record it as delivered: Slack would never see it. That is a
// warning here, so that a configuration can be checked on a machine without
// the secrets, and a refusal in DeliveryProblem, which run and once call.
func (l *loader) checkSlack(fail func(path, format string, args ...any)) {
	c := l.cfg
	if c.Slack.Configured() {
		return
	}
	if len(l.slackUnset) > 0 {
		u := l.slackUnset[0]
		c.deliveryProblem = &FieldError{Pos: u.pos, Path: u.key, Msg: fmt.Sprintf(
			"environment variable %s %s, so no message can reach Slack (each would be printed and recorded as delivered): "+
				"set %s, or write ${%s:-} to print messages on purpose", u.env, l.varState(u.env), u.env, u.env)}
		l.warn(u.pos, "%s is empty because %s %s: run and once refuse to start until it has a value (write ${%s:-} to print messages on purpose)", u.key, u.env, l.varState(u.env), u.env)
		c.deliveryWarning = c.Warnings[len(c.Warnings)-1]
		return
	}
	if c.Slack.Channel != "" {
		fail("slack.channel", "a channel needs slack.token (a bot token, xoxb-…) to post with; a webhook posts to the channel it was made for: set token, or webhook_url without channel")
	}
}

// DeliveryProblem says why events cannot be delivered as the configuration
// means them to be (a Slack secret missing from the environment), or nil.
func (c *Config) DeliveryProblem() error {
	if c.deliveryProblem == nil {
		return nil
	}
	return *c.deliveryProblem
}

// WarningsBesideRefusals returns the warnings but the ones that say run
// and once will refuse to start (a Slack secret or the store's variable
// unset): a command that refuses prints the refusal instead, which says
// the same at the same place.
func (c *Config) WarningsBesideRefusals() []string {
	if c.deliveryWarning == "" && c.storeWarning == "" {
		return c.Warnings
	}
	var ws []string
	for _, w := range c.Warnings {
		if w != c.deliveryWarning && w != c.storeWarning {
			ws = append(ws, w)
		}
	}
	return ws
}

// WarningsBesideDelivery returns the warnings but the one that says a
// Slack secret is unset: a command that sends nothing to Slack (history,
// extract, rules, serve, store) would warn of a variable it never reads.
// check still says it, and run and once refuse in its place.
func (c *Config) WarningsBesideDelivery() []string {
	if c.deliveryWarning == "" {
		return c.Warnings
	}
	var ws []string
	for _, w := range c.Warnings {
		if w != c.deliveryWarning {
			ws = append(ws, w)
		}
	}
	return ws
}

// Destination says in words where messages go.
func (c *Config) Destination() string {
	switch {
	case c.Slack.Token != "" && c.Slack.APIURL != "":
		// A fake Slack or a proxy: say so, lest a test look like the real thing.
		return "Slack channel " + c.Slack.Channel + " (bot) through " + c.Slack.APIURL
	case c.Slack.Token != "":
		return "Slack channel " + c.Slack.Channel + " (bot)"
	case c.Slack.WebhookURL != "":
		return "a Slack webhook"
	case c.deliveryProblem != nil:
		return "no destination until " + c.deliveryProblem.Path + " is set (run and once refuse to start without one)"
	}
	return "standard output (no Slack configured)"
}
