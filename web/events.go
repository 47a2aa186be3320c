package web

import (
	"context"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/claimtrack/claimtrack/model"
)

// Delivery states of an event.
const (
	StatePending   = "pending"
	StateFailing   = "failing"
	StateDelivered = "delivered"
)

// EventView is an outbox event as the events page and API show it: what
// was (or will be) said, and where its delivery stands.
type EventView struct {
	model.Event
	// Text is the message as the notifier renders it.
	Text  string
	State string
	// NextAttempt is when delivery is next tried, for an undelivered
	// event, when the server knows (the daemon does); zero otherwise.
	NextAttempt time.Time
}

// Where says where a delivered message landed, in words.
func (v EventView) Where() string {
	switch v.Channel {
	case "":
		return ""
	case "webhook":
		return "posted by webhook (Slack gives a webhook post no message id)"
	case "console":
		return "printed to the console"
	}
	s := v.Channel
	if v.ChannelID != "" && v.ChannelID != v.Channel {
		s += " (" + v.ChannelID + ")"
	}
	if v.MessageTS != "" {
		s += ", message ts " + v.MessageTS
	}
	if v.ThreadTS != "" {
		s += ", in the thread of ts " + v.ThreadTS
	}
	return s
}

func stateOf(e model.Event) string {
	switch {
	case e.Delivered != nil:
		return StateDelivered
	case e.LastError != "":
		return StateFailing
	}
	return StatePending
}

type nextDeliveryKey struct{}

// WithNextDelivery records in a request's context when the server will
// next try to deliver the outbox, for the events page to show.
func WithNextDelivery(ctx context.Context, at time.Time) context.Context {
	return context.WithValue(ctx, nextDeliveryKey{}, at)
}

// ReloadFailure is a reload the server refused (a configuration or rule
// file with a mistake), while it runs the configuration it had: zero when
// the last reload succeeded or none failed.
type ReloadFailure struct {
	At  time.Time
	Err string
}

// Problems are the refusal's problems, one a line as the loader gives
// them (FILE:LINE:COL: field: message): a file with several mistakes is
// a list on the page, not one run-on sentence.
func (f ReloadFailure) Problems() []string {
	var out []string
	for _, line := range strings.Split(f.Err, "\n") {
		if line = strings.TrimSpace(line); line != "" {
			out = append(out, line)
		}
	}
	return out
}

type reloadFailureKey struct{}

// WithReloadFailure records in a request's context the server's last
// refused reload, for the index page to show.
func WithReloadFailure(ctx context.Context, f ReloadFailure) context.Context {
	return context.WithValue(ctx, reloadFailureKey{}, f)
}

func reloadFailure(ctx context.Context) ReloadFailure {
	f, _ := ctx.Value(reloadFailureKey{}).(ReloadFailure)
	return f
}

func nextDelivery(ctx context.Context) time.Time {
	t, _ := ctx.Value(nextDeliveryKey{}).(time.Time)
	return t
}

// eventsPage is how many events a page lists unless ?limit says otherwise.
const eventsPage = 50

// eventViews reads a page of events: newest first, older than ?before.
func (s *Server) eventViews(w http.ResponseWriter, r *http.Request, limit int) ([]EventView, int64, bool) {
	q := r.URL.Query()
	if v := q.Get("limit"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 || n > 1000 {
			http.Error(w, "limit: a number from 1 to 1000", http.StatusBadRequest)
			return nil, 0, false
		}
		limit = n
	}
	var before int64
	if v := q.Get("before"); v != "" {
		n, err := strconv.ParseInt(v, 10, 64)
		if err != nil || n < 1 {
			http.Error(w, "before: an event id (a whole number above 0)", http.StatusBadRequest)
			return nil, 0, false
		}
		before = n
	}
	// One more than the page, to know whether there is an older page.
	evs, err := s.opt.Store.EventsBefore(r.Context(), before, limit+1)
	if err != nil {
		s.fail(w, "events", err)
		return nil, 0, false
	}
	var older int64
	if len(evs) > limit {
		evs = evs[:limit]
		older = evs[limit-1].ID
	}
	next := nextDelivery(r.Context())
	out := make([]EventView, len(evs))
	for i, e := range evs {
		text, err := s.opt.Renderer.Text(e)
		if err != nil {
			text = "(the message could not be rendered: " + err.Error() + ")"
		}
		v := EventView{Event: e, Text: text, State: stateOf(e)}
		if v.State != StateDelivered {
			v.NextAttempt = next
		}
		out[i] = v
	}
	return out, older, true
}

