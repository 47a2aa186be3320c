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
	"damage": true, "tax": true, "taxes": true, "savings": true, "losses": true, "profit": true,
	"profits": true, "income": true, "donations": true, "grants": true, "grant": true, "loans": true,
	"loan": true, "contracts": true, "assets": true, "compensation": true, "bonuses": true,
	"earnings": true, "subsidies": true, "budget": true, "business": true, "exports": true,
	"imports": true, "capital": true, "reserves": true, "payments": true, "wages": true, "salary": true,
	"salaries": true, "fees": true, "expenses": true, "relief": true, "help": true, "backing": true,
	"finance": true, "financing": true, "pledges": true, "contributions": true, "benefits": true,
	"pensions": true, "welfare": true, "reconstruction": true,
}

// poundsWeigh reports whether the pound word at token k ("pounds",
// "pound") weighs what follows it: "of" comes next and neither of the two
// words after it (past a determiner: "pounds of its emergency fund") is a
// thing of money. Two words reach an adjective's noun ("pounds of British
// aid") but not the verb after a noun of goods ("pounds of rice costs
// more"); the list holds no noun as often a verb (costs, cuts, fines). A
// number or a sign after "of" ("pounds of £5 notes") is no goods, and
// stays money.
func (p *parser) poundsWeigh(k int) bool {
	if !p.has(k+1, fOf) || p.toks[k+1].Break {
		return false
	}
	j := k + 2
	for j < len(p.toks) && p.isWord(j) && !p.toks[j].Break && p.ofDeterminer(j) {
		j++
	}
	if j >= len(p.toks) || !p.isWord(j) || p.toks[j].Break {
		return false
	}
	for n := 0; n < 2 && j < len(p.toks) && p.isWord(j) && !p.toks[j].Break; n, j = n+1, j+1 {
		if moneyOfNouns[strings.ToLower(p.str(j))] {
			return false
		}
	}
	return true
}

// ofDeterminer: the words before the thing after "of" ("of the rice", "of
// its fund", "of taxpayers' money" has none).
func (p *parser) ofDeterminer(j int) bool {
	switch strings.ToLower(p.str(j)) {
	case "the", "a", "an", "its", "their", "his", "her", "our", "your", "my", "this", "that", "these", "those":
		return true
	}
	return false
}
