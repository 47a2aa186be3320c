package claimant

// A live blog names a speaker, her post in commas and perhaps whom she
// spoke to, then a colon and her words: "Teresa Vidal, mayor of Alzira, to
// local radio: “...”", "Jorge Salas, the region's health minister: “...”".
// The name and its post are a subject and its appositive, read as after a
// verb (name.go): an office's holder is written by name, a body's
// spokesperson gives way to the body (convention 8).

// postBeforeColon returns the post [x, y) in commas after the person's
// name [a, b) before the colon: the comma at b, then words with a post's
// or an office's noun, closed by the colon or by a comma and whom the
// words were said to or where (speakerSetting, colonAside's kinds).
func (v *view) postBeforeColon(a, b, colon int) (int, int, bool) {
	if b >= colon || !v.isOne(b, wComma) || !v.personName(a, b) {
		return 0, 0, false
	}
	x := b + 1
	y := x
	for y < colon && y <= x+8 && !v.isOne(y, wComma) {
		if t := &v.toks[y]; t.fig || t.num || t.report && !t.post() {
			return 0, 0, false
		}
		y++
	}
	if y == x || y > x+8 || y != colon && !v.isOne(y, wComma) {
		return 0, 0, false
	}
	if y != colon && !v.speakerSetting(y+1, colon) && !v.colonAside(y, colon) {
		return 0, 0, false
	}
	if !v.postWords(x, y) {
		return 0, 0, false
	}
	return x, y, true
}

// postWords reports whether tokens [x, y) hold a post's or an office's
// word: "mayor of Alzira", "the region's health minister", "a spokesman
// for the fire service".
func (v *view) postWords(x, y int) bool {
	for k := x; k < y; k++ {
		if t := &v.toks[k]; t.word && !t.capital && (t.post() || v.officeWord(k)) {
			return true
		}
	}
	return false
}
