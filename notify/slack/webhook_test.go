package slack

import (
	"context"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/claimtrack/claimtrack/notify"
	"github.com/claimtrack/claimtrack/notify/slack/slackfake"
)

// acceptedThen500 makes the fake take the first post and answer 500, as
// Slack did in the audit; later posts go through.
func acceptedThen500(_ string, call int) slackfake.Response {
	if call == 0 {
		return slackfake.Response{Status: 500, Accept: true}
	}
	return slackfake.Response{}
}

// drainAll drains until the outbox is empty, as the daemon does after a
// retryable failure, giving up after a few rounds.
func drainAll(t *testing.T, box *memOutbox, n notify.Notifier) {
	t.Helper()
	for round := 0; round < 5; round++ {
		_, err := notify.Drain(context.Background(), box, n, "test")
		if err == nil {
			return
		}
		if errors.Is(err, notify.ErrPermanent) {
			t.Fatalf("permanent: %v", err)
		}
	}
	t.Fatal("outbox not drained in 5 rounds")
}

func TestWebhookAtLeastOnceRepeatsWhenTheAnswerIsLost(t *testing.T) {
	f := fakeSlack(t)
	f.Fail(acceptedThen500)
	box := &memOutbox{}
	box.add(notify.SampleEvents()...)
	n, err := New(Config{WebhookURL: f.WebhookURL()}, box)
	if err != nil {
		t.Fatal(err)
	}
	drainAll(t, box, n)
	// Today's behaviour, kept as the default: the first event is in the
	// channel twice.
	if got := len(f.Messages()); got != len(box.events)+1 {
		t.Errorf("%d messages for %d events; want one repeat", got, len(box.events))
	}
}

func TestWebhookAtMostOnceNeverRepeats(t *testing.T) {
	f := fakeSlack(t)
	f.Fail(acceptedThen500)
	box := &memOutbox{}
	box.add(notify.SampleEvents()...)
	n, err := New(Config{WebhookURL: f.WebhookURL(), WebhookDelivery: AtMostOnce}, box)
	if err != nil {
		t.Fatal(err)
	}
	drainAll(t, box, n)
	if got := len(f.Messages()); got != len(box.events) {
		t.Errorf("%d messages for %d events; want each once", got, len(box.events))
	}
	first := box.events[0]
	if first.Delivered == nil || !strings.HasPrefix(first.LastError, "may have been delivered: attempt 1: no clear answer from Slack") ||
		!strings.Contains(first.LastError, "(HTTP 500)") {
		t.Errorf("first event: delivered %v, last error %q", first.Delivered, first.LastError)
	}
	if strings.Contains(first.LastError, f.WebhookPath) {
		t.Errorf("the webhook URL is in the recorded error: %q", first.LastError)
	}
	for _, e := range box.events[1:] {
		if e.Delivered == nil || e.LastError != "" {
			t.Errorf("event %s: delivered %v, last error %q", e.Key, e.Delivered, e.LastError)
		}
	}
}

// TestWebhookAtMostOnceTimeout: an answer later than the client's timeout
// is ambiguous; a refused connection is not (nothing was sent) and is
// retried.
func TestWebhookAtMostOnceTimeout(t *testing.T) {
	var posts atomic.Int32
	release := make(chan struct{})
	slow := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		io.Copy(io.Discard, r.Body)
		posts.Add(1)
		select {
		case <-release:
		case <-r.Context().Done():
		}
		io.WriteString(w, "ok")
	}))
	defer slow.Close()
	defer close(release)
	box := &memOutbox{}
	box.add(notify.SampleEvents()[:2]...)
	n, err := New(Config{WebhookURL: slow.URL + "/services/T/B/x", WebhookDelivery: AtMostOnce,
		HTTP: &http.Client{Timeout: 100 * time.Millisecond}}, box)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := notify.Drain(context.Background(), box, n, "test"); err != nil {
		t.Fatalf("drain: %v", err)
	}
	if posts.Load() != 2 {
		t.Errorf("%d posts for 2 events", posts.Load())
	}
	for _, e := range box.events {
		if e.Delivered == nil || !strings.Contains(e.LastError, "may have been delivered") {
			t.Errorf("event %s: delivered %v, last error %q", e.Key, e.Delivered, e.LastError)
		}
	}

	unreachable := &memOutbox{}
	unreachable.add(notify.SampleEvents()[0])
	n, _ = New(Config{WebhookURL: "http://127.0.0.1:1/services/T/B/x", WebhookDelivery: AtMostOnce}, unreachable)
	if _, err := notify.Drain(context.Background(), unreachable, n, "test"); err == nil || errors.Is(err, notify.ErrPermanent) {
		t.Fatalf("unreachable: want a retryable error, got %v", err)
	}
	if e := unreachable.events[0]; e.Delivered != nil || !strings.HasPrefix(e.LastError, "attempt 1: ") {
		t.Errorf("unreachable: delivered %v, last error %q", e.Delivered, e.LastError)
	}
}

