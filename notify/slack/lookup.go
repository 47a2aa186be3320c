package slack

import (
	"errors"
	"fmt"

	api "github.com/slack-go/slack"
)

// historyScopes are the scopes reading a channel's messages needs: the
// lookup below, not chat:write, is what a missing scope stops there.
const historyScopes = "channels:history (groups:history for a private channel)"

// lookupError says why an event tried before could not be looked for in
// its channel before being posted again (find). It used to read "looking
// for an earlier attempt: ...", which a desk could not place: it now says
// what claimtrack was doing, why, and that nothing is posted meanwhile. A
// token Slack refuses is that refusal alone, as for any call: the lookup
// is not the cause; so is a channel Slack refuses the bot (not invited,
// not found, archived): a post there is refused alike, and the refusal
// says what to do, not that an answer was lost (desk54b). A scope Slack
// says is missing without naming it is the history scope, not the posting
// one explain assumes.
func lookupError(err error, channel string, from Source) (retry bool, out error) {
	if tokenRefused(err) || channelRefused(err) {
		return classify(err, channel, from)
	}
	var se api.SlackErrorResponse
	if errors.As(err, &se) && se.Err == "missing_scope" && se.Needed == "" {
		se.Needed = historyScopes
		err = se
	}
	retry, err = classify(err, channel, from)
	return retry, fmt.Errorf("an earlier attempt to post this event may have reached %s (its answer was lost), and reading the channel's "+
		"recent messages to check failed, so it is not posted again yet: %w", channel, err)
}

// channelRefused reports whether Slack refused the bot the channel itself,
// as it would refuse a post there.
func channelRefused(err error) bool {
	var se api.SlackErrorResponse
	if !errors.As(err, &se) {
		return false
	}
	switch se.Err {
	case "not_in_channel", "channel_not_found", "is_archived":
		return true
	}
	return false
}
