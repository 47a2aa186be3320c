package scrape

import (
	"encoding/json"
	"net/url"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/PuerkitoBio/goquery"
)

// publishedAt finds when a page says it was first published. News sites
// state it for search engines and social cards, so the structured places
// come first: JSON-LD's datePublished, then the meta tags, then an element
// marked as the publication time, then a <time> in the article, then a
// date in the URL's path. Modification times are never taken here: an
// article is dated by when it was first published, and its revision time
// is Article.Modified (modifiedAt), which orders a revised article's
// figure. The zero time means the page does not say.
//
// go-trafilatura would ask go-htmldate, whose date parser builds large
// tables when the program starts, used or not; see replace/go-htmldate and,
// for what that held, docs/performance.md.
func publishedAt(doc *goquery.Document, pageURL *url.URL, now time.Time) time.Time {
	valid := func(t time.Time) bool {
		return !t.IsZero() && t.Year() >= 1995 && !t.After(now.Add(48*time.Hour))
	}
	if t := jsonLDPublished(doc); valid(t) {
		return t
	}
	if t := metaPublished(doc); valid(t) {
		return t
	}
	var found time.Time
	doc.Find(`[itemprop="datePublished"], time[pubdate], article time[datetime], header time[datetime]`).EachWithBreak(func(_ int, s *goquery.Selection) bool {
		for _, attr := range []string{"datetime", "content", "title"} {
			if v, ok := s.Attr(attr); ok {
				if t := parseDate(v); valid(t) {
					found = t
					return false
				}
			}
		}
		if t := textDate(s.Text()); valid(t) {
			found = t
			return false
		}
		return true
	})
	if !found.IsZero() {
		return found
	}
	if times := doc.Find("time[datetime]"); times.Length() == 1 {
		if t := parseDate(times.AttrOr("datetime", "")); valid(t) {
			return t
		}
	}
	if pageURL != nil {
		if t := urlDate(pageURL.Path); valid(t) {
			return t
		}
	}
	// Last, a byline: "Posted on Tuesday 15 October 2019", "By A. Writer •
	// Nov 11, 2020", in a short element whose class or id speaks of a date,
	// and not of an update.
	doc.Find(`[class*="date"], [class*="time"], [class*="byline"], [class*="posted"], [class*="publish"], [class*="dateline"], [id*="date"], [class*="meta"]`).EachWithBreak(func(_ int, s *goquery.Selection) bool {
		names := strings.ToLower(s.AttrOr("class", "") + " " + s.AttrOr("id", ""))
		if strings.Contains(names, "updat") || strings.Contains(names, "modif") {
			return true
		}
		text := s.Text()
		if len(text) > 300 {
			return true
		}
		if t := textDate(text); valid(t) {
			found = t
			return false
		}
		return true
	})
	return found
}

// writtenDate finds a date written out in text: "15 October 2019",
// "Nov. 11, 2020", "2013/12/28", "2024-03-25".
var writtenDate = regexp.MustCompile(`(?i)\b(?:(\d{1,2})(?:st|nd|rd|th)? (jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,? (\d{4})|(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})|(\d{4})[-/.](\d{1,2})[-/.](\d{1,2}))\b`)

// monthNamed is the month a name's first three letters (any case) name,
// 0 for none.
func monthNamed(name string) time.Month {
	if len(name) < 3 {
		return 0
	}
	switch strings.ToLower(name[:3]) {
	case "jan":
		return time.January
	case "feb":
		return time.February
	case "mar":
		return time.March
	case "apr":
		return time.April
	case "may":
		return time.May
	case "jun":
		return time.June
	case "jul":
		return time.July
	case "aug":
		return time.August
	case "sep":
		return time.September
	case "oct":
		return time.October
	case "nov":
		return time.November
	case "dec":
		return time.December
	}
	return 0
}

func textDate(text string) time.Time {
	m := writtenDate.FindStringSubmatch(text)
	if m == nil {
		return time.Time{}
	}
	var y, d int
	var mo time.Month
	switch {
	case m[1] != "":
		d, _ = strconv.Atoi(m[1])
		mo = monthNamed(m[2])
		y, _ = strconv.Atoi(m[3])
	case m[4] != "":
		mo = monthNamed(m[4])
		d, _ = strconv.Atoi(m[5])
		y, _ = strconv.Atoi(m[6])
	default:
		return numericDate(m[7], m[8], m[9])
	}
	return civilDate(y, mo, d)
}

// numericDate is civilDate on a year, month and day written in digits.
func numericDate(year, month, day string) time.Time {
	y, _ := strconv.Atoi(year)
	mo, _ := strconv.Atoi(month)
	d, _ := strconv.Atoi(day)
	return civilDate(y, time.Month(mo), d)
}

