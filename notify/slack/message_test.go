package slack

import (
	"context"
	"encoding/json"
	"strings"
	"testing"

	"github.com/claimtrack/claimtrack/notify"
)

func TestEveryKindRendersInBlockKit(t *testing.T) {
	f := fakeSlack(t)
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
	f := fakeSlack(t)
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
