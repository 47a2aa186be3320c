package figures

// The cedi's sign as Ghanaian papers print it: "GH¢2.5 billion", "GH₵
// 650", the country's letters before the cent sign or the cedi sign ("¢"
// alone is cents, "₵" alone the cedi). Read as "US$" is: letters, then a
// sign fused to them.

// cediLetters are the letters before the sign, which start a figure.
const cediLetters = "gh"

// cediPrefix reads "GH¢" or "GH₵" at token j and returns the token after
// the sign.
func (p *parser) cediPrefix(j int) (int, bool) {
	if !p.lowerIs(j, cediLetters) || !p.attached(j+1) || !p.isSym(j+1, "¢₵") {
		return j, false
	}
	return j + 2, true
}