// civilDate is midnight UTC on a date, or the zero time if there is no
// such date (31 February).
func civilDate(y int, mo time.Month, d int) time.Time {
	if mo < 1 || mo > 12 {
		return time.Time{}
	}
	t := time.Date(y, mo, d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d {
		return time.Time{}
	}
	return t
}

// jsonLDPublished reads datePublished (or, failing that, dateCreated) from
// the page's JSON-LD blocks, searching @graph and nested objects.
func jsonLDPublished(doc *goquery.Document) time.Time {
	var published, created time.Time
	eachJSONLDObject(doc, func(m map[string]any) bool {
		if d, ok := m["datePublished"].(string); ok && published.IsZero() {
			published = parseDate(d)
		}
		if d, ok := m["dateCreated"].(string); ok && created.IsZero() {
			created = parseDate(d)
		}
		return published.IsZero()
	})
	if !published.IsZero() {
		return published
	}
	return created
}

// eachJSONLDObject calls visit on every object of the page's JSON-LD
// blocks (@graph and nested objects too), block by block, while it returns
// true; a block that is not JSON is passed over.
func eachJSONLDObject(doc *goquery.Document, visit func(map[string]any) bool) {
	doc.Find(`script[type="application/ld+json"]`).EachWithBreak(func(_ int, s *goquery.Selection) bool {
		var v any
		if json.Unmarshal([]byte(s.Text()), &v) != nil {
			return true
		}
		return walkJSON(v, visit)
	})
}

// walkJSON calls visit on every object in v, depth first, while it
// returns true.
func walkJSON(v any, visit func(map[string]any) bool) bool {
	switch x := v.(type) {
	case map[string]any:
		if !visit(x) {
			return false
		}
		for _, c := range x {
			if !walkJSON(c, visit) {
				return false
			}
		}
	case []any:
		for _, c := range x {
			if !walkJSON(c, visit) {
				return false
			}
		}
	}
	return true
}

// publishedMeta lists the meta tags (property, name or itemprop) that carry
// a publication time, most trusted first.
var publishedMeta = []string{
	"article:published_time", "og:article:published_time", "og:published_time", "article:published",
	"datepublished", "article.published", "article_date_original", "originalpublicationdate",
	"publish-date", "publish_date", "publishdate", "pubdate", "publication_date", "date_published",
	"parsely-pub-date", "sailthru.date", "cxenseparse:recs:publishtime", "dc.date.issued",
	"dcterms.issued", "dc.date.created", "dcterms.created", "dc.date", "dcterms.date", "date",
}

func metaPublished(doc *goquery.Document) time.Time { return metaTime(doc, publishedMeta) }

// metaTime reads the time of the meta tag (by property, name or itemprop)
// that stands first in keys, the most trusted first.
func metaTime(doc *goquery.Document, keys []string) time.Time {
	best, bestRank := time.Time{}, len(keys)
	doc.Find("meta[content]").Each(func(_ int, s *goquery.Selection) {
		for _, attr := range []string{"property", "name", "itemprop"} {
			key, ok := s.Attr(attr)
			if !ok {
				continue
			}
			r := slices.Index(keys, strings.ToLower(strings.TrimSpace(key)))
			if r < 0 || r >= bestRank {
				continue
			}
			if t := parseDate(s.AttrOr("content", "")); !t.IsZero() {
				best, bestRank = t, r
			}
		}
	})
	return best
}

// urlPathDate matches /2024/03/25/, /2024-03-25 and /20240325/ in a path.
var urlPathDate = regexp.MustCompile(`/((?:19|20)\d\d)[/-]?(0[1-9]|1[0-2])[/-]?(0[1-9]|[12]\d|3[01])(?:/|-|\.|$)`)

func urlDate(path string) time.Time {
	m := urlPathDate.FindStringSubmatch(path)
	if m == nil {
		return time.Time{}
	}
	return numericDate(m[1], m[2], m[3])
}

// dateLayouts are the forms sites write dates in: ISO 8601 above all, the
// e-mail and RSS form, and the written forms of bylines.
var dateLayouts = []string{
	time.RFC3339Nano, "2006-01-02T15:04:05Z0700", "2006-01-02T15:04:05.999999999Z0700",
	"2006-01-02T15:04:05", "2006-01-02T15:04:05.999999999", "2006-01-02T15:04Z07:00", "2006-01-02T15:04",
	"2006-01-02 15:04:05Z07:00", "2006-01-02 15:04:05.999999999Z0700", "2006-01-02 15:04:05 -0700", "2006-01-02 15:04:05 MST", "2006-01-02 15:04:05",
	"2006-01-02 15:04", "2006-01-02", "2006/01/02", "20060102",
	time.RFC1123Z, time.RFC1123, "Mon, 2 Jan 2006 15:04:05 -0700", "Mon, 2 Jan 2006 15:04:05 MST", "2 Jan 2006 15:04:05 -0700",
	"January 2, 2006 3:04 PM", "January 2, 2006 3:04 pm", "January 2, 2006", "Jan 2, 2006", "Jan. 2, 2006",
	"2 January 2006", "2 Jan 2006", "Monday, January 2, 2006", "Monday 2 January 2006",
}

// isoDatePrefix is the date at the start of an ISO 8601 time in a form
// none of dateLayouts reads ("2020-11-11 12:00:00.000-0600").
var isoDatePrefix = regexp.MustCompile(`^(\d{4})-(\d{2})-(\d{2})(?:[T ]|$)`)

// parseDate reads a date in one of dateLayouts, or seconds or milliseconds
// since 1970. A time without a zone is taken as UTC.
func parseDate(s string) time.Time {
	s = strings.Join(strings.Fields(s), " ")
	if s == "" || len(s) > 64 {
		return time.Time{}
	}
	for _, layout := range dateLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			return t
		}
	}
	if m := isoDatePrefix.FindStringSubmatch(s); m != nil {
		return numericDate(m[1], m[2], m[3])
	}
	if n, err := strconv.ParseInt(s, 10, 64); err == nil {
		switch {
		case n > 1e12 && n < 1e13:
			return time.UnixMilli(n).UTC()
		case n > 1e9 && n < 1e10:
			return time.Unix(n, 0).UTC()
		}
	}
	return time.Time{}
}
