package web

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"log/slog"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/claimtrack/claimtrack/model"
	"github.com/claimtrack/claimtrack/store"
)

// deliveryStates leaves the story's events in each state: the newest
// failing, the next delivered to Slack in a thread, the rest pending.
func deliveryStates(t *testing.T, s store.Store) []model.Event {
	t.Helper()
	ctx := context.Background()
	evs, err := s.EventsBefore(ctx, 0, 100)
	if err != nil || len(evs) < 3 {
		t.Fatalf("the story queues at least three events: %v %d", err, len(evs))
	}
	now := time.Now()
	s.BeginAttempt(ctx, evs[0].ID, now.Add(-time.Minute))
	s.BeginAttempt(ctx, evs[0].ID, now)
	s.MarkAttempt(ctx, evs[0].ID, `slack: channel_not_found <b>"#figures"</b>`)
	s.BeginAttempt(ctx, evs[1].ID, now)
	s.MarkDelivered(ctx, evs[1].ID, model.Delivery{Channel: "#figures", ChannelID: "C0FIGURES", MessageTS: "1711300000.000200", ThreadTS: "1711200000.000100"}, now)
	return evs
}

func TestEventsPageShowsEachDeliveryState(t *testing.T) {
	s, _ := story(t)
	evs := deliveryStates(t, s)
	srv, err := New(Options{Store: s, Token: "s3cret"})
	if err != nil {
		t.Fatal(err)
	}
	next := time.Now().Add(90 * time.Second)
	// As the daemon serves it: with when the outbox is next tried.
	h := srv.Handler()
	req := httptest.NewRequest("GET", "/events", nil)
	req.Header.Set("Authorization", "Bearer s3cret")
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req.WithContext(WithNextDelivery(req.Context(), next)))
	page := rec.Body.String()
	if rec.Code != 200 {
		t.Fatalf("/events: %d %s", rec.Code, page)
	}
	failing := page[strings.Index(page, `id="ev-`):]
	for _, want := range []string{
		`class="failing"`, "failing</span> after 2 attempts", "channel_not_found &lt;b&gt;&#34;#figures&#34;&lt;/b&gt;",
		"next attempt: " + when(next), "(in 1 min)",
	} {
		if !strings.Contains(failing, want) {
			t.Errorf("the failing event lacks %q", want)
		}
	}
	for _, want := range []string{"delivered</span>", "#figures (C0FIGURES), message ts 1711300000.000200, in the thread of ts 1711200000.000100", "pending</span>",
		`<a href="/events">Events</a>`, "33,091"} {
		if !strings.Contains(page, want) {
			t.Errorf("/events lacks %q", want)
		}
	}
	if strings.Contains(page, "<b>") {
		t.Error("an error's markup reached the page unescaped")
	}
	if strings.Index(page, `id="ev-`+itoa(evs[0].ID)+`"`) > strings.Index(page, `id="ev-`+itoa(evs[1].ID)+`"`) {
		t.Error("events are not newest first")
	}
}

func itoa(n int64) string { return strconv.FormatInt(n, 10) }

func TestEventsArePaginated(t *testing.T) {
	s, _ := story(t)
	all, _ := s.EventsBefore(context.Background(), 0, 100)
	ts := newServer(t, s, Options{})
	_, page := get(t, ts, "/events?limit=1")
	if strings.Count(page, `<tr id="ev-`) != 1 || !strings.Contains(page, `href="/events?before=`+itoa(all[0].ID)+`"`) {
		t.Errorf("page 1 of 1 event: %d rows, link to the older page missing", strings.Count(page, `<tr id="ev-`))
	}
	_, last := get(t, ts, "/events?before="+itoa(all[len(all)-1].ID))
	if !strings.Contains(last, "No older events") || !strings.Contains(last, `<a href="/events">Newest</a>`) {
		t.Errorf("past the oldest event: %s", last)
	}
	for _, bad := range []string{"/events?before=x", "/events?before=-3", "/api/events?limit=0"} {
		if resp, _ := get(t, ts, bad); resp.StatusCode != 400 {
			t.Errorf("%s: %d, want 400", bad, resp.StatusCode)
		}
	}
}

