// Package config loads claimtrack's YAML configuration into typed structs and
// validates it, reporting every problem with its file, line and column.
package config

import (
	"net"
	"strings"
	"time"

	"github.com/invopop/jsonschema"
	"gopkg.in/yaml.v3"

	"github.com/claimtrack/claimtrack/rules"
	"github.com/claimtrack/claimtrack/scrape"
)

// Config is the whole configuration file.
type Config struct {
	Store     string `yaml:"store" json:"store,omitempty" jsonschema:"default=./claimtrack.db,description=A SQLite file path (relative to this file) or a postgres:// URL."`
	Listen    string `yaml:"listen" json:"listen,omitempty" jsonschema:"default=127.0.0.1:9464,description=host:port for /healthz /readyz /metrics and the dashboard. Without the key: 127.0.0.1:9464; empty turns the HTTP server off."`
	UserAgent string `yaml:"user_agent" json:"user_agent,omitempty" jsonschema:"description=User-Agent sent with every request; include a contact URL or address so outlets can reach you."`
	Log       Log    `yaml:"log" json:"log,omitempty"`

	Dashboard Dashboard `yaml:"dashboard" json:"dashboard,omitempty"`
	Slack     Slack     `yaml:"slack" json:"slack,omitempty"`
	Fetch     Fetch     `yaml:"fetch" json:"fetch,omitempty"`
	Tracker   Tracker   `yaml:"tracker" json:"tracker,omitempty"`
	Retention Retention `yaml:"retention" json:"retention,omitempty"`

	Sources   []Source           `yaml:"sources" json:"sources,omitempty"`
	Metrics   []rules.MetricSpec `yaml:"metrics" json:"metrics,omitempty"`
	Claimants []Claimant         `yaml:"claimants" json:"claimants,omitempty" jsonschema:"description=Who says figures: stable ids and the words that name them (added to the shipped ones; the same id replaces a shipped one)."`
	// Vocabularies changes the shipped vocabularies (@deaths) or adds new ones.
	Vocabularies map[string]rules.VocabularySpec `yaml:"vocabularies" json:"vocabularies,omitempty" jsonschema:"description=Named word lists rules use as @name: change a shipped one (add: or remove:) or define your own (phrases:). List them with claimtrack rules vocab."`
	RuleFiles    []string                        `yaml:"rule_files" json:"rule_files,omitempty" jsonschema:"description=Glob patterns (relative to this file) of YAML files with more metrics."`
	Boilerplate  []string                        `yaml:"boilerplate" json:"boilerplate,omitempty" jsonschema:"description=Regular expressions for lines of page furniture to drop from article text (added to the built-in ones: See also; Follow us; Copyright ...)."`
	Templates    map[string]string               `yaml:"templates" json:"templates,omitempty" jsonschema:"description=Go text/template per event kind (first; change; conflict; decrease; source_failing; source_recovered; source_no_text; source_text_back) for the message body; KIND_title for its title line."`

	// Warnings are problems that do not stop claimtrack (an unset ${VAR}),
	// each a whole line "FILE:LINE:COL: warning: message" (FILE alone when
	// the place is not in the file), so that it says where as errors do.
	Warnings []string `yaml:"-" json:"-"`
	// deliveryProblem is set when slack names a secret the environment
	// lacks: see DeliveryProblem.
	deliveryProblem *FieldError
	// deliveryWarning is the warning check prints for deliveryProblem.
	deliveryWarning string
	// storeProblem is set when store: names a variable the environment
	// lacks; storeWarning is the warning check prints for it.
	storeProblem *FieldError
	storeWarning string
	// listenAt is where listen: is written (zero when the key is absent
	// and listen is DefaultListen): see ListenAt.
	listenAt Pos
	// storeAt is where store: is written (zero when the key is absent).
	storeAt Pos
	// slackFrom says where each Slack secret was set, by key (token,
	// webhook_url): see SlackSecretFrom.
	slackFrom map[string]SecretFrom
	// troubled[i] is set when a problem was reported in Metrics[i]: see
	// SoundMetrics.
	troubled []bool

	// Path is the file the configuration was read from; Dir its directory.
	Path string `yaml:"-" json:"-"`
	Dir  string `yaml:"-" json:"-"`
}

// Dashboard configures the read-only web pages and JSON API served on
// listen beside /healthz and /metrics.
type Dashboard struct {
	// Token is required of every dashboard and API request when listen is
	// not a loopback address.
	Token    string `yaml:"token" json:"token,omitempty" jsonschema:"description=Bearer token for the dashboard and API; required when listen is not on loopback. Use ${CLAIMTRACK_DASHBOARD_TOKEN}."`
	Disabled bool   `yaml:"disabled" json:"disabled,omitempty" jsonschema:"description=Serve no dashboard or API (health and metrics stay)."`
	// TrustProxy believes X-Forwarded-Proto and X-Forwarded-Host, which
	// only a reverse proxy in front of claimtrack may set.
	TrustProxy bool `yaml:"trust_proxy" json:"trust_proxy,omitempty" jsonschema:"description=Believe a reverse proxy's X-Forwarded-Proto and X-Forwarded-Host: the sign-in cookie is Secure when the proxy says https. Set only when every request comes through that proxy."`
}

