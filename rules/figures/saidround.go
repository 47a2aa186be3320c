package figures

// minSaidUnit is the least unit a round number said in words is taken to
// be rounded to: "two hundred", "ten thousand", not "ten" or "twelve"
// (small counts said in words are counts).
const minSaidUnit = 100

// AsSaid is f as a desk reads it: a round number said in words alone
// ("Ten thousand suspected cases.", "two hundred dead"), exact by its
// words, is a speaker's rounding, stated to its last digit's unit as
// "about ten thousand" is, so it is returned approximate (±10%, Rounds by
// its unit). Any other figure is returned as it is: digits ("10,000"), a
// number said to the unit ("two hundred and twelve"), a qualified one.
func (f Figure) AsSaid() Figure {
	if f.Qualifier != Exact || !wordsOnly(f.Text) || f.RoundingUnit() < minSaidUnit { // words first: the unit costs a loop
		return f
	}
	f.Qualifier = Approximately
	var pair [2]float64
	f.bounds(f.Value, f.Value, &pair)
	return f
}

// wordsOnly reports whether a figure's text has letters and no digit:
// a number said in words.
func wordsOnly(text string) bool {
	letters := false
	for i := 0; i < len(text); i++ {
		c := text[i]
		if c >= '0' && c <= '9' {
			return false
		}
		if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' {
			letters = true
		}
	}
	return letters
}
