package claimant

// Bodies post their figures on a platform ("on Telegram") or a channel of
// their own ("the regional military administration's Telegram channel").
// The platform says where the body spoke, never who: it closes a source's
// phrase, and a body's own channel speaks as the body.

// platforms are the services bodies post on, as outlets name them.
var platforms = set("telegram facebook twitter instagram whatsapp youtube tiktok weibo viber vkontakte")

// channelNouns are a body's own outlets on a platform or the web.
var channelNouns = set("channel channels account accounts page feed website site")

// onPlatform reports whether token i, "on", opens a platform closing a
// source's phrase: "the National Police of Ukraine on Telegram".
func (v *view) onPlatform(i int) bool {
	return v.isOne(i, wOn) && i+1 < len(v.toks) && platforms[v.toks[i+1].low]
}

// channelOwner reads the phrase [s, e) as an owner's possessive and its
// channel, perhaps with the platform before it: "the civil defence's
// Telegram channel", "the ministry's Facebook page", "the army's
// website". It returns the owner.
func (v *view) channelOwner(s, e int) (int, int, bool) {
	k := e - 1
	if k-2 <= s || v.toks[k].capital && !v.toks[k].shouted || !channelNouns[v.toks[k].low] {
		return 0, 0, false
	}
	if platforms[v.toks[k-1].low] {
		k--
	}
	a, b, ok := v.possessor(k-1, s)
	if !ok || b <= a || !v.nominal(a, b) {
		return 0, 0, false
	}
	return a, b, true
}

// broadcastNouns are the media a speaker is heard on: "on state radio",
// "on national television", "on Channel 12 TV".
var broadcastNouns = set("radio television tv")

// onBroadcast reports whether token i, "on", opens a broadcast medium of
// one to three words running to token end: "Cypriot foreign minister on
// state radio: “...”", as "on Telegram" says where a speaker spoke.
func (v *view) onBroadcast(i, end int) bool {
	if !v.isOne(i, wOn) || end-i < 2 || end-i > 4 || !broadcastNouns[v.toks[end-1].low] {
		return false
	}
	return v.bareWords(i+1, end)
}
