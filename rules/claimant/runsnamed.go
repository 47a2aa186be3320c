package claimant

// A person introduced by what she runs, in a sentence of its own before
// her words: "Lucía Paredes runs Oxfam's water programme in La Guajira.
// “...,” she said.", "Tomás Echeverri heads the Jesuit Refugee Service's
// office in Cúcuta. He said ...". Her unit or her post is a named body's,
// and she speaks for the body, as "who runs Oxfam's water programme" does
// in her own sentence (apposition.go worksFor) and as a named head of a
// named organisation does (README convention 8). A place of work with no
// body's name ("runs a shelter in Tapachula", "runs the camp's clinic")
// leaves her by her name.

// runsNamed reads sentence si as a person's name, the subject cl, then a
// verb of running or working and a named body in its object: the body,
// taken up from the sentence before.
func (c *call) runsNamed(si int, cl Claimant) (Claimant, bool) {
	v := c.view(si)
	x, y := v.tokAt(cl.Start), v.tokAt(cl.End-1)+1
	if y <= x || y >= len(v.toks) || !v.personName(x, y) {
		return Claimant{}, false
	}
	b := y + 1
	for b < len(v.toks) && !v.is(b, wComma, wFullStop) && !v.boundary(b) && !v.isOne(b, wAnd) {
		b++
	}
	rs, re, ok := v.worksAfter(y-1, b)
	if !ok || re <= rs {
		return Claimant{}, false
	}
	if x, y := v.reduce(rs, re); y > x {
		rs, re = x, y
	}
	// ("the Arequipa office of Care Peru": a unit in lower case, then
	// "of" and the named body it is part of.)
	for k := rs + 1; k+1 < re; k++ {
		if v.isOne(k, wOf) && v.toks[k-1].word && !v.toks[k-1].capital {
			n := k + 1
			if v.isOne(n, wThe) {
				n++
			}
			if n < re && v.toks[n].capital {
				rs = k + 1
			}
			break
		}
	}
	// ("runs the bakery in Deir al-Balah": a place of work in lower
	// case, with only its place's name, is no body.)
	n := rs
	if v.toks[n].has(cDeterminer) {
		n++
	}
	if n >= re || !v.toks[n].capital {
		return Claimant{}, false
	}
	id, _ := c.lookup(v, rs, re)
	out := c.claimant(v, rs, re, id)
	out.How = Previous
	return out, true
}
