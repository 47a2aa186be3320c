package config

import (
	"errors"
	"fmt"
	"net"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"

	"github.com/andybalholm/cascadia"
	"github.com/claimtrack/claimtrack/model"
	"github.com/claimtrack/claimtrack/notify"
	"github.com/claimtrack/claimtrack/notify/slack"
	"github.com/claimtrack/claimtrack/rules"
)

// validate checks what decoding cannot: required fields, URLs, schedules,
// selectors, patterns, duplicate names.
func (l *loader) validate() {
	c := l.cfg
	file := c.Path
	fail := func(path, format string, args ...any) {
		l.fail(l.at(file, path), path, format, args...)
	}
	if c.Store != "" && !strings.HasPrefix(c.Store, "postgres://") && !strings.HasPrefix(c.Store, "postgresql://") {
		if strings.Contains(c.Store, "://") {
			fail("store", "%q: use a SQLite file path or a postgres:// URL", c.Store)
		} else if dir := filepath.Dir(l.resolve(c.Store)); !strings.HasPrefix(c.Store, "file:") && !strings.HasPrefix(c.Store, ":memory:") {
			// run and once refuse a store whose folder is missing; said
			// here, check does not call such a configuration OK in
			// silence. A warning: a service's state folder (systemd's
			// StateDirectory=) may only be made when it starts.
			if fi, err := os.Stat(dir); err != nil || !fi.IsDir() {
				l.warn(l.at(file, "store"), "store: the folder %s does not exist, so run and once cannot create the store: create it, or change store:", dir)
			}
		}
	}
	if c.Listen != "" {
		if _, _, err := net.SplitHostPort(c.Listen); err != nil {
			fail("listen", "%q is not host:port (for example 127.0.0.1:9464)", c.Listen)
		} else if !Loopback(c.Listen) && c.Dashboard.Token == "" && !c.Dashboard.Disabled {
			l.warn(l.at(file, "listen"), "listen %s is reachable from other machines and dashboard.token is empty: the dashboard and API will refuse every request; set dashboard.token: ${CLAIMTRACK_DASHBOARD_TOKEN}, or dashboard.disabled: true", c.Listen)
		}
	}
	switch c.Log.Format {
	case "", "text", "json":
	default:
		fail("log.format", "%q: use text or json", c.Log.Format)
	}
	switch c.Log.Level {
	case "", "debug", "info", "warn", "error":
	default:
		fail("log.level", "%q: use debug, info, warn or error", c.Log.Level)
	}
	if c.Slack.WebhookURL != "" {
		if strings.HasPrefix(c.Slack.WebhookURL, "xox") {
			fail("slack.webhook_url", "this is a Slack token, not a webhook URL: a bot token goes in slack.token, with slack.channel")
		} else {
			checkURL(fail, "slack.webhook_url", c.Slack.WebhookURL)
		}
		if c.Slack.Token != "" {
			fail("slack.token", "set webhook_url or token, not both")
		}
	}
	if c.Slack.Token != "" {
		if msg := slackTokenProblem(c.Slack.Token, c.Slack.APIURL); msg != "" {
			fail("slack.token", "%s", msg)
		}
	}
	if c.Slack.Token != "" && c.Slack.Channel == "" {
		fail("slack.channel", "required with slack.token: the channel to post to (#figures or an ID)")
	}
	switch c.Slack.WebhookDelivery {
	case "", slack.AtLeastOnce, slack.AtMostOnce:
		if c.Slack.WebhookDelivery != "" && c.Slack.Token != "" {
			l.warn(l.at(file, "slack.webhook_delivery"), "slack.webhook_delivery applies to webhook mode only: bot mode checks the channel before posting again and delivers exactly once")
		}
	default:
		fail("slack.webhook_delivery", "%q: use at_least_once (a lost answer is retried; a message may repeat) or at_most_once (a lost answer is not retried; a message may be missing)", c.Slack.WebhookDelivery)
	}
	if c.Slack.APIURL != "" {
		checkURL(fail, "slack.api_url", c.Slack.APIURL)
	}
	l.checkSlack(fail)
	if c.Fetch.MaxBodyBytes != 0 && c.Fetch.MaxBodyBytes < 1024 {
		fail("fetch.max_body_bytes", "%d bytes is too small for any article: use at least 1024", c.Fetch.MaxBodyBytes)
	}
	if c.Fetch.MaxRedirects < 0 || c.Fetch.MaxRedirects > 20 {
		fail("fetch.max_redirects", "%d: use 0 to 20", c.Fetch.MaxRedirects)
	}
	if c.Fetch.PerHostRate < 0 {
		fail("fetch.per_host_rate", "must not be negative")
	}
	if c.Fetch.PerHostParallel < 0 || c.Fetch.Workers < 0 {
		fail("fetch", "per_host_parallel and workers must not be negative")
	}
	validateRetention(c.Retention, fail)

	names := map[string]int{}
	for i, s := range c.Sources {
		p := fmt.Sprintf("sources[%d]", i)
		if s.Name == "" {
			fail(p+".name", "required: a unique name for the source")
		} else if j, dup := names[s.Name]; dup {
			fail(p+".name", "duplicate source name %q (also sources[%d], line %d)", s.Name, j, l.at(file, fmt.Sprintf("sources[%d]", j)).Line)
		} else {
			names[s.Name] = i
		}
		n := 0
		for _, v := range []string{s.Feed, s.Page, s.Sitemap, s.Dir} {
			if v != "" {
				n++
			}
		}
		if n != 1 {
			fail(p, "give exactly one of feed, page, sitemap or dir (found %d)", n)
		}
		if s.Feed != "" {
			checkURL(fail, p+".feed", s.Feed)
		}
		if s.Page != "" {
			checkURL(fail, p+".page", s.Page)
		}
		if s.Sitemap != "" {
			checkURL(fail, p+".sitemap", s.Sitemap)
		}
		if s.Dir != "" {
			l.checkDir(file, p+".dir", s.Dir, fail)
		}
		if s.Links != "" && s.Page == "" {
			fail(p+".links", "links selects article links on a page: it needs page")
		}
		checkSelector(fail, p+".links", s.Links)
		checkSelector(fail, p+".content", s.Content)
		l.warnUnknownElement(file, p+".links", s.Links)
		l.warnUnknownElement(file, p+".content", s.Content)
		for j, r := range s.Remove {
			checkSelector(fail, fmt.Sprintf("%s.remove[%d]", p, j), r)
			l.warnUnknownElement(file, fmt.Sprintf("%s.remove[%d]", p, j), r)
		}
		for j, r := range s.Include {
			checkRegexp(fail, fmt.Sprintf("%s.include[%d]", p, j), r)
		}
		for j, r := range s.Exclude {
			checkRegexp(fail, fmt.Sprintf("%s.exclude[%d]", p, j), r)
		}
		if _, err := ParseSchedule(s.Schedule); err != nil {
			var field *CronFieldError
			if errors.As(err, &field) {
				// The field and its values are the hint.
				fail(p+".schedule", "%q is not a schedule: %v", s.Schedule, err)
			} else {
				fail(p+".schedule", "%q is not a schedule: %v (%s)", s.Schedule, err, scheduleHint(s.Schedule))
			}
		}
		if s.MaxItems < 0 {
			fail(p+".max_items", "must not be negative")
		}
	}

	if len(c.Metrics) == 0 && l.parsed && !l.ruleFilesFailed {
		// With no metric claimtrack fetches and never alerts: that is
		// always a mistake (often a rule_files pattern gone wrong).
		fail("metrics", "no metric is defined: add metrics: here, or rule_files: naming files that hold them (a metric is a few lines: README's \"Writing rules\"; claimtrack's repository has examples in metrics/)")
	}
	ids := map[string]rules.Origin{}
	var claimantIDs []string
	for _, e := range c.ClaimantEntities() {
		claimantIDs = append(claimantIDs, e.ID)
	}
	for i := range c.Metrics {
		m := &c.Metrics[i]
		mfile, base := l.metricPath(i)
		for _, e := range append(m.Validate(), m.CheckClaimantIDs(claimantIDs)...) {
			path := e.Field
			if base != "" {
				if strings.HasPrefix(path, "[") {
					path = base + path
				} else {
					path = base + "." + path
				}
			}
			if l.misspelt(mfile, path) {
				continue // the unknown key's did-you-mean already says it
			}
			l.fail(l.at(mfile, path), path, "%s", e.Msg)
		}
		if m.ID == "" {
			continue
		}
		if prev, dup := ids[m.ID]; dup {
			path := joinPath(base, "id")
			l.fail(l.at(mfile, path), path, "duplicate metric id %q (first defined at %s)", m.ID, prev)
			continue
		}
		ids[m.ID] = m.Origin
	}
	for i, re := range c.Boilerplate {
		checkRegexp(fail, fmt.Sprintf("boilerplate[%d]", i), re)
	}
	l.validateClaimants()
	templateNames := notify.TemplateNames()
	for name, text := range c.Templates {
		if !slices.Contains(templateNames, name) {
			fail("templates."+name, "no template %q: use an event kind (%s), or a kind with _title for the message's title line",
				name, strings.Join(kindNames(), ", "))
			continue
		}
		if err := notify.CheckTemplate(name, text); err != nil {
			fail("templates."+name, "%v", err)
			continue
		}
		for _, u := range notify.UndatedTimes(text) {
			l.warn(l.at(file, "templates."+name), "templates.%s writes %s but not %s: for a figure a revision of its page changed in place, %s is the revision's time and the message does not say so; write %s %s (\"published …\" or \"revised …\"), as the default templates do",
				name, u.Time, u.Dated, u.Time, u.Dated, u.Time)
		}
	}
}