// Loopback reports whether addr (host:port) listens on this machine only.
func Loopback(addr string) bool {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return false
	}
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// Log configures structured logging.
type Log struct {
	Format string `yaml:"format" json:"format,omitempty" jsonschema:"enum=text,enum=json,default=text"`
	Level  string `yaml:"level" json:"level,omitempty" jsonschema:"enum=debug,enum=info,enum=warn,enum=error,default=info"`
}

// Slack says where alerts go. Use webhook_url, or token with channel.
type Slack struct {
	WebhookURL string `yaml:"webhook_url" json:"webhook_url,omitempty" jsonschema:"description=Incoming-webhook URL. Use ${SLACK_WEBHOOK_URL}: secrets do not belong in this file."`
	Token      string `yaml:"token" json:"token,omitempty" jsonschema:"description=Bot token (xoxb-...) for chat.postMessage. Use ${SLACK_BOT_TOKEN}."`
	Channel    string `yaml:"channel" json:"channel,omitempty" jsonschema:"description=Channel for bot-token mode (#figures or a channel ID)."`
	APIURL     string `yaml:"api_url" json:"api_url,omitempty" jsonschema:"description=Slack API base URL; for tests and proxies."`
	Broadcast  bool   `yaml:"broadcast" json:"broadcast,omitempty" jsonschema:"description=Also show thread replies in the channel (bot-token mode)."`
	// WebhookDelivery chooses what webhook mode does when it cannot tell
	// whether Slack took a message: a webhook cannot be asked afterwards.
	WebhookDelivery string `yaml:"webhook_delivery" json:"webhook_delivery,omitempty" jsonschema:"enum=at_least_once,enum=at_most_once,default=at_least_once,description=Webhook mode only. at_least_once retries a post whose answer was lost (a message may repeat); at_most_once records it as may have been delivered and does not retry (a message may be missing). Bot mode is exactly once."`
}

// Configured reports whether alerts go to Slack.
func (s Slack) Configured() bool { return s.WebhookURL != "" || s.Token != "" }

// Fetch sets how politely and how hard claimtrack fetches.
type Fetch struct {
	Timeout         Duration `yaml:"timeout" json:"timeout,omitempty" jsonschema:"description=Total time for one request (default 30s)."`
	MaxBodyBytes    int64    `yaml:"max_body_bytes" json:"max_body_bytes,omitempty" jsonschema:"minimum=1024,description=Largest response accepted (default 5 MB)."`
	MaxRedirects    int      `yaml:"max_redirects" json:"max_redirects,omitempty" jsonschema:"minimum=0,maximum=20,description=Redirects followed per request (default 5)."`
	PerHostRate     float64  `yaml:"per_host_rate" json:"per_host_rate,omitempty" jsonschema:"description=Requests per second to one host (default 1)."`
	PerHostParallel int      `yaml:"per_host_parallel" json:"per_host_parallel,omitempty" jsonschema:"description=Requests at once to one host (default 2)."`
	Workers         int      `yaml:"workers" json:"workers,omitempty" jsonschema:"description=Sources processed at once (default 4)."`
	IgnoreRobots    bool     `yaml:"ignore_robots" json:"ignore_robots,omitempty" jsonschema:"description=Do not read robots.txt. Only for sites you own."`
}

// Tracker tunes how changes are judged.
type Tracker struct {
	ConflictWindow Duration `yaml:"conflict_window" json:"conflict_window,omitempty" jsonschema:"description=Two outlets disagreeing within this time is a conflict (default 48h)."`
	// AnnounceRecent is a pointer so that 0 (never) is told from unset
	// (the default).
	AnnounceRecent *Duration `yaml:"announce_recent" json:"announce_recent,omitempty" jsonschema:"description=The archive's newest figure is posted once as the first value when it changed an older one and was published at most this long before it was read (default 12h; 0s: never)."`
}

// DefaultAnnounceRecent is tracker.announce_recent's default: a desk
// starting at 09:00 is told a change of the night or the morning, and a
// past week replayed from saved files posts nothing.
const DefaultAnnounceRecent = 12 * time.Hour

// AnnounceRecentStd is tracker.announce_recent, or its default when unset.
func (t Tracker) AnnounceRecentStd() time.Duration {
	if t.AnnounceRecent == nil {
		return DefaultAnnounceRecent
	}
	return time.Duration(*t.AnnounceRecent)
}

