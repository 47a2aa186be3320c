package slack

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/claimtrack/claimtrack/internal/retryafter"
	"github.com/claimtrack/claimtrack/model"
	"github.com/claimtrack/claimtrack/notify"
	"github.com/claimtrack/claimtrack/notify/slack/slackfake"
)

// fakeSlack starts a fake Slack that closes when the test ends.
func fakeSlack(t *testing.T) *slackfake.Server {
	t.Helper()
	f := slackfake.New()
	t.Cleanup(f.Close)
	return f
}

func bot(t *testing.T, f *slackfake.Server, box *memOutbox, cfg Config) notify.Notifier {
	t.Helper()
	cfg.Token, cfg.APIURL = f.Token, f.APIURL()
	if cfg.Channel == "" {
		cfg.Channel = "#figures"
	}
	n, err := New(cfg, box)
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// events makes a metric's story: first reading, then changes.
func events(metric string, n int) []model.Event {
	var out []model.Event
	samples := notify.SampleEvents()
	for i := 0; i < n; i++ {
		e := samples[1] // a change
		if i == 0 {
			e = samples[0]
		}
		e.Metric = metric
		e.Key = fmt.Sprintf("%s/%d", metric, i)
		out = append(out, e)
	}
	return out
}

func keysOnce(t *testing.T, f *slackfake.Server, want []string) {
	t.Helper()
	count := map[string]int{}
	var order []string
	for _, m := range f.Messages() {
		count[m.Key]++
		order = append(order, m.Key)
	}
	for _, k := range want {
		if count[k] != 1 {
			t.Errorf("event %s posted %d times (all: %v)", k, count[k], order)
		}
	}
	if len(order) != len(want) {
		t.Errorf("posted %d messages, want %d: %v", len(order), len(want), order)
	}
	if v := f.Violations(); len(v) > 0 {
		t.Errorf("payloads Slack would refuse: %v", v)
	}
}

func TestRateLimitHonoursRetryAfter(t *testing.T) {
	f := fakeSlack(t)
	f.Fail(func(method string, call int) slackfake.Response {
		if method == "chat.postMessage" && call == 0 {
			return slackfake.Response{Status: 429, RetryAfter: 7}
		}
		return slackfake.Response{}
	})
	box := &memOutbox{}
	box.add(events("toll", 2)...)
	n := bot(t, f, box, Config{})
	sent, err := notify.Drain(context.Background(), box, n, "test")
	if sent != 0 || err == nil || errors.Is(err, notify.ErrPermanent) {
		t.Fatalf("429: sent %d, err %v; want a retryable error", sent, err)
	}
	if w := retryafter.Wait(err); w != 7*time.Second {
		t.Errorf("Retry-After: %v, want 7s", w)
	}
	if sent, err := notify.Drain(context.Background(), box, n, "test"); sent != 2 || err != nil {
		t.Fatalf("after the wait: %d %v", sent, err)
	}
	keysOnce(t, f, []string{"toll/0", "toll/1"})
}

// A 429 that does not say how long to wait is a rate limit all the same,
// in both modes: retried after the policy's backoff, never "fix the
// configuration".
func TestRateLimitWithoutRetryAfterIsRetryable(t *testing.T) {
	for _, mode := range []string{"bot", "webhook"} {
		t.Run(mode, func(t *testing.T) {
			f := fakeSlack(t)
			f.Fail(func(method string, call int) slackfake.Response {
				if call == 0 && (method == "chat.postMessage" || method == "webhook") {
					return slackfake.Response{Status: 429}
				}
				return slackfake.Response{}
			})
			box := &memOutbox{}
			box.add(events("toll", 1)...)
			var n notify.Notifier
			if mode == "bot" {
				n = bot(t, f, box, Config{})
			} else {
				var err error
				if n, err = New(Config{WebhookURL: f.WebhookURL()}, box); err != nil {
					t.Fatal(err)
				}
			}
			sent, err := notify.Drain(context.Background(), box, n, "test")
			if sent != 0 || err == nil || notify.Classify(err) != notify.RateLimited {
				t.Fatalf("429 without Retry-After: sent %d, err %v (%s); want a rate limit", sent, err, notify.Classify(err))
			}
			if w := (notify.Retry{Base: time.Second}).Wait(1, err); w < time.Second || w > 2*time.Second {
				t.Errorf("wait after it: %v, want the first backoff step", w)
			}
			if sent, err := notify.Drain(context.Background(), box, n, "test"); sent != 1 || err != nil {
				t.Fatalf("after the wait: %d %v", sent, err)
			}
		})
	}
}

// Slack answers 500 for a while, some of those after taking the post; the
// daemon keeps retrying; every event lands once, in order.
func TestOutageThenRecoveryDeliversEachOnce(t *testing.T) {
	f := fakeSlack(t)
	down := true
	var mu sync.Mutex
	f.Fail(func(method string, call int) slackfake.Response {
		mu.Lock()
		defer mu.Unlock()
		if !down {
			return slackfake.Response{}
		}
		// Every third post reaches Slack before the 500.
		return slackfake.Response{Status: 500, Accept: method == "chat.postMessage" && call%3 == 1}
	})
	box := &memOutbox{}
	evs := append(events("toll", 4), events("displaced", 3)...)
	box.add(evs...)
	n := bot(t, f, box, Config{})
	for attempt := 0; attempt < 40; attempt++ {
		if attempt == 25 {
			mu.Lock()
			down = false
			mu.Unlock()
		}
		_, err := notify.Drain(context.Background(), box, n, "test")
		if err == nil && box.undelivered() == 0 {
			break
		}
		if errors.Is(err, notify.ErrPermanent) {
			t.Fatalf("a 500 is not permanent: %v", err)
		}
	}
	if box.undelivered() != 0 {
		t.Fatalf("%d events left", box.undelivered())
	}
	var keys []string
	for _, e := range evs {
		keys = append(keys, e.Key)
	}
	keysOnce(t, f, keys)
	// Within a metric, in order.
	last := map[string]int{}
	for _, m := range f.Messages() {
		var metric string
		var i int
		fmt.Sscanf(strings.Replace(m.Key, "/", " ", 1), "%s %d", &metric, &i)
		if i < last[metric] {
			t.Errorf("%s arrived after a later event of its metric", m.Key)
		}
		last[metric] = i
	}
}

// The process dies after Slack took a post and before the outbox recorded
// it; a new process delivers the rest, and that one only once.
func TestCrashMidDrainThenRestart(t *testing.T) {
	f := fakeSlack(t)
	box := &memOutbox{failMark: "toll/2"}
	evs := events("toll", 5)
	box.add(evs...)
	if _, err := notify.Drain(context.Background(), box, bot(t, f, box, Config{}), "first-process"); err == nil {
		t.Fatal("the first process should have died at toll/2")
	}
	if len(f.Messages()) != 3 {
		t.Fatalf("before the crash: %d posted, want 3", len(f.Messages()))
	}
	sent, err := notify.Drain(context.Background(), box, bot(t, f, box, Config{}), "second-process")
	if err != nil || sent != 3 {
		t.Fatalf("after restart: %d %v", sent, err)
	}
	keysOnce(t, f, []string{"toll/0", "toll/1", "toll/2", "toll/3", "toll/4"})
	if got := f.Calls("conversations.replies"); got != 1 {
		t.Errorf("looked in the thread %d times, want once (for the interrupted event only)", got)
	}
}

// TestInvalidAuthOnARetryStopsAtTheLookup: an event tried before (a
// webhook's refusal, a crash) is looked for before it is posted again, and
// a channel named by name is looked up first. A token Slack refuses there
// is the refusal, told as one: it used to be logged as "cannot list
// channels", followed by "posting, which may repeat one message", and a
// post Slack refused again.
func TestInvalidAuthOnARetryStopsAtTheLookup(t *testing.T) {
	f := fakeSlack(t)
	box := &memOutbox{}
	evs := events("toll", 2)
	evs[0].Attempts = 1
	box.add(evs...)
	var logged bytes.Buffer
	n, err := New(Config{Token: "xoxb-revoked", APIURL: f.APIURL(), Channel: "#figures", Log: slog.New(slog.NewTextHandler(&logged, nil))}, box)
	if err != nil {
		t.Fatal(err)
	}
	sent, err := notify.Drain(context.Background(), box, n, "test")
	if sent != 0 || !errors.Is(err, notify.ErrPermanent) || !strings.Contains(err.Error(), "invalid_auth: Slack refused the bot token") {
		t.Fatalf("invalid_auth on the lookup: sent %d, err %v; want the refusal, permanent", sent, err)
	}
	if c := f.Calls("chat.postMessage"); c != 0 || logged.Len() != 0 {
		t.Errorf("%d posts tried and logged %q; want none: the token was refused already", c, logged.String())
	}
}

// TestChannelRefusalOnARetryIsTheRefusal: an event Slack refused for its
// channel (the bot not invited) is looked for on its next try, and the
// lookup is refused for the same reason. That refusal is told as one, as a
// refused token's is: it used to read "an earlier attempt ... may have
// reached C1 (its answer was lost)", though the earlier answer was the
// refusal itself (desk54b's walk).
func TestChannelRefusalOnARetryIsTheRefusal(t *testing.T) {
	for _, code := range []string{"not_in_channel", "channel_not_found", "is_archived"} {
		f := fakeSlack(t)
		f.AddChannel("figures", "C1", true)
		f.Fail(func(method string, call int) slackfake.Response {
			if method == "conversations.history" || method == "conversations.replies" {
				return slackfake.Response{Err: code}
			}
			return slackfake.Response{}
		})
		box := &memOutbox{}
		evs := events("toll", 1)
		evs[0].Attempts = 1
		box.add(evs...)
		sent, err := notify.Drain(context.Background(), box, bot(t, f, box, Config{Channel: "C1"}), "test")
		if sent != 0 || !errors.Is(err, notify.ErrPermanent) || !strings.Contains(err.Error(), code+": ") {
			t.Fatalf("%s on the lookup: sent %d, err %v; want the refusal explained, permanent", code, sent, err)
		}
		if strings.Contains(err.Error(), "answer was lost") {
			t.Errorf("%s: error %q tells of a lost answer; the answer was a refusal", code, err)
		}
		if c := f.Calls("chat.postMessage"); c != 0 {
			t.Errorf("%s: %d posts; want none", code, c)
		}
	}
}

func TestInvalidAuthStopsPosting(t *testing.T) {
	f := fakeSlack(t)
	box := &memOutbox{}
	box.add(events("toll", 3)...)
	n, err := New(Config{Token: "xoxb-revoked", APIURL: f.APIURL(), Channel: "#figures"}, box)
	if err != nil {
		t.Fatal(err)
	}
	sent, err := notify.Drain(context.Background(), box, n, "test")
	if sent != 0 || !errors.Is(err, notify.ErrPermanent) {
		t.Fatalf("invalid_auth: sent %d, err %v; want permanent", sent, err)
	}
	for _, want := range []string{"invalid_auth", "slack.token"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q should say %q", err, want)
		}
	}
	if strings.Contains(err.Error(), "xoxb-revoked") {
		t.Errorf("the token is in the error: %v", err)
	}
	if c := f.Calls("chat.postMessage"); c != 1 {
		t.Errorf("%d posts tried, want 1: the rest wait in the outbox", c)
	}
	if box.undelivered() != 3 {
		t.Errorf("events must stay in the outbox")
	}
}

