// Package slackfake is a small Slack for tests: the Web API methods
// claimtrack calls and an incoming webhook, each payload checked against
// Slack's rules, with failures a test can inject. slack-go's slacktest
// does not check payloads or metadata, nor fail on demand.
package slackfake

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
)

// Response is an injected answer: an HTTP status (429 with RetryAfter
// seconds, 500…), or Slack's ok:false with Err. Accept stores the message
// anyway, as when Slack took the post but the answer was lost.
type Response struct {
	Status     int
	Err        string
	RetryAfter int
	Accept     bool
}

// Message is a message as the fake holds it.
type Message struct {
	Channel   string // id
	TS        string
	ThreadTS  string
	Text      string
	Posted    string // the text as first posted, before any update
	Blocks    json.RawMessage
	Key       string // the claimtrack event key from the metadata
	Broadcast bool
	Updates   int
}

// Server is the fake.
type Server struct {
	*httptest.Server
	// Token is the bot token accepted; WebhookPath the webhook's path.
	Token       string
	WebhookPath string

	mu         sync.Mutex
	channels   map[string]string // name → id
	members    map[string]bool   // ids the bot is in
	messages   []*Message
	calls      map[string]int
	violations []string
	seq        int
	fail       func(method string, call int) Response
}

// New starts a fake with one channel, #figures (C0FIGURES), the bot a
// member.
func New() *Server {
	s := &Server{Token: "xoxb-test-token", WebhookPath: "/services/T000/B000/secret",
		channels: map[string]string{}, members: map[string]bool{}, calls: map[string]int{}}
	s.AddChannel("figures", "C0FIGURES", true)
	s.Server = httptest.NewServer(http.HandlerFunc(s.serve))
	return s
}

// APIURL is the base URL for slack.api_url.
func (s *Server) APIURL() string { return s.URL + "/api/" }

// WebhookURL is the incoming webhook's URL.
func (s *Server) WebhookURL() string { return s.URL + s.WebhookPath }

// AddChannel adds a channel; member says whether the bot is in it.
func (s *Server) AddChannel(name, id string, member bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.channels[name] = id
	s.members[id] = member
}

// Fail sets a function asked before each call (method, and how many
// calls of it came before); a zero Response lets the call through.
func (s *Server) Fail(f func(method string, call int) Response) {
	s.mu.Lock()
	s.fail = f
	s.mu.Unlock()
}

// Messages returns the messages posted, oldest first.
func (s *Server) Messages() []Message {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make([]Message, len(s.messages))
	for i, m := range s.messages {
		out[i] = *m
	}
	return out
}

// Calls returns how many times a method was called (the webhook is
// "webhook").
func (s *Server) Calls(method string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.calls[method]
}

// Violations lists payloads that broke Slack's rules.
func (s *Server) Violations() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return slices.Clone(s.violations)
}

func (s *Server) serve(w http.ResponseWriter, r *http.Request) {
	method := strings.TrimPrefix(r.URL.Path, "/api/")
	if r.URL.Path == s.WebhookPath {
		method = "webhook"
	}
	s.mu.Lock()
	call := s.calls[method]
	s.calls[method]++
	fail := s.fail
	s.mu.Unlock()
	var inject Response
	if fail != nil {
		inject = fail(method, call)
	}
	if inject.Status != 0 && !inject.Accept {
		s.status(w, inject)
		return
	}
	if method == "webhook" {
		s.webhook(w, r, inject)
		return
	}
	if r.Method != http.MethodPost && r.Method != http.MethodGet {
		http.Error(w, "method", http.StatusMethodNotAllowed)
		return
	}
	if err := r.ParseForm(); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	token := r.Form.Get("token")
	if token == "" {
		token = strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")
	}
	if inject.Err != "" && !inject.Accept {
		reply(w, map[string]any{"ok": false, "error": inject.Err})
		return
	}
	if token != s.Token {
		reply(w, map[string]any{"ok": false, "error": "invalid_auth"})
		return
	}
	var out map[string]any
	switch method {
	case "chat.postMessage":
		out = s.post(r.Form)
	case "chat.update":
		out = s.update(r.Form)
	case "conversations.history", "conversations.replies":
		out = s.history(r.Form, method == "conversations.replies")
	case "conversations.list":
		out = s.list()
	default:
		out = map[string]any{"ok": false, "error": "unknown_method"}
	}
	if inject.Accept {
		s.status(w, inject)
		return
	}
	reply(w, out)
}

func (s *Server) status(w http.ResponseWriter, r Response) {
	if r.Status == 0 {
		reply(w, map[string]any{"ok": false, "error": r.Err})
		return
	}
	if r.RetryAfter > 0 {
		w.Header().Set("Retry-After", strconv.Itoa(r.RetryAfter))
	}
	http.Error(w, http.StatusText(r.Status), r.Status)
}

func reply(w http.ResponseWriter, v map[string]any) {
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(v)
}

// channel resolves a channel argument (an id, a name or #name).
func (s *Server) channel(arg string) (string, string) {
	if id, ok := s.channels[strings.TrimPrefix(arg, "#")]; ok {
		arg = id
	}
	member, ok := s.members[arg]
	switch {
	case !ok:
		return "", "channel_not_found"
	case !member:
		return "", "not_in_channel"
	}
	return arg, ""
}

