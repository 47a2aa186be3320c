package tracker

import (
	"context"
	"fmt"
	"runtime/debug"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/claimtrack/claimtrack/model"
	"github.com/claimtrack/claimtrack/rules"
	"github.com/claimtrack/claimtrack/scrape"
	"github.com/claimtrack/claimtrack/store"
)

// runLink reads one article and adds it to the batch when it is to be
// stored; it reports whether it did (false: not modified or unchanged,
// which is no failure). flush counts what it added as new or skipped.
//
// The page's validators (ETag, Last-Modified) are stored with the article,
// in the batch's transaction: stored before it, a crash in between would
// leave the page answered 304 at the next pass and the article never read.
func (p *SourcePass) runLink(ctx context.Context, src scrape.Source, l scrape.Link, b *batch) (stored bool, err error) {
	// A page is untrusted input for a parser, an extractor and a figure
	// finder, any of which may have a bug some page sets off. A panic here
	// would take the daemon down, and after a restart the same article,
	// never stored, would take it down again: it fails this article alone.
	defer func() {
		if r := recover(); r != nil {
			p.Log.Error("reading an article panicked: a bug in claimtrack, please report it with the URL", "url", l.URL, "panic", r, "stack", string(debug.Stack()))
			stored, err = false, fmt.Errorf("%s: internal error: %v", l.URL, r)
		}
	}()
	v := b.pages[l.URL].Validators // Run read them for every link to fetch
	a, resp, err := p.Fetcher.Article(ctx, l, src, v)
	if err != nil {
		return false, err
	}
	var page string
	if l.Path == "" {
		page = l.URL
	}
	if a == nil { // 304: unchanged since the last pass
		p.countVerdict(src.Name, "not_modified")
		if page != "" {
			if resp.Validators != (scrape.Validators{}) {
				v = resp.Validators
			}
			b.add(Item{Page: page, Validators: v, Checked: p.now(), PagePublished: b.pages[l.URL].Published, Listed: l.Listed}, pageOnly)
		}
		return false, nil
	}
	ahead, read := p.datedWhenRead(a)
	if a.Cut > 0 {
		p.Log.Debug("page longer than claimtrack reads: its end left out", "url", a.URL, "source", src.Name, "bytes_left_out", a.Cut, "bytes_read", len(a.Text))
	}
	class, orig, err := scrape.Classify(ctx, b, a)
	if err != nil {
		return false, fmt.Errorf("%s: %w", a.CanonicalURL, err)
	}
	p.countVerdict(src.Name, class.String())
	if class != scrape.Unchanged {
		// Said of a file or page new or changed since the last pass, not
		// again at every pass of an unchanged one (desk54).
		p.warnDated(src, l, a, ahead, read)
	}
	if class == scrape.Unchanged {
		if page != "" {
			b.add(Item{Page: page, Validators: resp.Validators, Checked: p.now(), PagePublished: a.Published, Listed: l.Listed}, pageOnly)
		}
		return false, nil
	}
	// An undated article met on the source's first pass is the archive's
	// past of unknown age, not news (see undatedArchive); one met on a
	// later pass appeared since, as far as anyone can tell.
	archive := a.Published.IsZero() && b.firstRead
	if src.Outlet == "" && l.Path == "" {
		if a.Outlet, err = b.siteName(ctx, a); err != nil {
			return false, fmt.Errorf("%s: %w", a.CanonicalURL, err)
		}
	}
	it := Item{Article: p.modelArticle(src, a, archive), Page: page, Validators: resp.Validators, Checked: p.now(), PagePublished: a.Published, Listed: l.Listed,
		UndatedArchive: archive, datedAsRead: a.Published.IsZero() && !archive, Revised: class == scrape.Corrected}
	if it.Revised && !a.Modified.IsZero() {
		// Updated in place, the page keeps its first publication date;
		// what it says of its revision orders its figures (never ahead).
		if it.AsOf = a.Modified; it.AsOf.After(p.now()) {
			it.AsOf = p.now()
		}
	}
	// A syndicated or re-spun copy is linked to its original (an exact copy
	// has the same fingerprint): its outlet does not count as another one
	// agreeing.
	if err := b.nearCopy(ctx, &it, a.Text, p.now().Add(-p.copyWindow())); err != nil {
		return false, err
	}
	if class == scrape.Copy {
		// The same text another outlet stored first, or read first in
		// this pass, is its copy's when that copy credits this outlet or
		// was published after it (original.go): read as new, it takes the
		// copy's credit.
		if orig, err := p.originalOfStored(ctx, &it, a.Text); err != nil || orig || it.originalOfItem > 0 {
			if err != nil {
				return false, err
			}
			class = scrape.New
		}
	}
	if class == scrape.Copy {
		p.Log.Debug("copy of an article already read", "url", a.CanonicalURL, "original", orig)
		b.add(it, copyOnly)
		return true, nil
	}
	// The text the rules read is stored with the article, for `rules
	// misses --store`; a copy's is its original's.
	it.Article.Text = a.Text
	all := p.Engine.ExtractInArticle(a.Text, "", ArticleDate(it.Article.Published, it.Article.Fetched))
	// "The agency said" after the WHO is the WHO's figure: keyed, judged
	// and shown as the body's, its words as written kept beside it.
	written := resolveBareReferences(a.Text, all, p.Engine.ClaimantFinder())
	found := bestPerMetric(all, p.byClaimant, p.total)
	// A short brief that gave a figure was read; one that gave none and
	// holds little besides its title may be a story extraction missed. A
	// saved text file is read whole: its brief is all there is.
	if len(found) == 0 && !a.AsText && TitleOnly(a.Title, a.Text) {
		b.noText++
		if b.noTextURL == "" {
			b.noTextURL = a.URL
		}
		p.countVerdict(src.Name, "no_text")
	}
	it.Observations = make([]model.Observation, len(found))
	for i, o := range found {
		it.Observations[i] = observationOf(o)
		it.Observations[i].ClaimantWritten = written[o.Claimant]
	}
	kind := newArticle
	if class == scrape.Corrected {
		kind = correctedArticle
	}
	b.add(it, kind)
	return true, nil
}