func TestEventsAPIGivesDeliveryState(t *testing.T) {
	s, _ := story(t)
	evs := deliveryStates(t, s)
	ts := newServer(t, s, Options{})
	resp, body := get(t, ts, "/api/events?limit=2")
	var got []struct {
		ID           int64      `json:"id"`
		State        string     `json:"state"`
		Attempts     int        `json:"attempts"`
		FirstAttempt *time.Time `json:"first_attempt"`
		LastError    string     `json:"last_error"`
		ChannelID    string     `json:"channel_id"`
		MessageTS    string     `json:"message_ts"`
		ThreadTS     string     `json:"thread_ts"`
		Text         string     `json:"text"`
	}
	if err := json.Unmarshal([]byte(body), &got); err != nil || len(got) != 2 {
		t.Fatalf("api/events: %v %s", err, body)
	}
	if f := got[0]; f.ID != evs[0].ID || f.State != "failing" || f.Attempts != 2 || f.FirstAttempt == nil || !strings.Contains(f.LastError, "channel_not_found") {
		t.Errorf("failing event: %+v", f)
	}
	if d := got[1]; d.State != "delivered" || d.ChannelID != "C0FIGURES" || d.MessageTS != "1711300000.000200" || d.ThreadTS == "" || d.Text == "" {
		t.Errorf("delivered event: %+v", d)
	}
	if link := resp.Header.Get("Link"); !strings.Contains(link, "/api/events?before="+itoa(evs[1].ID)) {
		t.Errorf("Link to the next page: %q", link)
	}
}

// TestIndexSaysMessagesAreNotDelivered: while Slack refuses delivery (a
// revoked webhook, a wrong token), the page a desk opens says so, with
// the error that says what to fix and the next try; with every event
// delivered or merely pending it says nothing.
func TestIndexSaysMessagesAreNotDelivered(t *testing.T) {
	s, _ := story(t)
	srv, err := New(Options{Store: s, Token: "s3cret"})
	if err != nil {
		t.Fatal(err)
	}
	get := func(ctx context.Context) string {
		req := httptest.NewRequest("GET", "/", nil)
		req.Header.Set("Authorization", "Bearer s3cret")
		rec := httptest.NewRecorder()
		srv.Handler().ServeHTTP(rec, req.WithContext(ctx))
		if rec.Code != 200 {
			t.Fatalf("/: %d %s", rec.Code, rec.Body.String())
		}
		return rec.Body.String()
	}
	if page := get(context.Background()); strings.Contains(page, "Messages not delivered") {
		t.Error("the index reports a delivery failure while none failed")
	}
	deliveryStates(t, s)
	next := time.Now().Add(4 * time.Minute)
	page := get(WithNextDelivery(context.Background(), next))
	for _, want := range []string{"Messages not delivered:</strong> 1 event fails to go out",
		"channel_not_found &lt;b&gt;&#34;#figures&#34;&lt;/b&gt;", "next try " + when(next), "nothing is lost", `<a href="/events">Events</a> lists them`} {
		if !strings.Contains(page, want) {
			t.Errorf("the index lacks %q", want)
		}
	}
}

// failingUnread is a store whose read of the failing events fails (a
// dropped connection, a locked table) while every other read works.
type failingUnread struct{ store.Store }

func (failingUnread) FailingEvents(context.Context) (store.Failing, error) {
	return store.Failing{}, errors.New("outbox: connection reset by peer")
}

// TestIndexWithoutTheDeliveryWarning: the delivery warning is an extra on
// the index; when it cannot be read, the page still shows the metrics
// (without the warning) and the log says what failed, rather than the
// whole page answering 500.
func TestIndexWithoutTheDeliveryWarning(t *testing.T) {
	s, _ := story(t)
	deliveryStates(t, s)
	var log bytes.Buffer
	srv, err := New(Options{Store: failingUnread{s}, Token: "s3cret", Metrics: []Metric{{ID: "toll", Name: "Gaza death toll", Total: true}},
		Log: slog.New(slog.NewTextHandler(&log, nil))})
	if err != nil {
		t.Fatal(err)
	}
	req := httptest.NewRequest("GET", "/", nil)
	req.Header.Set("Authorization", "Bearer s3cret")
	rec := httptest.NewRecorder()
	srv.Handler().ServeHTTP(rec, req)
	if page := rec.Body.String(); rec.Code != 200 || !strings.Contains(page, "Gaza death toll") || strings.Contains(page, "Messages not delivered") {
		t.Errorf("/: %d\n%s", rec.Code, page)
	}
	if !strings.Contains(log.String(), "connection reset by peer") || !strings.Contains(log.String(), "no delivery warning") {
		t.Errorf("the log does not say what the index left out: %s", log.String())
	}
}
