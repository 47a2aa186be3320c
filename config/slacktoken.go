package config

import (
	"net/url"
	"strings"
)

// slackTokenProblem says what is wrong with a slack.token that Slack would
// refuse, or "". It is judged by its shape alone, before anything is sent:
// a webhook URL, an app-level token or a value with quotes pasted into
// token: fails the same way at every post (invalid_auth, not_allowed_token_type),
// and a check at its line says which mistake it is. The value itself is
// never written back: it is a secret.
//
// The kinds of Slack token (xoxb-, xapp- ...) are judged only for Slack
// itself: an api_url elsewhere (a fake Slack of one's own, as README
// suggests for a first try, or a proxy that holds the real token) takes
// whatever token it issues.
func slackTokenProblem(token, apiURL string) string {
	const want = "a bot token starts with xoxb- (Slack app → OAuth & Permissions → Bot User OAuth Token)"
	switch t := token; {
	case strings.TrimSpace(t) != t:
		return "the token begins or ends with white space (a line break or a space copied with it): remove it"
	case strings.ContainsAny(t[:1]+t[len(t)-1:], `"'`):
		return "the token is wrapped in quotes, which became part of it (docker --env-file and some .env readers keep them): write the variable without quotes"
	case strings.HasPrefix(t, "https://") || strings.HasPrefix(t, "http://"):
		return "this is a URL, not a token: a webhook goes in slack.webhook_url (without token and channel)"
	case !isSlackItself(apiURL):
		return ""
	case strings.HasPrefix(t, "xoxb-"), strings.HasPrefix(t, "xoxp-"), strings.HasPrefix(t, "xoxe.xoxb-"), strings.HasPrefix(t, "xoxe.xoxp-"):
		return ""
	case strings.HasPrefix(t, "xapp-"):
		return "this is an app-level token (xapp-), which cannot post messages: " + want
	case strings.HasPrefix(t, "xoxe-"):
		return "this is a refresh token (xoxe-), which cannot post messages: " + want
	}
	return "this is not a Slack token: " + want
}

// isSlackItself reports whether slack.api_url (empty: Slack's own) sends
// the bot's calls to Slack, whose tokens have known kinds.
func isSlackItself(apiURL string) bool {
	if apiURL == "" {
		return true
	}
	u, err := url.Parse(apiURL)
	if err != nil {
		return false
	}
	h := u.Hostname()
	return h == "slack.com" || strings.HasSuffix(h, ".slack.com") || h == "slack-gov.com" || strings.HasSuffix(h, ".slack-gov.com")
}