// ArticleDate is the date the rules read an article's years against
// (rules.ExtractInArticle): its publication, or when it was fetched when
// it gives none (an undated archive's text is read as of its reading).
func ArticleDate(published, fetched time.Time) time.Time {
	if published.IsZero() {
		return fetched
	}
	return published
}

// futureSlack is how far ahead of its reading an article may be dated
// without a warning: a server whose clock runs a few minutes fast, a file
// saved on a machine whose clock does, is no mistake of the author's.
const futureSlack = 5 * time.Minute

// datedWhenRead dates an article published after it was read (a saved
// file by its name, contents or modification time; a page by what it says
// for search engines) when it was read: a date ahead is a typo, a time of
// day in another zone or a fast clock, not news from the future, and
// stored as it is it would sort the figure after every later one. Further
// ahead than futureSlack, it returns the date it gave and when it was read,
// for warnDated; else zero times.
func (p *SourcePass) datedWhenRead(a *scrape.Article) (ahead, read time.Time) {
	now := p.now()
	if !a.Published.After(now) {
		return time.Time{}, time.Time{}
	}
	dated := a.Published
	a.Published = now
	if dated.Sub(now) <= futureSlack {
		return time.Time{}, time.Time{}
	}
	return dated, now
}

// warnDated logs what was made of an article's date that the log should
// name the file or page for: a date ahead of its reading (ahead, when not
// zero: datedWhenRead), a saved file's header without a Published: line.
func (p *SourcePass) warnDated(src scrape.Source, l scrape.Link, a *scrape.Article, ahead, read time.Time) {
	if !ahead.IsZero() {
		kind, where, what := "page", "url", a.URL
		if l.Path != "" {
			kind, where, what = "file", "file", l.Path
		}
		p.Log.Warn(kind+" dated in the future: dated when it was read instead", where, what, "dated", ahead.UTC().Format(time.RFC3339), "read", read.UTC().Format(time.RFC3339))
	}
	if a.DateNote != "" {
		p.Log.Warn("file dated without a Published: line", "source", src.Name, "note", a.DateNote)
	}
}

