package tracker

import (
	"strings"
	"testing"
)

func TestFingerprintSimilarity(t *testing.T) {
	wire := "Israeli negotiators have accepted terms under which Israel would release some 700 Palestinian prisoners in exchange for the return of 40 hostages, two officials briefed on the talks said on Monday. The Gaza health ministry said 32,414 people had been killed since the war began, and more than 74,000 wounded. Mediators in Doha said a reply from Hamas was expected within days."
	headline := "Israel said to accept terms for exchange of prisoners and hostages\n\n" + wire
	respun := strings.NewReplacer("two officials briefed on the talks said on Monday", "according to two officials familiar with the talks", "expected within days", "expected soon").Replace(wire)
	other := "Rain fell across the valley on Thursday as farmers brought in the last of the harvest before the frost, and the market in the old town stayed open late for the first time this year."
	if s := Similarity(Fingerprint(wire), Fingerprint(headline)); s < copySimilarity {
		t.Errorf("the same story under another headline: similarity %.2f", s)
	}
	if s := Similarity(Fingerprint(wire), Fingerprint(respun)); s < copySimilarity {
		t.Errorf("a re-spun wire story: similarity %.2f", s)
	}
	if s := Similarity(Fingerprint(wire), Fingerprint(other)); s > 0.1 {
		t.Errorf("unrelated texts: similarity %.2f", s)
	}
	// Two outlets' own reports of the same day's news are not copies.
	courier := "The death toll in Gaza has risen to 33,091, the health ministry said on Wednesday, including 62 people killed over the past day. Israel says four Hamas battalions remain in Rafah, where more than 1.4 million Palestinians are now sheltering, many of them in tents."
	ledger := "A review of hospital records puts the number of people killed in Gaza at 30,500, the Ledger has learned, below the figure the health ministry gives. The review counted only deaths registered by name at hospitals that were still working."
	if s := Similarity(Fingerprint(courier), Fingerprint(ledger)); s >= copySimilarity {
		t.Errorf("independent reports of the same story: similarity %.2f", s)
	}
	if Fingerprint("too short") != "" || NearDuplicate("", Fingerprint(wire)) {
		t.Error("short texts have no fingerprint")
	}
}
