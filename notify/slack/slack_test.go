package slack

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/claimtrack/claimtrack/internal/retryafter"
	"github.com/claimtrack/claimtrack/model"
	"github.com/claimtrack/claimtrack/notify"
	"github.com/claimtrack/claimtrack/notify/slack/slackfake"
)

// memOutbox is the outbox as the store keeps it, in memory.
type memOutbox struct {
	mu     sync.Mutex
	events []model.Event
	// failMark, when set, fails MarkDelivered for that event once: the
	// process "dies" after Slack took the post and before it was recorded.
	failMark string
}

func (o *memOutbox) add(evs ...model.Event) {
	o.mu.Lock()
	defer o.mu.Unlock()
	for _, e := range evs {
		e.ID = int64(len(o.events) + 1)
		o.events = append(o.events, e)
	}
}

func (o *memOutbox) HoldLease(context.Context, string, string, time.Time, time.Time) (bool, error) {
	return true, nil
}

func (o *memOutbox) ReleaseOutbox(context.Context, string, string) error { return nil }

func (o *memOutbox) ClaimEvents(_ context.Context, _ string, _, _ time.Time, limit int) ([]model.Event, error) {
	o.mu.Lock()
	defer o.mu.Unlock()
	var out []model.Event
	for _, e := range o.events {
		if e.Delivered == nil && len(out) < limit {
			out = append(out, e)
		}
	}
	return out, nil
}

func (o *memOutbox) BeginAttempt(_ context.Context, id int64, now time.Time) error {
	o.mu.Lock()
	defer o.mu.Unlock()
	e := &o.events[id-1]
	e.Attempts++
	if e.FirstAttempt.IsZero() {
		e.FirstAttempt = now
	}
	return nil
}

func (o *memOutbox) MarkAttempt(_ context.Context, id int64, msg string) error {
	o.mu.Lock()
	defer o.mu.Unlock()
	o.events[id-1].LastError = msg
	return nil
}

func (o *memOutbox) MarkDelivered(_ context.Context, id int64, d model.Delivery, at time.Time) error {
	o.mu.Lock()
	defer o.mu.Unlock()
	e := &o.events[id-1]
	if o.failMark != "" && e.Key == o.failMark {
		o.failMark = ""
		return errors.New("killed")
	}
	// As the store does: a delivered event has no last error.
	e.Delivered, e.Delivery, e.LastError = &at, d, ""
	return nil
}

func (o *memOutbox) Thread(_ context.Context, metric, route string) (string, string, error) {
	o.mu.Lock()
	defer o.mu.Unlock()
	id, ts := "", ""
	for _, e := range o.events {
		if e.Delivered == nil || e.Channel != route {
			continue
		}
		if e.ChannelID != "" {
			id = e.ChannelID
		}
		if ts == "" && metric != "" && e.Metric == metric && e.ThreadTS == "" && e.MessageTS != "" {
			ts = e.MessageTS
		}
	}
	return id, ts, nil
}

