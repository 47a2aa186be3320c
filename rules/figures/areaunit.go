package figures

// A unit of area fused to a number, as British and Australian copy writes
// it: "640,000ha", "12,000km2", "6,000km²", "300sqkm", "40sq km",
// "5,000acres". Spaced ("640,000 ha") the number is a count and the unit
// what it counts, which the rules read after the figure (rules'
// measureunit.go), so that a metric in hectares takes it. Fused, the
// measurement branch of classify made it a figure of another kind, with
// the letters for its unit, and no count metric looked at it. A unit of
// area is no metres-or-millions question ("m" alone is read by
// countedAhead; "2m ha" counts millions of hectares there) and no length
// ("40km" stays a measurement): it is read as the spaced unit is, the
// number a count and the unit the words after it.

// areaUnitWords are the words that alone name a unit of area.
var areaUnitWords = []string{"ha", "hectare", "hectares", "acre", "acres", "sqkm", "sqmi"}

// areaUnitAt reports whether a unit of area opens at token k: a word of
// areaUnitWords, "km" or "mi" squared by an attached "2" or "²", or "sq"
// (with or without its point) before "km", "mi", "miles" or "kilometres".
func (p *parser) areaUnitAt(k int) bool {
	if !p.isWord(k) {
		return false
	}
	if p.lowerIsAny(k, areaUnitWords) {
		return true
	}
	if (p.lowerIs(k, "km") || p.lowerIs(k, "mi")) && p.attached(k+1) && (p.isNum(k+1) && p.str(k+1) == "2" || p.isSym(k+1, "²")) {
		return true
	}
	if p.lowerIs(k, "sq") {
		n := k + 1
		if p.isSym(n, ".") && p.attached(n) {
			n++
		}
		return p.lowerIsAny(n, sqUnits)
	}
	return false
}

// sqUnits follow "sq" in a unit of area: "sq km", "sq. miles".
var sqUnits = []string{"km", "kms", "mi", "mile", "miles", "kilometres", "kilometers", "metres", "meters", "m"}