// Source is one place articles come from. Exactly one of feed, page, sitemap
// or dir is set.
type Source struct {
	Name     string   `yaml:"name" json:"name" jsonschema:"required,description=Unique name of the source (logs and source health); never the outlet of a web page."`
	Outlet   string   `yaml:"outlet" json:"outlet,omitempty" jsonschema:"description=Publication name shown in alerts and used to count agreeing outlets (default: each article's own: a file's Outlet: line; a page's site name; a feed's title; the host)."`
	Feed     string   `yaml:"feed" json:"feed,omitempty" jsonschema:"description=RSS; Atom or JSON Feed URL."`
	Page     string   `yaml:"page" json:"page,omitempty" jsonschema:"description=Section page URL whose links (see links) are articles."`
	Links    string   `yaml:"links" json:"links,omitempty" jsonschema:"description=CSS selector for article links on page (default: a)."`
	Sitemap  string   `yaml:"sitemap" json:"sitemap,omitempty" jsonschema:"description=News sitemap or sitemap index URL."`
	Dir      string   `yaml:"dir" json:"dir,omitempty" jsonschema:"description=Local folder of .html .txt or .eml files (relative to this file)."`
	Include  []string `yaml:"include" json:"include,omitempty" jsonschema:"description=Regular expressions; an article URL must match one."`
	Exclude  []string `yaml:"exclude" json:"exclude,omitempty" jsonschema:"description=Regular expressions; an article URL matching one is skipped."`
	Schedule string   `yaml:"schedule" json:"schedule,omitempty" jsonschema:"default=@every 15m,description=Cron spec (*/15 * * * *) or @every 10m."`
	Content  string   `yaml:"content" json:"content,omitempty" jsonschema:"description=CSS selector whose text is the article; overrides automatic extraction."`
	Remove   []string `yaml:"remove" json:"remove,omitempty" jsonschema:"description=CSS selectors removed before extraction (related stories; share bars)."`
	MaxItems int      `yaml:"max_items" json:"max_items,omitempty" jsonschema:"description=Newest articles taken per run (default 50)."`
	Disabled bool     `yaml:"disabled" json:"disabled,omitempty"`
	// AllowCrossDomainCanonical is for an outlet that publishes on one
	// domain and names another as the original (a wire service's partner
	// site, say): without it such a canonical URL is ignored, so that no
	// page can pass itself off as another outlet's article.
	AllowCrossDomainCanonical bool `yaml:"allow_cross_domain_canonical" json:"allow_cross_domain_canonical,omitempty" jsonschema:"description=Accept a page's canonical URL on another domain than the page's and its feed's (off: such a canonical URL is ignored)."`
}

// Kind says which of feed, page, sitemap or dir the source uses.
func (s Source) Kind() string {
	key, _ := scrape.ListedAt(s.Feed, s.Page, s.Sitemap, s.Dir)
	return key
}

// DefaultSchedule is how often a source without a schedule runs.
const DefaultSchedule = "@every 15m"

// ScheduleSpec is the source's cron spec, or DefaultSchedule.
func (s Source) ScheduleSpec() string {
	if strings.TrimSpace(s.Schedule) == "" {
		return DefaultSchedule
	}
	return s.Schedule
}

// Location is where the source reads: its feed, page or sitemap URL, or
// its folder as written.
func (s Source) Location() string {
	_, address := scrape.ListedAt(s.Feed, s.Page, s.Sitemap, s.Dir)
	return address
}

// OutletName is the name alerts show for the source.
func (s Source) OutletName() string {
	if s.Outlet != "" {
		return s.Outlet
	}
	return s.Name
}

// Duration is a time.Duration written as "30s" or "10m" in YAML.
type Duration time.Duration

// UnmarshalYAML parses Go duration syntax.
func (d *Duration) UnmarshalYAML(n *yaml.Node) error {
	if n.Kind != yaml.ScalarNode {
		return errDuration(n.Value)
	}
	v, err := time.ParseDuration(n.Value)
	if err != nil || v < 0 {
		return errDuration(n.Value)
	}
	*d = Duration(v)
	return nil
}

// Std returns the value as a time.Duration, or def when unset.
func (d Duration) Std(def time.Duration) time.Duration {
	if d == 0 {
		return def
	}
	return time.Duration(d)
}

// JSONSchema describes the duration syntax.
func (Duration) JSONSchema() *jsonschema.Schema {
	return &jsonschema.Schema{Type: "string", Pattern: `^([0-9]+(\.[0-9]+)?(ns|us|µs|ms|s|m|h))+$`, Description: "A duration such as 30s, 10m or 1h30m."}
}

type durationError string

func (e durationError) Error() string {
	return "expected a duration such as 30s, 10m or 1h30m, got " + string(e)
}

func errDuration(v string) error { return durationError("\"" + v + "\"") }

// ListenAt is where the configuration writes listen: (FILE:LINE:COL), or
// a zero Pos (Line 0) when the key is absent and listen is DefaultListen:
// a message about the address can then say where to change it.
func (c *Config) ListenAt() Pos { return c.listenAt }

// StoreAt is where the configuration writes store: (FILE:LINE:COL), or
// the file alone when the key is absent (the default ./claimtrack.db).
func (c *Config) StoreAt() Pos {
	if c.storeAt.Line == 0 {
		return Pos{File: c.Path}
	}
	return c.storeAt
}
