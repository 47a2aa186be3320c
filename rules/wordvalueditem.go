package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A one-line list of key figures may give a word for a count not known
// yet: "Killed in Gaza — 46,100 | Hostages freed — pending". That item is
// an item of the list all the same, with a label that names its own count
// and not the figure's before it, so a sentence with one labelled figure
// and such an item is read as a list (hasLabels): the figure takes only
// its own label's words.

// maxWordValue is how many words a word-valued item's value may hold:
// "pending", "not yet known", "to be confirmed".
const maxWordValue = 3

// hasWordValuedItem reports whether sentence s holds a list item parted
// from the others by a bar, slash, bullet or semicolon, whose label (a
// word) is closed by a colon or a dash and whose value is one to
// maxWordValue words, none of them in a figure, running to the next
// separator or the sentence's end.
func hasWordValuedItem(d *figures.Document, s *figures.Sentence) bool {
	// Asked only of a sentence with a separator: most have none.
	sep := false
	for k := s.TokStart; k < s.TokEnd && !sep; k++ {
		sep = wordItemSeparator(d.TokenText(k))
	}
	if !sep {
		return false
	}
	for k := s.TokStart; k < s.TokEnd; k++ {
		if !wordItemSeparator(d.TokenText(k)) {
			continue
		}
		if wordValuedItemAt(d, s, k+1) {
			return true
		}
	}
	return false
}

// wordItemSeparator reports whether t parts the items of a one-line list.
func wordItemSeparator(t string) bool { return t == ";" || slashItem(t) }

// wordValuedItemAt reports whether the item opening at token from is a
// label closed by a colon or dash and a value of words only.
func wordValuedItemAt(d *figures.Document, s *figures.Sentence, from int) bool {
	label := false
	k := from
	for ; k < s.TokEnd; k++ {
		t := d.TokenText(k)
		if t == ":" || t == "—" || t == "–" {
			break
		}
		if wordItemSeparator(t) || inFigure(d, k) {
			return false
		}
		label = label || d.Tokens[k].IsWord()
	}
	if !label || k >= s.TokEnd {
		return false
	}
	words := 0
	for k++; k < s.TokEnd; k++ {
		t := d.TokenText(k)
		if wordItemSeparator(t) || k == s.TokEnd-1 && t == "." {
			break
		}
		if inFigure(d, k) || !d.Tokens[k].IsWord() {
			return false
		}
		if words++; words > maxWordValue {
			return false
		}
	}
	return words > 0
}
