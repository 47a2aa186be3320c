// Package slack posts claimtrack's events to Slack, through an incoming
// webhook or as a bot (chat.postMessage, one thread per metric). It
// implements notify.Notifier: each call says whether a failure is worth
// retrying, and how long Slack asked to wait.
package slack

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"strings"
	"time"

	api "github.com/slack-go/slack"

	"github.com/claimtrack/claimtrack/internal/retryafter"
	"github.com/claimtrack/claimtrack/notify"
)

// Config says where and how to post.
type Config struct {
	// WebhookURL selects webhook mode.
	WebhookURL string
	// Token and Channel select bot mode; APIURL overrides Slack's
	// (https://slack.com/api/) for proxies and tests.
	Token, Channel, APIURL string
	// Channels routes metrics (by id) to channels other than Channel.
	Channels map[string]string
	// Broadcast shows thread replies in the channel as well.
	Broadcast bool
	// WebhookDelivery is AtLeastOnce (the default) or AtMostOnce: what
	// webhook mode does when Slack's answer to a post is lost.
	WebhookDelivery string
	// Templates overrides the default message templates (config templates:).
	Templates map[string]string
	// TokenFrom and WebhookFrom say where the user set the secret, so that
	// Slack refusing it names what to change (zero: the key's name).
	TokenFrom, WebhookFrom Source
	HTTP                   *http.Client
	Log                    *slog.Logger
}

// Source says where a secret was set: the configuration key, the
// environment variable its value came from (if one), and the key's place.
type Source struct {
	Key string // slack.token
	Env string // SLACK_BOT_TOKEN, or "" when the value is in the file
	At  string // config.yaml:12:10, or ""
}

// fix says what to do about a refused secret: set what the user actually
// set to what, then how claimtrack takes it. A variable needs a restart: a
// reload re-reads the files, not the environment the process was given.
func (s Source) fix(key, to string) string {
	if s.Key == "" {
		s.Key = key
	}
	if s.Env != "" {
		in := s.Key + ": ${" + s.Env + "}"
		if s.At != "" {
			in += " at " + s.At
		}
		return "it comes from the environment variable " + s.Env + " (" + in + "): set " + s.Env + " to " + to +
			" where claimtrack's environment is given (its env file, docker -e, the shell), then restart claimtrack, or run once again (a reload keeps the environment it started with)"
	}
	at := s.Key
	if s.At != "" {
		at += " (" + s.At + ")"
	}
	return "set " + at + " to " + to + ", then reload claimtrack (or restart it), or run once again"
}

// Threads is the part of the store the bot needs to keep one thread per
// metric.
type Threads interface {
	// Thread returns the channel ID last seen for a channel as configured
	// (route), and the message heading the metric's thread there ("" if
	// none, or metric is "").
	Thread(ctx context.Context, metric, route string) (channelID, ts string, err error)
}

// New returns the notifier the config asks for: a Bot with a token, a
// Webhook with a URL.
func New(cfg Config, threads Threads) (notify.Notifier, error) {
	r, err := NewRenderer(cfg.Templates)
	if err != nil {
		return nil, err // NewRenderer says it is Slack's
	}
	if cfg.HTTP == nil {
		cfg.HTTP = &http.Client{Timeout: 30 * time.Second}
	}
	if cfg.Log == nil {
		cfg.Log = slog.New(slog.DiscardHandler)
	}
	switch {
	case cfg.Token != "":
		if cfg.Channel == "" {
			return nil, errors.New("slack: a bot token needs slack.channel")
		}
		return newBot(cfg, r, threads), nil
	case cfg.WebhookURL != "":
		switch cfg.WebhookDelivery {
		case "", AtLeastOnce, AtMostOnce:
		default:
			return nil, fmt.Errorf("slack: webhook_delivery %q: use %s or %s", cfg.WebhookDelivery, AtLeastOnce, AtMostOnce)
		}
		return &Webhook{url: cfg.WebhookURL, http: cfg.HTTP, renderer: r, atMostOnce: cfg.WebhookDelivery == AtMostOnce, from: cfg.WebhookFrom}, nil
	}
	return nil, errors.New("slack: set slack.webhook_url, or slack.token and slack.channel")
}