// TestWebhookAtMostOnceAfterACrash: an attempt that began and recorded no
// end (the process died while posting) is not posted again; one that
// ended in a clean failure is.
func TestWebhookAtMostOnceAfterACrash(t *testing.T) {
	f := fakeSlack(t)
	box := &memOutbox{}
	evs := notify.SampleEvents()[:2]
	evs[0].Attempts = 1                                                           // cut short
	evs[1].Attempts, evs[1].LastError = 1, "attempt 1: slack: connection refused" // ended
	box.add(evs...)
	n, _ := New(Config{WebhookURL: f.WebhookURL(), WebhookDelivery: AtMostOnce}, box)
	if _, err := notify.Drain(context.Background(), box, n, "test"); err != nil {
		t.Fatal(err)
	}
	if got := len(f.Messages()); got != 1 {
		t.Errorf("%d messages; want only the event whose last attempt ended", got)
	}
	if e := box.events[0]; e.Delivered == nil || !strings.Contains(e.LastError, "attempt 1 was cut short") {
		t.Errorf("cut short: delivered %v, last error %q", e.Delivered, e.LastError)
	}
	if e := box.events[1]; e.Delivered == nil || e.LastError != "" {
		t.Errorf("retried: delivered %v, last error %q", e.Delivered, e.LastError)
	}
}

func TestWebhookDeliveryModeChecked(t *testing.T) {
	if _, err := New(Config{WebhookURL: "https://hooks.example.org/x", WebhookDelivery: "exactly_once"}, nil); err == nil {
		t.Error("an unknown webhook_delivery is accepted")
	}
}

func TestWebhook(t *testing.T) {
	f := fakeSlack(t)
	box := &memOutbox{}
	box.add(notify.SampleEvents()...)
	n, err := New(Config{WebhookURL: f.WebhookURL()}, box)
	if err != nil {
		t.Fatal(err)
	}
	if sent, err := notify.Drain(context.Background(), box, n, "test"); err != nil || sent != len(notify.SampleEvents()) {
		t.Fatalf("webhook: %d %v", sent, err)
	}
	if v := f.Violations(); len(v) > 0 {
		t.Errorf("violations: %v", v)
	}
}

func TestWebhookErrors(t *testing.T) {
	f := fakeSlack(t)
	e := notify.SampleEvents()[1]
	for status, wantRetry := range map[int]bool{404: false, 403: false, 410: false, 500: true, 503: true} {
		f.Fail(func(string, int) slackfake.Response { return slackfake.Response{Status: status} })
		n, _ := New(Config{WebhookURL: f.WebhookURL()}, nil)
		_, retry, err := n.Notify(context.Background(), e)
		if err == nil || retry != wantRetry {
			t.Errorf("HTTP %d: retry %v, err %v; want retry %v", status, retry, err, wantRetry)
		}
		if err != nil && strings.Contains(err.Error(), f.WebhookPath) {
			t.Errorf("HTTP %d: the webhook URL is in the error: %v", status, err)
		}
	}
	// A network failure names the URL in Go's error; it must not reach logs.
	n, _ := New(Config{WebhookURL: "http://127.0.0.1:1/services/T1/B1/very-secret"}, nil)
	_, retry, err := n.Notify(context.Background(), e)
	if !retry || err == nil || strings.Contains(err.Error(), "very-secret") {
		t.Errorf("unreachable: retry %v, err %v", retry, err)
	}
	// Blocks refused (400): the text alone goes.
	f.Fail(func(_ string, call int) slackfake.Response {
		if call == 0 {
			return slackfake.Response{Status: 400}
		}
		return slackfake.Response{}
	})
	n, _ = New(Config{WebhookURL: f.WebhookURL()}, nil)
	if _, _, err := n.Notify(context.Background(), e); err != nil {
		t.Errorf("text-only fallback: %v", err)
	}
}
