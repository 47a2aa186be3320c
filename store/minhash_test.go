package store

import (
	"encoding/binary"
	"encoding/hex"
	"strings"
	"testing"
	"unicode"

	"github.com/claimtrack/claimtrack/internal/newstext"
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

// referenceFingerprint is Fingerprint as first written, one shingle at a
// time: stored fingerprints were made by it, so the faster one must give
// the same answer for every text.
func referenceFingerprint(text string) string {
	var words []uint64
	h := uint64(fnvOffset64)
	inWord := false
	for _, r := range text {
		if unicode.IsLetter(r) || unicode.IsNumber(r) {
			r = unicode.ToLower(r)
			for ; r > 0; r >>= 8 {
				h = (h ^ uint64(r&0xff)) * fnvPrime64
			}
			inWord = true
			continue
		}
		if inWord {
			words = append(words, h)
			h, inWord = fnvOffset64, false
		}
	}
	if inWord {
		words = append(words, h)
	}
	if len(words) < 12 {
		return ""
	}
	var mins [minHashes]uint32
	for i := range mins {
		mins[i] = ^uint32(0)
	}
	for i := 0; i+3 <= len(words); i++ {
		x := mix(words[i] ^ mix(words[i+1]^mix(words[i+2])))
		for k := range minHashSeeds {
			if v := uint32((minHashSeeds[k][0]*x + minHashSeeds[k][1]) >> 32); v < mins[k] {
				mins[k] = v
			}
		}
	}
	b := make([]byte, 4*minHashes)
	for k, m := range mins {
		binary.BigEndian.PutUint32(b[4*k:], m)
	}
	return hex.EncodeToString(b)
}

func TestFingerprintUnchanged(t *testing.T) {
	texts := []string{
		"",
		"too short to judge",
		"One two three four five six seven eight nine ten eleven twelve",
		newstext.Story(2000, 7),
		newstext.Story(4000, 8),
		// Mixed case, digits, punctuation and non-ASCII letters, numbers
		// and spaces, which take the slow path.
		"Der Gesundheitsbehörde zufolge wurden 33.091 Menschen getötet; ÉCOLE fermée à Rafah — «plus de 1,4 million» déplacés, ٣٢٠٠٠ قتيل، 数字是 ３２０００ 人。 İstanbul ΑΘΗΝΑ ǅemal x² ⅷ\u00a0non-breaking\u2009thin.",
		strings.Repeat("Ünïcödé wörds and ASCII words alternate here, 12,345 of them; ", 20),
		"tab\tseparated\nlines\r\nwith CRLF and \x00 a NUL and invalid \xff\xfe bytes among enough words to make twelve of them or more",
	}
	for i, text := range texts {
		if got, want := Fingerprint(text), referenceFingerprint(text); got != want {
			t.Errorf("text %d: fingerprint changed\n got %s\nwant %s", i, got, want)
		}
	}
}

func BenchmarkFingerprint(b *testing.B) {
	text := newstext.Story(4000, 1)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Fingerprint(text)
	}
}
