package slackfake

import (
	"encoding/json"
	"fmt"
	"strings"
	"unicode/utf8"
)

// Slack's rules for a message, as the fake applies them to every post and
// webhook payload: a fallback text, at most 50 blocks, and each block of
// a type claimtrack sends within Slack's lengths. A payload Slack would
// refuse is recorded (Violations) so that a test fails on it. Split from
// fake.go, which serves the calls.

// check applies Slack's rules to a message and records what breaks them.
// The caller holds mu.
func (s *Server) check(text, blocks string) string {
	v := checkPayload(text, blocks)
	if v != "" {
		s.violations = append(s.violations, v)
	}
	return v
}

type textObj struct {
	Type string `json:"type"`
	Text string `json:"text"`
}

type block struct {
	Type     string    `json:"type"`
	Text     *textObj  `json:"text"`
	Elements []textObj `json:"elements"`
	Fields   []textObj `json:"fields"`
}

func checkPayload(text, blocks string) string {
	if utf8.RuneCountInString(text) > 40000 {
		return "text longer than 40,000 characters"
	}
	if blocks == "" {
		if strings.TrimSpace(text) == "" {
			return "no text and no blocks"
		}
		return ""
	}
	if strings.TrimSpace(text) == "" {
		return "blocks without a fallback text"
	}
	var bs []block
	if err := json.Unmarshal([]byte(blocks), &bs); err != nil {
		return "blocks are not a JSON array of blocks: " + err.Error()
	}
	if len(bs) > 50 {
		return fmt.Sprintf("%d blocks, more than 50", len(bs))
	}
	for i, b := range bs {
		switch b.Type {
		case "header":
			if b.Text == nil || b.Text.Type != "plain_text" {
				return fmt.Sprintf("block %d: a header needs plain_text", i)
			}
			if n := utf8.RuneCountInString(b.Text.Text); n > 150 || n == 0 {
				return fmt.Sprintf("block %d: header of %d characters (1 to 150)", i, n)
			}
		case "section":
			if b.Text == nil && len(b.Fields) == 0 {
				return fmt.Sprintf("block %d: a section needs text or fields", i)
			}
			if b.Text != nil {
				if n := utf8.RuneCountInString(b.Text.Text); n > 3000 || n == 0 {
					return fmt.Sprintf("block %d: section text of %d characters (1 to 3,000)", i, n)
				}
			}
		case "context":
			if len(b.Elements) == 0 || len(b.Elements) > 10 {
				return fmt.Sprintf("block %d: context with %d elements (1 to 10)", i, len(b.Elements))
			}
			for _, e := range b.Elements {
				if n := utf8.RuneCountInString(e.Text); n > 3000 || n == 0 {
					return fmt.Sprintf("block %d: context text of %d characters", i, n)
				}
			}
		case "divider":
		default:
			return fmt.Sprintf("block %d: type %q not expected in claimtrack's messages", i, b.Type)
		}
	}
	return ""
}
