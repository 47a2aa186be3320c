package claimant

import "strings"

// The span of a speaking verb's subject: where a body's name begins and
// ends when a place, an apposition or an of-phrase stands beside it.

// closesAppositive reports whether the comma at j, just before a verb,
// closes an apposition after the verb's subject ("Turkey's disaster
// management agency, AFAD, said"): an opening comma a few tokens before,
// a short phrase with no verb or figure between, and a noun before it.
// The verb is then not inverted ("..., said the ministry").
func (v *view) closesAppositive(j, lo int) bool {
	return v.isOne(j, wComma) && (v.closesName(j, lo) || v.closesDescription(j, lo))
}

// closesName: the apposition is a name after a description.
func (v *view) closesName(j, lo int) bool {
	for k := j - 1; k >= lo && k >= j-5; k-- {
		if v.isOne(k, wComma) {
			if k == j-1 || k-1 < lo || !v.toks[k-1].word || v.toks[k-1].has(cClause|cBetween|cPreposition) {
				return false
			}
			return v.toks[k+1].capital && !v.sentenceWord(k+1)
		}
		t := &v.toks[k]
		if !t.word || t.fig || t.num || !t.capital && (v.isVerbLike(k) || t.has(cClause)) {
			return false
		}
	}
	return false
}

// closesDescription reports whether the comma at j closes a description
// set after a name that opens its clause ("The White Helmets, the rescue
// group operating in northwest Syria, said"; "AFAD, Turkey's disaster and
// emergency agency, said"; "In Idlib, the White Helmets, the rescue
// service that works there, said"): the description opens with a
// determiner or a possessive, holds a lower-case word and no figure, and
// the name before its opening comma starts the clause, a frame's comma or
// a dateline's dash. An inverted "..., said X" follows a clause, which is
// no name.
func (v *view) closesDescription(j, lo int) bool {
	k := j - 1
	for k >= lo && j-k <= maxPhrase && !v.boundary(k) {
		if v.toks[k].fig || v.toks[k].num {
			return false
		}
		k--
	}
	if k < lo || j-k > maxPhrase || !v.isOne(k, wComma) || k+2 >= j {
		return false
	}
	d := &v.toks[k+1]
	possessive := d.capital && d.word && v.isOne(k+2, wApostrophe)
	if !possessive && !(d.has(cDeterminer) && d.word && !v.is(k+1, wThis, wThat, wThese, wThose)) {
		return false
	}
	lower := false
	for m := k + 2; m < j; m++ {
		lower = lower || v.toks[m].word && !v.toks[m].capital
	}
	head := v.npBefore(k, lo)
	if !lower || head >= k || !v.named(head, k) {
		return false
	}
	return head == lo || v.isOne(head-1, wComma) || head == v.skipDateline(lo)
}

// ofTheInName reports whether the determiner at i joins the parts of one
// name after "of" or "for" ("the International Committee of the Red Cross",
// "The Institute for the Study of War"): a
// capitalised word, not the sentence's first, before "of", and capitals
// after it to the phrase's end.
func (v *view) ofTheInName(i, lo, end int) bool {
	if i-2 < lo || !v.is(i-1, wOf, wFor) || !v.toks[i-2].word {
		return false
	}
	// "The interior ministry of the eastern-based administration": a
	// body of another body, or of a government ("of the eastern-based
	// government").
	// "the office of the Armenian prime minister": a body of an
	// office-holder, named by the office after it.
	if p := &v.toks[i-2]; !p.capital && p.has(cBody) {
		return i+1 < end && (v.toks[end-1].has(cBody) || v.toks[end-1].has(cGovernment) || v.toks[end-1].has(cOfficeNoun) && !v.toks[end-1].capital)
	}
	if !v.toks[i-2].capital || v.sentenceWord(i-2) {
		return false
	}
	return i+1 < end && v.allCapitalised(i+1, end)
}

// stateNoun reports whether "state" at i names a place after its name ("in
// River Nile state said"), or is the noun after "of" ("the secretary of
// state reported"), not a verb.
func (v *view) stateNoun(i int) bool {
	return v.isOne(i, wState) && i > 0 && (v.toks[i-1].capital && v.toks[i-1].word || v.isOne(i-1, wOf))
}