// transient reports whether a Slack API error says "try again later".
func transient(slackErr string) bool {
	switch slackErr {
	case "internal_error", "fatal_error", "service_unavailable", "request_timeout", "ratelimited", "team_added_to_org":
		return true
	}
	return false
}

// classify says whether a failed call is worth retrying and turns it into
// an error that says what to do. Slack's own refusals (ok:false) other
// than the transient ones are permanent: they need the configuration or
// the workspace fixed. Anything that is not Slack's answer (a network
// error, a timeout, a 5xx) may succeed next time.
func classify(err error, where string, from Source) (retry bool, out error) {
	var rl *api.RateLimitedError
	var sc api.StatusCodeError
	var se api.SlackErrorResponse
	switch {
	case errors.As(err, &rl):
		return true, &retryafter.Error{Wait: rl.RetryAfter, Err: fmt.Errorf("slack: rate limited (429)")}
	case errors.As(err, &se):
		if transient(se.Err) {
			return true, fmt.Errorf("slack: %s (Slack's side; will retry)", se.Err)
		}
		return false, fmt.Errorf("slack: %s", explain(se, where, from))
	case errors.As(err, &sc):
		switch {
		case sc.Code == http.StatusTooManyRequests:
			// A 429 that does not say how long to wait (slack-go reads
			// Retry-After only when there is one) is still a rate limit:
			// the retry policy's backoff decides the wait.
			return true, &retryafter.Error{Err: fmt.Errorf("slack: rate limited (429, no Retry-After)")}
		case sc.Code >= 500 || sc.Code == http.StatusRequestTimeout:
			return true, fmt.Errorf("slack: HTTP %d (Slack's side; will retry)", sc.Code)
		case sc.Code == http.StatusNotFound || sc.Code == http.StatusForbidden || sc.Code == http.StatusGone || sc.Code == http.StatusUnauthorized:
			return false, fmt.Errorf("slack: the %s was refused (HTTP %d): it was revoked, or the channel deleted; create a new incoming webhook: %s", where, sc.Code, from.fix("slack.webhook_url", "its URL"))
		}
		return false, fmt.Errorf("slack: the %s refused the message (HTTP %d)", where, sc.Code)
	case errors.Is(err, context.Canceled):
		return true, err
	}
	return true, fmt.Errorf("slack: %w", err)
}

// tokenRefused reports whether Slack refused the bot token itself, as
// it does for every call: revoked, expired, never valid.
func tokenRefused(err error) bool {
	var se api.SlackErrorResponse
	return errors.As(err, &se) && refusedTokenCode(se.Err)
}

func refusedTokenCode(code string) bool {
	switch code {
	case "invalid_auth", "not_authed", "token_revoked", "token_expired", "account_inactive":
		return true
	}
	return false
}

func explain(se api.SlackErrorResponse, channel string, from Source) string {
	if refusedTokenCode(se.Err) {
		return se.Err + ": Slack refused the bot token; " + from.fix("slack.token", "the app's Bot User OAuth Token (xoxb-…, on its OAuth & Permissions page)")
	}
	switch se.Err {
	case "channel_not_found":
		return se.Err + ": no channel " + channel + " the bot can see; use the channel's ID (C…) or check the name"
	case "not_in_channel":
		return se.Err + ": the bot is not a member of " + channel + "; invite it with /invite @your-bot"
	case "is_archived":
		return se.Err + ": channel " + channel + " is archived; unarchive it or choose another"
	case "missing_scope":
		need := se.Needed
		if need == "" {
			need = "chat:write"
		}
		return se.Err + ": the bot token lacks the scope " + need + "; add it in the app's OAuth settings and reinstall"
	case "restricted_action", "no_permission":
		return se.Err + ": the workspace does not let the bot post in " + channel
	}
	return se.Err
}

// redact removes a secret from an error's text: the webhook URL is one.
func redact(err error, secret, as string) error {
	if err == nil || secret == "" || !strings.Contains(err.Error(), secret) {
		return err
	}
	return &redacted{msg: strings.ReplaceAll(err.Error(), secret, as), err: err}
}

type redacted struct {
	msg string
	err error
}

func (r *redacted) Error() string { return r.msg }
func (r *redacted) Unwrap() error { return r.err }
