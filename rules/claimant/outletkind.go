package claimant

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/names"
)

// An outlet named with its kind after the name: "quoting the Citizen
// newspaper", "citing the Kathmandu Post daily", "the Daily Nation
// newspaper reported". The kind says what the name is, as "the White
// Helmets rescue group" does (descriptor.go), and another outlet writes
// "the Citizen" alone (README convention 8), so the name is written
// without it. Unlike a body's descriptor, a paper's name is often one
// word ("the Nation", "the Citizen"), which the kind after it is what
// marks as a name.

// outletKinds are the kinds of outlet a paper's or a channel's name is
// followed by.
var outletKinds = set("newspaper paper daily weekly tabloid broadsheet magazine broadcaster channel website")

// nameBeforeOutletKind returns where an outlet's capitalised name starts
// and ends before its lower-case kind closing the phrase [s, e), or s and
// e when the phrase is no such thing. A place or a people before the kind
// ("a Kenyan newspaper", "the Nairobi daily") names no outlet. A wire's
// kind is two words, "news agency" ("the WAFA news agency", "the Saba news
// agency"), and a backer before the name describes it as "state-funded"
// does a body (ownercompound.go): "the Houthi-run Saba news agency" is Saba.
func (v *view) nameBeforeOutletKind(s, e int) (int, int) {
	if e-s < 2 || v.toks[e-1].capital {
		return s, e
	}
	n := e - 1
	if v.newsAgency(n, s) {
		n--
	} else if !v.toks[n].has(cOutletKind) {
		return s, e
	}
	k := s
	for k < n && v.toks[k].has(cDeterminer) {
		k++
	}
	// ("This newspaper": thisoutlet.go.)
	if v.demonstrativeAt(k) {
		return s, e
	}
	backed := false
	for k+3 < n && (v.backerCompound(k) || v.compoundHead(k)) {
		k, backed = k+3, true
	}
	if n-k < 1 || n-k > 4 || !v.allCapitalised(k, n) || v.toks[k].shouted && n-k == 1 && n == e-1 {
		return s, e
	}
	// ("the Guardian newspaper": after "the", one word that only ends as
	// a people's adjective does is the paper's name; see placeDemonym.)
	named := n-k == 1 && (k > 0 && v.isOne(k-1, wThe) || backed) && !placeDemonym(v.toks[k].low)
	if v.placeName(k, n) || v.knownPlace(k, n) || !named && (v.peoplesOnly(k, n) || demonym(v.toks[k].low)) {
		return s, e
	}
	if backed {
		return k, n
	}
	return s, n
}

// newsAgency reports whether token n, after s, is "agency" after a
// lower-case "news": a wire's kind.
func (v *view) newsAgency(n, s int) bool {
	return n-1 > s && v.toks[n].low == "agency" && v.toks[n-1].low == "news" && !v.toks[n-1].capital
}

// placeDemonym reports whether the lower-case word w is a people's
// adjective formed from a place the rules know ("kenyan" from Kenya,
// "nigerian" from Nigeria, "italian" from Italy) or a listed one. A word
// that only ends like one ("guardian", "guardian newspaper") is no people's
// adjective, and before an outlet's kind after "the" it is the outlet's
// name: "the Guardian newspaper".
func placeDemonym(w string) bool {
	if names.ListedDemonym(w) {
		return true
	}
	for _, c := range [...][2]string{{"n", ""}, {"ian", "ia"}, {"ian", "y"}, {"ian", ""}, {"an", "a"}, {"an", ""}, {"ese", ""}, {"ese", "a"}, {"i", ""}} {
		if stem, ok := strings.CutSuffix(w, c[0]); ok && stem != "" && names.KnownPlace(stem+c[1]) {
			return true
		}
	}
	return false
}
