package notify

import (
	"time"

	"github.com/claimtrack/claimtrack/model"
)

// SampleEvents returns one made-up event of each kind, and a change that
// is its outlet's correction, for `claimtrack notify test` and for
// checking templates (SampleLabel names each). The outlets and URLs are
// example.org's, so that nobody mistakes a test message for news.
func SampleEvents() []model.Event {
	at := time.Date(2026, 3, 14, 9, 30, 0, 0, time.UTC)
	low := 32000.0
	old := &model.Observation{
		Metric: "sample-toll", Outlet: "Example Wire", URL: "https://example.org/wire/toll-rises",
		Title: "Toll rises as strikes continue", Published: at.Add(-26 * time.Hour),
		Readings: []model.Reading{{Name: "value", Value: 32000, Low: &low, Qualifier: "more_than", Text: "more than 32,000"}},
		Quote:    "Health officials said more than 32,000 people had been killed since the war began.",
	}
	newer := &model.Observation{
		Metric: "sample-toll", Outlet: "Example Daily", URL: "https://example.org/daily/ministry-update",
		Title: "Ministry updates its count", Published: at,
		Readings: []model.Reading{{Name: "value", Value: 33091, Text: "33,091"}},
		Quote:    "The ministry said on Thursday that 33,091 people had been killed, a figure that does not distinguish civilians from fighters.",
	}
	lower := &model.Observation{
		Metric: "sample-toll", Outlet: "Example Courier", URL: "https://example.org/courier/toll",
		Title: "Toll reported", Published: at.Add(time.Hour),
		Readings: []model.Reading{{Name: "value", Value: 30100, Text: "30,100"}},
		Quote:    "At least 30,100 people have been killed, the Example Relief Agency said.",
	}
	// The same article revised in place under a correction note: its
	// outlet's own figure withdrawn (tracker's Corrected).
	corrected := &model.Observation{
		Metric: "sample-toll", Outlet: "Example Daily", URL: newer.URL,
		Title: newer.Title, Published: at.Add(3 * time.Hour),
		Readings: []model.Reading{{Name: "value", Value: 33019, Text: "33,019"}},
		Quote:    "Correction: an earlier version of this article gave the toll as 33,091; the ministry's figure is 33,019.",
	}
	name := "Sample death toll (a test message from claimtrack)"
	ev := func(kind model.EventKind, p model.EventPayload) model.Event {
		return model.Event{Key: "sample/" + string(kind), Kind: kind, Metric: "sample-toll", Payload: p, Created: at}
	}
	correction := ev(model.EventChange, model.EventPayload{MetricName: name, Old: newer, New: corrected, Agreeing: 1,
		AgreeingClaimants: 1, Claimant: "the Example health ministry", OldClaimant: "the Example health ministry", Correction: true})
	correction.Key = "sample/change/correction"
	failing := ev(model.EventSourceFailing, model.EventPayload{Source: "example-wire", Failures: 5,
		Error: "fetch https://example.org/wire/feed.xml: 503 Service Unavailable"})
	failing.Metric = ""
	recovered := ev(model.EventSourceRecovered, model.EventPayload{Source: "example-wire"})
	recovered.Metric = ""
	noText := ev(model.EventSourceNoText, model.EventPayload{Source: "example-wire", NoText: 3,
		NoTextURL: "https://example.org/wire/2024/03/28/ministry-update"})
	noText.Metric = ""
	textBack := ev(model.EventSourceTextBack, model.EventPayload{Source: "example-wire", NoText: 4})
	textBack.Metric = ""
	return []model.Event{
		ev(model.EventFirst, model.EventPayload{MetricName: name, New: old, Agreeing: 1, Claimant: "Health officials"}),
		ev(model.EventChange, model.EventPayload{MetricName: name, Old: old, New: newer, Agreeing: 2, AgreeingClaimants: 1,
			Claimant: "the Example health ministry", OldClaimant: "Health officials"}),
		ev(model.EventConflict, model.EventPayload{MetricName: name, Old: newer, New: lower, Conflict: model.ConflictClaimants,
			Claimant: "Example Relief Agency", OldClaimant: "the Example health ministry"}),
		ev(model.EventDecrease, model.EventPayload{MetricName: name, Old: newer, New: lower,
			Claimant: "Example Relief Agency", OldClaimant: "the Example health ministry"}),
		failing,
		recovered,
		noText,
		textBack,
		correction, // last: tests and threads read the kinds above by their place
	}
}

// SampleLabel names a sample event as `notify test` lists it: its kind,
// and a correction as such, since it is a change a template renders
// apart ("Example Daily corrected its figure: 33,091 → 33,019").
func SampleLabel(e model.Event) string {
	if e.Kind == model.EventChange && e.Payload.Correction {
		return string(e.Kind) + " (correction)"
	}
	return string(e.Kind)
}
