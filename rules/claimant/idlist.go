package claimant

import (
	"maps"
	"slices"
)

// An idList is a word list asked of a token by its spelling's id, not by
// hashing its word: the words of the lists in idListed get ids of their
// own after vocabulary's (listedWordIDs), which spell and plainSpelling
// give a spelling as they do vocabulary's, once per spelling; a list is
// then a bit for each of its words' ids. A word no id is given (a
// number, a sound of hesitation) stays in rest, asked by its word.
type idList struct {
	ids  []uint64
	rest map[string]bool
}

// idListed are the lists asked by id, the ones the finder asks most
// often of a token's word.
var idListed = []map[string]bool{ownVoices, scholars, outsiders, fieldMembers, bodyNouns, headPosts, expertPosts, workKinds, oneNameKinds, directions,
	copulas, kickers, serviceKinds, showRoles, quantityNouns, headOffices, focusAfterPlace, placeKinds,
	// speed50: lists a view's readers asked of a token by hashing its
	// word at every figure's naming (honorific.go, namedofficials.go,
	// holderaside.go, officeof.go, described.go, npwords.go,
	// publishedtitle.go, readerverb.go).
	honorifics, pairedHonorifics, honorificGrades, bodyStaff, judicialOffices, legislators, lyNouns, mediaNouns, mastheadWords, readerVerbs,
	// speed59: the heads ownedThingOwner sets apart (ownedthing.go), and
	// the witnesses and clinicians oneStaffCalling does (onestaff.go).
	ownedThingStops, witnessOrClinician}

// The lists of idListed as idLists, each named for its list.
var (
	ownVoiceIDs           = newIDList(ownVoices)
	scholarIDs            = newIDList(scholars)
	outsiderIDs           = newIDList(outsiders)
	fieldMemberIDs        = newIDList(fieldMembers)
	bodyNounIDs           = newIDList(bodyNouns)
	headPostIDs           = newIDList(headPosts)
	expertPostIDs         = newIDList(expertPosts)
	workKindIDs           = newIDList(workKinds)
	oneNameKindIDs        = newIDList(oneNameKinds)
	directionIDs          = newIDList(directions)
	copulaIDs             = newIDList(copulas)
	kickerIDs             = newIDList(kickers)
	serviceKindIDs        = newIDList(serviceKinds)
	showRoleIDs           = newIDList(showRoles)
	quantityNounIDs       = newIDList(quantityNouns)
	headOfficeIDs         = newIDList(headOffices)
	focusAfterPlaceIDs    = newIDList(focusAfterPlace)
	placeKindIDs          = newIDList(placeKinds)
	honorificIDs          = newIDList(honorifics)
	pairedHonorificIDs    = newIDList(pairedHonorifics)
	honorificGradeIDs     = newIDList(honorificGrades)
	bodyStaffIDs          = newIDList(bodyStaff)
	judicialOfficeIDs     = newIDList(judicialOffices)
	legislatorIDs         = newIDList(legislators)
	lyNounIDs             = newIDList(lyNouns)
	mediaNounIDs          = newIDList(mediaNouns)
	mastheadWordIDs       = newIDList(mastheadWords)
	readerVerbIDs         = newIDList(readerVerbs)
	ownedThingStopIDs     = newIDList(ownedThingStops)
	witnessOrClinicianIDs = newIDList(witnessOrClinician)
)

// listedWordIDs is wordIDs for the words of idListed that vocabulary
// lacks: ids from countedVocabularyEnd on, in sorted order.
func listedWordIDs(m map[string]wordID) {
	var words []string
	for _, l := range idListed {
		for w := range l {
			if _, ok := m[w]; !ok && idWorthy(w) {
				words = append(words, w)
			}
		}
	}
	slices.Sort(words)
	next := countedVocabularyEnd
	for _, w := range slices.Compact(words) {
		m[w] = next
		next++
	}
}

// idWorthy reports whether a spelling of w is given wordIDs[w] as its
// id: not a number of two digits or more (numberSpelling and spellNew
// leave those noWord) nor a sound of hesitation (fillerID makes those
// wFiller).
func idWorthy(w string) bool {
	return w != "" && !(len(w) >= 2 && digitsOnly(w)) && fillerID(w, noWord) == noWord
}

// newIDList compiles list l to an idList.
func newIDList(l map[string]bool) idList {
	var il idList
	for _, w := range slices.Sorted(maps.Keys(l)) {
		if !l[w] {
			continue
		}
		id, ok := wordIDs[w]
		if !ok || id == wFiller || !idWorthy(w) {
			if il.rest == nil {
				il.rest = map[string]bool{}
			}
			il.rest[w] = true
			continue
		}
		for int(id>>6) >= len(il.ids) {
			il.ids = append(il.ids, 0)
		}
		il.ids[id>>6] |= 1 << (id & 63)
	}
	return il
}

// has reports whether the word of spelling sp is in the list: by its id
// when it has one (every spelling of a word with an id carries it), else
// by its word.
func (l *idList) has(sp *spelling) bool {
	if id := sp.id; id != noWord && id != wFiller {
		i := int(id >> 6)
		return i < len(l.ids) && l.ids[i]&(1<<(id&63)) != 0
	}
	return l.rest != nil && l.rest[sp.low]
}
