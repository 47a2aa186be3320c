package scrape

import (
	"net"
	"net/url"
	"strings"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/publicsuffix"
)

// canonicalURL is <link rel=canonical>, else og:url, else the page URL,
// resolved and stripped of tracking parameters. A canonical URL on another
// site than the page's and its listing's is passed over unless opts allow
// it.
func canonicalURL(doc *goquery.Document, pageURL *url.URL, opts ExtractOptions) string {
	for _, href := range []string{
		doc.Find(`link[rel~="canonical"]`).First().AttrOr("href", ""),
		doc.Find(`meta[property="og:url"]`).First().AttrOr("content", ""),
	} {
		href = strings.TrimSpace(href)
		if href == "" {
			continue
		}
		u, err := url.Parse(href)
		if err != nil {
			continue
		}
		if pageURL != nil {
			u = pageURL.ResolveReference(u)
		}
		if (u.Scheme == "http" || u.Scheme == "https") && (opts.AllowCrossDomainCanonical || sameSite(u, pageURL, opts.Listing)) {
			return NormalizeURL(u)
		}
	}
	if pageURL == nil {
		return ""
	}
	return NormalizeURL(pageURL)
}

// isTrackingParam reports whether a query parameter (lower-cased)
// identifies a campaign or a click, not a page.
func isTrackingParam(name string) bool {
	if strings.HasPrefix(name, "utm_") {
		return true
	}
	switch name {
	case "fbclid", "gclid", "dclid", "msclkid", "mc_cid", "mc_eid", "igshid", "ref", "ref_src", "cmpid", "ito", "ocid",
		"smid", "share", "s_cid", "__twitter_impression", "at_medium", "at_campaign":
		return true
	}
	return false
}

// NormalizeURL returns u without its fragment, tracking parameters
// (utm_*, fbclid, ...) or default port, with a lower-case host, so that one
// article has one address however it was linked.
func NormalizeURL(u *url.URL) string {
	c := *u
	c.Fragment = ""
	c.RawFragment = ""
	c.Host = strings.ToLower(c.Host)
	if (c.Scheme == "http" && strings.HasSuffix(c.Host, ":80")) || (c.Scheme == "https" && strings.HasSuffix(c.Host, ":443")) {
		c.Host = c.Host[:strings.LastIndexByte(c.Host, ':')]
	}
	if c.RawQuery != "" {
		q := c.Query()
		for k := range q {
			if isTrackingParam(strings.ToLower(k)) {
				q.Del(k)
			}
		}
		c.RawQuery = q.Encode()
	}
	if c.Path == "" {
		c.Path = "/"
	}
	return c.String()
}

// sameSite reports whether u is on the registrable domain (example.co.uk
// for www.example.co.uk) of the page or of the listing it was linked from.
// A page with no address (a local file) vouches for itself.
func sameSite(u, page *url.URL, listing string) bool {
	if page == nil {
		return true
	}
	site := registrableDomain(u.Hostname())
	if site == registrableDomain(page.Hostname()) {
		return true
	}
	l, err := url.Parse(listing)
	return listing != "" && err == nil && site == registrableDomain(l.Hostname())
}

// registrableDomain is a host's public suffix plus one label, by the
// Public Suffix List; an IP address or a single-label host is itself.
func registrableDomain(host string) string {
	host = strings.ToLower(strings.TrimSuffix(host, "."))
	if net.ParseIP(host) != nil {
		return host
	}
	d, err := publicsuffix.EffectiveTLDPlusOne(host)
	if err != nil {
		return host
	}
	return d
}
