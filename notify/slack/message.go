package slack

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"

	api "github.com/slack-go/slack"

	"github.com/claimtrack/claimtrack/model"
	"github.com/claimtrack/claimtrack/notify"
)

// Slack's limits on a message (api.slack.com/reference/block-kit/blocks).
const (
	MaxHeader    = 150  // characters in a header block
	MaxSection   = 3000 // characters in a section's text
	MaxBlocks    = 50   // blocks in one message
	MaxContext   = 10   // elements in a context block
	MaxFallback  = 3000 // characters of the top-level text we send (Slack allows 40,000, but notifications show little)
	metadataType = "claimtrack_event"
)

// Mrkdwn is Slack's markup. Scraped text is escaped so that a quote can
// neither ping a channel ("<!channel>") nor forge a link; links are written
// <url|text>.
var Mrkdwn = notify.Format{
	Escape: escape,
	Link: func(url, text string) string {
		if url == "" {
			return text
		}
		return "<" + strings.ReplaceAll(url, "|", "%7C") + "|" + strings.ReplaceAll(text, "|", "¦") + ">"
	},
	Quote: func(s string) string {
		if s == "" {
			return ""
		}
		return "> " + strings.ReplaceAll(s, "\n", "\n> ")
	},
}

var escaper = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;")

func escape(s string) string { return escaper.Replace(s) }

// Payload is a message ready to send: the fallback text Slack shows in
// notifications and where blocks cannot be shown, and the blocks.
type Payload struct {
	Text   string
	Blocks []api.Block
}

// Build lays out a rendered event in Block Kit within Slack's limits: a
// header with the title, the body in as many sections as it needs (split
// at lines), and a context line saying what kind of event it is. Nothing
// here can make Slack refuse the message for its size: a long line is cut
// at a word and marked with "…", and a body too long for the blocks
// allowed is cut with a note.
func Build(m notify.Message, e model.Event, note string) Payload {
	var blocks []api.Block
	if m.Title != "" {
		blocks = append(blocks, api.NewHeaderBlock(api.NewTextBlockObject(api.PlainTextType, notify.Truncate(m.Title, MaxHeader), true, false)))
	}
	sections := splitSections(m.Body, MaxSection)
	room := MaxBlocks - len(blocks) - 1 // one for the context
	if len(sections) > room {
		sections = append(sections[:room-1], "_(message shortened: it was longer than Slack allows)_")
	}
	for _, s := range sections {
		blocks = append(blocks, api.NewSectionBlock(api.NewTextBlockObject(api.MarkdownType, s, false, false), nil, nil))
	}
	label := kindLabel(e.Kind)
	if e.Payload.Correction {
		label = "outlet's correction"
	}
	if e.Payload.Revision {
		label = "claimant's revision"
	}
	if e.Payload.Another {
		label = "another exchange"
	}
	ctx := []string{"claimtrack", label}
	if e.Metric != "" {
		ctx = append(ctx, "`"+escape(e.Metric)+"`")
	}
	if note != "" {
		ctx = append(ctx, note)
	}
	blocks = append(blocks, api.NewContextBlock("", api.NewTextBlockObject(api.MarkdownType, notify.Truncate(strings.Join(ctx, " · "), MaxSection), false, false)))

	text := m.Body
	if m.Title != "" {
		text = escape(m.Title) + "\n" + m.Body
	}
	return Payload{Text: notify.Truncate(text, MaxFallback), Blocks: blocks}
}

// TextOnly is the payload without blocks, for when Slack refuses the
// blocks (invalid_blocks): the event still gets through.
func (p Payload) TextOnly() Payload { return Payload{Text: p.Text} }

func kindLabel(k model.EventKind) string {
	switch k {
	case model.EventFirst:
		return "first reading"
	case model.EventChange:
		return "change"
	case model.EventConflict:
		return "conflict"
	case model.EventDecrease:
		return "possible correction"
	case model.EventSourceFailing:
		return "source failing"
	case model.EventSourceRecovered:
		return "source recovered"
	case model.EventSourceNoText:
		return "source gives no text"
	case model.EventSourceTextBack:
		return "source gives text again"
	}
	return string(k)
}

// splitSections cuts text into pieces of at most max characters, at line
// ends where it can; a single longer line is cut at a word.
func splitSections(text string, max int) []string {
	text = strings.TrimSpace(text)
	if text == "" {
		return nil
	}
	var out []string
	var cur strings.Builder
	curLen := 0
	flush := func() {
		if s := strings.TrimSpace(cur.String()); s != "" {
			out = append(out, s)
		}
		cur.Reset()
		curLen = 0
	}
	for _, line := range strings.Split(text, "\n") {
		n := len([]rune(line))
		if n > max {
			line, n = notify.Truncate(line, max), max
		}
		if curLen > 0 && curLen+1+n > max {
			flush()
		}
		if curLen > 0 {
			cur.WriteByte('\n')
			curLen++
		}
		cur.WriteString(line)
		curLen += n
	}
	flush()
	return out
}

// NewRenderer compiles the message templates, defaults with config
// overrides, for Slack's markup.
func NewRenderer(templates map[string]string) (*notify.Renderer, error) {
	r, err := notify.NewRenderer(templates, Mrkdwn)
	if err != nil {
		return nil, fmt.Errorf("slack: %w", err)
	}
	return r, nil
}

// Preview renders an event as the JSON payload Slack would receive, for
// `claimtrack notify test --dry-run`.
func Preview(r *notify.Renderer, e model.Event) ([]byte, error) {
	m, err := r.Render(e)
	if err != nil {
		return nil, fmt.Errorf("slack: %w", err)
	}
	p := Build(m, e, "")
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false) // show <url|text> as Slack will read it
	enc.SetIndent("", "  ")
	if err := enc.Encode(struct {
		Text   string      `json:"text"`
		Blocks []api.Block `json:"blocks"`
	}{p.Text, p.Blocks}); err != nil {
		return nil, fmt.Errorf("slack: encode the payload: %w", err)
	}
	return bytes.TrimSpace(b.Bytes()), nil
}
