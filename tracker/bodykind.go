package tracker

// What kind of body a name says it is, and which kinds a bare reference
// may stand for: the one table resolveBareReferences reads. A body's kind
// is the head noun of its name ("World Health Organization" is an
// organisation, "Ministry of Health" a ministry, "Rapid Support Forces" an
// army); a reference's head noun says which kinds it may take up: "the
// agency" a UN agency, programme, office, commission or fund, or any
// organisation, "the ministry" only a ministry. A new head noun joins a
// kind here, and every reference to that kind reads it.

// bodyKinds maps a name's head noun to its kind.
var bodyKinds = map[string]string{
	"ministry": "ministry", "department": "ministry",
	"agency": "agency", "programme": "programme", "program": "programme", "fund": "fund",
	"organisation": "organisation", "organization": "organisation",
	"office": "office", "bureau": "office", "secretariat": "office",
	"commission": "commission", "committee": "committee", "council": "council", "board": "council",
	// A state's army; an armed group named "... Forces" or "... Brigades"
	// is no "army" or "military" in copy, which says that of a state's.
	"army": "army", "military": "army", "forces": "forces", "force": "forces", "corps": "forces", "brigades": "forces",
	"group": "group", "movement": "group", "network": "group", "coalition": "group", "alliance": "group", "front": "group",
	"charity": "charity", "society": "charity", "foundation": "charity", "trust": "charity",
	"federation": "union", "association": "union", "union": "union",
	"service": "service", "authority": "authority", "administration": "authority", "directorate": "authority",
	"police": "police", "mission": "mission", "court": "court", "tribunal": "court",
	"institute": "institute", "centre": "institute", "center": "institute", "observatory": "institute",
}

// organisations are the kinds a word for any organisation ("the
// organisation", "the body") may take up: not an army, a court or a
// police force, which the words for them name.
var organisations = []string{"agency", "programme", "fund", "organisation", "office", "commission", "committee", "council",
	"group", "charity", "union", "service", "authority", "mission", "institute"}

// referenceKinds maps a bare reference's head noun to the kinds of body
// it may stand for; a head noun not listed stands for its own kind alone
// (bodyKinds), so "the commission" takes up a commission.
var referenceKinds = map[string][]string{
	"agency":       {"agency", "programme", "fund", "organisation", "office", "commission"},
	"organisation": organisations,
	"organization": organisations,
	"body":         organisations,
	"group":        {"group", "charity", "organisation", "union"},
	"charity":      {"charity", "organisation", "group"},
	"army":         {"army"},
	"military":     {"army"},
}

// kindsReferredTo returns the kinds a bare reference with head noun head
// may stand for, nil when head is no kind of body.
func kindsReferredTo(head string) []string {
	if ks, ok := referenceKinds[head]; ok {
		return ks
	}
	if k, ok := bodyKinds[head]; ok {
		return []string{k}
	}
	return nil
}

// remitKinds are the kinds whose bodies are told apart by their remit:
// a government has one ministry of each, so "the health ministry" is not
// the Ministry of Water Resources, whatever else the article names. An
// agency's modifier is as often a paraphrase ("the relief agency" for the
// Valley Flood Agency, "the UN agency" for the WHO), which says nothing
// against the body named.
var remitKinds = map[string]bool{"ministry": true}
