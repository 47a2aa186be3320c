package figures

import "testing"

// TestPutTok holds putTok's whole-token write to a Token written field by
// field, for every flag and the extremes of the other fields.
func TestPutTok(t *testing.T) {
	for _, kind := range []tokKind{tWord, tNum, tSym} {
		for bitsSet := range 8 {
			space, brk, stop := bitsSet&1 != 0, bitsSet&2 != 0, bitsSet&4 != 0
			for _, v := range []struct {
				start, end int
				vid        uint16
			}{{0, 1, 0}, {7, 12, 513}, {1<<31 - 2, 1<<31 - 1, 65535}} {
				want := Token{Start: int32(v.start), End: int32(v.end), Kind: kind, Space: space, Break: brk, stop: stop, vid: v.vid}
				got := Token{Start: -1, End: -1, Kind: 9, Space: !space, Break: !brk, stop: !stop, vid: 77}
				putTok(&got, v.start, v.end, uint64(kind)|tokSpace(space)|tokBreak(brk)|uint64(bitIf(stop, tokStop)), v.vid)
				if got != want {
					t.Errorf("putTok: %+v, want %+v", got, want)
				}
			}
		}
	}
}
