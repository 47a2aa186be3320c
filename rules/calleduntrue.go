package rules

// A claim passed from hand to hand may be told with a finite verb of
// saying and rejected by a remark after its figure rather than by the
// sentence's predicate: "A viral post claimed 200,000 had died, a figure
// officials called disinformation", "Rumours circulating in Antakya
// suggested 60,000 were dead, numbers the mayor dismissed as fabricated".
// The remark calls what was said untrue: a verb of calling ("called",
// "branded", "labelled", "dismissed as", "rejected as", "described as"),
// at most calledObjectWords words of its object, and a word of rejection
// or a noun that names an untruth ("disinformation", "a hoax"). Only a
// claim with no keeper (a post, a video, a rumour: hearsayNoun; a claim
// said to be going round, before or after its figure) is rejected so: a
// report or a party's claim one side calls false is a count disputed, and
// a disputed count is still the count (rejectedclaim.go).

// calledObjectWords is how many words may stand between the verb of
// calling and its word of rejection: "called the post fabricated",
// "dismissed it as fake", "described as a hoax".
const calledObjectWords = 3

// calledUntrue reports whether the verb of calling at token k goes on, past
// at most calledObjectWords words and no mark, to a word that says what it
// calls is untrue: "called disinformation", "labelled false", "dismissed
// as fabricated", "branded it a hoax", a passive's agent before its "as"
// too ("dismissed by officials as baseless").
func calledUntrue(word func(int) string, k int) bool {
	from := k + 1
	// A passive's agent before its "as": "was dismissed by UN officials
	// as baseless".
	if word(from) == "by" {
		for p := from + 1; p <= from+1+calledObjectWords; p++ {
			if w := word(p); w == "as" {
				from = p
				break
			} else if w == "" || w == "," || w == ";" || w == ":" || w == "." || isDash(w) {
				return false
			}
		}
	}
	for p := from; p <= from+calledObjectWords; p++ {
		w := word(p)
		if rejectionWord(w) || untrueNoun(w) {
			return true
		}
		if w == "" || w == "," || w == ";" || w == ":" || w == "." || isDash(w) {
			return false
		}
	}
	return false
}

// callingVerb reports whether lower-cased w is a verb that names what its
// object is: "called", "branded", "labelled", "dismissed (as)", "rejected
// (as)".
func callingVerb(w string) bool {
	switch w {
	case "call", "calls", "called", "calling", "brand", "brands", "branded", "branding",
		"label", "labels", "labelled", "labeled", "labelling", "labeling",
		"dub", "dubs", "dubbed", "term", "terms", "termed",
		"dismiss", "dismisses", "dismissed", "dismissing",
		"reject", "rejects", "rejected", "rejecting",
		"describe", "describes", "described", "describing":
		return true
	}
	return false
}

// untrueNoun reports whether lower-cased w names an untruth: what a remark
// calls a claim it rejects ("disinformation", "a hoax", "fake news" has
// "fake", a rejection word).
func untrueNoun(w string) bool {
	switch w {
	case "disinformation", "misinformation", "fabrication", "hoax", "lie", "lies",
		"fiction", "falsehood", "falsehoods", "invention", "nonsense", "rumour-mongering":
		return true
	}
	return false
}

// hearsayNoun reports whether lower-cased w names a claim passed from hand
// to hand, with no keeper of a count behind it: a post, a video, a rumour.
func hearsayNoun(w string) bool {
	switch w {
	case "rumour", "rumours", "rumor", "rumors", "post", "posts", "tweet", "tweets",
		"video", "videos", "message", "messages", "clip", "clips", "meme", "memes":
		return true
	}
	return false
}
