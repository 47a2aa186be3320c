package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// An estimate of a loss is told as what it may come to: "Insured losses
// could run from $400 million to $650 million", "damage may top $2
// billion", "the bill is expected to reach $1.1 billion". After a fire, a
// storm or a flood every figure of losses is such an estimate, raised as
// claims come in; there is no count to wait for. A metric whose own
// keywords name the loss ("insured losses", "damage", "cost") tracks those
// estimates, and a projection whose subject is that loss is its value. A
// projection of people ("the toll could reach 186,000"), of money that is
// no loss ("aid could reach $40 million next year"), a loss the metric's
// words do not name, one under a condition ("could reach $5 billion if
// the fire reaches the city", "without new sea walls") and one at a
// horizon or a rate ("$1 trillion a year by 2050") stay projections
// (projection.go).

// lossNouns name a sum lost or spent on what befell: the words a metric
// of losses is written with.
var lossNouns = map[string]bool{
	"loss": true, "losses": true, "damage": true, "damages": true, "cost": true, "costs": true,
	"bill": true, "claims": true, "payouts": true, "payout": true,
}

// lossEstimate reports whether money figure fi of sentence s, made a
// projection by token v, is the estimate of a loss metric m names: a loss
// noun of m's own keywords stands before v in its clause, and no
// condition follows in the sentence.
func (m *metric) lossEstimate(d *figures.Document, s *figures.Sentence, fi, v int) bool {
	if d.Figures[fi].Kind != figures.Money {
		return false
	}
	own := m.lossNouns
	if len(own) == 0 {
		return false
	}
	fs, _ := d.FigureTokens(fi)
	if v > fs {
		return false // "... $650 million, and it will": the projection is told after the figure
	}
	subject := false
	for k := v - 1; k >= s.TokStart && k >= v-8; k-- {
		w := d.LowerTokenText(k)
		if w == "," || w == ";" || w == ":" || w == "—" {
			break
		}
		if own[w] {
			subject = true
			break
		}
	}
	if !subject {
		return false
	}
	return !lossHorizon(d, s, fs)
}

// lossHorizon reports whether sentence s puts a loss it projects under a
// condition ("if the surge floods the port", "without new sea walls",
// "unless", "in the event of") or at a horizon or rate ("by 2050", "by the
// end of the century", "next year", "a year", "over the next decade"):
// what losses may come to then, not the estimate of what this event cost.
// fs is the figure's first token: "should" is a condition after it only.
func lossHorizon(d *figures.Document, s *figures.Sentence, fs int) bool {
	for k := s.TokStart; k < s.TokEnd; k++ {
		w := d.LowerTokenText(k)
		next := ""
		if k+1 < s.TokEnd {
			next = d.LowerTokenText(k + 1)
		}
		switch w {
		case "if", "unless", "without", "decade", "decades", "century", "annually", "yearly":
			return true
		case "should", "were":
			if k > fs {
				return true
			}
		case "next", "within":
			return true
		case "event":
			if k > s.TokStart && d.LowerTokenText(k-1) == "the" && next == "of" {
				return true
			}
		case "by":
			if next == "the" && k+2 < s.TokEnd && d.LowerTokenText(k+2) == "end" || yearAt(d, k+1) {
				return true
			}
		case "a", "per", "each", "every":
			if next == "year" {
				return true
			}
		}
	}
	return false
}

// ownLossNouns are the loss nouns of spec s's own keywords, in both
// numbers ("insured losses" names "loss" too); nil when it names none.
// Read once at Compile, and part of the twin key (twins.go).
func ownLossNouns(s MetricSpec) map[string]bool {
	var own map[string]bool
	for _, k := range s.Keywords {
		if strings.HasPrefix(k, "@") {
			continue
		}
		for _, w := range strings.Fields(strings.ToLower(strings.Trim(k, "=*"))) {
			w = strings.Trim(w, "=*")
			if !lossNouns[w] {
				continue
			}
			if own == nil {
				own = map[string]bool{}
			}
			own[w] = true
			switch {
			case strings.HasSuffix(w, "es") && lossNouns[strings.TrimSuffix(w, "es")]:
				own[strings.TrimSuffix(w, "es")] = true
			case strings.HasSuffix(w, "s") && lossNouns[strings.TrimSuffix(w, "s")]:
				own[strings.TrimSuffix(w, "s")] = true
			case lossNouns[w+"es"]:
				own[w+"es"] = true
			case lossNouns[w+"s"]:
				own[w+"s"] = true
			}
		}
	}
	return own
}
