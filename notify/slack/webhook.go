package slack

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptrace"
	"strings"
	"sync/atomic"

	api "github.com/slack-go/slack"

	"github.com/claimtrack/claimtrack/model"
	"github.com/claimtrack/claimtrack/notify"
)

// Webhook delivery modes (config slack.webhook_delivery).
const (
	AtLeastOnce = "at_least_once"
	AtMostOnce  = "at_most_once"
)

// Webhook posts through an incoming webhook. A webhook answers with no
// message id and cannot be asked afterwards what it posted, so when the
// answer to a post is lost (a timeout, a connection reset, a 5xx after
// the request went out) nobody can tell whether the message is in the
// channel. AtLeastOnce retries it (a message may repeat); AtMostOnce
// records it as "may have been delivered" and moves on (a message may be
// missing). Bot mode has no such choice to make: it looks first.
type Webhook struct {
	url        string
	http       *http.Client
	renderer   *notify.Renderer
	atMostOnce bool
	// from is where the URL was set, for a refusal to name.
	from Source
}

// Notify implements notify.Notifier.
func (w *Webhook) Notify(ctx context.Context, e model.Event) (notify.Delivery, bool, error) {
	attempt := e.Attempts + 1 // Drain has begun this attempt; e is as claimed
	if w.atMostOnce && e.Attempts > 0 && !strings.HasPrefix(e.LastError, attemptPrefix(e.Attempts)) {
		// The last attempt began and recorded no end: claimtrack stopped
		// while it was posting, and Slack may have taken the message.
		return notify.Delivery{Channel: "webhook"}, false, &notify.MaybeDeliveredError{
			Err: fmt.Errorf("attempt %d was cut short (claimtrack stopped while posting); not posted again (slack.webhook_delivery: at_most_once)", e.Attempts)}
	}
	m, err := w.renderer.Render(e)
	if err != nil {
		return notify.Delivery{}, false, fmt.Errorf("slack: %w", err)
	}
	p := Build(m, e, "")
	wrote, err := w.post(ctx, p)
	var sc api.StatusCodeError
	if errors.As(err, &sc) && sc.Code == http.StatusBadRequest {
		// invalid_payload: something in the blocks Slack will not take.
		// The text alone still tells the news.
		wrote, err = w.post(ctx, p.TextOnly())
	}
	if err == nil {
		return notify.Delivery{Channel: "webhook"}, true, nil
	}
	retry, cerr := classify(err, "webhook URL", w.from)
	cerr = redact(cerr, w.url, "<webhook URL>")
	if !w.atMostOnce {
		return notify.Delivery{}, retry, cerr
	}
	if wrote && ambiguous(err) {
		return notify.Delivery{Channel: "webhook"}, false, &notify.MaybeDeliveredError{
			Err: fmt.Errorf("attempt %d: no clear answer from Slack after the message was sent (%w); not posted again (slack.webhook_delivery: at_most_once)", attempt, lostAnswer(err, w.url))}
	}
	// A clean failure is marked with its attempt number: the next attempt
	// then knows this one ended and was not cut short.
	return notify.Delivery{}, retry, fmt.Errorf("%s%w", attemptPrefix(attempt), cerr)
}

func attemptPrefix(n int) string { return fmt.Sprintf("attempt %d: ", n) }

// ambiguous reports whether a failed post, once its request was written,
// leaves it unknown whether Slack took the message: no answer at all (a
// timeout, a reset, a shutdown), or a server error, which Slack has been
// seen to give for posts it had accepted. A 4xx is a refusal: nothing was
// posted.
func ambiguous(err error) bool {
	var sc api.StatusCodeError
	if errors.As(err, &sc) {
		return sc.Code >= 500
	}
	var rl *api.RateLimitedError
	return !errors.As(err, &rl)
}

// lostAnswer says what came back instead of Slack's ok, without the
// webhook URL (a secret) that Go's network errors quote.
func lostAnswer(err error, url string) error {
	var sc api.StatusCodeError
	if errors.As(err, &sc) {
		return fmt.Errorf("HTTP %d", sc.Code)
	}
	return redact(err, url, "<webhook URL>")
}

// post sends one payload and says whether the request was written in
// full: before that, Slack cannot have taken it.
func (w *Webhook) post(ctx context.Context, p Payload) (wrote bool, err error) {
	var sent atomic.Bool
	ctx = httptrace.WithClientTrace(ctx, &httptrace.ClientTrace{
		WroteRequest: func(i httptrace.WroteRequestInfo) {
			if i.Err == nil {
				sent.Store(true)
			}
		},
	})
	no := false
	msg := &api.WebhookMessage{Text: p.Text, UnfurlLinks: &no, UnfurlMedia: &no}
	if len(p.Blocks) > 0 {
		msg.Blocks = &api.Blocks{BlockSet: p.Blocks}
	}
	err = api.PostWebhookCustomHTTPContext(ctx, w.url, w.http, msg)
	return sent.Load(), err
}
