package slack

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"time"

	api "github.com/slack-go/slack"

	"github.com/claimtrack/claimtrack/model"
	"github.com/claimtrack/claimtrack/notify"
)

// Bot posts with a bot token: chat.postMessage, a thread per metric whose
// head is edited (chat.update) to show the current value, per-metric
// channels, and a look at the channel before posting again an event a
// crash may have delivered already. Each message carries the event key in
// its metadata, which is how that look recognises it.
type Bot struct {
	api       *api.Client
	channel   string
	channels  map[string]string
	broadcast bool
	renderer  *notify.Renderer
	threads   Threads
	log       *slog.Logger
	// tokenFrom is where the token was set, for a refusal to name.
	tokenFrom Source
}

func newBot(cfg Config, r *notify.Renderer, threads Threads) *Bot {
	opts := []api.Option{api.OptionHTTPClient(cfg.HTTP)}
	if cfg.APIURL != "" {
		u := cfg.APIURL
		if !strings.HasSuffix(u, "/") {
			u += "/"
		}
		opts = append(opts, api.OptionAPIURL(u))
	}
	return &Bot{api: api.New(cfg.Token, opts...), channel: cfg.Channel, channels: cfg.Channels,
		broadcast: cfg.Broadcast, renderer: r, threads: threads, log: cfg.Log, tokenFrom: cfg.TokenFrom}
}

// route is the channel, as configured, that an event goes to.
func (b *Bot) route(e model.Event) string {
	if c := b.channels[e.Metric]; c != "" && e.Metric != "" {
		return c
	}
	return b.channel
}

// Notify implements notify.Notifier.
func (b *Bot) Notify(ctx context.Context, e model.Event) (notify.Delivery, bool, error) {
	m, err := b.renderer.Render(e)
	if err != nil {
		return notify.Delivery{}, false, fmt.Errorf("slack: %w", err)
	}
	d := notify.Delivery{Channel: b.route(e)}
	metric := ""
	if e.Kind.IsMetricEvent() {
		metric = e.Metric
	}
	d.ChannelID, d.ThreadTS, err = b.threads.Thread(ctx, metric, d.Channel)
	if err != nil {
		return d, true, fmt.Errorf("thread of %s: %w", e.Metric, err)
	}
	if e.Attempts > 0 {
		// An earlier attempt may have reached Slack before a crash or a
		// lost response: look before posting again.
		chID, ts, err := b.find(ctx, e, d)
		if err != nil {
			retry, err := lookupError(err, d.Channel, b.tokenFrom)
			return d, retry, err
		}
		if ts != "" {
			d.ChannelID, d.MessageTS = chID, ts
			b.log.Info("slack: event was already posted; not posting again", "event", e.Key, "ts", ts)
			b.updateHead(ctx, e, m, d)
			return d, true, nil
		}
	}

	note := ""
	if d.ThreadTS == "" && e.Kind.IsMetricEvent() {
		note = "every later change to this figure is posted in the thread"
	}
	p := Build(m, e, note)
	chID, ts, err := b.post(ctx, d, e, p)
	if isInvalidBlocks(err) {
		b.log.Warn("slack: blocks refused; posting the text alone", "event", e.Key, "err", err)
		chID, ts, err = b.post(ctx, d, e, p.TextOnly())
	}
	if err != nil {
		retry, err := classify(err, d.Channel, b.tokenFrom)
		return d, retry, err
	}
	d.ChannelID, d.MessageTS = chID, ts
	b.updateHead(ctx, e, m, d)
	return d, true, nil
}

func (b *Bot) post(ctx context.Context, d notify.Delivery, e model.Event, p Payload) (string, string, error) {
	opts := []api.MsgOption{
		api.MsgOptionText(p.Text, false),
		api.MsgOptionDisableLinkUnfurl(),
		api.MsgOptionDisableMediaUnfurl(),
		api.MsgOptionMetadata(api.SlackMetadata{EventType: metadataType, EventPayload: map[string]any{"key": e.Key}}),
	}
	if len(p.Blocks) > 0 {
		opts = append(opts, api.MsgOptionBlocks(p.Blocks...))
	}
	if d.ThreadTS != "" {
		opts = append(opts, api.MsgOptionTS(d.ThreadTS))
		if b.broadcast {
			opts = append(opts, api.MsgOptionBroadcast())
		}
	}
	return b.api.PostMessageContext(ctx, d.Channel, opts...)
}

