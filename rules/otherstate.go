package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// A figure may be in the metric's words and still count something else: a
// people the metric does not count ("60,000 Israelis remain displaced" for
// those displaced in Rafah), a state at another time than the metric's
// ("began the war with 24 battalions", "the 2,310 dead it reported in
// 2014", "before the full-scale invasion", "who fled earlier violence", "a
// city that once housed fewer than three lakh"), or one part of a whole a
// pronoun stands for ("Of those, about 6.8 million ...") or of one side
// ("the number killed on the Turkish side"). Each is read from the shape of
// the phrase, not from the sentence's words, so the next wording of the
// class reads the same.

// otherTime returns the token that places figure fi of sentence s at
// another time than the metric's, or -1:
//   - a start it is what something began with ("Hamas began the war with an
//     estimated 24 battalions", "entered the conflict with"): a state at
//     the start, not now; for a level, so is its reading "at the start
//     (beginning, outset) of the war" ("At the start of the war Israel
//     estimated that Hamas fielded 24 battalions");
//   - for a running total, "before the" war, invasion, conflict or quake
//     in its clause or in a phrase fronted before it ("In the eight years
//     of fighting in the Donbas before the full-scale invasion, ... the UN
//     counted about 3,400"): a period that ended when the metric's began.
//     (A level before an offensive, "Before the offensive, about 1.4
//     million were sheltering in Rafah", is a state of the metric's own
//     story, and stays);
//   - a year before the metric's since in the figure's own clause after it
//     ("the 2,310 dead it reported in 2014"), or a year or a date no
//     later than its start that "before", "until", "by" or "pre-" closes
//     a period with, in the figure's clause or fronted ("had killed 3,000
//     before 2022", "Until February 2022, ...": priorperiod.go);
//   - for a running total, a span of time said to lie before something
//     ("in the eight years before", "the preceding decade": spanBefore);
//   - an earlier event it is the count of ("some 400,000 who fled earlier
//     violence in Darfur", "displaced by previous wars", "uprooted in the
//     first war");
//   - "once", "formerly" or "previously" before the verb that sets it ("a
//     city that once housed fewer than three lakh");
//   - a decade or more ago ("A generation ago, ...": longAgo);
//   - for a running total, a time in the past that dates its clause ("by
//     the war's first anniversary", "A year ago": pastDated);
//   - an event its clause reports dated before since or called a prior
//     one ("The siege of Beirut in 1982 killed ...", "under the previous
//     memorandum": datedEvent), or an agreement called a later one
//     before a modal ("a successor memorandum will be worth":
//     laterInstrument).
//
// It reads of the metric only whether it is a running total and its
// since, and of the article only its date (the same for every figure), so
// docState.otherTime keeps its answer per figure for the metrics alike.
func otherTime(d *figures.Document, s *figures.Sentence, fi int, total bool, start StartDate, now articleMonth, marks sentenceMarks) int {
	since := start.Year
	// marks lets a sentence with no "ago", no event's noun or no word that
	// calls an agreement a later one pass over the readings that need one
	// (sentencemarks.go).
	if marks.ago {
		if k := longAgo(d, s, fi); k >= 0 {
			return k // "Two decades ago, the Darfur conflict displaced ..." (longago.go)
		}
	}
	// A mark passed, told in a clause of time, bounds today's count from
	// below whatever the clause's date ("once the dead topped 5,000 last
	// winter, ...": whenclause.go), so no reading of the past dates it.
	if total && !milestoneInTimeClause(d, s, fi) {
		if k := pastDated(d, s, fi); k >= 0 && !judgedReading(d, s, k) && !glossedReading(d, s, fi, k) && !anniversaryNow(d, s, fi, k, start, now) {
			return k // "A year ago the toll was 2,000" (pastdated.go)
		}
		if k := pastMilestone(d, s, fi, start, now); k >= 0 {
			return k // "A year after the invasion the tally stood at 8,006" (pastmilestone.go)
		}
	}
	// datedEvent answers with a prior word or a year or date before since
	// (priorIn): a sentence with neither cannot be answered.
	if marks.event && (marks.prior || since > 0 && marks.dated) {
		if k := datedEvent(d, s, fi, since); k >= 0 {
			return k // "The siege of Beirut in 1982 killed ..." (datedevent.go)
		}
	}
	if since > 0 && marks.dated {
		if k := relativeHostDated(d, s, fi, since); k >= 0 {
			return k // "Operation Cast Lead, in which ..., ended in January 2009" (datedevent.go)
		}
	}
	if since > 0 && marks.dated {
		if k := namedInYear(d, s, fi, since); k >= 0 {
			return k // "Izmit in 1999 killed more than 17,000" (placeinyear.go)
		}
	}
	if marks.later {
		if k := laterInstrument(d, s, fi); k >= 0 {
			return k // "a successor memorandum will be worth $4bn a year" (laterinstrument.go)
		}
	}
	fs, fe := d.FigureTokens(fi)
	// A level told under a fronted "Before the war" is the level then, as
	// one "at the start of the war" is, whatever figures stand between:
	// "Before the war Hamas had 24 battalions across Gaza, four of them in
	// Rafah" (fronted_before_level.yaml). A clause of its own that marks
	// itself current stays ("Before the war ...; now it holds"), and so
	// does one after a semicolon. Read before the walks' gate, which a
	// level's "before" does not open.
	if !total && marks.before {
		b := sentenceOpening(d, s)
		at := b // the word "before" stands for: "Prior to the war, ..."
		if d.LowerTokenText(b) == "prior" && b+1 < fs && d.LowerTokenText(b+1) == "to" {
			at = b + 1
		} else if d.LowerTokenText(b) != "before" {
			at = -1
		}
		if at >= 0 && b < fs && beforeTheWar(d, s, at, fs) && !ownClauseApart(d, s, b, fi, since) {
			return b
		}
	}
	// The walks below answer only at a word otherTimeWord names, a
	// running total's "before" or, with a since, an "in".
	if !marks.timeWord && !(total && marks.before) && since == 0 {
		return -1
	}
	commaPassed := false
	// Back from the figure, to the start of its clause (a semicolon, or the
	// sentence's start; a fronted phrase's comma does not end it).
	for k := fs - 1; k >= s.TokStart && k >= fs-25; k-- {
		w := d.LowerTokenText(k)
		if fj := figureIn(d, s, k); fj >= 0 {
			// "The eight years of fighting before 2022 had killed", a
			// fronted "Before February 2022, ...": the year the period
			// closes; any other figure's words are its own.
			b := closedBefore(d, s, fj, start)
			if b < 0 && total {
				b = openedBefore(d, s, fj, start) // "From 2014 to early 2022, ..."
			}
			if b >= 0 && (b == s.TokStart || figureIn(d, s, b-1) < 0) && (!commaPassed || !commaBetween(d, s.TokStart, b)) && !relativeDated(d, s, b, fs) {
				return b
			}
			if f := &d.Figures[fj]; total && (f.Kind.IsCalendar() || unitsEnd(d, firstTok(d, fj), sentenceWords(d, s)) > 0) {
				// A time says nothing of another count: the span it
				// closes may open further back ("From 2014 to early
				// 2022, ..."), and a number of units of time is a span
				// of its own, not a count ("Before the invasion, six
				// years of shelling had killed ...": before_span_figure.yaml).
				js, _ := d.FigureTokens(fj)
				k = js
				continue
			}
			break
		}
		if w == ";" {
			break
		}
		if w == "," {
			commaPassed = true
		}
		switch w {
		case "with":
			// "began the war with", "started the year with": a start
			// verb at most four words before "with".
			if fs-k <= 3 {
				for j := k - 1; j >= s.TokStart && j >= k-4; j-- {
					if (startVerb(strings.ToLower(d.TokenText(j))) || strings.EqualFold(d.TokenText(j), "entered")) && !discourseStart(d, s, j) && !startNoun(d, s, j) {
						return j // not "must start with": discoursestart.go
					}
				}
			}
		case "before":
			// Not the date of another figure right before it ("from
			// 420,000 before the war to 900,000"), nor in an aside: in the
			// figure's clause, or in a phrase that fronts the sentence.
			if total && startEventAfter(d, s, k) && (k == s.TokStart || figureIn(d, s, k-1) < 0) && (!commaPassed || !commaBetween(d, s.TokStart, k)) && !relativeDated(d, s, k, fs) {
				return k // not in a relative clause that closes before the figure: relativedated.go
			}
		case "start", "beginning", "outset":
			// A level read "at the start of the war", fronted or in the
			// figure's clause, is its state then, as what the war began
			// with is: "At the start of the war Israel estimated that
			// Hamas fielded 24 battalions". A running total's reading
			// then is pastDated's.
			// Not inside a fronted "Of the 24 battalions Hamas had at the
			// start of the war," whose part the figure is (wholedated.go).
			if !total && k >= s.TokStart+2 && d.LowerTokenText(k-1) == "the" && d.LowerTokenText(k-2) == "at" && startEventAfter(d, s, k+1) && d.LowerTokenText(k+1) == "of" && !spellOwnsAfter(d, s, k+1) &&
				(!commaPassed || !commaBetween(d, s.TokStart, k-2)) && !frontedWholeDated(d, s, k, fs) {
				return k - 2
			}
		case "ahead", "eve", "run", "lead":
			// "Ahead of the war, ...", "In the run-up to April's war"
			// (beforeowned.go), fronted or in the figure's clause, as
			// "before" is.
			if b := beforePhrase(d, s, k); total && b >= 0 && (b == s.TokStart || figureIn(d, s, b-1) < 0) && (!commaPassed || !commaBetween(d, s.TokStart, b)) {
				return b
			}
		case "once", "formerly", "previously", "originally":
			// An adverb of the past right before the verb that sets the
			// figure: "that once housed fewer than three lakh". A "once"
			// before a determiner opens a clause of time on its subject,
			// the conjunction: "Once the combined toll passed 40,000,
			// ..." tells when the mark fell (once_opens_clause.yaml).
			if fs-k <= 4 && k+1 < fs && isLowerWord(d.TokenText(k+1)) && !(w == "once" && onceOpensClause(d, k, fs)) && !standingReport(d, s, k) {
				return k
			}
			// Or right before the figure in an apposition, or after a
			// form of "be", with no verb at all: "Economic aid to
			// Israel, once $1.2 billion a year, ended", "was once
			// 280,000" (former_level.yaml).
			if k+1 == fs && k > s.TokStart && (d.TokenText(k-1) == "," || beForm(d.LowerTokenText(k-1))) {
				return k
			}
		}
	}
	// Forward, in the figure's own clause, to its first comma.
	for k := fe; k < s.TokEnd && k < fe+12; k++ {
		w := d.LowerTokenText(k)
		if w == "," && marks.timeWord {
			if j := asideThenWhen(d, s, fe, k); j >= 0 {
				return j // "had already been uprooted, largely in the west, when the fighting started"
			}
		}
		if w == "," || w == ";" || w == ":" || w == "—" || w == "(" {
			break
		}
		if fj := figureIn(d, s, k); fj >= 0 && d.Figures[fj].Kind != figures.Year {
			if b := closedBefore(d, s, fj, start); b >= fe {
				return b // "had died in the Donbas by early 2022", "until February 2022"
			}
			break // past another figure, the words are its ("to 1.3 million from 280,000 before the war")
		}
		if fj := figureIn(d, s, k); fj >= 0 {
			if b := closedBefore(d, s, fj, start); b >= fe {
				return b // "the 3,400 killed before 2022"
			}
			if b := openedBefore(d, s, fj, start); total && b >= fe {
				return b // "killed between 2014 and the full-scale invasion"
			}
		}
		if (w == "that" || w == "which") && relativeActAt(d, s, k, s.TokEnd) {
			break // "an amnesty that he signed in 2018" dates his act (otheract.go)
		}
		switch w {
		case "in":
			if since == 0 || k+1 >= s.TokEnd || participleDatesNoun(d, s, k) {
				continue // "an amnesty granted in 2018" dates the amnesty (participledates.go)
			}
			if fj := figureIn(d, s, k+1); fj >= 0 && d.Figures[fj].Kind == figures.Year && d.Figures[fj].Value < float64(since) {
				return k // "the 2,310 dead it reported in 2014"
			}
		case "earlier", "previous", "past", "prior", "former":
			if k+1 < s.TokEnd && spellNoun(d.LowerTokenText(k+1)) {
				return k // "who fled earlier violence in Darfur"
			}
		case "first":
			if firstWar(d, s, k) {
				return k // "2.5 million uprooted in the first war" (firstwar.go)
			}
		case "when":
			if whenEventStarted(d, s, fe, k) {
				return k // "fielded 24 battalions when the war began" (whenclause.go)
			}
		case "start", "beginning", "outset":
			// A level read "at the outset" after it, or "at the start of
			// the war": its state then, as when fronted (above). Bare, the
			// phrase is the story's own start; with "of" it must name the
			// war, not a month or a span inside it.
			if !total && k-2 >= fe && d.LowerTokenText(k-1) == "the" && d.LowerTokenText(k-2) == "at" &&
				(k+1 >= s.TokEnd || d.LowerTokenText(k+1) != "of" || startEventAfter(d, s, k+1) && !spellOwnsAfter(d, s, k+1)) {
				return k - 2
			}
		case "before":
			if total && startEventAfter(d, s, k) {
				return k
			}
		case "ahead", "eve", "run", "lead":
			if total {
				if b := beforePhrase(d, s, k); b >= 0 {
					return b // "displaced on the eve of the war"
				}
			}
		}
	}
	if total {
		if k := spanBefore(d, s, fi); k >= 0 {
			return k // "killed in the eight years before" (priorperiod.go)
		}
	}
	return -1
}

