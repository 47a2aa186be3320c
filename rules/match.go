package rules

import (
	"strings"
	"unicode/utf8"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// findHits looks up each word of the sentence in the phrase index: as
// written, by its stem, and by its prefixes. A word is looked up (and
// stemmed) once per engine (wordLookup), and only when its first letters could
// start an indexed word.
func (e *Engine) findHits(st *docState, s *figures.Sentence, hits []hit) []hit {
	d := st.d
	var buf [64]byte
	titleCase := unknownCase
	var last formMatch
	for ti := s.TokStart; ti < s.TokEnd; ti++ {
		if ti = e.starts.nextWord(d.Tokens, d.Text, ti, s.TokEnd); ti >= s.TokEnd {
			break
		}
		t := d.Tokens[ti]
		raw := d.Text[t.Start:t.End]
		refs, none := st.words.of(lowerInto(&buf, raw))
		if none {
			continue // (tokenStem finds its stem when a phrase asks)
		}
		last.reset()
		for _, ref := range refs.exact {
			if ref.role == rolePattern {
				hits = append(hits, hit{ref: ref, start: ti, end: ti + 1})
				continue
			}
			// A lower-case exclude word written in a name is the name's:
			// "Save the Children: with upwards of 43,000 people now killed"
			// counts no children.
			ph := e.phraseOf(ref)
			nameSkips := (ref.role == roleNear || ref.role == roleExclude) && !ph.named
			if start, end, ok := last.match(st, s, ti, ph, nameSkips, &titleCase); ok {
				hits = append(hits, hit{ref: ref, start: start, end: end})
			}
		}
		if len(e.byStem) > 0 {
			st.knownStem(s, ti, refs.stem)
			last.reset()
			for _, ref := range refs.stemmed {
				// "International" in a name is not "internally".
				ph := e.phraseOf(ref)
				if start, end, ok := last.match(st, s, ti, ph, !ph.named, &titleCase); ok {
					hits = append(hits, hit{ref: ref, start: start, end: end})
				}
			}
		}
		for _, ref := range refs.prefixed {
			hits = append(hits, hit{ref: ref, start: ti, end: ti + 1})
		}
	}
	return hits
}

// forOnesLife reports whether token ti is "lives" or "life" after "for"
// and an owner: "forced to run for their lives", "fled for his life" say
// how people fled, and count no dead.
func forOnesLife(d *figures.Document, s *figures.Sentence, ti int) bool {
	// The first letter first (only an ASCII l folds to one): most tokens
	// a phrase matches at are neither word.
	if w := d.TokenText(ti); w == "" || w[0]|0x20 != 'l' || !strings.EqualFold(w, "lives") && !strings.EqualFold(w, "life") || ti-2 < s.TokStart {
		return false
	}
	word := sentenceWords(d, s)
	if word(ti-2) != "for" {
		return false
	}
	switch word(ti - 1) {
	case "their", "his", "her", "our", "my", "your", "its", "dear":
		return true
	}
	return false
}

func (e *Engine) phraseOf(ref phraseRef) *phrase {
	return &e.metrics[ref.metric].phrases(ref.role)[ref.index]
}

// matchPhrase checks the words after the first of a phrase whose first
// word the index found at token ti, skipping symbols (hyphens,
// apostrophes) between them. It returns the token after the phrase, or
// after its first word when a count stands as the object between its
// words (splitobject.go).
func matchPhrase(st *docState, s *figures.Sentence, ti int, ph *phrase) (int, bool) {
	d := st.d
	k := ti + 1
	split := false // a count stands between the first word and the rest
	for wi := 1; wi < len(ph.keys); wi++ {
		for k < s.TokEnd && d.Tokens[k].IsSymbol() {
			k++
		}
		// A possessive 's after the previous word: "Turkey's and Syria's".
		if ph.keys[wi] != "s" && k > ti+1 && k+1 < s.TokEnd && d.Tokens[k-1].IsSymbol() && strings.EqualFold(d.Text[d.Tokens[k].Start:d.Tokens[k].End], "s") && !d.Tokens[k+1].IsSymbol() {
			k++
		}
		if ph.keys[wi] == "s" && wi+1 < len(ph.keys) && relativeOwner(d, s, k) {
			// "the ministry, whose overall tally" is "the ministry's
			// tally": the owned word follows "whose" within three words.
			end := matchAfterWhose(st, s, k+1, ph.keys[wi+1])
			if end < 0 {
				return 0, false
			}
			k, wi = end, wi+1
			continue
		}
		if ph.keys[wi] == "s" && wi+1 < len(ph.keys) && k < s.TokEnd && !strings.EqualFold(d.TokenText(k), "s") {
			// "the health ministry cannot be trusted, yet officers use its
			// count" is the ministry's count: "its" later in the sentence
			// points back to the owner.
			end := matchAfterIts(st, s, k, ph.keys[wi+1])
			if end < 0 {
				return 0, false
			}
			k, wi = end, wi+1
			continue
		}
		// "the ministry's own figure", "the ministry's overall count", "the
		// ministry's most recent tally" are the ministry's figure, count and
		// tally (ownermodifier.go).
		// So is a word of the metric's own: "the UN's civilian count"
		// (ownermetricword.go).
		for n := 0; n < 2 && wi > 1 && ph.keys[wi-1] == "s" && k+1 < s.TokEnd && !d.Tokens[k].IsSymbol() &&
			(ownerModifier(d.LowerTokenText(k)) || ownWordAt(st, s, k, ph)) && d.LowerTokenText(k) != ph.words[wi]; n++ {
			k++
		}
		if k >= s.TokEnd {
			return 0, false
		}
		if wi == 1 && !split && objectParticle(ph.words[1]) && !keyAt(st, s, k, ph, wi) {
			// "forced 10 million people to leave" (splitobject.go).
			if j := countObjectEnd(st, s, k, ph); j >= 0 {
				k, split = j, true
			}
		}
		if !keyAt(st, s, k, ph, wi) {
			if wi != 1 || !demonstrativeName(d, s, k, ph) || !keyAt(st, s, k+1, ph, wi) {
				return 0, false
			}
			k++ // "in that Rafah" is "in Rafah" (demonstrative_name.yaml)
		}
		k++
	}
	if split {
		return ti + 1, true
	}
	return k, true
}

// keyAt reports whether token k of sentence s is word wi of phrase ph: in
// any form, as written for an exact phrase, or as a prefix for the last
// word of a phrase ending in *.
func keyAt(st *docState, s *figures.Sentence, k int, ph *phrase, wi int) bool {
	if k >= s.TokEnd {
		return false
	}
	var buf [64]byte
	t := st.d.Tokens[k]
	got := st.d.Text[t.Start:t.End]
	key := ph.keys[wi]
	switch {
	case ph.prefix && wi == len(ph.keys)-1:
		return hasPrefixLower(got, key)
	case ph.exact:
		return len(got) == len(key) && hasPrefixLower(got, key)
	default:
		return st.tokenStem(s, k, lowerInto(&buf, got)) == key
	}
}

// inScope checks the metric's scope words in the sentence or the article.
func (e *Engine) inScope(st *docState, s *figures.Sentence, mi int) bool {
	m := e.metrics[mi]
	if m.spec.ScopeIn == "sentence" {
		text := st.lowerText()
		if st.containsAnyPhrase(text[s.Start:s.End], m.scope) {
			return true
		}
		si := st.d.SentenceAt(s.Start)
		q := questionBeforeAt(st.d, si)
		if q != nil && st.containsAnyPhrase(text[q.Start:q.End], m.scope) {
			return true
		}
		// The counter the description names counts the scope's kind, in a
		// text that names the kind: "Why is the UN figure lower? ... about
		// 11,000 so far" (describedcountscope.go).
		if m.scopeIsKind() && (m.namesDescribedCount(st.d, s) || q != nil && m.namesDescribedCount(st.d, q)) && st.namedOutside(s, m.scope) {
			return true
		}
		// A spoken topic fragment names what the answer after it is about:
		// "Rafah, then. More than a million ... sheltering there" (spokentopic.go).
		if t := topicBeforeAt(st.d, si); t != nil && st.containsAnyPhrase(text[t.Start:t.End], m.scope) {
			return true
		}
		// A subject that points back to the count the sentence before
		// names takes that sentence's scope: "... a verified count of
		// civilians killed. In its latest update that number was 12,456"
		// (thatcount.go).
		if b, ok := pointsBack(st.d, si); ok && st.containsAnyPhrase(text[b.Start:b.End], m.scope) {
			return true
		}
		// A fronted figure is named by the sentence that restates it:
		// "Four battalions. That's what the army says Hamas still has in
		// Rafah" (fronted.go).
		nx := restatingAfter(st.d, si)
		if nx != nil && st.containsAnyPhrase(text[nx.Start:nx.End], m.scope) {
			return true
		}
		// An opening "It" or a "there" names the place the sentence before
		// opens on or names last: "Rafah is the last refuge. It is home
		// to ..." (placeback.go). A scope of a kind ("civilian") names no
		// place.
		if from, to, ok := antecedentPlace(st.d, si); ok && m.scopeIsName() && st.containsAnyPhrase(text[from:to], m.scope) {
			return true
		}
		// "an offensive into a city holding well over a million" in a
		// story about Rafah (coref.go), or about Gaza, the region that
		// holds it (regioncity.go).
		if st.articleCity(s, m.scope) || len(m.scopeRegions) > 0 && st.regionCity(s, m.scopeRegions) {
			return true
		}
		// "... near Rafah. The border city, home to ...": a described
		// noun taking up the one place the sentence before or the title
		// names (backcity.go).
		return m.scopeIsName() && st.backCity(si, m.scope) >= 0
	}
	v, ok := st.scoped[mi]
	if !ok {
		v = st.containsAnyPhrase(st.lowerText(), m.scope) ||
			st.article != "" && st.containsAnyPhrase(st.article, m.scope)
		st.scoped[mi] = v
	}
	// A story about Rafah is about Gaza (scopeinner.go).
	return v || len(m.scopeInner) > 0 && st.innerScope(s, mi, m.scopeInner)
}

// containsAnyPhrase reports whether text (lower-cased) holds one of the
// phrases as whole words, in any of their forms: scope words are searched
// for in whole articles, where stemming every word would cost too much, so
// the search looks for what a word and its stem begin with ("cit" for
// city, stem citi) and stems only the words found.
func (st *docState) containsAnyPhrase(text string, phrases []phrase) bool {
	found := false
	st.eachPhraseAt(text, phrases, func(int) bool {
		found = true
		return false
	})
	return found
}

// eachPhraseAt calls yield with the offset of every place text (lower-cased)
// holds one of the phrases as whole words, in any of their forms, phrase by
// phrase, until yield returns false: the one search containsAnyPhrase and
// innerScope (scopeinner.go) share.
func (st *docState) eachPhraseAt(text string, phrases []phrase, yield func(off int) bool) {
	for i := range phrases {
		ph := &phrases[i]
		lead := commonPrefix(ph.words[0], ph.keys[0])
		for off := 0; off < len(text); {
			k := strings.Index(text[off:], lead)
			if k < 0 {
				break
			}
			k += off
			if !wordBefore(text, k) && st.matchWordsAt(text, k, ph) && !yield(k) {
				return
			}
			off = k + 1
		}
	}
}

// questionBefore returns the sentence just before s when it is a question
// in the same paragraph: an answer is about what its question names ("Why
// is Rafah so crowded? ... about 1.4 million were living there."), so a
// sentence-wide scope reads the question too.
func questionBefore(d *figures.Document, s *figures.Sentence) *figures.Sentence {
	return questionBeforeAt(d, d.SentenceAt(s.Start))
}

// questionBeforeAt is questionBefore for sentence si, when its index is
// known.
func questionBeforeAt(d *figures.Document, si int) *figures.Sentence {
	if si <= 0 || d.Sentences[si].ParagraphStart {
		return nil
	}
	if q := &d.Sentences[si-1]; endsInQuestion(d, q) {
		return q
	}
	return nil
}

// endsInQuestion reports whether sentence s ends with a question mark,
// perhaps inside a closing quote or bracket.
func endsInQuestion(d *figures.Document, s *figures.Sentence) bool {
	t := d.Text[s.Start:s.End]
	// Most sentences end in a byte that neither is "?" nor ends what is
	// trimmed after it (the last bytes of ’, ” and » are 0x99, 0x9d and
	// 0xbb), and so are no question.
	if t == "" || t[len(t)-1] != '?' && strings.IndexByte(" \t\n\"')\x99\x9d\xbb", t[len(t)-1]) < 0 {
		return false
	}
	return strings.HasSuffix(strings.TrimRight(t, " \t\n\"'’”»)"), "?")
}

func commonPrefix(a, b string) string {
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	return a[:n]
}

// wordAt reports whether a letter or digit starts at text[i]; wordBefore
// whether one ends just before it. Outside ASCII the rune is decoded: a
// curly quote or a dash next to a scope word ("Gaza”") does not join it.
func wordAt(text string, i int) bool {
	if c := text[i]; c < utf8.RuneSelf {
		return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	return isWordRune(r)
}

func wordBefore(text string, i int) bool {
	if i == 0 {
		return false
	}
	if c := text[i-1]; c < utf8.RuneSelf {
		return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
	}
	r, _ := utf8.DecodeLastRuneInString(text[:i])
	return isWordRune(r)
}

// matchWordsAt checks a phrase's words in text from offset i, allowing
// any run of non-word characters between them: each word whole and in any
// form, or as written for an exact phrase, or as a prefix for the last
// word of a phrase ending in *.
func (st *docState) matchWordsAt(text string, i int, ph *phrase) bool {
	var buf [64]byte
	for wi, w := range ph.words {
		for i < len(text) && !wordAt(text, i) {
			i++
		}
		end := i
		for end < len(text) && wordAt(text, end) {
			_, size := utf8.DecodeRuneInString(text[end:])
			end += size
		}
		word := text[i:end]
		last := wi == len(ph.words)-1
		switch {
		case last && ph.prefix:
			return strings.HasPrefix(word, w)
		case word == w:
		case ph.exact:
			return false
		default:
			if st.stems.of(lowerInto(&buf, word)) != ph.keys[wi] {
				return false
			}
		}
		i = end
		if wi+1 < len(ph.words) && ph.words[wi+1] != "s" {
			i = skipPossessive(text, end)
		}
	}
	return true
}

// skipPossessive steps over a possessive 's just after a word: a phrase's
// words match the owner's form too ("Turkey's and Syria's" is "Turkey and
// Syria").
func skipPossessive(text string, i int) int {
	for _, ap := range []string{"'s", "’s"} {
		if strings.HasPrefix(text[i:], ap) && (i+len(ap) == len(text) || !wordAt(text, i+len(ap))) {
			return i + len(ap)
		}
	}
	return i
}

// demonstrativeName reports whether token k of sentence s is a
// demonstrative before a name, right after a phrase's first word "in":
// speech points at a place it names ("they are in that Rafah now", "in
// this Gaza of ours"), and the place is what "in NAME" would name. A
// demonstrative before a noun ("in that city") names none.
func demonstrativeName(d *figures.Document, s *figures.Sentence, k int, ph *phrase) bool {
	if ph.words[0] != "in" || k+1 >= s.TokEnd || !named(d, k+1) {
		return false
	}
	w := d.TokenText(k)
	return strings.EqualFold(w, "that") || strings.EqualFold(w, "this")
}