// nameInPlace reports whether "in" at i places a body's capitalised name
// before it ("The Red Crescent in eastern Libya", "the Sudanese Red
// Crescent in North Darfur"): lower-case words of direction may open the
// place, a capitalised word ends the phrase.
func (v *view) nameInPlace(i, lo, end int) bool {
	if !v.isOne(i, wIn) || i-1 < lo || !v.toks[i-1].word || v.sentenceWord(i-1) || !v.toks[end-1].capital {
		return false
	}
	// "the Al-Quds hospital in Tal al-Hawa": a lower-case kind closing a name.
	if !v.toks[i-1].capital && !(i-2 >= lo && v.toks[i-1].has(cInstitution) && v.toks[i-2].capital) {
		return false
	}
	for k := i + 1; k < end-1; k++ {
		if v.nameStart(k) {
			continue // "in el-Obeid"
		}
		if t := &v.toks[k]; !t.word && !(v.isOne(k, wDash) && !t.space) || !t.capital && (t.inLexicon() || v.isVerbLike(k)) {
			return false
		}
	}
	return true
}

// expertPosts are the posts of a body's own experts, who give its
// forecasts and estimates: "chief economist at Carpathia Bank", "senior
// analyst at Baltic Ratings" speak for the bank or firm (convention 8, as
// a director does), where a scholar at a university speaks for herself.
var expertPosts = set("economist analyst strategist")

// leadPost reports whether "lead" at token k, after the field it leads
// in lower case and before "at", "of" or "for", is a post: "research lead
// at X", "policy lead for X", "data lead of X" hold a post in the body as
// a director does (convention 1). "lead" alone ("the lead at X") or as a
// verb ("to lead at") is none.
func (v *view) leadPost(a, k int) bool {
	if k <= a || !v.isOne(k, wLead) || v.toks[k].capital || !v.is(k+1, wAt, wOf, wFor) {
		return false
	}
	p := &v.toks[k-1]
	return p.word && !p.capital && !p.has(cDeterminer|cPreposition|cPronoun) && !v.is(k-1, wTo)
}

// universityIn reports whether tokens [a, b) name a university or a
// college.
func (v *view) universityIn(a, b int) bool {
	for k := a; k < b; k++ {
		if t := &v.toks[k]; t.word && (t.low == "university" || t.low == "college") {
			return true
		}
	}
	return false
}