// otherTimeWord reports whether lower-cased w is a word at which
// otherTime's walks from a figure answer for any metric: a start
// ("with", a level's "at the start of the war"), an adverb of the past, a word that calls a spell of violence
// an earlier one, "first", or the head of a phrase that means "before"
// ("ahead of", "the eve of", "run-up to": beforeowned.go) (a running
// total's "before" and, with a since, "in" are the others). A sentence with none passes the walks over
// (sentenceMarks' timeWord).
func otherTimeWord(w string) bool {
	switch w {
	case "with", "once", "formerly", "previously", "originally", "earlier", "previous", "past", "prior", "former", "first", "start", "beginning", "outset", "when",
		"ahead", "eve", "run", "lead":
		return true
	}
	return false
}

// pronounWhole reports whether sentence s opens with a whole a pronoun
// stands for ("Of those, about 6.8 million are displaced inside the
// country", "Of them, ...", "Among these, ...", "Of that number, ..."), and
// figure fi comes after its comma: the figure is a part of a whole the
// sentence before named, not the total.
func pronounWhole(d *figures.Document, s *figures.Sentence, fi int) bool {
	fs, _ := d.FigureTokens(fi)
	comma := openingComma(d, s, fs)
	if comma < 0 || comma-s.TokStart > 3 {
		return false
	}
	switch d.LowerTokenText(s.TokStart + 1) {
	case "those", "these", "them", "that", "this":
		return true
	}
	return false
}

