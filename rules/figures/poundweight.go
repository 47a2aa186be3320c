package figures

import "strings"

// A pound written as a word is money or a weight, and what follows tells
// which: "sixty million pounds in aid", "5,000 pounds to the appeal" are
// money, but "40,000 pounds of sorghum", "250 pounds of explosives" weigh
// a thing. Before "of", the pounds measure what "of" names, and only a
// thing of money is measured in money: "pounds of aid", "pounds of
// taxpayers' money", "pounds of its emergency fund". Any other thing
// after "of" is goods or material, an open class (every crop, drug and
// load a convoy carries) that no list could close, so the closed class is
// the money side. The £ symbol is money whatever follows ("£40,000 of
// food" is what the food cost), and so is "pounds' worth of grain".

// moneyOfNouns are the things money is counted in after "pounds of": the
// sum itself (money, cash, funds), what is given or spent (aid, funding,
// spending, investment), what is owed, earned or lost, and whose it is
// ("taxpayers'").
var moneyOfNouns = map[string]bool{
	"aid": true, "funding": true, "funds": true, "fund": true, "money": true, "cash": true, "support": true,
	"assistance": true, "investment": true, "investments": true, "spending": true, "taxpayers": true,
	"taxpayer": true, "sterling": true, "revenue": true, "revenues": true, "debt": true, "debts": true,
	"damage": true, "tax": true, "taxes": true, "savings": true, "cuts": true, "losses": true, "profit": true,
	"profits": true, "income": true, "donations": true, "grants": true, "grant": true, "loans": true,
	"loan": true, "contracts": true, "assets": true, "compensation": true, "bonuses": true, "fines": true,
	"earnings": true, "subsidies": true, "budget": true, "value": true, "business": true, "sales": true,
	"trade": true, "exports": true, "imports": true, "capital": true, "credit": true,
	"reserves": true, "payments": true, "wages": true, "salary": true, "salaries": true, "pay": true,
	"fees": true, "bills": true, "costs": true, "expenses": true, "overspend": true,
}

// poundsWeigh reports whether the pound word at token k ("pounds",
// "pound") weighs what follows it: "of" comes next and none of the next
// three words, up to a stop, is a thing of money. A number or a sign
// after "of" ("pounds of £5 notes") is no goods, and stays money.
func (p *parser) poundsWeigh(k int) bool {
	if !p.has(k+1, fOf) || p.toks[k+1].Break {
		return false
	}
	j := k + 2
	if j >= len(p.toks) || !p.isWord(j) || p.toks[j].Break {
		return false
	}
	for n := 0; n < 3 && j < len(p.toks) && p.isWord(j) && !p.toks[j].Break; n, j = n+1, j+1 {
		w := strings.ToLower(p.str(j))
		if moneyOfNouns[w] {
			return false
		}
		if w == "and" || w == "or" || adjunctWord(w) {
			break // "pounds of flour and cash", "pounds of rice for aid": the first thing decides
		}
	}
	return true
}

// adjunctWord: the prepositions that end the thing after "of".
func adjunctWord(w string) bool {
	switch w {
	case "for", "to", "in", "into", "from", "on", "at", "by", "with", "as", "over", "across", "through", "per", "a", "an":
		return true
	}
	return false
}
