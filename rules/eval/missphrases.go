package eval

import (
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kljensen/snowball/english"

	"github.com/claimtrack/claimtrack/rules"
)

// stemPhrase is a phrase of the metric as stems, with its words as
// written for the reasons shown.
type stemPhrase struct {
	text   string
	stems  []string
	prefix string // a trailing-* keyword: the prefix, lower-cased
}

// nameWords are the content words of a metric's name and id, less those
// its keywords, scope and unit already hold.
func nameWords(spec rules.MetricSpec, keywords, scope []stemPhrase) []stemPhrase {
	known := map[string]bool{}
	for _, w := range splitWords(spec.Unit) {
		known[stem(w.text)] = true
	}
	for _, list := range [][]stemPhrase{keywords, scope} {
		for _, ph := range list {
			if len(ph.stems) == 1 {
				known[ph.stems[0]] = true
			}
		}
	}
	var words []string
	for _, w := range splitWords(spec.Name + " " + strings.ReplaceAll(spec.ID, "_", " ")) {
		lw := strings.ToLower(w.text)
		st := stem(lw)
		if len(lw) < 3 || english.IsStopWord(lw) || strings.IndexFunc(lw, unicode.IsDigit) >= 0 || known[st] {
			continue
		}
		known[st] = true
		words = append(words, w.text)
	}
	return stemPhrases(words)
}

var placeholder = regexp.MustCompile(`\{([A-Za-z_][A-Za-z0-9_]*)\}`)

// placeholders lists the distinct {name}s of a pattern.
func placeholders(p string) map[string]bool {
	out := map[string]bool{}
	for _, m := range placeholder.FindAllStringSubmatch(p, -1) {
		out[m[1]] = true
	}
	return out
}

// patternWords takes the content words out of a regular expression, and
// its placeholders' names: "{prisoners} (Palestinian )?prisoners in
// exchange for (some )?{hostages}" gives prisoners, Palestinian, exchange,
// hostages. Short and stop words ("for", "some", "would") say nothing of
// what the metric counts.
func patternWords(p string) []string {
	var out []string
	for name := range placeholders(p) {
		if name != "value" {
			out = append(out, strings.ReplaceAll(name, "_", " "))
		}
	}
	sort.Strings(out) // map order must not reach the reasons shown
	p = placeholder.ReplaceAllString(p, " ")
	for _, w := range strings.FieldsFunc(p, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if utf8.RuneCountInString(w) >= 4 && !english.IsStopWord(strings.ToLower(w)) {
			out = append(out, w)
		}
	}
	return out
}

// distinct drops phrases whose stems (and prefix) an earlier one has:
// several patterns of a metric repeat their words.
func distinct(list []stemPhrase) []stemPhrase {
	seen := map[string]bool{}
	var out []stemPhrase
	for _, ph := range list {
		k := strings.Join(ph.stems, " ") + "*" + ph.prefix
		if !seen[k] {
			seen[k] = true
			out = append(out, ph)
		}
	}
	return out
}

// expand replaces each @vocabulary of a rule's list by its phrases: the
// rules match those, so the ranker must see them too, or every metric
// written with vocabularies loses its keyword evidence.
func expand(list []string, vocabs *rules.Vocabularies) []string {
	var out []string
	for _, s := range list {
		t := strings.TrimSpace(s)
		if name, ok := strings.CutPrefix(t, "@"); ok {
			if v, ok := vocabs.Lookup(name); ok {
				out = append(out, v.Phrases...)
				continue
			}
		}
		out = append(out, t)
	}
	return out
}

// stemPhrases reads a rule's phrases as stems. An exact phrase ("=killed")
// is stemmed too: the rules took its written form, and another form of it
// ("killing") is just the miss a desk should see first.
func stemPhrases(list []string) []stemPhrase {
	var out []stemPhrase
	for _, s := range list {
		t := strings.TrimPrefix(strings.TrimSpace(s), "=")
		// "victims of EVENT", "claim COUNT": the mark is no word of the text.
		t = strings.TrimSuffix(t, " "+rules.EventMark)
		t = strings.TrimSuffix(t, " "+rules.CountMark)
		ph := stemPhrase{text: t}
		words := splitWords(strings.TrimSuffix(t, "*"))
		if len(words) == 0 {
			continue
		}
		for _, w := range words {
			ph.stems = append(ph.stems, stem(w.text))
		}
		if strings.HasSuffix(t, "*") && len(words) == 1 {
			ph.prefix = strings.ToLower(words[0].text)
		}
		out = append(out, ph)
	}
	return out
}

// stem reduces a word to its English stem, so that "sheltered" meets
// "shelter" and "killing" meets "killed".
func stem(w string) string { return english.Stem(strings.ToLower(w), true) }

type word struct {
	text       string
	start, end int // byte offsets in the text
	stem       string
}

// splitWords cuts text into runs of letters and digits.
func splitWords(text string) []word {
	var out []word
	start := -1
	for i, r := range text {
		in := unicode.IsLetter(r) || unicode.IsDigit(r)
		if in && start < 0 {
			start = i
		} else if !in && start >= 0 {
			out = append(out, word{text: text[start:i], start: start, end: i})
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, word{text: text[start:], start: start, end: len(text)})
	}
	return out
}

// match is a phrase found in a sentence: its word range and whether the
// words were written as in the rule (or only share their stems).
type match struct {
	ph         *stemPhrase
	first, end int // word indexes
	written    string
	exact      bool
}

func findPhrases(words []word, phrases []stemPhrase) []match {
	var out []match
	for pi := range phrases {
		ph := &phrases[pi]
		for i := range words {
			if ph.prefix != "" {
				if strings.HasPrefix(strings.ToLower(words[i].text), ph.prefix) {
					out = append(out, match{ph: ph, first: i, end: i + 1, written: words[i].text, exact: true})
				}
				continue
			}
			if i+len(ph.stems) > len(words) {
				break
			}
			ok := true
			for k, s := range ph.stems {
				if words[i+k].stem != s {
					ok = false
					break
				}
			}
			if !ok {
				continue
			}
			written := joinWords(words[i : i+len(ph.stems)])
			out = append(out, match{ph: ph, first: i, end: i + len(ph.stems), written: written,
				exact: strings.EqualFold(written, strings.Join(splitTexts(ph.text), " "))})
		}
	}
	return out
}

func joinWords(ws []word) string {
	parts := make([]string, len(ws))
	for i, w := range ws {
		parts[i] = w.text
	}
	return strings.Join(parts, " ")
}

func splitTexts(s string) []string {
	var out []string
	for _, w := range splitWords(s) {
		out = append(out, w.text)
	}
	return out
}

func stemmed(ws []word) []word {
	for i := range ws {
		ws[i].stem = stem(ws[i].text)
	}
	return ws
}