// updateHead edits the thread's first message to show the figure now
// accepted, after a change was posted in the thread. The change itself is
// delivered whatever happens here: a head that cannot be edited (deleted,
// too old) is worth a warning, not a stuck outbox. A metric judged by
// claimant has a current value per claimant, each on its own lines in the
// thread: one head cannot show them, and is left as posted.
func (b *Bot) updateHead(ctx context.Context, e model.Event, m notify.Message, d notify.Delivery) {
	if e.Kind != model.EventChange || d.ThreadTS == "" || d.ChannelID == "" || e.Payload.ByClaimant != "" {
		return
	}
	p := Build(m, e, fmt.Sprintf("current value, updated %s; every change is in the thread", time.Now().UTC().Format("2 Jan 15:04 UTC")))
	_, _, _, err := b.api.UpdateMessageContext(ctx, d.ChannelID, d.ThreadTS,
		api.MsgOptionText(p.Text, false), api.MsgOptionBlocks(p.Blocks...))
	if err != nil {
		_, err = classify(err, d.Channel, b.tokenFrom)
		b.log.Warn("slack: could not update the thread's first message to the current value", "metric", e.Metric, "err", err)
	}
}

// find looks for a message carrying the event's key where the event would
// have been posted, since shortly before its first attempt. It returns the
// channel's id and the message's ts, or "" if Slack has no such message.
func (b *Bot) find(ctx context.Context, e model.Event, d notify.Delivery) (string, string, error) {
	chID := d.ChannelID
	if chID == "" {
		var err error
		if chID, err = b.channelID(ctx, d.Channel); err != nil {
			return "", "", err
		}
		if chID == "" {
			b.log.Warn("slack: cannot look for an earlier attempt: channel id unknown; posting, which may repeat one message",
				"channel", d.Channel, "event", e.Key)
			return "", "", nil
		}
	}
	since := e.FirstAttempt
	if since.IsZero() {
		since = e.Created
	}
	oldest := fmt.Sprintf("%d.000000", since.Add(-5*time.Minute).Unix())
	cursor := ""
	for page := 0; page < 10; page++ {
		var msgs []api.Message
		var more bool
		var err error
		if d.ThreadTS != "" {
			msgs, more, cursor, err = b.api.GetConversationRepliesContext(ctx, &api.GetConversationRepliesParameters{
				ChannelID: chID, Timestamp: d.ThreadTS, Oldest: oldest, Cursor: cursor, Limit: 200, IncludeAllMetadata: true})
		} else {
			var h *api.GetConversationHistoryResponse
			h, err = b.api.GetConversationHistoryContext(ctx, &api.GetConversationHistoryParameters{
				ChannelID: chID, Oldest: oldest, Cursor: cursor, Limit: 200, IncludeAllMetadata: true})
			if h != nil {
				msgs, more, cursor = h.Messages, h.HasMore, h.ResponseMetaData.NextCursor
			}
		}
		if err != nil {
			return "", "", err
		}
		for _, msg := range msgs {
			if msg.Metadata.EventType == metadataType && msg.Metadata.EventPayload["key"] == e.Key {
				return chID, msg.Timestamp, nil
			}
		}
		if !more || cursor == "" {
			return "", "", nil
		}
	}
	return "", "", nil
}

// channelID resolves a channel as configured to Slack's id: an id is
// itself; a name is looked up (conversations.list, which needs the
// channels:read scope; without it, "" and no error; a failure that may
// pass, or a refused token, is returned).
func (b *Bot) channelID(ctx context.Context, route string) (string, error) {
	if !strings.HasPrefix(route, "#") && strings.ToUpper(route) == route {
		return route, nil // an id, such as C0123ABCD: ids are upper case, names lower
	}
	name := strings.TrimPrefix(route, "#")
	cursor := ""
	for page := 0; page < 20; page++ {
		chans, next, err := b.api.GetConversationsContext(ctx, &api.GetConversationsParameters{Cursor: cursor, Limit: 1000, ExcludeArchived: true, Types: []string{"public_channel", "private_channel"}})
		if err != nil {
			// A token Slack refuses here is refused for the post too:
			// that is the error, not a list it cannot read.
			if retry, _ := classify(err, route, b.tokenFrom); retry || tokenRefused(err) {
				return "", err
			}
			b.log.Warn("slack: cannot list channels to find an id", "channel", route, "err", err)
			return "", nil
		}
		for _, c := range chans {
			if c.Name == name {
				return c.ID, nil
			}
		}
		if next == "" {
			break
		}
		cursor = next
	}
	return "", nil
}

func isInvalidBlocks(err error) bool {
	var se api.SlackErrorResponse
	if !errors.As(err, &se) {
		return false
	}
	return se.Err == "invalid_blocks" || se.Err == "invalid_blocks_format" || se.Err == "msg_too_long"
}