func (s *Server) events(w http.ResponseWriter, r *http.Request) {
	views, older, ok := s.eventViews(w, r, eventsPage)
	if !ok {
		return
	}
	counts := map[string]int{}
	for _, v := range views {
		counts[v.State]++
	}
	s.render(w, "events", map[string]any{"Title": "Events", "Events": views, "Older": older,
		"First": r.URL.Query().Get("before") == "", "Counts": counts})
}

// apiEvent is an outbox event as the API gives it.
type apiEvent struct {
	ID           int64           `json:"id"`
	Key          string          `json:"key"`
	Kind         model.EventKind `json:"kind"`
	Metric       string          `json:"metric,omitempty"`
	Created      time.Time       `json:"created"`
	State        string          `json:"state"`
	Delivered    *time.Time      `json:"delivered"`
	Attempts     int             `json:"attempts"`
	FirstAttempt *time.Time      `json:"first_attempt"`
	LastError    string          `json:"last_error,omitempty"`
	NextAttempt  *time.Time      `json:"next_attempt"`
	Channel      string          `json:"channel,omitempty"`
	ChannelID    string          `json:"channel_id,omitempty"`
	MessageTS    string          `json:"message_ts,omitempty"`
	ThreadTS     string          `json:"thread_ts,omitempty"`
	Text         string          `json:"text"`
}

func (s *Server) apiEvents(w http.ResponseWriter, r *http.Request) {
	views, older, ok := s.eventViews(w, r, 100)
	if !ok {
		return
	}
	out := make([]apiEvent, len(views))
	for i, v := range views {
		out[i] = apiEvent{ID: v.ID, Key: v.Key, Kind: v.Kind, Metric: v.Metric, Created: v.Created, State: v.State, Delivered: v.Delivered,
			Attempts: v.Attempts, FirstAttempt: orNull(v.FirstAttempt), LastError: v.LastError, NextAttempt: orNull(v.NextAttempt),
			Channel: v.Channel, ChannelID: v.ChannelID, MessageTS: v.MessageTS, ThreadTS: v.ThreadTS, Text: v.Text}
	}
	if older != 0 {
		w.Header().Set("Link", "</api/events?before="+strconv.FormatInt(older, 10)+">; rel=\"next\"")
	}
	writeJSON(w, out)
}

// DeliveryTrouble is what the index says of messages that do not go out:
// how many events fail (all of them, however many delivered events came
// since), when the oldest was queued, the newest one's error (Slack's
// refusal says what to fix: a revoked webhook, a wrong token) and when
// delivery is next tried. Zero when none fails: a wrong token otherwise
// shows only on Events and /healthz, while the page a desk opens looks
// well.
type DeliveryTrouble struct {
	Failing     int
	Oldest      time.Time // the oldest failing event's queueing
	LastError   string
	NextAttempt time.Time
}

func (s *Server) deliveryTrouble(ctx context.Context) (DeliveryTrouble, error) {
	f, err := s.opt.Store.FailingEvents(ctx)
	if err != nil || f.Count == 0 {
		return DeliveryTrouble{}, err
	}
	return DeliveryTrouble{Failing: f.Count, Oldest: f.Oldest, LastError: f.LastError, NextAttempt: nextDelivery(ctx)}, nil
}
