package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A place named as where the event struck is no part of its toll: "the
// number of people who lost their lives in the earthquakes centred in
// Kahramanmaras has risen to 43,556 in Türkiye and Syria". The participle
// that centres the event on the place ("centred in", "centered on",
// "epicentred near") hangs it on the event's noun ("earthquakes", "quake",
// "tremor"), not on the count: an exclude_near word there voids nothing,
// as one inside the subject's aside does. The toll's own place still
// rules it out ("has risen to 50,399 in Türkiye"), and so does a place
// that is no event's centre ("killed in Kahramanmaras province").

// centredPlace reports whether exclude_near hit h stands right after a
// participle that centres an event noun on it: the event noun (eventNoun,
// or "tremor", "tremors", "shock", "shocks"), perhaps its date's words
// after it, then "centred", "centered", "epicentred" or "epicentered" and
// "in", "on", "near" or "around", then h.
func centredPlace(d *figures.Document, h hit) bool {
	k := h.start - 2
	if k < 1 {
		return false
	}
	switch d.LowerTokenText(h.start - 1) {
	case "in", "on", "near", "around":
	default:
		return false
	}
	switch d.LowerTokenText(k) {
	case "centred", "centered", "epicentred", "epicentered":
	default:
		return false
	}
	switch w := d.LowerTokenText(k - 1); w {
	case "tremor", "tremors", "shock", "shocks":
		return true
	default:
		return eventNoun(w) && w != "population"
	}
}
