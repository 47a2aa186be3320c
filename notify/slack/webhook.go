package slack

import (
	"context"
	"errors"
	"net/http"

	api "github.com/slack-go/slack"

	"github.com/claimtrack/claimtrack/model"
	"github.com/claimtrack/claimtrack/notify"
)

// Webhook posts through an incoming webhook. A webhook answers with no
// message id, so there are no threads, and an attempt a crash cut short
// cannot be checked: README says so.
type Webhook struct {
	url      string
	http     *http.Client
	renderer *notify.Renderer
}

// Notify implements notify.Notifier.
func (w *Webhook) Notify(ctx context.Context, e model.Event) (notify.Delivery, bool, error) {
	m, err := w.renderer.Render(e)
	if err != nil {
		return notify.Delivery{}, false, err
	}
	p := Build(m, e, "")
	err = w.post(ctx, p)
	var sc api.StatusCodeError
	if errors.As(err, &sc) && sc.Code == http.StatusBadRequest {
		// invalid_payload: something in the blocks Slack will not take.
		// The text alone still tells the news.
		err = w.post(ctx, p.TextOnly())
	}
	if err != nil {
		retry, err := classify(err, "webhook URL")
		return notify.Delivery{}, retry, redact(err, w.url, "<webhook URL>")
	}
	return notify.Delivery{Channel: "webhook"}, true, nil
}

func (w *Webhook) post(ctx context.Context, p Payload) error {
	no := false
	msg := &api.WebhookMessage{Text: p.Text, UnfurlLinks: &no, UnfurlMedia: &no}
	if len(p.Blocks) > 0 {
		msg.Blocks = &api.Blocks{BlockSet: p.Blocks}
	}
	return api.PostWebhookCustomHTTPContext(ctx, w.url, w.http, msg)
}