func (o *memOutbox) undelivered() int {
	o.mu.Lock()
	defer o.mu.Unlock()
	n := 0
	for _, e := range o.events {
		if e.Delivered == nil {
			n++
		}
	}
	return n
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

func TestEveryKindRendersInBlockKit(t *testing.T) {
	f := slackfake.New()
	defer f.Close()
	box := &memOutbox{}
	evs := notify.SampleEvents()
	// Scraped text must not ping the channel or forge a link.
	evs[1].Payload.New.Quote = `Officials said <!channel> 33,091 people <script>alert(1)</script> & more had died.`
	box.add(evs...)
	n, err := notify.Drain(context.Background(), box, bot(t, f, box, Config{}), "test")
	if err != nil || n != len(evs) {
		t.Fatalf("drain: %d %v", n, err)
	}
	var keys []string
	for _, e := range evs {
		keys = append(keys, e.Key)
	}
	keysOnce(t, f, keys)
	msgs := f.Messages()
	change := blockText(t, msgs[1].Blocks)
	if !strings.Contains(string(msgs[1].Blocks), `"type":"header"`) {
		t.Errorf("no header block: %s", msgs[1].Blocks)
	}
	for _, want := range []string{"Sample death toll", "more than 32,000 → *33,091*", "+1,091, +3.4%", "Example Daily", "2 outlets agree", "&lt;!channel&gt;", "&lt;script&gt;", "&amp; more", "<https://example.org/daily/ministry-update|Example Daily>"} {
		if !strings.Contains(change, want) {
			t.Errorf("change message lacks %q:\n%s", want, change)
		}
	}
	if strings.Contains(change, "<!channel>") || strings.Contains(change, "<script>") {
		t.Errorf("scraped markup reached Slack unescaped:\n%s", change)
	}
	// The first message heads the metric's thread and now shows the
	// current value, the change's.
	for i, want := range []string{"33,091", "33,091", "claimants disagree", "Possible correction", "failed 5 times", "working again"} {
		if !strings.Contains(msgs[i].Text, want) {
			t.Errorf("%s: fallback text lacks %q: %s", evs[i].Kind, want, msgs[i].Text)
		}
	}
	if c := blockText(t, msgs[2].Blocks); !strings.Contains(c, "Example Courier") || !strings.Contains(c, "Example Daily") {
		t.Errorf("conflict must show both outlets: %s", msgs[2].Blocks)
	}
}

// blockText is the texts of a message's blocks, one a line.
func blockText(t *testing.T, raw json.RawMessage) string {
	t.Helper()
	var blocks []struct {
		Text *struct {
			Text string `json:"text"`
		} `json:"text"`
		Elements []struct {
			Text string `json:"text"`
		} `json:"elements"`
	}
	if err := json.Unmarshal(raw, &blocks); err != nil {
		t.Fatalf("blocks: %v", err)
	}
	var b strings.Builder
	for _, bl := range blocks {
		if bl.Text != nil {
			b.WriteString(bl.Text.Text + "\n")
		}
		for _, e := range bl.Elements {
			b.WriteString(e.Text + "\n")
		}
	}
	return b.String()
}

func TestLongTextsStayWithinSlackLimits(t *testing.T) {
	f := slackfake.New()
	defer f.Close()
	box := &memOutbox{}
	e := notify.SampleEvents()[1]
	e.Payload.MetricName = strings.Repeat("A very long metric name ", 20)
	e.Payload.New.Quote = strings.Repeat("The ministry said the figure rose again overnight. ", 400)
	long := e
	long.Key = "long-template"
	box.add(e, long)
	// A template that writes far more than 50 blocks could hold.
	tmpl := strings.Repeat("{{.Quote}}\n", 300)
	n, err := New(Config{Token: f.Token, APIURL: f.APIURL(), Channel: "#figures", Templates: map[string]string{"change": tmpl}}, box)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := notify.Drain(context.Background(), box, n, "test"); err != nil {
		t.Fatal(err)
	}
	keysOnce(t, f, []string{e.Key, long.Key})
	for _, m := range f.Messages() {
		var blocks []map[string]any
		json.Unmarshal(m.Blocks, &blocks)
		if len(blocks) > MaxBlocks {
			t.Errorf("%d blocks", len(blocks))
		}
		if !strings.Contains(string(m.Blocks), "…") {
			t.Errorf("a cut text should end with an ellipsis")
		}
	}
}

func TestRateLimitHonoursRetryAfter(t *testing.T) {
	f := slackfake.New()
	defer f.Close()
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
			f := slackfake.New()
			defer f.Close()
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
	f := slackfake.New()
	defer f.Close()
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
	f := slackfake.New()
	defer f.Close()
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

func TestInvalidAuthStopsPosting(t *testing.T) {
	f := slackfake.New()
	defer f.Close()
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
	f := slackfake.New()
	defer f.Close()
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

func TestThreadPerMetric(t *testing.T) {
	f := slackfake.New()
	defer f.Close()
	f.AddChannel("aid", "C0AID", true)
	box := &memOutbox{}
	toll := events("toll", 3)
	aid := events("aid", 2)
	samples := notify.SampleEvents()
	box.add(toll[0], aid[0], toll[1], samples[4], aid[1], toll[2])
	n := bot(t, f, box, Config{Channels: map[string]string{"aid": "#aid"}, Broadcast: true})
	if _, err := notify.Drain(context.Background(), box, n, "test"); err != nil {
		t.Fatal(err)
	}
	msgs := f.Messages()
	byKey := map[string]slackfake.Message{}
	for _, m := range msgs {
		byKey[m.Key] = m
	}
	head := byKey["toll/0"]
	if head.ThreadTS != "" || head.Channel != "C0FIGURES" {
		t.Errorf("toll/0 should head a thread in #figures: %+v", head)
	}
	for _, k := range []string{"toll/1", "toll/2"} {
		if m := byKey[k]; m.ThreadTS != head.TS || !m.Broadcast {
			t.Errorf("%s should reply in toll's thread %s, broadcast: %+v", k, head.TS, m)
		}
	}
	if m := byKey["aid/0"]; m.Channel != "C0AID" || m.ThreadTS != "" {
		t.Errorf("aid/0 should head a thread in #aid: %+v", m)
	}
	if m := byKey["aid/1"]; m.Channel != "C0AID" || m.ThreadTS != byKey["aid/0"].TS {
		t.Errorf("aid/1 should reply in aid's thread: %+v", m)
	}
	if m := byKey[samples[4].Key]; m.ThreadTS != "" || m.Channel != "C0FIGURES" {
		t.Errorf("a failing source is a message of its own in the main channel: %+v", m)
	}
	// The head shows the current value after each change.
	for _, m := range f.Messages() {
		if m.Key == "toll/0" {
			if m.Updates != 2 || !strings.Contains(blockText(t, m.Blocks), "current value") {
				t.Errorf("head updated %d times (want 2), blocks %s", m.Updates, m.Blocks)
			}
		}
	}
	keysOnce(t, f, []string{"toll/0", "toll/1", "toll/2", "aid/0", "aid/1", samples[4].Key})
}

// TestThreadByClaimant: a metric judged by claimant keeps one thread, each
// claimant's events replying in it under their claimant's name; its head
// is never rewritten to one claimant's value.
func TestThreadByClaimant(t *testing.T) {
	f := slackfake.New()
	defer f.Close()
	box := &memOutbox{}
	evs := events("toll", 3)
	for i, who := range []string{"the Gaza health ministry", "the Israeli military", "the Gaza health ministry"} {
		evs[i].Payload.ByClaimant, evs[i].Payload.Claimant = who, who
	}
	box.add(evs...)
	if _, err := notify.Drain(context.Background(), box, bot(t, f, box, Config{}), "test"); err != nil {
		t.Fatal(err)
	}
	msgs := f.Messages()
	if len(msgs) != 3 {
		t.Fatalf("%d messages", len(msgs))
	}
	for i, m := range msgs {
		if i > 0 && m.ThreadTS != msgs[0].TS {
			t.Errorf("%s should reply in the metric's thread: %+v", m.Key, m)
		}
		if who := evs[i].Payload.ByClaimant; !strings.Contains(m.Text, "("+who+")") {
			t.Errorf("%s does not name its claimant %q: %s", m.Key, who, m.Text)
		}
	}
	if msgs[0].Updates != 0 {
		t.Errorf("the head was rewritten %d times to one claimant's value", msgs[0].Updates)
	}
}

func TestWebhook(t *testing.T) {
	f := slackfake.New()
	defer f.Close()
	box := &memOutbox{}
	box.add(notify.SampleEvents()...)
	n, err := New(Config{WebhookURL: f.WebhookURL()}, box)
	if err != nil {
		t.Fatal(err)
	}
	if sent, err := notify.Drain(context.Background(), box, n, "test"); err != nil || sent != 6 {
		t.Fatalf("webhook: %d %v", sent, err)
	}
	if v := f.Violations(); len(v) > 0 {
		t.Errorf("violations: %v", v)
	}
}

func TestWebhookErrors(t *testing.T) {
	f := slackfake.New()
	defer f.Close()
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

func TestSplitSections(t *testing.T) {
	long := strings.Repeat("word ", 1000)
	got := splitSections("a\nb\n"+long+"\nc", 100)
	for _, s := range got {
		if n := len([]rune(s)); n > 100 {
			t.Errorf("section of %d characters", n)
		}
	}
	if got[0] != "a\nb" || got[len(got)-1] != "c" {
		t.Errorf("lines kept together where they fit: %q", got)
	}
}
