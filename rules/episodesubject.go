package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// A total's figure may be the count of one episode of its event, told as
// the subject of the metric's own verb: "The RSF's capture of El Fasher in
// October displaced more than 100,000", "the December assault on Wad
// Madani uprooted some 250,000". The keyword stands right by the figure,
// nearer than the part's word in the subject, so exclude_near alone keeps
// the figure. What marks the episode is the subject's structure: an
// event's noun, with a part the metric rules out (an exclude_near word
// after a preposition: where the episode struck) or a month, not the one
// the event began in, that dates it. "The war in Sudan has displaced 12
// million" (no part, no month), "Israel's offensive has killed" (a word
// before the noun says whose act, not which part), "The 6 February
// earthquakes killed" (the start month) and "the war that began in April"
// (a relative clause, read no further) stay the whole's.

// episodeSubjectWords is how many words an episode's subject may hold.
const episodeSubjectWords = 10

// subjectEndBefore returns where the subject of a one-word lower-case
// keyword verb right before figure fi ends, before the verb and its
// auxiliaries ("the siege of Mariupol alone had killed 8,000"), or -1
// when no such verb stands there. episodeSubject and battleOfOtherPlace
// (placebattle.go) read the subject back from it.
func subjectEndBefore(d *figures.Document, s *figures.Sentence, hits []hit, fi int) int {
	fs, _ := d.FigureTokens(fi)
	verb := -1
	for _, h := range hits {
		if h.ref.role == roleKeyword && h.end == fs && h.end-h.start == 1 && isLowerWord(d.TokenText(h.start)) {
			verb = h.start
		}
	}
	if verb < 0 {
		return -1
	}
	end := verb
	for end-1 > s.TokStart && auxiliary(d.LowerTokenText(end-1)) {
		end--
	}
	return end
}

// episodeSubject reports whether figure fi is the object of a keyword verb
// right before it whose subject names one episode of the metric's event.
func (m *metric) episodeSubject(d *figures.Document, s *figures.Sentence, hits []hit, fi int) bool {
	end := subjectEndBefore(d, s, hits, fi)
	if end < 0 {
		return false
	}
	if end-1 > s.TokStart && strings.ToLower(d.TokenText(end-1)) == "alone" {
		end--
	}
	start := end
	for k := end - 1; k >= s.TokStart && k >= end-episodeSubjectWords; k-- {
		w := d.TokenText(k)
		if fj := figureIn(d, s, k); fj >= 0 && !dateKind(d.Figures[fj].Kind) {
			break
		}
		if !d.Tokens[k].IsWord() && w != "-" && !isApostrophe(w) {
			break
		}
		switch strings.ToLower(w) {
		case "that", "which", "who", "since", "from", "until":
			return false // a relative clause or a period, not an episode's name
		}
		start = k
	}
	if start == end || !article(strings.ToLower(d.TokenText(start))) && !named(d, start) && !monthName(strings.ToLower(d.TokenText(start))) {
		return false
	}
	event, marked := -1, false
	for k := start; k < end; k++ {
		w := strings.ToLower(d.TokenText(k))
		if event < 0 && isLowerWord(d.TokenText(k)) && (eventWord(w) || episodeNoun(w)) {
			event = k
		}
		// A month other than the one the metric's event began in dates
		// a later episode; the start month names the event itself ("The
		// 6 February earthquakes killed").
		if n := monthNumber(w); n > 0 && m.startMonth > 0 && n != m.startMonth && !isLowerWord(d.TokenText(k)) && (k > start || k > s.TokStart) {
			marked = true
		}
	}
	if event < 0 {
		return false
	}
	// The part is where the episode took place, after its noun and a
	// preposition ("capture of El Fasher", "offensive in Gezira"): an
	// exclude_near word before the noun says whose act it was ("Israel's
	// offensive has killed"), not which part it struck; one joined to
	// another ("the earthquake in Turkey and Syria") names the whole.
	for _, h := range hits {
		if h.ref.role == roleNear && h.start > event+1 && h.end <= end && episodePlacePreposition(strings.ToLower(d.TokenText(h.start-1))) && !joinedPlace(d, h) {
			marked = true
		}
	}
	return marked
}

// episodePlacePreposition reports whether w opens the place an episode struck.
func episodePlacePreposition(w string) bool {
	switch w {
	case "of", "in", "on", "at", "across", "around":
		return true
	}
	return false
}

// episodeNoun reports whether w names one act of a war that can be the
// subject of a count: a place's capture, fall or storming.
func episodeNoun(w string) bool {
	switch w {
	case "capture", "fall", "storming", "takeover", "seizure", "sack", "battle":
		return true
	}
	return false
}
