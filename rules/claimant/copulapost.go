package claimant

// A person introduced by "is" with a body's post, then heard in the next
// sentence: "Dr. Sami Barhoum is director of field hospitals for the
// health ministry in Gaza. He said ...", "Hala Mansour is UNRWA's director
// of communications. She told reporters ...", "Juliette Haddad is with the
// World Food Programme in Gaza City. She says ...", "Olga Kravets speaks
// for the Kherson regional military administration. She said ...". The post does what an
// appositive does ("Jens Laerke, a spokesman for OCHA, said"): its holder
// speaks for the body (convention 1). A person whose words name no body
// ("Umm Khalil is a mother of five") keeps her name.

// postByCopula reads sentence view v, from token lo, as a person's name
// and "is" or "was" with a post: the body the post narrows the person to,
// as an appositive after the name would be read; "is with" a named body
// is that body.
func (c *call) postByCopula(v *view, lo int) (Claimant, bool) {
	k := lo
	for k < len(v.toks) && k <= lo+4 && v.toks[k].word && v.toks[k].capital {
		k++
	}
	// ("Dr. Sami Barhoum": a title's full stop inside the name.)
	if k < len(v.toks) && v.isOne(k, wFullStop) && k > lo {
		for k++; k < len(v.toks) && k <= lo+5 && v.toks[k].word && v.toks[k].capital; k++ {
		}
	}
	if k-lo < 2 || k+2 >= len(v.toks) || !v.personName(lo, k) && !v.personName(lo+2, k) {
		return Claimant{}, false
	}
	// "Olga Kravets speaks for the Kherson regional military
	// administration.", "Tom Reyes works for the Red Cross in Kherson.":
	// whom she speaks or works for, as "is with" says.
	serves := speaksFor[v.toks[k].low] && v.isOne(k+1, wFor)
	if !serves && !v.is(k, wIs, wWas) {
		return Claimant{}, false
	}
	if serves || v.isOne(k+1, wWith) {
		if x, y := v.npAfter(k+2, len(v.toks)); y > x && v.toks[x].capital || y > x+1 && v.toks[x+1].capital {
			return c.name(v, attr{src: x, srcEnd: y, anchor: k})
		}
		return Claimant{}, false
	}
	at := attr{src: lo, srcEnd: k, anchor: k}
	e := k + 1
	for e < len(v.toks) && !v.boundary(e) {
		e++
	}
	at.app, at.appEnd = k+1, e
	cl, ok := c.name(v, at)
	if !ok || cl.Start < v.toks[k+1].start {
		return Claimant{}, false
	}
	return cl, true
}

// speaksFor are the verbs before "for" that say whom a person serves: she
// "speaks for" or "works for" the body after it.
var speaksFor = set("speaks spoke works worked")
