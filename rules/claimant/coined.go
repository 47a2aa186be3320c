package claimant

// Coined names: "WarSpotting", "GeoConfirmed", "DeepStateMap", "YouGov".
// A capital inside a word, after small letters, is how a project, a
// company or a monitor writes its name; no town or region is spelled so
// but for a South African place's Nguni prefix ("KwaMashu"), read apart.
// Such a name is a body's however few its words ("analysts at WarSpotting"
// speak for it, convention 8), where one capitalised word alone could be
// a place ("Aid workers in Khartoum").

// coined reports whether raw, a word as written, holds a capital after
// two small letters or more, not after a Scottish or Irish patronymic
// ("McDonald", "MacArthur"), a particle ("DeSantis", "LaGuardia") or the
// prefix of a South African place ("KwaMashu").
func coined(raw string) bool {
	run := 0
	for i := 0; i < len(raw); i++ {
		b := raw[i]
		switch {
		case b >= 'a' && b <= 'z':
			run++
		case b >= 'A' && b <= 'Z':
			if run >= 2 && i > 0 && !patronymic(raw[:i]) {
				return true
			}
			run = 0
		default:
			run = 0
		}
	}
	return false
}

func patronymic(head string) bool {
	switch head {
	// ("KwaMashu", "KwaZulu-Natal": the Nguni prefix of a place, review53.)
	case "Mac", "Van", "Von", "Fitz", "Della", "Kwa":
		return true
	}
	return false
}

// coinedName reports whether token k is a word written as a coined name.
func (v *view) coinedName(k int) bool {
	t := &v.toks[k]
	return t.word && t.capital && !t.shouted && t.own&spCoined != 0
}

// linkedInitials reports whether raw is a body's initials written with a
// link word's small letter between capitals ("MoD", "DfT", "DoH",
// "MoFA"): three to six letters, the first and the last capitals.
func linkedInitials(raw string) bool {
	if len(raw) < 3 || len(raw) > 6 {
		return false
	}
	caps, small := 0, 0
	for i := 0; i < len(raw); i++ {
		switch b := raw[i]; {
		case b >= 'A' && b <= 'Z':
			caps++
		case b >= 'a' && b <= 'z':
			small++
		default:
			return false
		}
	}
	first, last := raw[0], raw[len(raw)-1]
	return caps >= 2 && small >= 1 && small < caps && first >= 'A' && first <= 'Z' && last >= 'A' && last <= 'Z'
}
