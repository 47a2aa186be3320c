package figures

// magnitudes are the abbreviations of a thousand, a million, a billion and
// a trillion that papers put after a number, fused ("12k", "$3bn") or
// spaced ("5 mln", "3 bil."), in one table: the vocabulary reads each as
// fMag, and those a writer ends with a stop of their own (stop) do not end
// a sentence by it when what is counted may follow ("5.6 mil. Sudanese
// uprooted", "40 thou. for the school"; sentences.go). The British
// contractions ("bn", "mn", "m", "k") take no stop of their own: a stop
// after them ends the sentence ("reached $450bn. Pledges ...").
//
// European and agency English writes the continental forms: "mln" and
// "bln" (Russian and Ukrainian agencies), "mio" and "mrd" (German, Dutch,
// Swiss), "mld" (Italian, Polish). Read only after a number, none of them
// is an English word there; "thou" (a thousand) is the pronoun only
// before a verb, never after a number.
var magnitudes = map[string]struct {
	val  float64
	stop bool
}{
	"k":    {1e3, false},
	"thou": {1e3, true},
	"m":    {1e6, false},
	"mn":   {1e6, false},
	"mln":  {1e6, true},
	"mil":  {1e6, true},
	"mill": {1e6, true},
	"mio":  {1e6, true},
	"mm":   {1e6, false},
	"b":    {1e9, false},
	"bn":   {1e9, false},
	"bln":  {1e9, true},
	"bil":  {1e9, true},
	"mrd":  {1e9, true},
	"mld":  {1e9, true},
	"g":    {1e9, false},
	"tn":   {1e12, false},
	"tln":  {1e12, true},
	"trn":  {1e12, false},
}

// stoppedMagnitudes lists the magnitudes written with a stop of their
// own, for mayEnd.
func stoppedMagnitudes() string {
	var s string
	for w, m := range inOrder(magnitudes) {
		if m.stop {
			s += " " + w
		}
	}
	return s
}

// magnitudeStop returns the token after a stop that closes an
// abbreviation of two letters or more, where a currency word in small
// letters follows it ("3 bil. dollars", "5 mln. euros", "4 bn. dollars"
// in continental style): the sum goes on to its currency.
// Elsewhere it returns end: before a capital the stop may end the
// sentence, before a symbol it does ("8bn. $2 of it ..." opens a sentence
// with a sum of its own), and before what is counted it changes nothing.
func (p *parser) magnitudeStop(end int, hasCur bool) int {
	if hasCur || !p.isSym(end, ".") || !p.attached(end) || len(p.str(end-1)) < 2 || p.capitalised(end+1) || !p.isWord(end+1) {
		return end
	}
	if _, _, _, ok := p.currencySuffix(end + 1); ok {
		return end + 1
	}
	return end
}