func kindNames() []string {
	var out []string
	for _, k := range model.EventKinds() {
		out = append(out, string(k))
	}
	return out
}

func checkURL(fail func(string, string, ...any), path, raw string) {
	u, err := url.Parse(raw)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		shown := fmt.Sprintf("%q", raw)
		if path == "slack.webhook_url" {
			// A webhook URL is a secret, and so is whatever was pasted in its place.
			shown = "the value"
		}
		fail(path, "%s is not an http(s) URL: write it whole, from http:// or https:// (for example %s)", shown, urlExample(path))
	}
}

// urlExample is an address of the kind the key takes, so the example shows
// a section page for page: and a webhook for slack.webhook_url.
func urlExample(path string) string {
	switch {
	case strings.HasSuffix(path, ".page"):
		return "https://example.org/world/middle-east/"
	case strings.HasSuffix(path, ".sitemap"):
		return "https://example.org/sitemap-news.xml"
	case path == "slack.webhook_url":
		return "https://hooks.slack.com/services/T000/B000/XXXX"
	case path == "slack.api_url":
		return "https://slack.com/api/"
	}
	return "https://example.org/world/rss.xml"
}

func checkSelector(fail func(string, string, ...any), path, sel string) {
	if sel == "" {
		return
	}
	if err := compileSelector(sel); err != nil {
		fail(path, "%q is not a CSS selector: %v", sel, err)
	}
}

// compileSelector checks a selector with cascadia, the parser goquery uses:
// goquery itself silently matches nothing on a bad selector.
func compileSelector(sel string) error {
	_, err := cascadia.ParseGroup(sel)
	return err
}

func checkRegexp(fail func(string, string, ...any), path, re string) {
	if _, err := regexp.Compile(re); err != nil {
		fail(path, "%q is not a regular expression: %v", re, err)
	}
}