// commaBetween reports whether a comma stands among tokens [from, to).
func commaBetween(d *figures.Document, from, to int) bool {
	for k := from; k < to; k++ {
		if d.TokenText(k) == "," {
			return true
		}
	}
	return false
}

// onceOpensClause reports whether "once" at token k is the conjunction
// that opens a clause of time on a subject, the clause's verb setting the
// figure at token fs: a determiner after it, then a verb that sets a count
// before the figure or opening it ("Once the toll passed 40,000", the
// figure "passed 40,000" a mark passed). A determiner and a
// noun with no such verb are a noun phrase the adverb of the past puts in
// the past, a level of old ("Rafah, once a haven for 1.4 million displaced
// Palestinians", "once the home of 500,000"; once_opens_clause.yaml,
// review34a).
func onceOpensClause(d *figures.Document, k, fs int) bool {
	if !determiner(d.LowerTokenText(k + 1)) {
		return false
	}
	for t := k + 2; t <= fs; t++ {
		if countSettingVerb(d.LowerTokenText(t)) {
			return true
		}
	}
	return false
}

// standingReport reports whether the adverb of the past at token k stands
// between a present perfect's "has" or "have" and a verb by which a keeper
// gives a figure ("which the army has previously put at five", "have
// originally estimated"): the keeper gave the figure before and it still
// stands, no state of another time. "had previously put" is another time.
func standingReport(d *figures.Document, s *figures.Sentence, k int) bool {
	return k-1 > s.TokStart && k+1 < s.TokEnd && perfectAux(d.LowerTokenText(k-1)) && givingVerb(d.LowerTokenText(k+1))
}
