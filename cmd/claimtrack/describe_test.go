package main

import (
	"strings"
	"testing"

	"github.com/claimtrack/claimtrack/tracker"
)

// TestDescribeUnmodifiedListing: a source whose page answered 304 says it
// is unchanged, so that "0 articles listed" is not read as a links:
// selector that finds nothing; a listing read in full does not say it.
func TestDescribeUnmodifiedListing(t *testing.T) {
	got := describeResult(tracker.Ran{Result: tracker.Result{Source: "tribune", Unmodified: true}})
	if !strings.HasPrefix(got, "tribune: unchanged since the last read (the site answered 304 Not Modified), 0 articles listed") {
		t.Errorf("unmodified: %q", got)
	}
	if got := describeResult(tracker.Ran{Result: tracker.Result{Source: "tribune", Links: 2}}); strings.Contains(got, "unchanged since") {
		t.Errorf("read in full: %q", got)
	}
}

// TestDescribeNoText: once names a page that gave no text besides its
// title, with the command that shows what was read of it.
func TestDescribeNoText(t *testing.T) {
	got := describeResult(tracker.Ran{Result: tracker.Result{Source: "herald", Links: 3, New: 2, NoText: 2, NoTextURL: "https://herald.example/a"}})
	if !strings.Contains(got, "2 with almost no text besides the title") || !strings.Contains(got, "claimtrack extract --text https://herald.example/a") {
		t.Errorf("no text: %q", got)
	}
}

// TestDescribeCorrected: an article read again with another text is a
// correction, not one more new article.
func TestDescribeCorrected(t *testing.T) {
	got := describeResult(tracker.Ran{Result: tracker.Result{Source: "archive", Links: 3, New: 1, Corrected: 1, Skipped: 2}})
	if !strings.Contains(got, "3 articles listed, 0 new, 1 corrected, 2 unchanged or copies") {
		t.Errorf("corrected: %q", got)
	}
	if got := describeResult(tracker.Ran{Result: tracker.Result{Source: "archive", Links: 3, New: 2, Skipped: 1}}); !strings.Contains(got, "2 new, 1 unchanged") {
		t.Errorf("none corrected: %q", got)
	}
}

// TestDescribeBacklog: "not posted: 1 backlog" alone left a user who had
// just saved a newer article wondering why it printed nothing; the line
// says what backlog means, and only when there is some.
func TestDescribeBacklog(t *testing.T) {
	got := describeResult(tracker.Ran{Result: tracker.Result{Source: "archive", Links: 2, New: 1, Kept: map[tracker.Outcome]int{tracker.Backlog: 1}}})
	if !strings.Contains(got, `not posted: 1 "archive: taken as the value"; archive: published before the metric's tracking began`) {
		t.Errorf("got %s", got)
	}
	if got := describeResult(tracker.Ran{Result: tracker.Result{Source: "archive", Links: 2, New: 1, Kept: map[tracker.Outcome]int{tracker.Stale: 1}}}); strings.Contains(got, "archive: published") {
		t.Errorf("a pass without backlog explains it: %s", got)
	}
}

// TestDescribeReplacing: a pass whose figure took over the message an
// earlier pass counted (the ministry's 10,212 in place of the radio's
// "ten thousand") says so, and counts it as no second change: the lines
// add up to the messages posted. A pass with none says nothing of it.
func TestDescribeReplacing(t *testing.T) {
	got := describeResult(tracker.Ran{Result: tracker.Result{Source: "ministry", Links: 1, New: 1, Observations: 1, Replacing: 1}})
	if !strings.Contains(got, "1 observation, 0 changes, 1 replacing an earlier pass's waiting message") {
		t.Errorf("got %s", got)
	}
	if got := describeResult(tracker.Ran{Result: tracker.Result{Source: "ministry", Links: 1, New: 1, Observations: 1, Changes: 1}}); strings.Contains(got, "replacing") {
		t.Errorf("a pass that replaced nothing says it did: %s", got)
	}
}
