package claimant

// A generic body's place closes its phrase before the body's verb: "As
// the health ministry in Khartoum itself concedes, fewer than a third
// ...", "..., as the electoral commission in Lagos admits.". The name
// after "in" is where the body sits (convention 8 keeps it), and the -s
// form after it is the body's verb, not a plural the name modifies ("as
// cited in UN reports", "sent by EU member states").

// placedBodyBefore reports whether the "in" at k follows a lower-case kind
// of body or government, so that the name after it is the body's place.
func (v *view) placedBodyBefore(k, lo int) bool {
	if !v.isOne(k, wIn) || k-1 < lo {
		return false
	}
	p := &v.toks[k-1]
	return p.word && !p.capital && (p.has(cBody) || p.has(cGovernment))
}
