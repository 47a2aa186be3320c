package scrape

import "time"

// Rechecks says when an article already stored is fetched again. A feed
// of 50 items would otherwise mean 50 requests to the outlet every pass,
// at one a second: the new story among them is read 50 s late, and the
// outlet is asked for pages it has not changed. A stored article is read
// again when its listing says it was updated since it was last fetched (a
// feed entry's updated date, a sitemap's lastmod) or says something else
// of it (ListingRevised, which the caller asks with what it stored), and
// at a few ages after publication, when corrections come: after 1, 3 and 9 hours,
// 1 day and 2 days by default, then never. Every re-check is conditional
// (ETag, Last-Modified), so an unchanged page costs a 304.
type Rechecks struct {
	// After lists the ages, counted from publication, at which a stored
	// article is read again.
	After []time.Duration
	// Undated is how often a stored article with no publication date is
	// read again (once a day by default): its age is unknown.
	Undated time.Duration
}

// DefaultRechecks re-reads a story 1, 3, 9, 24 and 48 hours after it was
// published, and an undated one once a day.
var DefaultRechecks = Rechecks{
	After:   []time.Duration{time.Hour, 3 * time.Hour, 9 * time.Hour, 24 * time.Hour, 48 * time.Hour},
	Undated: 24 * time.Hour,
}

// Due reports whether a stored article, listed as l, is fetched again by a
// pass at now, the article having last been fetched at last (zero when
// unknown). A re-check is due when a moment it is owed falls
// between the two passes, so each is made once however often the source
// is read.
func (r Rechecks) Due(l Link, last, now time.Time) bool {
	if last.IsZero() || l.Updated.After(last) {
		return true
	}
	if l.Published.IsZero() {
		return r.Undated > 0 && now.Truncate(r.Undated).After(last)
	}
	for _, age := range r.After {
		if at := l.Published.Add(age); at.After(last) && !at.After(now) {
			return true
		}
	}
	return false
}