// postOfNamed reads an apposition "director of Al-Aqsa hospital", "the
// head of the Sudanese Red Crescent" in tokens [a, b): a post, "of" and a
// phrase naming a body (a capital in it); the body.
func (v *view) postOfNamed(a, b int) (int, int, bool) {
	k := a
	if v.isOne(k, wThe) {
		k++
	}
	for k < b && k <= a+3 && v.toks[k].word && !v.toks[k].capital && !v.toks[k].post() && !expertPostIDs.has(&v.toks[k].spelling) && v.toks[k].low != "president" && !v.leadPost(a, k) {
		k++ // "deputy", "medical"
	}
	// ("vice-president": the rank and its hyphen before the office.)
	if k > a && k+1 < b && v.isOne(k, wDash) && v.toks[k-1].low == "vice" && v.toks[k+1].low == "president" {
		k++
	}
	// "chief economist at Carpathia Bank": a rank before an expert's post.
	if k+2 < b && v.toks[k].post() && !v.toks[k].capital && expertPostIDs.has(&v.toks[k+1].spelling) && v.isOne(k+2, wAt) {
		k++
	}
	// "chief executive of", "director general of": a post of two words.
	compound := v.compoundPost(k, b)
	if compound {
		k++
	}
	// "country director for MSF": a post "for" a named body is its post
	// as one "of" it is; "director for Africa" holds it for a place.
	forBody := v.isOne(k+1, wFor)
	// "a spokesman at al-Aqsa Martyrs hospital in Deir al-Balah": see
	// postat.go.
	expert := k < b && expertPostIDs.has(&v.toks[k].spelling)
	// "research lead at the Mara Road Safety Network": a field's lead.
	lead := k < b && v.leadPost(a, k)
	atBody := v.isOne(k+1, wAt) && (v.toks[k].cls&(cStaff|cPost) != 0 || expert || lead)
	// "president of the Palestine Red Crescent Society", "vice-president
	// of the Royal College of Nursing": a president of a body named by its
	// kind speaks for it as its head does (bodypresident.go; claimrec34).
	// "president of Ukraine" holds a country's office.
	president := k < b && v.toks[k].low == "president" && v.isOne(k+1, wOf) && v.presidentOfBody(k+2, b)
	if k+2 >= b || !v.toks[k].post() && !compound && !expert && !president && !lead || v.toks[k].capital || !v.isOne(k+1, wOf) && !forBody && !atBody {
		return 0, 0, false
	}
	x := k + 2
	if atBody {
		// ("an economist at Griffith University": a scholar speaks for
		// herself, apposition.go scholarVoice.)
		if expert && v.universityIn(x, b) {
			return 0, 0, false
		}
		return v.postAtNamed(x, b)
	}
	if expert {
		return 0, 0, false
	}
	if forBody {
		n := x
		if v.isOne(n, wThe) {
			n++
		}
		if n >= b || !v.toks[n].capital || v.placeName(n, b) || v.knownRegion(n, b) || !v.allCapitalised(n, b) {
			return 0, 0, false
		}
	}
	for m := x; m < b; m++ {
		if t := &v.toks[m]; !t.word && !v.is(m, wDash, wApostrophe, wAmpersand) || t.has(cClause) || v.isVerbLike(m) {
			return 0, 0, false
		}
	}
	// "head of the emergency department at Al-Aqsa Martyrs Hospital": a
	// unit's post speaks for the named body, its place cut.
	if p, q, ok := v.unitAt(x, b); ok {
		return p, v.namePlace(p, q), true
	}
	return x, b, v.anyCapital(x, b)
}

// nameAfterCounted returns where the capitalised name closing tokens [s,
// e) opens, when lower-case words come before it: in "127,000 measles
// cases Europe recorded" the words after the figure are what it counts,
// and "Europe" is the subject. s when there is no such name.
func (v *view) nameAfterCounted(s, e int) int {
	k := e
	for k > s && v.toks[k-1].word && v.toks[k-1].capital && !v.toks[k-1].has(cDeterminer) {
		k--
	}
	// ("one mother in Rafah": a place after a preposition is where the
	// counted are, and in their phrase.)
	if p := &v.toks[k-1]; k == e || k == s || p.capital || !p.word || p.has(cPreposition|cLink|cDeterminer|cClause|cBetween) {
		return s
	}
	return k
}

// afterContactHead returns where the subject of a contact clause opens in
// tokens [s, e) read as one phrase before a verb, when "a" or "an" and one
// noun open it and a plural closes it ("a sum aid agencies", "a figure
// rights groups"): "a" never heads a plural, so the plural opens the
// clause's own subject. s otherwise ("a few officials", "a UN official").
func (v *view) afterContactHead(s, e int) int {
	if e-s < 3 || !v.is(s, wA, wAn) {
		return s
	}
	h, last := &v.toks[s+1], &v.toks[e-1]
	if !h.word || h.capital || h.inLexicon() || h.has(cQuantifier) || counting[h.low] || v.isVerbLike(s+1) {
		return s
	}
	if !last.word || last.capital || !pluralForm(last.low) {
		return s
	}
	for k := s + 2; k < e; k++ {
		if t := &v.toks[k]; !t.word || t.has(cLink|cDeterminer) {
			return s
		}
	}
	return s + 2
}

// pluralForm reports whether w looks like a regular plural ("agencies",
// "unions"), not "crisis", "status" or "press".
func pluralForm(w string) bool {
	return len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is") && w != "news"
}

// counting are nouns "a" opens before a plural they count: "a dozen
// officials", "a hundred doctors".
var counting = set("few dozen couple handful hundred thousand million score great good")