func (s *Server) post(f map[string][]string) map[string]any {
	get := url.Values(f).Get
	s.mu.Lock()
	defer s.mu.Unlock()
	id, e := s.channel(get("channel"))
	if e != "" {
		return map[string]any{"ok": false, "error": e}
	}
	if v := s.check(get("text"), get("blocks")); v != "" {
		return map[string]any{"ok": false, "error": "invalid_blocks", "errors": []string{v}}
	}
	m := &Message{Channel: id, ThreadTS: get("thread_ts"), Text: get("text"), Posted: get("text"), Broadcast: get("reply_broadcast") == "true"}
	if b := get("blocks"); b != "" {
		m.Blocks = json.RawMessage(b)
	}
	if md := get("metadata"); md != "" {
		var meta struct {
			EventPayload map[string]any `json:"event_payload"`
		}
		if json.Unmarshal([]byte(md), &meta) == nil {
			m.Key, _ = meta.EventPayload["key"].(string)
		}
	}
	if m.ThreadTS != "" && s.find(id, m.ThreadTS) == nil {
		return map[string]any{"ok": false, "error": "thread_not_found"}
	}
	s.seq++
	m.TS = fmt.Sprintf("%d.%06d", time.Now().Unix(), s.seq)
	s.messages = append(s.messages, m)
	return map[string]any{"ok": true, "channel": id, "ts": m.TS}
}

func (s *Server) find(channel, ts string) *Message {
	for _, m := range s.messages {
		if m.Channel == channel && m.TS == ts {
			return m
		}
	}
	return nil
}

func (s *Server) update(f map[string][]string) map[string]any {
	s.mu.Lock()
	defer s.mu.Unlock()
	get := url.Values(f).Get
	id := get("channel")
	if _, known := s.members[id]; !known {
		// chat.update takes ids only.
		return map[string]any{"ok": false, "error": "channel_not_found"}
	}
	m := s.find(id, get("ts"))
	if m == nil {
		return map[string]any{"ok": false, "error": "message_not_found"}
	}
	if v := s.check(get("text"), get("blocks")); v != "" {
		return map[string]any{"ok": false, "error": "invalid_blocks", "errors": []string{v}}
	}
	m.Text, m.Blocks = get("text"), json.RawMessage(get("blocks"))
	m.Updates++
	return map[string]any{"ok": true, "channel": id, "ts": m.TS}
}

func (s *Server) history(f map[string][]string, replies bool) map[string]any {
	s.mu.Lock()
	defer s.mu.Unlock()
	get := url.Values(f).Get
	id := get("channel")
	if _, known := s.members[id]; !known {
		return map[string]any{"ok": false, "error": "channel_not_found"}
	}
	oldest, _ := strconv.ParseFloat(get("oldest"), 64)
	meta := get("include_all_metadata") == "1"
	var msgs []map[string]any
	for i := len(s.messages) - 1; i >= 0; i-- {
		m := s.messages[i]
		ts, _ := strconv.ParseFloat(m.TS, 64)
		if m.Channel != id || ts < oldest {
			continue
		}
		if replies && m.TS != get("ts") && m.ThreadTS != get("ts") {
			continue
		}
		if !replies && m.ThreadTS != "" && !m.Broadcast {
			continue
		}
		out := map[string]any{"type": "message", "ts": m.TS, "text": m.Text}
		if m.ThreadTS != "" {
			out["thread_ts"] = m.ThreadTS
		}
		if meta && m.Key != "" {
			out["metadata"] = map[string]any{"event_type": "claimtrack_event", "event_payload": map[string]any{"key": m.Key}}
		}
		msgs = append(msgs, out)
	}
	if replies {
		slices.Reverse(msgs) // replies come oldest first
	}
	start, _ := strconv.Atoi(get("cursor"))
	limit, _ := strconv.Atoi(get("limit"))
	if limit <= 0 {
		limit = 100
	}
	start = min(start, len(msgs))
	end := min(start+limit, len(msgs))
	res := map[string]any{"ok": true, "messages": msgs[start:end], "has_more": end < len(msgs)}
	if end < len(msgs) {
		res["response_metadata"] = map[string]any{"next_cursor": strconv.Itoa(end)}
	}
	return res
}

func (s *Server) list() map[string]any {
	s.mu.Lock()
	defer s.mu.Unlock()
	var chans []map[string]any
	for name, id := range s.channels {
		chans = append(chans, map[string]any{"id": id, "name": name})
	}
	return map[string]any{"ok": true, "channels": chans}
}

func (s *Server) webhook(w http.ResponseWriter, r *http.Request, inject Response) {
	body, _ := io.ReadAll(r.Body)
	var msg struct {
		Text   string          `json:"text"`
		Blocks json.RawMessage `json:"blocks"`
	}
	if err := json.Unmarshal(body, &msg); err != nil {
		http.Error(w, "invalid_payload", http.StatusBadRequest)
		return
	}
	blocks := ""
	if len(msg.Blocks) > 0 && string(msg.Blocks) != "null" {
		blocks = string(msg.Blocks)
	}
	s.mu.Lock()
	v := s.check(msg.Text, blocks)
	if v == "" {
		s.seq++
		s.messages = append(s.messages, &Message{Channel: "webhook", TS: fmt.Sprintf("%d.%06d", time.Now().Unix(), s.seq), Text: msg.Text, Posted: msg.Text, Blocks: json.RawMessage(blocks)})
	}
	s.mu.Unlock()
	if v != "" {
		http.Error(w, "invalid_blocks", http.StatusBadRequest)
		return
	}
	if inject.Accept {
		s.status(w, inject)
		return
	}
	io.WriteString(w, "ok")
}