// minText is how many characters an article that gave no figure must
// give besides its title for its text to count as read: fewer is a page
// whose story the extraction did not find (a layout the outlet changed, a
// page that builds its story with scripts, a consent wall), or a video, a
// gallery or a one-line brief.
const minText = 150

// TitleOnly reports whether a text gives almost nothing besides its
// title: the paragraphs the title holds (the headline, written again in
// the page's h1) are not counted. A source pass counts such articles as
// no_text; extract says so, where an empty explanation would pass for a
// story without figures.
func TitleOnly(title, text string) bool {
	t := strings.ToLower(strings.Join(strings.Fields(title), " "))
	n := 0
	for _, para := range strings.Split(text, "\n\n") {
		para = strings.ToLower(strings.Join(strings.Fields(para), " "))
		if para == "" || t != "" && strings.Contains(t, para) {
			continue
		}
		n += utf8.RuneCountInString(para)
		if n >= minText {
			return false
		}
	}
	return true
}

// observationOf is what the store keeps of an engine's observation.
func observationOf(o rules.Observation) model.Observation {
	m := model.Observation{Metric: o.Metric, Readings: modelReadings(o.Values), Quote: o.Quote, QuoteStart: o.QuoteStart, QuoteEnd: o.QuoteEnd, Rule: o.Rule,
		Says: saysOf(o)}
	if c := o.Claimant; c != nil {
		m.ClaimantID, m.ClaimantWords, m.ClaimantHow = c.ID, c.Words, string(c.How)
	}
	return m
}

// saysOf is what the rules read of an observation's sentence besides its
// values, as the store keeps it.
func saysOf(o rules.Observation) model.Says {
	return model.Says{EventAnother: o.Event.Another, EventOrdinal: o.Event.Ordinal, EventToCome: o.Event.ToCome, EventTold: o.Event.Told,
		Before: o.Before, Updates: o.Updates, AsOf: o.AsOf}
}

// byClaimant reports whether a metric is judged by claimant.
func (p *SourcePass) byClaimant(metric string) bool {
	pol, _ := p.judge(metric)
	return pol.ByClaimant
}

// total reports whether a metric is a running total.
func (p *SourcePass) total(metric string) bool {
	pol, _ := p.judge(metric)
	return pol.Total
}

// modelArticle is what the store keeps of an article read from src: its
// outlet is the source's, else the page's, else the source's name. An
// undated article is published as of when it was read (its pass's
// reading: storeInOrder dates it when the pass judges what it read), unless
// it is the archive's (undatedArchive: read on its source's first pass): then it
// stays undated (zero), which history, the dashboard and messages show as
// such, and which sorts it before every dated figure, as it is judged.
func (p *SourcePass) modelArticle(src scrape.Source, a *scrape.Article, undatedArchive bool) model.Article {
	outlet := src.Outlet
	if outlet == "" {
		outlet = a.Outlet
	}
	if outlet == "" {
		outlet = src.Name
	}
	published := a.Published
	if published.IsZero() && !undatedArchive {
		published = p.now() // undated: as of when we read it
	}
	return model.Article{Source: src.Name, Outlet: outlet, URL: a.URL, CanonicalURL: a.CanonicalURL, Title: a.Title,
		Published: published, Fetched: p.now(), TextHash: a.TextHash, Fingerprint: store.Fingerprint(a.Text)}
}

func modelReadings(vals []rules.Value) []model.Reading {
	out := make([]model.Reading, len(vals))
	for i, v := range vals {
		out[i] = model.Reading{Name: v.Name, Value: v.Value, Low: v.Low, High: v.High, Qualifier: v.Qualifier.Name(), Unit: v.Unit, Text: v.Text}
	}
	return out
}