// adjectiveAfter reports whether the -ed form at i, after a preposition and
// before a noun, describes it: "the number of confirmed dead", "in
// reported strikes".
func (v *view) adjectiveAfter(i int) bool {
	if i+1 >= len(v.toks) || !v.toks[i-1].has(cPreposition) && !v.isOne(i-1, wOf) || v.isOne(i-1, wBy) || !strings.HasSuffix(v.toks[i].low, "ed") {
		return false
	}
	n := &v.toks[i+1]
	return n.word && !n.capital && !n.has(cDeterminer|cPreposition|cClause|cPronoun|cBetween)
}

// knownAs reads a name given after a phrase ending at e: "the rescue group
// known as the White Helmets", "a militia called the Rapid Support
// Forces". It returns the name's bounds.
func (v *view) knownAs(e int) (int, int, bool) {
	if e < 1 || e+1 >= len(v.toks) {
		return 0, 0, false
	}
	n := e
	switch {
	case v.isOne(e-1, wKnown) && v.isOne(e, wAs):
		n = e + 1
	case v.is(e-1, wKnown, wCalled) && v.toks[e].capital, v.is(e, wKnown, wCalled) && v.isOne(e+1, wAs):
		if v.is(e, wKnown, wCalled) {
			n = e + 2
		}
	case v.isOne(e, wComma) && v.isOne(e+1, wKnown) && v.isOne(e+2, wAs):
		// "the Chadian government's refugee commission, known as CNARR":
		// the name after the comma too.
		n = e + 3
	case v.namedAfterKind(e):
		// "Turkey's disaster agency, AFAD.": see namedafterkind.go.
		return e + 1, v.nameCloses(e + 1), true
	default:
		return 0, 0, false
	}
	if n < len(v.toks) && v.toks[n].has(cDeterminer) {
		n++
	}
	b := n
	for b < len(v.toks) && (v.toks[b].word && v.toks[b].capital || b > n && b+1 < len(v.toks) && v.toks[b].has(cLink) && v.toks[b+1].capital) {
		b++
	}
	if b == n {
		return 0, 0, false
	}
	return n, b, true
}

// ownBodyTells finds, when the chosen attribution atts[best] has a bare
// name for its subject ("Uganda has confirmed 14 cases"), a verb ending
// the sentence whose source is that name's own body ("..., Uganda's
// Ministry of Health said"): the body says what its country did, and is
// who claims the figure.
func (v *view) ownBodyTells(atts []attr, best, ft int) (int, bool) {
	in := atts[best]
	if in.kind != kVerb || in.back || in.anchor > ft || in.srcEnd-in.src != 1 || !v.toks[in.src].capital {
		return 0, false
	}
	for k, a := range atts {
		if k == best || a.kind != kVerb || !a.back || a.anchor < ft {
			continue
		}
		// "Turkey has reported 41,020 deaths, its disaster agency said":
		// the body or the post a pronoun owns, when the name is a place
		// (placeownedteller.go).
		if (v.ownedBody(a) || v.pronounPost(a)) && v.wholePlace(in.src, in.srcEnd) {
			if _, ok := v.covers(a, ft); ok {
				return k, true
			}
		}
		if a.srcEnd-a.src < 4 {
			continue
		}
		s := a.src
		if v.isOne(s, wThe) {
			s++
		}
		if v.toks[s].low == v.toks[in.src].low && v.toks[s].poss {
			if _, ok := v.covers(a, ft); ok {
				return k, true
			}
		}
	}
	return 0, false
}

// findingsPhraseOpens reports whether the owned findings of a, its owner
// before its findings noun, stand in a phrase of "in" or "by" that opens
// the sentence past a live blog's stamp: "In ACLED's dataset", "By the
// Meridian's count".
func (v *view) findingsPhraseOpens(a attr) bool {
	p := a.src - 1
	if p >= 0 && v.isOne(p, wThe) {
		p--
	}
	return p >= 0 && p == v.pastStamp(0) && v.is(p, wIn, wBy)
}
