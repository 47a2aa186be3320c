// Package htmldate stands in for github.com/markusmobius/go-htmldate, which
// go-trafilatura imports. The real package imports go-dateparser, whose
// package variables build regular expressions and locale tables when any
// program linking it starts, whether a date is ever parsed or not: much of
// the daemon's idle memory (docs/performance.md), for a feature claimtrack
// does not use. claimtrack finds publication dates itself (scrape/pubdate.go) and
// tells trafilatura not to look (HtmlDateMode: Disabled), so nothing here is
// ever called. The go.mod at the repository's root points the import here
// with a replace directive.
//
// It declares what go-trafilatura v1.12 refers to, with the same shapes.
package htmldate

import (
	"errors"
	"time"

	"golang.org/x/net/html"
)

// Options mirrors the fields of go-htmldate's Options that callers set.
type Options struct {
	ExtractTime         bool
	UseOriginalDate     bool
	URL                 string
	MinDate             time.Time
	MaxDate             time.Time
	EnableLog           bool
	SkipExtensiveSearch bool
	DeferUrlExtractor   bool
}

// Result mirrors go-htmldate's Result.
type Result struct {
	DateTime    time.Time
	HasTime     bool
	HasTimezone bool
	SrcString   string
}

// IsZero reports whether no date was found.
func (r Result) IsZero() bool { return r.DateTime.IsZero() }

// Format formats the date with a time layout.
func (r Result) Format(layout string) string { return r.DateTime.Format(layout) }

// ErrNotProvided says that this build finds dates elsewhere.
var ErrNotProvided = errors.New("htmldate: not part of this build; claimtrack finds publication dates in scrape.publishedAt")

// FromDocument finds nothing: see the package comment.
func FromDocument(doc *html.Node, opts Options) (Result, error) {
	return Result{}, ErrNotProvided
}
