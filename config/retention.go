package config

import (
	"fmt"
	"time"
)

// Retention says how long the store keeps what claimtrack needs only for a
// while. Observations, each metric's history and value, and delivered
// events are kept whatever it says.
type Retention struct {
	ArticleDays      int      `yaml:"article_days" json:"article_days,omitempty" jsonschema:"minimum=7,default=30,description=Days after which an article's fingerprint is dropped; an article that gave no figure and is no kept copy's original is deleted; and a page's validators not renewed are forgotten. At least 7: the copy window."`
	TextDays         int      `yaml:"text_days" json:"text_days,omitempty" jsonschema:"minimum=1,description=Days after which an article's stored text (which claimtrack rules misses --store reads) is deleted; default article_days. An article deleted takes its text with it."`
	EventPayloadDays int      `yaml:"event_payload_days" json:"event_payload_days,omitempty" jsonschema:"minimum=1,default=90,description=Days after which a delivered event keeps its figures; outlets; links and delivery record but no longer the quotes (the observations keep them)."`
	Every            Duration `yaml:"every" json:"every,omitempty" jsonschema:"description=How often the daemon prunes (default 6h; at least 1m)."`
	Disabled         bool     `yaml:"disabled" json:"disabled,omitempty" jsonschema:"description=Keep everything: the store then only grows."`
}

// Retention defaults.
const (
	DefaultArticleDays      = 30
	DefaultEventPayloadDays = 90
	DefaultRetentionEvery   = 6 * time.Hour
	// minArticleDays is the copy window: an original younger than it
	// must keep its fingerprint, or a syndicated copy of it would count
	// as another outlet agreeing.
	minArticleDays = 7
)

// Articles is how long articles keep their fingerprints (and, without a
// figure, their rows).
func (r Retention) Articles() time.Duration {
	return days(r.ArticleDays, DefaultArticleDays)
}

// Texts is how long articles keep their stored texts: as long as their
// fingerprints unless text_days says otherwise. An article kept for its
// figures need not keep its text as long: only `rules misses` reads it.
func (r Retention) Texts() time.Duration {
	return days(r.TextDays, r.ArticleDays, DefaultArticleDays)
}

// EventPayloads is how long a delivered event keeps its quotes.
func (r Retention) EventPayloads() time.Duration {
	return days(r.EventPayloadDays, DefaultEventPayloadDays)
}

// Interval is how often the daemon prunes.
func (r Retention) Interval() time.Duration { return r.Every.Std(DefaultRetentionEvery) }

// days is the first of ns that is set, as a duration.
func days(ns ...int) time.Duration {
	for _, n := range ns {
		if n != 0 {
			return time.Duration(n) * 24 * time.Hour
		}
	}
	return 0
}

// validateRetention checks the retention block.
func validateRetention(r Retention, fail func(path, format string, args ...any)) {
	if r.ArticleDays != 0 && r.ArticleDays < minArticleDays {
		fail("retention.article_days", "%d: use at least %d, the copy window (a younger original must keep its fingerprint so that a copy of it is recognised), or set retention.disabled: true to keep everything", r.ArticleDays, minArticleDays)
	}
	if r.TextDays < 0 {
		fail("retention.text_days", "%d: use a number of days of at least 1, or leave it out to keep texts as long as article_days", r.TextDays)
	}
	if r.EventPayloadDays < 0 {
		fail("retention.event_payload_days", "%d: use a number of days of at least 1, or set retention.disabled: true to keep everything", r.EventPayloadDays)
	}
	if r.Every != 0 && r.Every.Std(0) < time.Minute {
		fail("retention.every", "%s: prune at most once a minute (for example 6h)", fmt.Sprint(time.Duration(r.Every)))
	}
}