func TestChannelErrorsSayWhatToDo(t *testing.T) {
	f := fakeSlack(t)
	f.AddChannel("private", "C0PRIVATE", false)
	for channel, want := range map[string]string{"#nowhere": "channel_not_found", "#private": "/invite"} {
		box := &memOutbox{}
		box.add(events("toll", 1)...)
		_, retry, err := bot(t, f, box, Config{Channel: channel}).Notify(context.Background(), box.events[0])
		if retry || err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%s: retry %v, err %v; want permanent, saying %q", channel, retry, err, want)
		}
	}
}

// TestLookupFailureSaysWhatItWasFor: an event tried before whose channel
// cannot be read says that it was looking for an earlier post of it, that
// nothing is posted meanwhile, and which scope reading needs; not
// "looking for an earlier attempt:" and the posting scope chat:write.
func TestLookupFailureSaysWhatItWasFor(t *testing.T) {
	f := fakeSlack(t)
	f.AddChannel("figures", "C1", true)
	f.Fail(func(method string, call int) slackfake.Response {
		if method == "conversations.history" || method == "conversations.replies" {
			return slackfake.Response{Err: "missing_scope"}
		}
		return slackfake.Response{}
	})
	box := &memOutbox{}
	evs := events("toll", 1)
	evs[0].Attempts = 1
	box.add(evs...)
	n := bot(t, f, box, Config{Channel: "C1"})
	sent, err := notify.Drain(context.Background(), box, n, "test")
	if sent != 0 || err == nil {
		t.Fatalf("sent %d, err %v; want the lookup's failure", sent, err)
	}
	for _, want := range []string{"may have reached C1", "not posted again yet", "missing_scope", "channels:history"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q should say %q", err, want)
		}
	}
	for _, not := range []string{"looking for an earlier attempt", "chat:write"} {
		if strings.Contains(err.Error(), not) {
			t.Errorf("error %q says %q", err, not)
		}
	}
	if c := f.Calls("chat.postMessage"); c != 0 {
		t.Errorf("%d posts; want none until the lookup works", c)
	}
}
