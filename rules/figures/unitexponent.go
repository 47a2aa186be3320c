package figures

// A unit's power written as a digit fused to it, where ² or ³ cannot be
// typed: "6,000 km2", "a 45m2 flat", "300 m3 of water", "1,200 sq ft"
// aside. The digit is part of the unit, no figure of its own: read alone
// it was a stray 2 or 3 beside every area or volume. It is a 2 or a 3
// fused to a unit of length in lower case (the unit, not a name: "the M2
// motorway", "an F3 storm" keep their number) with no more digits after
// it, and the unit measures a number before it: on a line in capitals,
// read lower-cased (shouted.go), "12,000 KM2" is an area where "AFTER M2
// MOTORWAY PILE-UP" names a road, and only the figure before the unit
// tells them apart. areaUnitAt reads "km2" as a unit of area after a
// fused number.

// exponentUnits are the units of length a power follows.
var exponentUnits = []string{"km", "m", "cm", "mm", "mi", "ft", "yd"}

// unitExponentAt reports whether the number at token i is the power of
// the unit it is fused to.
func (p *parser) unitExponentAt(i int) bool {
	if !p.isNum(i) || !p.attached(i) || !p.isWord(i-1) || !p.isNum(i-2) {
		return false
	}
	if s := p.str(i); s != "2" && s != "3" {
		return false
	}
	if p.attached(i+1) && (p.isNum(i+1) || p.isWord(i+1)) {
		return false // "km23", "m2x"
	}
	for _, u := range exponentUnits {
		if p.str(i-1) == u {
			return true
		}
	}
	return false
}
