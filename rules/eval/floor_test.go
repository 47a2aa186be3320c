package eval

import (
	"flag"
	"fmt"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// The shipped corpora and metrics. The corpus is written apart from the
// rules (blind to them) and lives with the rules' test data.
const (
	corpusDir   = "../testdata/corpus"
	metricsGlob = "../../metrics/*.yaml"
	examples    = "../../metrics/examples/*.yaml"
)

// shippedTarget is the promise to users (issue 17): 95% of the figures a
// reader sees, at most one false alarm per 100 sentences, on every split.
var shippedTarget = Floors{MinRecall: 0.95, MaxFalsePer100: 1}

// regressionFloors are what the shipped metrics reach today on each split,
// rounded down (recall) or up (false alarms) a little: they are not the
// target, they stop the rules from sliding back while the holdout is still
// under it. Raise a floor when the rules get better; never lower one to
// make this test pass, and never tune a rule to a holdout sentence. A split
// with no floor here is held to the target.
//
// The dev files are scored by batch: "dev" is the first dev files and
// the first holdout (*-2.dev.yaml), "dev-3" the second holdout, looked at
// once measured (it was held to the holdout floor, 0.91 and 6.5, before),
// "dev-4" the fourth batch, written blind and tuned on since, "dev-5" the
// third holdout (270 sentences, measured once blind at 0.908 and 2.96),
// tuned on since, "dev-6" a batch written blind around the third
// holdout's classes of miss (220 sentences; 0.880 and 6.82 as written),
// "dev-7" the fourth holdout (270 sentences, measured once blind at 0.886
// and 5.19 after the round's tuning; 0.851 and 7.04 for the code before
// it), tuned on since, "dev-8" the fifth holdout (270 sentences, measured
// once blind at 0.936 and 2.22), tuned on since, "dev-9" a batch written
// blind around the fifth holdout's classes of miss (220 sentences; 0.807
// and 11.82 as written), tuned on since, "dev-10" a batch of 200 written
// blind with the holdouts' ordinary mix (0.953 and 3.00 as written by the
// code after the round's first merges; 0.930 and 3.00 for the code before
// the session; 0.992 and 0.00 after its classes of false alarm), tuned on
// since. "dev-11", "dev-12" and "dev-13" are the sixth round's three
// holdouts (270, 270 and 200 sentences, each by its own author, written
// blind while dev-8 to dev-10 were tuned on), measured once together after
// that round (recall 0.934 and 1.76; per file 0.954 and 2.22, 0.916 and
// 1.48, 0.931 and 1.50), renamed and tuned on since. "dev-14" is 200
// sentences written blind with an ordinary mix while dev-11 to dev-13 were
// tuned on, measured as written (0.938 and 5.00 with the code before the
// seventh round; 0.938 and 4.50 after its first merges), tuned on since
// (branch dev14: 0.992 and 0.00).
// "dev-15" is 200 sentences written blind around what separates the right
// figure from its neighbours (other groups, other times, wholes and parts,
// asides and restatements), measured as written: 0.878 and 7.00 with the
// code before the seventh round, 0.870 and 7.00 after its recall and
// false-alarm merges; tuned on since (branch dev15: 0.976 and 2.00).
// After the seventh round's second recall work (recall7b), dev-11 to
// dev-14 read 0.989, 0.944, 0.962 and 0.946.
// "dev-16" is 200 sentences, half of them hard negatives, written blind
// around false alarms in ordinary copy, measured as written: 0.962 and
// 6.00 with the code before the seventh round, 0.962 and 3.00 near its
// end; tuned on since (branch dev16: 1.000 and 0.00).
// "dev-17" is 180 sentences, most of them plain current figures with
// incidental context (a war's length, a comparison, a part named later),
// written blind after the holdouts showed such misses: 0.917 and 0.56 as
// written with the code before the round, 0.924 and 0.56 at its end;
// 0.966 and 0.56 after dev17 narrowed five exclusions to their class.
// "dev-18" and "dev-19" are the seventh round's two holdouts (then
// *.holdout.yaml and *-b.holdout.yaml, 270 sentences each, each by its own
// author, written blind while dev-11 to dev-16 were tuned on), measured at
// that round's end: 0.931 and 2.96, 0.954 and 1.85 (0.925 / 3.33 and
// 0.948 / 2.59 for the code before it), and 0.936 / 2.96, 0.960 / 1.85
// after dev-17; renamed when the eighth round began tuning on them. Branch
// fa8 then read their false alarms by class: 1.48 and 0.00; branch
// recall8 (the eighth round's recall work, docs/history/rules-eval-rounds.md) their
// misses: 0.983 and 0.994, dev-17 1.000, dev-3 0.992, dev-7 0.983, dev-12
// 0.955 and dev-13 0.969.
// "dev-20" is 200 sentences written blind with an ordinary mix (a month
// of a humanitarian analyst's copy) as the eighth round began: 0.969 and
// 2.00 as written with the code after that round's first merges.
// Branch recall8b (the round's second recall pass): dev-20 0.992, dev-12
// 0.966, dev-13 0.977, dev-18 0.989. Branch fa8b read the false alarms of
// dev-20 and those left on older splits by class: dev-20 0.00, dev-13
// 0.00, dev-15 0.50, dev-17 0.00, dev-18 0.00.
// "dev-21" is 200 sentences, nearly half of them hard negatives, written
// blind as a wire editor's week later in the eighth round: 0.964 and 3.50
// as written with the code after that round's second passes.
// Branch fa8c read five of its seven false alarms by class: 0.973, 2.00.
// Branch fa8d read its past-dated totals (pastdated.go): 0.973, 1.00.
// Branch rules8e read a total after its parts, "said to be" and a fronted
// place with no comma: 0.991, 0.50.
// The eighth and ninth rounds' splits, each with the reading its floor
// sits just under (recall and false alarms per 100 sentences, measured at
// the ninth round's last merges; which branch moved which
// split is told in docs/history/rules-eval-rounds.md):
// "dev-22" is 200 sentences written blind near the eighth round's end (a
// diaspora newsletter's and a conflict-monitoring team's two months of
// copy): 1.000 and 0.50, floor 0.995 and 0.55.
// "dev-23" and "dev-24" are the eighth round's two holdouts (270
// sentences each, each by its own author, written blind while dev-18 to
// dev-22 were tuned on; measured once at that round's end, 0.960 / 2.59
// and 0.966 / 1.11), renamed when their misses had been read and tuned on
// since: 0.983 and 0.00, floor 0.98 and 0.25; 0.989 and 0.00, floor 0.985
// and 0.25.
// "dev-25" is 210 sentences, half of them hard negatives, written blind
// as the ninth round began (0.944 and 7.14 as written): 0.981 and 0.00,
// floor 0.98 and 0.25.
// "dev-26" is 210 sentences written blind in the ninth round, weighted to
// headlines, transcripts, live blogs and fact boxes (0.907 and 3.81 as
// written): 0.957 and 0.00, floor 0.955 and 0.25.
// "dev-27" is 210 sentences written blind in the ninth round with a
// holdout's ordinary mix (0.927 and 1.43 as written): 0.964 and 0.48,
// floor 0.96 and 0.5.
// "dev-28" is 210 sentences, half of them hard negatives, written blind
// in the ninth round in analytical registers (0.908 and 8.57 as written):
// 0.927 and 2.86, then 0.954 and 1.43 after fa9k's last pass, floor 0.95
// and 1.45; the furthest split from the target.
// "dev-29" and "dev-30" are the ninth round's two holdouts (270 sentences
// each, each by its own author, written blind at the eighth round's end),
// read once before the ninth round's tuning (0.971 / 1.48 and 0.959 /
// 1.48) and once at its end (0.971 / 1.48 and 0.971 / 1.11), then renamed:
// floor 0.97 and 1.5, 0.97 and 1.15. Branch fa9j (a noun without a plural
// -s before a verb in -s, a verbless absolute clause with a superlative,
// an "and" between names opening no clause) raised them to 0.977 and
// 0.983: floor 0.975 and 0.98. Branch fa9l (one side's held land after
// the figure, controlpart.go) took one false alarm from each: 1.11 and
// 0.74 per 100, floor 1.15 and 0.75.
// "dev-38" and "dev-39" are the tenth round's two holdouts (then
// *.holdout.yaml and *-b.holdout.yaml, 270 sentences each, each by its own
// author), written blind as the ninth round began and read once at its end
// (0.928 and 2.04) and once at the tenth round's end (0.925 and 2.04: per
// set 0.920 / 2.22 and 0.931 / 1.85), then renamed: floor 0.915 and 2.25,
// 0.93 and 1.9. Branch fa12 (a period closed before the start: "In the
// eight years of fighting in the Donbas before 2022, some 3,400 ...") took
// one false alarm from dev-38: 1.85 per 100, floor 1.9.
// "dev-45" and "dev-46" are the eleventh round's two holdouts (then
// *.holdout.yaml and *-b.holdout.yaml, 270 sentences each, each by its own
// author), written blind as the tenth round began and kept outside the
// repository until its end, read once then (0.948 and 2.59; per set 0.971 /
// 2.22 and 0.925 / 2.96) and once at the eleventh round's end, still
// untuned: 0.951 and 2.59 (per set 0.971 / 2.22 and 0.931 / 2.96), then
// renamed: floor 0.97 and 2.25, 0.93 and 3.0. Branch fa12 (a count of
// another event or period told as background: a period closed before the
// start, another event named after the verb, a relative clause on the
// start day's event, a part beside its whole) read them at 0.977 / 1.48
// and 0.943 / 0.74: floor 0.975 and 1.5, 0.94 and 0.75.
// "dev-49" and "dev-50" are the twelfth round's two holdouts (then
// *.holdout.yaml and *-b.holdout.yaml, 270 sentences each, each by its own
// author), written blind as the eleventh round began and kept outside the
// repository until its end, read once then (0.940 and 2.78, the same with
// the code before the eleventh round) and once at the twelfth round's end,
// still untuned: 0.946 and 2.04 (per set 0.955 / 1.85 and 0.937 / 2.22),
// then renamed: floor 0.95 and 1.9, 0.935 and 2.25.
// "dev-51" and "dev-52" are the thirteenth round's two holdouts (then
// *.holdout.yaml and *-b.holdout.yaml, 270 sentences each, each by its own
// author), written blind as the twelfth round began and kept outside the
// repository until its end, read once then (0.952 and 2.41; per set 0.960
// / 3.33 and 0.944 / 1.48; the code before the twelfth round 0.949 and
// 2.78) and once at the thirteenth round's end, still untuned: the same,
// 0.960 / 3.33 and 0.944 / 1.48; then renamed: floor 0.96 and 3.35, 0.94
// and 1.5. Branch rules14 (their false alarms by class) read 0.960 / 1.11
// and 0.944 / 0.74: floors 0.96 / 1.15 and 0.94 / 0.8.
// "dev-56" and "dev-57" are the fourteenth round's two holdouts (then
// *.holdout.yaml and *-b.holdout.yaml, 270 sentences each, each by its own
// author), written blind as the thirteenth round began and kept outside the
// repository until its end, read once then (0.966 and 0.74; per set 0.983 /
// 0.74 and 0.949 / 0.74; the code before the thirteenth round 0.963 and
// 0.74) and once at the fourteenth round's end, still untuned: the same;
// then renamed: floor 0.98 and 0.75, 0.945 and 0.75.
// "dev-60" and "dev-61" are the fifteenth round's two holdouts (then
// *.holdout.yaml and *-b.holdout.yaml, 270 sentences each, each by its own
// author), written blind as the fourteenth round began and kept outside
// the repository until its end, read once then (0.980 and 1.30; per set
// 0.977 / 2.22 and 0.983 / 0.37; the code before the fourteenth round the
// same) and once at the fifteenth round's end, still untuned: the same;
// then renamed: floor 0.975 and 2.25, 0.98 and 0.4.
// "dev-63" and "dev-64" are the sixteenth round's two holdouts (then
// *.holdout.yaml and *-b.holdout.yaml, 270 sentences each, each by its own
// author), written blind as the fifteenth round began and kept outside the
// repository until its end, read then with that round's start (f97cdb6e)
// and final code (0.958 and 1.48 both times; per set 0.966 / 0.74 and
// 0.949 / 2.22) and once in the sixteenth round, after its tuning and
// before its review pass (35476c26), still untuned: 0.960 and 1.48 (per set 0.966 / 0.74 and 0.955 / 2.22); then
// renamed: floor 0.96 and 0.75, 0.95 and 2.25. Branch fa16c read their
// false alarms by class (a calibre fused to mm, a part of a whole two
// keywords share, killed while doing something): 0.966 / 0.37 and
// 0.955 / 1.48: floor 0.96 and 0.4, 0.95 and 1.5.
// "dev-66" and "dev-67" are the seventeenth round's two holdouts (then
// *.holdout.yaml and *-b.holdout.yaml, 270 sentences each, each by its own
// author: a Canadian and Irish desk; a Nigerian, Ghanaian and Turkish
// desk), written blind as the sixteenth round began and kept outside the
// repository until its end, read with the code of that round's start
// (5394561b) and at its end, before any tuning on them: 0.932 and 1.11 both
// times (per set 0.925 / 0.37 and 0.938 / 1.85); then renamed as the
// seventeenth round began tuning on them: floor 0.92 and 0.4, 0.935 and
// 1.9. Branch tune17 read their classes (a total after its parts, a
// range "between 10m and 12m", a part at a site, "prior to" a place's
// people, "That war" after an earlier year): 0.931 / 0.00 and 0.949 /
// 0.74: floor 0.93 and 0.2, 0.945 and 0.75.
// Branch spoken17's readings of broadcast speech (a spoken topic, a
// dash's restatement, a vocative before a restating clause, fillers) read
// them, before tune17's merge, 0.937 / 0.37 (qualifiers 0.987 -> 1.000)
// and 0.944 / 1.85. Both merged: see the floors.
// "dev-70" and "dev-71" are the eighteenth round's two holdouts (then
// *.holdout.yaml and *-b.holdout.yaml, 270 sentences each, each by its own
// author: an American desk; a European English-language desk), written
// blind as the seventeenth round began and kept outside the repository
// until its end, read with the code of that round's start (a3006747),
// halfway through and at its end, before any tuning on them: 0.977 and
// 0.56 each time (per set 0.977 / 0.00 and 0.977 / 1.11); then renamed as
// the eighteenth round began tuning on them: floor 0.975 and 0.2, 0.975
// and 1.15.
// Branch tune18 read their classes (an owner's figure with the owner as a
// plain noun, "the health ministry figure — it's now nearing ... —"; a
// kind-naming scope met by the described counter's count, "Why is the UN
// figure lower? ... about 11,000 so far"; a year's amount after a
// many-year sum; "the city is ..., with four battalions"; a "with" clause
// of a part "of those" or of a place's body at work; "come home" as a
// release; a named exchange's anniversary; "lived in Rafah before the
// war"; "on a single Saturday"): 1.000 / 0.00 and 1.000 / 0.00 (qualifiers
// 1.000 and 0.988): floor 0.995 and 0.2 each. The same readings (and an
// excluded predicate under a modal, "must be destroyed") moved dev-18 to
// 1.000, dev-27 0.978, dev-38 0.965 (0.9649), dev-39 0.949, dev-53 0.925
// (0.9249), dev-62 0.994, dev-63 0.977, dev-64 0.966, dev-68 0.994, their
// false alarms unchanged: floors 0.995, 0.975, 0.96, 0.945, 0.92, 0.99,
// 0.975, 0.965, 0.99; a remark with no relative pronoun (", a figure
// Israel disputes") moved dev-66 to 0.948: floor 0.945.
// "dev-84" (259 sentences, two thirds hard negatives of 174 kinds, each
// named in a comment, from regional and specialist outlets) was written
// blind on 2026-12-03, during the twenty-first round, to test false
// alarms: 0.964 and 1.93 as written with the code of main (0a4fa945).
// fa21b read its five false alarms (one a wrong value) by class (a
// country's name before a running total's keyword, "Congo displacement
// tops 7 million", keywordcountry.go; a sentence opening on "Worldwide",
// worldwide.go; "the city's" pointing back to an excluded place,
// countryref.go; the time a count took to reach a mark, pastmilestone.go;
// "the remaining $500 million" after the keyword's clause, moneyparts.go)
// and one of its two misses ("... roughly 1.3 million now live there"
// after a question naming Rafah, whereplace.go): 0.988 and 0.00, floor
// 0.985 and 0.05.
// "dev-82" (262 sentences, two thirds hard negatives of 109 kinds, each
// named in a comment) was written blind as the twenty-first round began to
// test false alarms: 0.978 and 0.76 as written (61d6751b). fa21 read its
// two false alarms (a speaker's range "another twenty, thirty thousand
// dead" read whole in the finder, ranges.go; a question's modal before its
// subject, "Could Gaza's death toll reach 100,000 ...?", modalreach.go) and
// its two misses (a live blog's stamp opening no list, labels.go; the
// outside of an inside-and-out pair said by where people went, "fled to
// neighbouring countries", insideout.go): 1.000 and 0.00, floor 0.995 and
// 0.05.
// "dev-89" and "dev-90" are the twenty-third round's two holdouts (then
// *.holdout.yaml and *-b.holdout.yaml, 270 sentences each, each by its own
// author: an American cable-news and digital-native desk; a Southeast
// Asian and Hong Kong desk), written blind as the twenty-second round began
// and kept outside the repository until its end, read with the code of that
// round's start (83f0cec6): 0.977 / 2.96 and 0.966 / 0.74; at its end 0.977
// / 2.96 and 0.971 / 0.74, before any tuning on them; renamed to dev files
// as the twenty-third round began tuning on them: floors 0.975 and 3.0,
// 0.97 and 0.75.
// "dev-92" and "dev-93" are the twenty-fourth round's two holdouts (then
// *.holdout.yaml and *-b.holdout.yaml, 270 sentences each, each by its own
// author: a business and financial desk; a French, Belgian and North
// African English-language desk), written blind as the twenty-third round
// began and kept outside the repository until its end, read with the code
// of that round's start (925a91ab), after its first seven branches were
// merged (50610035) and at its end: 0.983 / 1.11 and 0.989 / 1.85 each
// time, before any tuning on them; renamed to dev files as the
// twenty-fourth round began tuning on them: floors 0.98 and 1.15, 0.985
// and 1.9.
// "dev-95" and "dev-96" are the twenty-fifth round's two holdouts (then
// *.holdout.yaml and *-b.holdout.yaml, 270 sentences each, each by its own
// author: a Mediterranean English-language desk; a diaspora and faith
// press), written blind as the twenty-fourth round began and kept outside
// the repository until its end, read with the code of that round's start
// (6df1cb4f), after its first eight branches were merged (6fdc7cbd) and at
// its end: 0.983 / 0.37 and 0.988 / 0.00 each time, before any tuning on
// them; renamed to dev files as the twenty-fifth round began tuning on
// them: floors 0.98 and 0.4, 0.985 and 0.05.
// "dev-99" and "dev-100" are the twenty-sixth round's two holdouts (then
// *.holdout.yaml and *-b.holdout.yaml, 270 sentences each, each by its own
// author: a Central Asian and Russian-exile English-language desk; a Geneva
// UN press corps and Alpine and Nordic public broadcasters' English
// services), written blind as the twenty-fifth round began and kept outside
// the repository until its end, read with the code of that round's start
// (18db07e3), after its first seven branches were merged (89ab98bb) and at
// its end: 0.965 / 1.48 and 0.983 / 0.00 each time, before any tuning on
// them; renamed to dev files as the twenty-sixth round began tuning on
// them: floors 0.965 and 1.5, 0.98 and 0.05.
// "dev-102" and "dev-103" are the twenty-seventh round's two holdouts
// (then *.holdout.yaml and *-b.holdout.yaml, 270 sentences each, each by
// its own author: a Caribbean and Latin American English-language desk; an
// East Asian English-language press), written blind as the twenty-sixth
// round began and kept outside the repository until its end, read with the
// code of that round's start (0e80dd35), after its first eight branches
// were merged (1d41ceab) and at its end (c414426a): 0.971 / 2.59 and
// 0.965 / 0.74 each time, before any tuning on them; renamed to dev files
// as the twenty-seventh round began tuning on them: floors 0.97 and 2.6,
// 0.96 and 0.75.
// "dev-105" and "dev-106" are the twenty-eighth round's two holdouts
// (then *.holdout.yaml and *-b.holdout.yaml, 270 sentences each, each by
// its own author: a Southern African English-language press; an Irish
// national and regional press), written blind as the twenty-seventh round
// began and kept outside the repository until its end, read with the code
// of that round's start (c5a9b73c) and at its end (5a20397a): 0.971 /
// 0.74 and 0.988 / 1.11 each time, before any tuning on them; renamed to
// dev files as the twenty-eighth round began tuning on them: floors 0.97
// and 0.75, 0.985 and 1.15.
// "dev-108" and "dev-109" are the twenty-ninth round's two holdouts
// (then *.holdout.yaml and *-b.holdout.yaml, 270 sentences each, each by
// its own author: a Canadian English-language press; a Scottish and Welsh
// press), written blind as the twenty-eighth round began and kept outside
// the repository until its end, read with the code of that round's start
// (76373584) and at its end (4d5dd491): 0.972 / 1.85 both times, and
// 0.977 / 1.48 then 0.983 / 1.11, before any tuning on them; renamed to
// dev files as the twenty-ninth round began tuning on them: floors 0.97
// and 1.9, 0.98 and 1.15.
// "dev-111" and "dev-112" are the thirtieth round's two holdouts (then
// *.holdout.yaml and *-b.holdout.yaml, 270 sentences each, each by its
// own author: a Hong Kong and Singapore English-language press; a US
// local television and radio press), written blind as the twenty-ninth
// round began and kept outside the repository until its end, read with
// the code of that round's start (b1540f72) and at its end (643d076f):
// 0.960 / 1.85 then 0.960 / 1.48, and 0.982 / 1.11 both times, before any
// tuning on them; renamed to dev files as the thirtieth round began
// tuning on them: floors 0.955 and 1.5, 0.98 and 1.15. Between the
// thirtieth round's start and its end there was no holdout.
// "dev-113" and "dev-114" are the thirty-first round's two holdouts (then
// *.holdout.yaml and *-b.holdout.yaml, 270 sentences each, each by its
// own author: a Japanese and South Korean English-language press; a UK
// regional press), written blind as the thirtieth round began and kept
// outside the repository until its end, read with the code of that
// round's start (a1721431) and at its end (d498eee7): 0.988 / 1.48 and
// 0.983 / 0.37 both times, case for case, before any tuning on them;
// renamed to dev files as the thirty-first round began tuning on them:
// floors 0.985 and 1.5, 0.98 and 0.4. Between the thirty-first round's
// start and its end there was no holdout.
// "dev-115" and "dev-116" are the thirty-second round's two holdouts (then
// *.holdout.yaml and *-b.holdout.yaml, 270 sentences each, each by its
// own author: an East African English-language press; a New Zealand
// press), written blind as the thirty-first round began and kept outside
// the repository until its end, read with the code of that round's start
// (6823986e) and at its end (41e6be26): 0.977 / 1.11 both times, and
// 0.947 / 0.37 then 0.953 / 0.37, before any tuning on them; renamed to
// dev files as the thirty-second round began tuning on them: floors 0.975
// and 1.15, 0.95 and 0.4. Between the thirty-second round's start and its
// end there was no holdout.
// "holdout" is the thirty-third round's two holdouts (*.holdout.yaml and
// *-b.holdout.yaml, 270 sentences each, each by its own author: an Iberian
// English-language press; a US public radio and regional press), written
// blind as the thirty-second round began and kept outside the repository
// until its end, read with the code of that round's start (67c44606) and at
// its end (91c46982): 0.974 / 0.37 both times (per set 0.965 / 0.00 and
// 0.982 / 0.74), before any tuning on them; renamed to dev files as the
// thirty-third round began tuning on them: floors 0.965 and 0.05, 0.98 and
// 0.75. Between the thirty-third round's start and its end there was no
// holdout.
// "dev-119" and "dev-120" are the thirty-fourth round's two holdouts (then
// *.holdout.yaml and *-b.holdout.yaml, 270 sentences each, each by its own
// author: an Italian English-language press; a Nigerian press), written
// blind as the thirty-third round began and kept outside the repository
// until its end, read with the code of that round's start (6dc15f0f): 0.977
// / 0.74 (per set 0.994 / 0.37 and 0.959 / 1.11), and at its end (9cdf994c):
// 0.980 / 0.74, 337 of 344 (per set 0.994 / 0.37 and 0.965 / 1.11), before
// any tuning on them; renamed to dev files as the thirty-fourth round began
// tuning on them: floors 0.99 and 0.4, 0.96 and 1.15. Between the
// thirty-fourth round's start and its end there was no holdout.
// "dev-121" and "dev-122" are the thirty-fifth round's two holdouts (then
// *.holdout.yaml and *-b.holdout.yaml, 270 sentences each, each by its own
// author: a Malaysian and Singaporean English-language press; a Latin
// American press in English translation), written blind as the
// thirty-fourth round began and kept outside the repository until its end,
// read with the code of that round's start (58646edc): 0.953 / 0.56 (per
// set 0.983 / 0.37 and 0.924 / 0.74), and at its end (631e6392): 0.953 /
// 0.56, 328 of 344 (per set 0.983 / 0.37 and 0.924 / 0.74), before any
// tuning on them; renamed to dev files as the thirty-fifth round began
// tuning on them: floors 0.98 and 0.4, 0.92 and 0.75. Between the
// thirty-fifth round's start and its end there was no holdout.
// "dev-123" and "dev-124" are the thirty-sixth round's two holdouts (then
// *.holdout.yaml and *-b.holdout.yaml, 270 sentences each, each by its own
// author: a Pakistani English-language press; an Egyptian and Levantine
// press in English translation from Arabic), written blind as the
// thirty-fifth round began and kept outside the repository until its end,
// read with the code of that round's start (9f475fc9): 0.939 / 1.48 (per
// set 0.936 / 1.11 and 0.941 / 1.85), and at its end (8d1a961e): 0.956 /
// 1.48, 327 of 342 (per set 0.959 / 1.11 and 0.953 / 1.85), before any
// tuning on them; renamed to dev files as the thirty-sixth round began
// tuning on them: floors 0.955 and 1.15, 0.95 and 1.9. Between the
// thirty-sixth round's start and its end there is no holdout.
// "dev-125" and "dev-126" are the thirty-seventh round's two holdouts (then
// *.holdout.yaml and *-b.holdout.yaml, 270 sentences each, each by its own
// author: a South African English-language press; a Polish and Central
// European press in English translation), written blind as the thirty-sixth
// round began and kept outside the repository until its end, read with the
// code of that round's start (75b8bb63): 0.938 / 1.11 (per set 0.923 / 0.74
// and 0.953 / 1.48), and at its end (fa856cc3): 0.938 / 1.11 (per set 0.923
// / 0.74 and 0.953 / 1.48), before any tuning on them; renamed to dev files
// as the thirty-seventh round began tuning on them: floors 0.92 and 0.75,
// 0.95 and 1.5; after fa37 (six of their seven false alarms gone by
// class, recall unchanged) 0.92 and 0.4, 0.95 and 0.05. Between the
// thirty-seventh round's start and its end there is no holdout.
// "dev-128" and "dev-129" are the thirty-eighth round's two holdouts (then
// *.holdout.yaml and *-b.holdout.yaml, 270 sentences each, each by its own
// author: an Australian and New Zealand regional press; a Brazilian and
// Portuguese-language press in English translation), written blind as the
// thirty-seventh round began and kept outside the repository until its end,
// read with the code of that round's start (fb82422f): recall 0.915 (313 of
// 342), 0.93 false alarms per 100 sentences, qualifiers 0.986 (per set
// 0.888 / 0.74 and 0.942 / 1.11), and at its end (60e52fe3): 0.918 (314 of
// 342) / 0.93 / 0.986 (per set 0.894 / 0.74 and 0.942 / 1.11), before any
// tuning on them; renamed to dev files as the thirty-eighth round began
// tuning on them: floors 0.89 and 0.75, 0.94 and 1.15. Between the
// thirty-eighth round's start and its end there is no holdout.
// "dev-131" and "dev-132" are the thirty-ninth round's two holdouts (then
// *.holdout.yaml and *-b.holdout.yaml, 270 sentences each, each by its own
// author: a Scottish and Welsh regional press; a German press in English
// translation), written blind as the thirty-eighth round began and kept
// outside the repository until its end, read with the code of that round's
// start (a44e0b9a): recall 0.977 (341 of 349), 0.74 false alarms per 100
// sentences, qualifiers 0.994 (per set 0.989 / 0.00 and 0.966 / 1.48), and
// at its end (d41c0258): the same, figure for figure, before any tuning on
// them; renamed to dev files as the thirty-ninth round began tuning on
// them: floors 0.985 and 0.05, 0.965 and 1.5. Between the thirty-ninth
// round's start and its end there is no holdout. "dev-130" (200 sentences
// on how news words Rafah's sheltering, the yearly US military aid and FMF;
// a French and West African press in English translation), written blind as
// the thirty-eighth round began and kept outside the repository while that
// round built readers of those ideas: 0.937 / 2.50 at its start, 0.953 /
// 2.50 at its end; floor 0.95 and 2.55.
// "dev-134" and "dev-135" are the fortieth round's two holdouts (then
// *.holdout.yaml and *-b.holdout.yaml, 270 sentences each, each by its own
// author: an Indonesian and Malaysian English-language press; a
// Scandinavian and Finnish press in English translation), written blind as
// the thirty-ninth round began and kept outside the repository until its
// end, read with the code of that round's start (99f7297d): recall 0.974
// (337 of 346), 0.37 false alarms per 100 sentences, qualifiers 1.000 (per
// set 0.960 / 0.37 and 0.988 / 0.37), and at its end (a4d42911): recall
// 0.977 (338 of 346), 0.37 false alarms per 100 sentences, qualifiers 0.997
// (per set 0.966 / 0.37 and 0.988 / 0.37), before any tuning on them;
// renamed to dev files as the fortieth round began tuning on them: floors
// 0.96 and 0.4, 0.985 and 0.4. Between the fortieth round's start and its
// end there is no holdout.
// "dev-137" and "dev-138" are the forty-first round's two holdouts (then
// *.holdout.yaml and *-b.holdout.yaml, 270 sentences each, each by its own
// author: an Israeli English-language press; Chinese state media in English
// and a Hong Kong and Singapore English-language press), written blind as
// the fortieth round began and kept outside the repository until its end,
// read with the code of that round's start (a09149c7): recall 0.965 (333 of
// 345), 0.37 false alarms per 100 sentences, qualifiers 0.997 (per set
// 0.948 (164 of 173) / 0.37 and 0.983 (169 of 172) / 0.37), and at its end
// (bf48df35): the same, figure for figure (per set 0.948 (164 of 173) /
// 0.37 and 0.983 (169 of 172) / 0.37), before any tuning on them, renamed
// to dev files as the forty-first round began tuning on them: floors 0.945
// and 0.4, 0.98 and 0.4. Between the forty-first round's start and its end
// there is no holdout.
// "dev-140" and "dev-141" are the forty-second round's two holdouts (then
// *.holdout.yaml and *-b.holdout.yaml, 270 sentences each, each by its own
// author: a Thai and Vietnamese press in English; a Horn of Africa press in
// English), written blind as the forty-first round began and kept outside
// the repository until its end, read with the code of that round's start
// (e3219e3a): recall 0.968 (335 of 346), 2.04 false alarms per 100
// sentences, qualifiers 0.997 (per set 0.959 (165 of 172) / 1.85 and 0.977
// (170 of 174) / 2.22), and at its end (08a657ec): the same, figure for
// figure (per set 0.959 (165 of 172) / 1.85 and 0.977 (170 of 174) / 2.22),
// before any tuning on them, renamed to dev files as the forty-second round
// began tuning on them: floors 0.955 and 1.9, 0.975 and 2.25. Between the
// forty-second round's start and its end there is no holdout.
// "dev-143" and "dev-144" are the forty-third round's two holdouts (then
// *.holdout.yaml and *-b.holdout.yaml, 270 sentences each, each by its own
// author: a Polish and Baltic press in English translation; a Filipino
// press in English), written blind as the forty-second round began and kept
// outside the repository until its end, read with the code of that round's
// start (675c459f): recall 0.936 (321 of 343), 2.04 false alarms per 100
// sentences, qualifiers 1.000 (per set 0.912 (156 of 171) / 2.22 and 0.959
// (165 of 172) / 1.85), and at its end (70ff972a): the same, figure for
// figure (per set 0.912 (156 of 171) / 2.22 and 0.959 (165 of 172) / 1.85),
// before any tuning on them, renamed to dev files as the forty-third round
// began tuning on them: floors 0.91 and 2.25, 0.955 and 1.9. Between the
// forty-third round's start and its end there is no holdout.
// "dev-146" and "dev-147" are the forty-fourth round's two holdouts (then
// *.holdout.yaml and *-b.holdout.yaml, 270 sentences each, each by its own
// author: a Ukrainian press in English and English translation; a West
// African press in English), written blind as the forty-third round began
// and kept outside the repository until its end, read with the code of that
// round's start (907bae89): recall 0.966 (337 of 349), 0.00 false alarms
// per 100 sentences, qualifiers 1.000 (per set 0.954 (165 of 173) / 0.00
// and 0.977 (172 of 176) / 0.00), and at its end (086a618e): the same,
// figure for figure (per set 0.954 (165 of 173) / 0.00 and 0.977 (172 of
// 176) / 0.00), before any tuning on them, renamed to dev files as the
// forty-fourth round began tuning on them: floors 0.95 and 0.05, 0.975 and
// 0.05. Between the forty-fourth round's start and its end there is no
// holdout.
// "holdout" is the forty-fifth round's two holdouts (*.holdout.yaml and
// *-b.holdout.yaml, 270 sentences each, each by its own author: a Turkish
// press in English and English translation; an Egyptian and Jordanian press
// in English and English translation), written blind as the forty-fourth
// round began and kept outside the repository until its end, read with the
// code of that round's start (66578203): recall 0.991 (344 of 347), 0.19
// false alarms per 100 sentences, qualifiers 1.000 (per set 0.988 (171 of
// 173) / 0.37 and 0.994 (173 of 174) / 0.00), and at its end (54a2e024):
// the same, figure for figure, before any tuning on them; floor 0.99 and
// 0.25. Kept blind through the forty-fifth round (no tuning on them), they
// read the same again at its end (888669ce), figure for figure.
// "dev-148" (200 sentences weighted to false alarms, each negative's kind
// named; a US local television and radio press), written blind as the
// forty-fourth round began and kept outside the repository while that round
// worked on false alarms: recall 0.988 (80 of 81), 0.50 false alarms per
// 100 sentences, qualifiers 1.000 at its start, the same at its end; floor
// 0.985 and 0.55.
// "dev-145" (200 sentences weighted to false alarms, each negative's kind
// named; a Korean and Japanese press in English), written blind as the
// forty-third round began and kept outside the repository while that round
// worked on false alarms: recall 0.988 (79 of 80), 2.00 false alarms per
// 100 sentences, qualifiers 1.000 at its start, the same at its end; floor
// 0.985 and 2.05.
// "dev-142" (200 sentences weighted to false alarms, each negative's kind
// named; an Irish press), written blind as the forty-second round began and
// kept outside the repository while that round worked on false alarms:
// recall 0.912 (73 of 80), 3.50 false alarms per 100 sentences, qualifiers
// 1.000 at its start, the same at its end; floor 0.91 and 3.55.
// "dev-139" (200 sentences weighted to false alarms, each negative's kind
// named; a Dutch and Belgian press in English translation), written blind
// as the forty-first round began and kept outside the repository while that
// round worked on false alarms: recall 0.963 (77 of 80), 3.00 false alarms
// per 100 sentences, qualifiers 1.000 at its start, the same at its end;
// floor 0.96 and 3.05.
// "dev-136" (200 sentences weighted to false alarms, each negative's kind
// named; a Russian-language press in English translation), written blind as
// the fortieth round began and kept outside the repository while that round
// worked on false alarms: recall 1.000 (80 of 80), 0.50 false alarms per
// 100 sentences, qualifiers 1.000 at its start, the same at its end; floor
// 0.995 and 0.55.
// "dev-133" (200 sentences weighted to false alarms, each negative's kind
// named; a Gulf Arabic press in English translation), written blind as the
// thirty-ninth round began and kept outside the repository while that round
// worked on false alarms: recall 0.988 (80 of 81), 1.50 false alarms per
// 100 sentences, qualifiers 0.986 at its start, recall 0.988 (80 of 81),
// 1.00 false alarms per 100 sentences, qualifiers 0.986 at its end; floor
// 0.985 and 1.05.
// "dev-107" (250 sentences in which the count is told in other words:
// count nouns such as "the tally", verbs of the event with no count noun,
// labels, money and units by other names; half hard negatives using the
// same devices for something else, each case's kind named) was written
// blind as the twenty-eighth round began: 0.835 and 1.60 as written
// (76373584).
// "dev-104" (250 sentences about figures that change: revisions,
// corrections, old and new totals in one sentence, headline verbs of change
// and of bounds; half hard negatives, each case's kind named) was written
// blind as the twenty-seventh round began: 0.898 and 6.00 as written
// (c5a9b73c).
// "dev-101" (250 sentences with several numbers each, half hard
// negatives, each case's kind named) was written blind as the twenty-sixth
// round began: 0.946 and 1.60 as written (0e80dd35).
// "dev-97" (253 sentences, half hard positives and half hard negatives of
// 180 named kinds, from structured and fragmentary copy: timelines, fact
// boxes, bullets, corrections, captions, tables in prose, quizzes, tickers,
// digests, Q&A) was written blind as the twenty-fifth round began: 0.955
// and 4.74 as written (18db07e3); floor 0.95 and 4.75.
// "dev-98" (254 sentences, 89 hard negatives, each case's kind named, of
// English translated from Russian, Ukrainian, Central Asian, Turkish,
// Arabic, Persian and Chinese outlets) was written blind as the
// twenty-fifth round began: 0.925 and 1.18 as written (1603e229); floor
// 0.92 and 1.2.
// and 4.74 as written (18db07e3); floor 0.95 and 4.75. fa25 read nine of
// its twelve false alarms and two of its six misses by class: 0.970 and
// 1.19, floor 0.965 and 1.2.
// "dev-94" (255 sentences, two thirds hard negatives of 255 named kinds,
// from many kinds of outlet: trade, sports and culture pages, obituaries,
// court and parliamentary reports, podcasts, newsletters) was written blind
// as the twenty-fourth round began, to test false alarms: 0.955 and 3.92
// as written; floor 0.95 and 3.95. fa24 read eight of its ten false alarms
// by class (an inverted condition, a live blog's label before a stretch
// that is the subject, an excluded country after a programme's "for", a
// later agreement named after the amount, a part reported in a "with"
// clause, a share's amount in apposition, a question whether a claim is
// true, a reading on the event's first night) and its four misses (a tally
// noun answering a question, parts that "make up" a whole, an
// existential's elided noun, the "with" clause's total): 1.000 / 0.78,
// floor 0.995 and 0.8.
// "dev-91" (253 sentences, half positives and half hard negatives of 168
// named kinds, from local TV sites, newsletters, podcasts, NGO releases,
// parliamentary and court records, science desks) was written blind as the
// twenty-third round began: 0.923 and 1.58 as written; floor 0.92 and 1.6.
// 0.97 and 0.75. fa23 read dev-89's eight false alarms by class (a vague
// amount alone, an earlier war dated "of 2014", another country's body
// named by its demonym, another owner's formation, a rally's size, a
// stock said to include earlier displacement, the place named only as a
// fronted operation): 0.977 / 0.00, floor 0.975 and 0.05.
// "dev-87" (256 sentences, three quarters positives of 58 named kinds)
// and "dev-88" (257 sentences, two thirds hard negatives of 85 named kinds,
// from regional and specialist outlets too) were written blind as the
// twenty-second round began, to test misses and false alarms: 0.9246 and
// 0.00, 0.977 and 2.72 as written; floors 0.92 and 0.05, 0.975 and 2.75.
// fa22 read dev-88's seven false alarms as classes (a remark that no count
// vouches for the figure, unvouched.go; a circulated figure with "no
// basis", rejectedclaim.go; a doubting question, doubtedquestion.go; a swap
// a party denies, values.go; an "itself" aside on another country,
// itselfaside.go; a keyword in a "with" clause's place, withplace.go; a
// fronted name set inside Rafah, placedinside.go): 0.977 and 0.00, floor
// 0.975 and 0.05.
// "dev-85" and "dev-86" are the twenty-second round's two holdouts (then
// *.holdout.yaml and *-b.holdout.yaml, 270 sentences each, each by its own
// author: a humanitarian and policy desk; an Australian, New Zealand and
// Pacific desk), written blind as the twenty-first round began and kept
// outside the repository until its end, read with the code of that round's
// start (61d6751b): 0.966 / 0.37 and 0.960 / 0.74; at its end: 0.977 /
// 0.37 and 0.966 / 0.74, before any tuning on them; floors 0.975 and 0.4,
// 0.965 and 0.75. Renamed as the twenty-second round began tuning on them.
// tune22 read their misses and false alarms by class (a span between a
// change and the level it reached, a period after the value a total is
// put at, an earlier year after a colon, a deal's batch per a count, an
// aside ending on a name after its preposition, a clause as a modal's
// subject, a vigil's day, an aside on another country, a country's body
// as speaker, a relative clause on a count noun's keyword, a count freed
// in a clause of its own): dev-85 0.994 and 0.00, dev-86 0.994 and 0.00
// (qualifiers 1.000): floors 0.99 and 0.05 each. The same readings moved
// dev-28 to 0.963, dev-46 to 0.994, dev-75 to 0.961, dev-79 to 0.975 and
// dev-81 to 1.000, their false alarms unchanged: floors 0.96, 0.99, 0.96,
// 0.975, 0.995.
// "dev-80" and "dev-81" are the twenty-first round's two holdouts (then
// *.holdout.yaml and *-b.holdout.yaml, 270 sentences each, each by its own
// author: a Middle Eastern English-language desk; an Eastern European and
// Turkish desk), written blind as the twentieth round began and kept
// outside the repository until its end, read with the code of that round's
// start (76500de6), halfway through and at its end, before any tuning on
// them: 0.965 (0.9649) / 0.74 and 0.971 / 0.00 each time; floors 0.96 and 0.75,
// 0.97 and 0.05. Renamed as the twenty-first round began tuning on them.
// tune21 read their misses and false alarms by class (an episode's place
// on the compass, a people's name before "abroad", a plural subject's
// dated phrase before "top", a list item with no label, an answer's
// remainder, a verb before "thousands", a total linked by "for", a
// capital's label, "a city now holding", a question's inversion, a figure
// noun's level with its owner named after): dev-80 0.988 and 0.00, dev-81
// 0.994 and 0.00 (qualifiers 1.000): floors 0.985 and 0.05, 0.99 and 0.05.
// The same readings, a person's war ("Putin's war", personowner.go), a
// fronted "At 12.6m," and a phrase of place between commas moved dev-79 to
// 0.971, dev-39 to 0.960 and dev-44 to 0.951, their false alarms
// unchanged: floors 0.97, 0.955, 0.95.
// "dev-79" (261 sentences, three quarters positives of 45 kinds of
// wording, each named in a comment) was written blind as the twentieth
// round began to test misses: 0.912 and 1.15 as written; floor 0.91 and
// 1.2. rec20: asides that interrupt a clause (interruptaside.go), a
// fronted "With ... at N," phrase (frontedwith.go), a part marked "alone"
// before a running total (runningpart.go), a revision under way
// (revisionongoing.go) and a "where" clause that names the whole
// (wherewhole.go) moved dev-79 to 0.946 and dev-75 to 0.951, their false
// alarms unchanged: floors 0.945 and 0.95; a lone "one" counting the noun
// after it (onenoun.go) moved dev-79 to 0.951 and 0.77: floor 0.95 and 0.8;
// "NAME alone" sparing the whole a part is taken of (alonewhole.go) to
// 0.956: floor 0.955.
// "dev-83" (262 sentences, three quarters positives of named kinds, each
// named in a comment) was written blind as the twenty-first round began
// to test misses: 0.887 and 1.15 as written (qualifiers 0.976). rec21: a
// figure restated after its copula as a count, "N, the ministry said, is
// now the number of ..." (cleftcount.go), "it" after a recent fronted
// time and a count an excluded owner keeps (itsubject.go), an aside
// between a figure and its noun (nounaside.go), a tally's value in an
// apposition before its own verb (valueapposition.go) and "revised its
// toll up to" (figures/uplevel.go) moved it to 0.936 and 0.76
// (qualifiers 0.983), the other dev files unchanged: floor 0.935 and 0.8.
// rec23c: "it" as the object of a valuing verb pointing back to the
// count the sentence before names (putitat.go) moved it to 0.951 and 0.00,
// the other dev files unchanged: floor 0.95.
// "dev-78" (265 sentences, two thirds hard negatives of 67 kinds, each
// named in a comment) was written blind as the twentieth round began to
// test false alarms: 0.978 and 1.51 as written; floor 0.975 and 1.55.
// fa20 read its four false alarms (a keyword placed in another country
// before its figure, a headline's year right before a noun of war, a
// city's battle as the subject, "before" a war told by its owner): 0.978
// and 0.00, floor 0.975 and 0.05.
// "dev-76" and "dev-77" are the twentieth round's two holdouts (then
// *.holdout.yaml and *-b.holdout.yaml, 270 sentences each, each by its own
// author: a West African and East African English-language desk; a
// business and financial desk), written blind as the nineteenth round
// began and kept outside the repository until its end, read with the code
// of that round's start (31bb4734), halfway through and at its end, before
// any tuning on them: 0.983 and 0.56 each time (per set 0.983 / 1.11 and
// 0.983 / 0.00); then renamed as the twentieth round began tuning on them:
// floor 0.98 and 1.15, 0.98 and 0.25. tune20: "as of" dating a running
// total (asofreading.go), a people's scope word placed abroad as a
// diaspora (diaspora.go), a figure after "among the" as a whole of its own
// (amongthewhole.go), an exclude word after a fronted "With" phrase
// (frontedwith.go), a compass part closed by "alone" (compassalone.go) and
// a label listing earlier places and years (since.go) moved dev-76 to
// 0.989 and 0.37, dev-77 to 0.988 and 0.00, dev-75 to 0.956 and dev-39 to
// 0.954, their other readings unchanged: floors 0.985 and 0.4, 0.985 and
// 0.05, 0.955, 0.95. A modal before a state of crowding ("may be packed
// into", hedgedstate.go) and a partitive pointing back ("four of the
// remaining units are in Rafah", partitiveback.go) moved dev-76 and dev-77
// to 0.994 each and dev-49 to 0.983: floors 0.99, 0.99, 0.98.
// "dev-75" (270 sentences, 200 positives of 29 named kinds) was written
// blind as the nineteenth round began to test misses: 0.854 and 1.85 as
// written (qualifiers 0.988); floor 0.85 and 1.9. rec19: a sentence's
// opening subject read past its aside to the verb that gives its value
// (subjectcount.go) moved dev-75 to 0.907 and dev-9 to 0.979, their false
// alarms unchanged: floors 0.905 and 0.975. rec19: "that number" and "It"
// pointing back to the count the sentence before names (thatcount.go,
// itcount.go) moved dev-75 to 0.941: floor 0.94; a spoken correction
// with an apology of its own subject and verb ("— I'm sorry, twelve
// thousand —", corrected.go) to 0.946 and 1.48: floors 0.945 and 1.5.
// "dev-74" (270 sentences, 178 hard negatives of 51 kinds, each named in a
// comment) was written blind as the nineteenth round began to test false
// alarms: 0.968 and 2.59 as written; floor 0.965 and 2.6.
// Branch fa19 read denials (selfdenied.go, rejectedclaim.go's reports) and
// counts since replaced (supersededfigure.go): dev-74 0.968 and 1.48; floor
// 0.965 and 1.5. A thing set apart past the noun an adjective of separation
// heads (setapartnoun.go): 0.968 and 1.11; floor 1.15. "There" pointing
// back to a foreign country the sentence before names (pointedcountry.go):
// 0.968 and 0.74; floor 0.75. A reporter's "Here in PLACE," and a count
// said twice sharing its first's exclude word (hereplace.go,
// restatedplace.go): 0.968 and 0.37; floor 0.4. Then two classes of its
// misses: an exclude word in a negated phrase of telling apart
// (undistinguished.go) and another amount after a figure opening a
// quantity of its own ("surpass 50,000 three weeks on", counts.go): 0.989
// and 0.37; floor 0.985. The second moved dev-41 to 0.913: floor 0.91.
// "dev-72" and "dev-73" are the nineteenth round's two holdouts (then
// *.holdout.yaml and *-b.holdout.yaml, 270 sentences each, each by its own
// author: a Southeast Asian English-language desk; a UK and Irish regional
// and broadcast desk), written blind as the eighteenth round began and kept
// outside the repository until its end, read with the code of that round's
// start (7560386a), halfway through and at its end, before any tuning on
// them: 0.974 and 0.74 each time (per set 0.971 / 0.74 and 0.977 / 0.74);
// then renamed as the nineteenth round began tuning on them: floor 0.97
// and 0.75, 0.975 and 0.75.
// "dev-69" (123 broadcast transcript sentences, 41 hard negatives) was
// written by branch spoken17 for broadcast speech before its code: fillers
// and hedges inside the figure's phrase, a figure restated after a dash, a
// vocative, an elliptical topic fragment, a self-correction. As written
// 0.817 and 2.44 (qualifiers 0.905); after spoken17's readings (spoken
// topics, fillers in the window and the finder, a dash's restatement, a
// vocative before a restating clause, a correction's replacement, an
// apposition before a modal) 1.000 and 0.81 (qualifiers 1.000): floor
// 0.995 and 0.85.
// "dev-53", "dev-54" and "dev-55" were written blind as the thirteenth
// round began, each by its own author (dev-51 and dev-52 are kept for the
// thirteenth round's holdouts, which become dev files at its end): dev-53
// (270 sentences, an ordinary mix from a European broadcaster's English
// service and Middle Eastern, East African and South Asian papers) 0.919
// and 1.85 as written; dev-54 (270, an ordinary mix with wide variety of
// wording, a US regional chain and a British aggregator) 0.959 and 1.11;
// dev-55 (240, half hard negatives in ordinary registers) 0.917 and 1.67;
// floors 0.915 / 1.9, 0.955 / 1.15 and 0.915 / 1.7 until tuned on.
// "dev-62" was written blind as the fifteenth round began (270 sentences,
// an ordinary mix from US cable, network and digital newsrooms): 0.978 and
// 1.11 as written; floor 0.975 / 1.15 until tuned on. dev-60 and dev-61 are
// kept for the fifteenth round's holdouts, renamed at its end.
// "dev-68" was written blind as the seventeenth round began (270
// sentences, a Latin American and Caribbean English-language desk, weighted
// a little to hard negatives and awkward shapes): 0.977 and 1.85 as
// written; floor 0.975 / 1.9 until tuned on. dev-66 and dev-67 are the
// seventeenth round's holdouts, above. Branch fa17 (its false alarms and
// misses by class, broadcast transcripts left to spoken17: the start
// attack as the subject of the verb, a country's "fled to", a "with" clause
// of place, a question dated by an earlier year, a year given as an
// example "such as 2014", a swap side told by "the release of") took it to 0.988
// and 0.37; floor 0.985 / 0.4.
// "dev-65" was written blind as the sixteenth round began (270 sentences,
// weighted to false alarms: 120 hard negatives, from a Southeast Asian and
// Pacific desk): 0.933 and 0.74 as written; floor 0.93 / 0.75 until tuned
// on. dev-63 and dev-64 are kept for the sixteenth round's holdouts.
// Branch fa16b (its misses and false alarms by class: a "where" pointing
// back to a place, a word judging an owner's count, the ministry's total,
// a day a clause gives as the quake's, sales approved in the passive,
// money another country receives, a forecast noun's "of", a noun of
// passage that is no list item) read it 0.964 / 0.00: floor 0.96 / 0.25.
// Branch fa15 (the misses and false alarms of dev-62 and of the earlier
// rounds' holdouts dev-51, 52, 56 and 57, by class: a side after an
// adjective, "let ... go", the whole of a part, a term's range of years, a
// name dated "in YEAR", a superlative's yardstick, "back in" a place, "must
// start with", an exclude word naming the setting, "worldwide" after the
// keyword, a dashed total, a keyword placed in an excluded event) read
// dev-52 0.983 / 0.37 (from 0.949 / 0.74), dev-56 0.988 / 0.00 (0.983 /
// 0.74), dev-57 0.960 / 0.37 (0.949 / 0.74) and dev-62 0.989 / 0.74 (0.978
// / 1.11): floors 0.98 / 0.4, 0.985 / 0.25, 0.955 / 0.4 and 0.985 / 0.75.
// "dev-58" and "dev-59" were written blind as the fourteenth round began,
// each by its own author: dev-58 (200 sentences, an ordinary mix from a
// Canadian and Caribbean desk) 0.969 and 0.50 as written, dev-59 (240,
// half hard negatives in ordinary registers) 0.959 and 1.25; floors 0.965 /
// 0.55 and 0.955 / 1.3 until tuned on. Branch fa14 (their false alarms and
// misses by class: an examination's object, a recipient in a relative
// clause, another place as a count's owner, another country's side of a
// border town; a long phrase on the subject, a speaker's name past a
// label, a reading by an anniversary weighed as a figure, a transfer's
// forms, a swap packed into one compound) read dev-58 1.000 / 0.00 and
// dev-59 0.984 / 0.00: floors 0.995 / 0.25 and 0.98 / 0.25.
// Branch fa13 (the thirteenth round's false alarms on the fresh batches, by
// class: a part fronted with "alone" inside a quote or after a speaker's
// label, a level read at the start of the war, a "where"/"when" clause on a
// foreign country, a study's estimate in its "that" clause or credited
// after the figure, a headline opening on an earlier event's year, a
// place's size in ordinary times, "claim COUNT" said by people who speak,
// "would take it past" as a projection) read dev-49 0.955 / 1.11, dev-50
// 0.937 / 1.85, dev-53 0.919 / 1.11, dev-54 0.965 / 0.37, dev-55 0.917 /
// 0.42 and dev-47 0.974 / 0.50 (dev-48 unchanged): floors 0.95 / 1.15,
// 0.935 / 1.9, 0.915 / 1.15, 0.96 / 0.4, 0.915 / 0.45 and 0.97 / 0.55.
// "dev-47" (variety of wording, third batch; 0.960 / 4.50 as written) and
// "dev-48" (half hard negatives in ordinary registers; 0.971 / 7.50 as
// written) are 200 sentences each written blind as the twelfth round
// began; tuned on by vocab12 and fa12b: 0.974 / 1.50 and 0.990 / 1.00 at
// the round's end, floor 0.97 / 1.5 and 0.985 / 1.0. At the round's end
// dev-45 reads 0.994 / 0.00 and dev-46 0.989 / 0.00: floor 0.99 and
// 0.985, 0.25.
// "dev-31" is 210 sentences written blind as the tenth round began, with
// a holdout's ordinary mix (a morning-briefing editor's month of reading):
// 0.943 and 2.86 as written; branch fa10 (its false alarms by class)
// 0.950 and 0.95, floor 0.95 and 1.0, and dev-29 and dev-30 0.00 per
// 100, floor 0.25; branch recall10 (five classes of miss) 0.986 recall,
// floor 0.98.
// "dev-32" is 210 sentences, half of them hard negatives, written blind as
// the tenth round began (what real copy holds beside a tracked figure, and
// the figure in unusual wordings): 0.916 and 7.14 as written; 0.963 and
// 6.67 after recall10b's recall pass; 0.925 and 0.48 after fa10b's false
// alarms alone; both merged: 0.972 and 0.00, floor 0.97 and 0.25.
// "dev-33" is 210 sentences written blind in the tenth round with a
// holdout's ordinary mix (a fact-checking site's research desk over a
// year): 0.993 and 0.95 as written with the rules after the round's first
// merges, floor 0.99 and 1.0 until tuned on.
// "dev-34" is 210 sentences written blind in the tenth round, weighted to
// the hardest registers (headlines, transcripts, live blogs, fact boxes,
// captions; 86 hard negatives): 0.945 and 2.38 as written with the rules
// after the round's first merges, floor 0.94 and 2.4 until tuned on.
// "dev-35" is 210 sentences written blind in the tenth round with a
// holdout's ordinary mix (an outlet group's English service, public
// broadcasters, a Gulf daily, an Indian wire, a US regional chain): 0.935
// and 0.95 as written with the rules after the round's second merges
// (speed10b, claim10), floor 0.93 and 1.0 until tuned on.
// "dev-36" is 210 sentences written blind in the tenth round, half of
// them hard negatives, in long analytical sentences with several figures
// each: 0.835 and 13.33 as written with the rules after the round's second
// merges, the furthest of any batch; floor 0.83 and 13.4 until tuned on.
// "dev-37" is 210 sentences written blind in the tenth round with a
// holdout's ordinary mix (a humanitarian policy newsletter's year of
// European, Turkish and Israeli English-language copy): 0.942 and 0.95 as
// written with the rules after the round's third merges (spoken10,
// fa10c), floor 0.94 and 1.0 until tuned on.
// Tuned on by fa10d (false alarms in long sentences): 0.844 and 6.19,
// floor 0.84 and 6.2.
// At the tenth round's end, after all its passes (docs/history/rules-eval-rounds.md,
// "Tenth round: ..."), dev-31 to dev-37 read 0.993 / 0.00, 0.981 / 0.00,
// 1.000 / 0.00, 1.000 / 0.00, 0.993 / 0.00, 0.972 / 0.95 and 1.000 / 0.48,
// and dev-38 and dev-39 (after fix10's three fixes) 0.930 / 2.22 and
// 0.931 / 1.48: the floors sit just under those readings.
// "dev-40" is 200 sentences written blind as the eleventh round began,
// with a holdout's ordinary mix (a Latin American and Iberian wire's
// English desk): 0.938 and 2.50 as written with the tenth round's final
// rules, floor 0.935 and 2.5 until tuned on; after fa11's false-alarm
// fixes 0.938 and 2.00, floor 0.935 and 2.0.
// "dev-41" is 200 sentences, half of them hard negatives, written blind as
// the eleventh round began in the hardest registers (long analysis,
// explainers, transcripts, headlines, key-figure lines): 0.846 and 7.00 as
// written, floor 0.845 and 7.0 until tuned on; after fa11's false-alarm
// fixes 0.856 and 6.00, floor 0.855 and 6.0.
// Branch recall11 (four classes of miss, docs/history/rules-eval-rounds.md
// "Eleventh round: misses of dev-40 and dev-41"), on top of fa11: dev-40
// 0.953 / 2.00, dev-41 0.875 / 5.50; floors 0.95 / 2.0 and 0.87 / 5.5.
// Branch fa11b (another country's count, "Eleventh round: another
// country's count"), on top of recall11: dev-41 0.885 / 4.00, floor
// 0.88 / 4.0.
// "dev-42" is 200 sentences written blind in the eleventh round with a
// holdout's ordinary mix (a Canadian and Australian public broadcaster's
// world desk): 0.962 and 2.50 as written, with the rules before the round
// and after its first three passes (fa11, recall11, claim11) alike; floor
// 0.96 and 2.5 until tuned on. Branch recall11b (misses by class:
// comparisons' other terms, fronted contrasting clauses, spoken "— no,"
// corrections; "Eleventh round: misses of dev-42 and comparisons' other
// terms"): dev-42 0.985 / 2.00, dev-40 0.961 / 2.00; floors 0.98 / 2.0
// and 0.96 / 2.0. Branch fa11c (a figure placed in a named part of the
// metric's place): with recall11b, 0.985 and 0.50; floor 0.98 and 0.5.
// Branch fa11d (parts of the dead as their owner counts
// them, a share valued, an answer's echo; "Eleventh round: parts of the
// dead and an answer's echo"), on top of recall11b: dev-40 0.961 / 1.50,
// dev-41 0.885 / 3.00, dev-42 0.992 / 1.50; floors 0.96 / 1.5, 0.88 / 3.0
// and 0.99 / 1.5. With fa11c merged too, dev-42 reads 0.992 / 0.00:
// floor 0.99 and 0.25.
// Branch recall11c (a count noun that points back to the story's count;
// "Eleventh round: a count noun for the story's count"), on top of main
// at e0b119b: dev-40 0.961 → 0.969, dev-41 0.885 → 0.894, false alarms
// unchanged (1.50, 3.00); floors 0.965 and 0.89.
// "dev-43" is 200 sentences written blind in the eleventh round around
// variety of wording (each positive words its count differently from the
// others: perished, lost their lives, uprooted, crammed, traded, ...; 54
// hard negatives): 0.800 and 2.50 as written, with the rules before the
// round and after fa11b alike; floor 0.80 and 2.5 until tuned on.
// Branch vocab11 (the vocabularies' families, irregular verb forms, a swap
// told by how its people were carried): dev-43 0.960 / 2.50, floor 0.955
// / 2.5; dev-38 0.936 / 2.22, floor 0.935 / 2.25.
// Branch fa11e (a speaker placed in a part, a part's label before a
// colon, a change sought to a sum; "Eleventh round: false alarms of
// dev-41 and dev-43"), with vocab11 merged: dev-43 0.960 / 1.50,
// dev-40 0.961 / 1.00 (dev-41 unchanged, 0.885 / 3.00); floors 0.955 / 1.5
// and 0.96 / 1.0.
// "dev-44" is 160 sentences written blind in the eleventh round around
// variety of wording again (euphemisms, nominalisations, counts told
// through their units; 38 hard negatives): 0.846 and 0.62 as written
// after vocab11 (the rules before the round: 0.837 and 0.62); floor 0.84
// and 0.65 until tuned on. Branch vocab11b (burial told for death,
// homes emptied, a preposition ending a figure's noun, a list of the dead
// told by its entries): 0.911 / 0.62, floor 0.91 / 0.65.
// Branch recall12 (twelfth round: explainers' questions and answers read
// together, a people's adjective after a name's number, a gapped verb of
// freeing, a count noun's phrase of where, tokens one for each person, a
// "where" on the metric's own place, "by the UN's count", a count read
// "by this morning"): dev-45 0.988 / 2.22, dev-46 0.983 / 2.59 (0.971 and
// 0.931 / 2.96 before), dev-35 1.000, dev-38 0.942, dev-39 0.937, dev-40
// 0.977, dev-48 0.981 (false alarms unchanged); floors raised to match.
// Branch recall13 (thirteenth round: the misses of dev-49, dev-50, dev-53,
// dev-54 and dev-55 by class: a noun of a movement of people and an m
// opening a headline, being trapped with nowhere else to go, injuries'
// forms as written and "does" after a figure, comma asides on a subject,
// an inside joined to an outside, verbs of bankrolling an army, a place
// "normally home to" its usual size, a bare label's bracket, the quake's
// "official tally"): dev-49 0.955 -> 0.972, dev-50 0.937 / 2.22 ->
// 0.960 / 1.85, dev-53 0.919 (unchanged), dev-54 0.959 / 1.11 -> 0.983 /
// 0.74 (their wrong values were false alarms too), dev-55 0.926 -> 0.959,
// other false alarms unchanged; dev-20 1.000, dev-43 0.967, dev-44 0.935,
// dev-47 0.980 (one miss fewer each); floors raised to match. Merged with
// fa13, each floor the better of the two branches'.
// Branch fa13b (US military aid figures taken by the wrong metric: a share
// "of all FMF" read as a part of the amount before the dash, a figure said
// "worldwide", a sum set beside "$3.5bn in FMF"): dev-49 0.972 / 1.11 ->
// 0.972 / 0.74, dev-50 0.966 / 1.48 -> 0.966 / 0.74; floors 0.8 and 0.8.
// Branch fa18 (the dev files' false alarms by class, dev-70 and dev-71
// left to tune18: a question about a place's people before the war, "before
// it began", what a ratio is said to be, a count of any one of a kind, people
// said to face the keyword, a host that "gets" its amount past an aside, an
// excluded country fronted with "According to", a country "at its worst,
// when", an earlier year's "when" clause, "its side", a part that reports
// the figure, "there" pointing back to a labelled or asked part, people a
// feared event would drive somewhere) read false alarms per 100 of dev-22
// 0.00, dev-28 0.00, dev-39 0.74, dev-40 0.50, dev-41 1.50, dev-43 0.00,
// dev-48 0.50, dev-51 0.37, dev-53 0.74, dev-62 0.37, dev-63 0.00 and dev-69
// 0.00 (recall unchanged everywhere): floors 0.2, 0.2, 0.75, 0.55, 1.55,
// 0.2, 0.55, 0.4, 0.75, 0.4, 0.2 and 0.2.
// Branch tune19 (nineteenth round: dev-72/73's misses and false alarms by
// class: a scale word alone before "-plus", "South Sudan" as another
// country fronted or holding its own, a fiscal year as one year's amount,
// an event named for an inner place, a capital for its government, an
// inner town that shelters people): dev-72 0.971 / 0.74 -> 0.977 / 0.00,
// dev-73 0.977 / 0.74 -> 0.994 / 0.37, dev-44 0.935 -> 0.943, dev-64
// 0.966 -> 0.972, dev-57 false alarms 0.37 -> 0.00; floors 0.975 / 0.2,
// 0.99 / 0.4, 0.94, 0.97 and 0.2.
// Branch rec22b (twenty-second round: dev-87's misses by class, with the
// same classes in other dev files: a mark named before its figure by
// "of", a recent period after a level a count reached, a list item's
// rate before its separator, "lost" with the dead as its object, a count
// valued in a later clause of its sentence, an m after an article before
// a noun of a count of people): dev-87 0.9246 -> 0.960, dev-29 0.977 ->
// 0.983, dev-44 0.951 -> 0.959, dev-55 0.967 -> 0.975, dev-75 0.956 ->
// 0.961, dev-51 0.966 / 0.37 -> 0.971 / 0.00 (its false alarm was the
// miss's wrong value; other false alarms unchanged); floors 0.955, 0.98,
// 0.955, 0.975, 0.96 and 0.97 / 0.05.
// A later batch starts further from the target: scoring it with the
// others would hide a slide on the older files behind its gains.
var regressionFloors = map[string]Floors{
	"dev":     {MinRecall: 0.985, MaxFalsePer100: 0.25},
	"dev-3":   {MinRecall: 0.99, MaxFalsePer100: 0.25},
	"dev-4":   {MinRecall: 0.985, MaxFalsePer100: 0.25},
	"dev-5":   {MinRecall: 1, MaxFalsePer100: 0.4}, // rec21b; gap38: a city where they shelter, in a story about its region (1.000 / 0.00)
	"dev-6":   {MinRecall: 0.98, MaxFalsePer100: 0.5},
	"dev-7":   {MinRecall: 1, MaxFalsePer100: 0.4}, // rec22: sales since October (1.000)
	"dev-8":   {MinRecall: 0.99, MaxFalsePer100: 0.4},
	"dev-9":   {MinRecall: 0.99, MaxFalsePer100: 0.25},  // rec19; rec30: an evacuation of another place (0.986 / 0.00); gap38: an owner's total, "the UN's verified total" (0.993 / 0.00)
	"dev-10":  {MinRecall: 1, MaxFalsePer100: 0.25},     // rec22: sales since October (1.000)
	"dev-11":  {MinRecall: 0.995, MaxFalsePer100: 0.25}, // rec32: "and there are four of them" (1.000 / 0.00)
	"dev-12":  {MinRecall: 0.99, MaxFalsePer100: 0.25},  // figures26: "30,000; 1.5m in Rafah" a semicolon opens the clause (0.983 / 0.00); gap38: a city where they shelter, in a story about its region (0.989 / 0.00); tune45: "since YEAR" in a restrictive relative clause with no count (0.994 / 0.00)
	"dev-13":  {MinRecall: 0.99, MaxFalsePer100: 0.25},
	"dev-14":  {MinRecall: 0.99, MaxFalsePer100: 0.25},
	"dev-15":  {MinRecall: 0.995, MaxFalsePer100: 0.05}, // rec22: "with four left in Rafah" (0.992); rec32b: "N. That's where the count stands" (1.000 / 0.00)
	"dev-16":  {MinRecall: 0.995, MaxFalsePer100: 0.25},
	"dev-17":  {MinRecall: 0.995, MaxFalsePer100: 0.25},
	"dev-18":  {MinRecall: 0.995, MaxFalsePer100: 0.25},
	"dev-19":  {MinRecall: 0.995, MaxFalsePer100: 0.25}, // rec21b
	"dev-20":  {MinRecall: 0.995, MaxFalsePer100: 0.25},
	"dev-21":  {MinRecall: 0.995, MaxFalsePer100: 0.25},
	"dev-22":  {MinRecall: 0.995, MaxFalsePer100: 0.2},
	"dev-23":  {MinRecall: 0.995, MaxFalsePer100: 0.25}, // rec33: "the earthquakes centred in Kahramanmaras" (1.000 / 0.00)
	"dev-24":  {MinRecall: 0.985, MaxFalsePer100: 0.25},
	"dev-25":  {MinRecall: 0.99, MaxFalsePer100: 0.25},  // rec22: "Four are left in Rafah" (0.991)
	"dev-26":  {MinRecall: 0.99, MaxFalsePer100: 0.25},  // rec30: a spoken sum before "is Foreign Military Financing" (0.979 / 0.00); rec33: a swap told by its sides (0.986 / 0.00); topic39: a bare count of the civilians under a headline on their toll, the UN says (0.993 / 0.00)
	"dev-27":  {MinRecall: 0.995, MaxFalsePer100: 0.05}, // rec21b; fa22: a swap dated to a year before the war (0.993 / 0.00); rec27: a city that holds as the subject, "the southern city" (1.000 / 0.00)
	"dev-28":  {MinRecall: 0.98, MaxFalsePer100: 0.2},   // rec22: "that as many as four are still entrenched" (0.963); tune22: a count freed in a clause of its own, the swap's other side (0.963 / 0.00); rec32: "the number the Gaza health ministry gave us" (0.982 / 0.00)
	"dev-29":  {MinRecall: 0.99, MaxFalsePer100: 0.05},  // rec22b; tune22: "climbed above 17,000 on Thursday", a level (0.983 / 0.00); rec23: "Israel disputes the ministry's toll", a doubting party (0.994 / 0.00)
	"dev-30":  {MinRecall: 0.99, MaxFalsePer100: 0.25},  // rec30: "to evacuate some of the ... sheltering", the whole (0.994 / 0.00)
	"dev-31":  {MinRecall: 0.99, MaxFalsePer100: 0.25},
	"dev-32":  {MinRecall: 0.995, MaxFalsePer100: 0.25},
	"dev-33":  {MinRecall: 0.995, MaxFalsePer100: 0.25},
	"dev-34":  {MinRecall: 0.995, MaxFalsePer100: 0.25},
	"dev-35":  {MinRecall: 0.995, MaxFalsePer100: 0.25},
	"dev-36":  {MinRecall: 0.97, MaxFalsePer100: 0.5}, // fa39: the exodus across the borders and a list's gapped receiving countries (0.972 / 0.48)
	"dev-37":  {MinRecall: 0.995, MaxFalsePer100: 0.5},
	"dev-38":  {MinRecall: 0.985, MaxFalsePer100: 0.05}, // rec22: sales since October, counters summed (0.977); tune24: "Echoes of 2003:" (0.977 / 0.37); rec24: "Turkey and neighbouring Syria" (0.982); tune31: "killed seeking food" (0.982 / 0.00); gap38: an owner's total, "the UN's running total" (0.988 / 0.00)
	"dev-39":  {MinRecall: 0.985, MaxFalsePer100: 0.05}, // rec29: a whole split by place in a dash aside, "— four in Rafah and two in ..." (0.966 / 0.37); rec29b: a "there" after "are" in a statement points back to the place (0.971 / 0.37); rec30: "every year, of which $3.3 billion is FMF", a yearly whole's part (0.977 / 0.37); tune31: a keyword in ", who ... before fleeing to Egypt," (0.977 / 0.00); rec31b: a list item valued by a word (0.983 / 0.00); rec33: a swap told by its sides, "the three released women" (0.989 / 0.00)
	"dev-40":  {MinRecall: 0.98, MaxFalsePer100: 0.05},  // fa23: a study's long "that" clause (0.977 / 0.00); rec30: a spoken sum before "is FMF" (0.984 / 0.00)
	"dev-41":  {MinRecall: 0.94, MaxFalsePer100: 0.5},   // rec22: sales since October, "and four remained intact in Rafah" (0.942 / 1.00); fa26: a question made of a figure alone (0.942 / 0.50)
	"dev-42":  {MinRecall: 0.99, MaxFalsePer100: 0.25},
	"dev-43":  {MinRecall: 0.985, MaxFalsePer100: 0.2}, // rec30b: a subject after a fronted "Taken together," (0.973 / 0.00); tune45: a count drawn from a vague crowd above max ("Of the millions affected, at least 45,000 did not survive") (0.987 / 0.00)
	"dev-44":  {MinRecall: 1, MaxFalsePer100: 0.05},    // rec22b; fa23: a span of spoken years after an event's noun (0.959 / 0.00); tune25: "Rafah's 1.3 million refugees" (0.967 / 0.00); rec30b: a bare plural subject ending on a date (0.976 / 0.00); rec33: "to bring three Israeli women home" (0.984 / 0.00); tune51: an appositive count after a long subject on a tally noun ("The tally of ..., 107 by one congressional count, says"; 1.000 (123 of 123) / 0.00)
	"dev-45":  {MinRecall: 0.99, MaxFalsePer100: 0.25},
	"dev-46":  {MinRecall: 1, MaxFalsePer100: 0.25},     // tune22: a deal's batch per a batch of the other side (0.994 / 0.00); tune39: a city's civilians counted (1.000)
	"dev-47":  {MinRecall: 0.99, MaxFalsePer100: 0.05},  // fa22: estimates after an open condition (0.980 / 0.00); rec22: counters summed (0.987); rec32b: "N — that's where the count stands" (0.993 / 0.00)
	"dev-48":  {MinRecall: 0.985, MaxFalsePer100: 0.05}, // fa23: a vague amount alone (0.990 / 0.00)
	"dev-49":  {MinRecall: 0.99, MaxFalsePer100: 0.05},  // rec27: an exclude word in another clause (0.989 / 0.74); fa31b: a whole "in five brigades, of which Rafah's ..." (0.989 / 0.37); fa32: a keyword in the other term of "as ADJ as the count of" (0.989 / 0.00); idea38: yearly aid read by its giver, period and recipient, "$US" sums (0.994 / 0.00)
	"dev-50":  {MinRecall: 0.985, MaxFalsePer100: 0.05}, // fa22: people who left Rafah, by the question (0.966 / 0.37); rec22: places in the subject's aside (0.971); tune31: "displaced in northern Gaza" beside Rafah (0.971 / 0.00); rec31b: "Four days after the quakes" is live copy (0.977 / 0.00); tune39: a city's civilians counted (0.983); recur42: the described counter's count kept by its verb or owning the figure ("the UN records", "the mission's N deaths") (0.989 / 0.00)
	"dev-53":  {MinRecall: 0.955, MaxFalsePer100: 0.05}, // rec22: sales since October (0.931); fa23: a part of a named whole (0.931 / 0.37); rec24: "together with neighbouring Syria" (0.936); rec27: a city that holds as the subject, "the southern city" (0.942 / 0.37); fa27: "1,200 of their prisoners", a partitive's noun (0.942 / 0.00); both merged (0.948 / 0.00); rec28: "inside the country and out", the whole named (0.954 / 0.00); rec30: "The health ministry says N", the owner's bare figure (0.960 / 0.00)
	"dev-54":  {MinRecall: 0.99, MaxFalsePer100: 0.05},  // fa23b: a share in apposition past the keyword's own tail, "of those uprooted by Sudan's war, some 6.5 million" (0.988 / 0.00); rafah44: a move out of Rafah a negated modal says cannot be made counts the people still there (0.994 / 0.00)
	"dev-55":  {MinRecall: 0.98, MaxFalsePer100: 0.05},  // rec22b; fa27: a sum said without its sign is over rafah_sheltering's new max (0.975 / 0.00); idea38: yearly aid read by its giver, period and recipient, "$US" sums (0.983 / 0.00)
	"dev-51":  {MinRecall: 0.985, MaxFalsePer100: 0.05}, // rec22b; rec27: an exclude word in another clause (0.977 / 0.00); rec30: "annual ... allocation of $3.3 billion" past a "since" (0.983 / 0.00); rec31: the first word past a dateline is no name's (0.989 / 0.00)
	"dev-52":  {MinRecall: 0.98, MaxFalsePer100: 0.4},
	"dev-58":  {MinRecall: 0.995, MaxFalsePer100: 0.25},
	"dev-59":  {MinRecall: 1, MaxFalsePer100: 0.25}, // rec24: a "where" clause joining Turkey and Syria (0.992); swap36: one side of a swap numbered alone relabelled none by the dev count (21 to 8), dev-59:175 (1.000)
	"dev-56":  {MinRecall: 0.985, MaxFalsePer100: 0.25},
	"dev-57":  {MinRecall: 0.985, MaxFalsePer100: 0.2},  // rec22: sales since October (0.971); rec29b: a "there" points back past a short remark ("Perhaps so.") to the place, and stands for "in PLACE" (0.977 / 0.00); idea38: yearly aid read by its giver, period and recipient, "$US" sums (0.983 / 0.00); left42: a partitive side whose noun carries a list of who its people are (0.989 / 0.00)
	"dev-62":  {MinRecall: 0.99, MaxFalsePer100: 0.05},  // fa32: a price "paid for with U.S. military financing" (0.994 / 0.00)
	"dev-65":  {MinRecall: 0.975, MaxFalsePer100: 0.25}, // rec27: an exclude word in another clause (0.969 / 0.00); rec31b: "with Syria's toll added," (0.974 / 0.00); idea38: yearly aid read by its giver, period and recipient, "$US" sums (0.979 / 0.00)
	"dev-60":  {MinRecall: 0.99, MaxFalsePer100: 0.25},  // rec31b: an m in an aside after "2.3 million people", a subject's comma aside with its own count (0.988 / 0.00); ctx35: "Under the current ten-year deal, $3.8 billion a year" answering its question, the hyphened length no amount between (0.994 / 0.00)
	"dev-61":  {MinRecall: 0.98, MaxFalsePer100: 0.4},
	"dev-63":  {MinRecall: 0.99, MaxFalsePer100: 0.2},   // rec22: ", counting those who fled abroad" (0.983); rec31: "Kyiv (AFP) -" a dateline in title case (0.989 / 0.00); tune45: "There are also N civilians" after an existential clause placed "in Rafah" (0.994 / 0.00)
	"dev-64":  {MinRecall: 0.98, MaxFalsePer100: 0.05},  // fa22: "fled the capital" a part (0.972 / 0.74); fa24b: "in Rafah and central camps" a wider place (0.972 / 0.37); fa27: "What is Foreign Military Financing?" defines its answer (0.972 / 0.00); rec33: "three women handed over in Gaza City" (0.978 / 0.00); rec33: "three women handed over in Gaza City" (0.978 / 0.00); gap38: a city where they shelter, in a story about its region (0.983 / 0.00)
	"dev-66":  {MinRecall: 0.985, MaxFalsePer100: 0.05}, // rec22: "of the six remaining", counters summed (0.960); rec23: an agent past "lower than" is the other term's (0.966 / 0.00); rec27: an exclude word in another clause (0.971 / 0.00); rec30: "N people now, according to the ministry" (0.977 / 0.00); rec33: "The UN's verified tally, north of 14,500" (0.983 / 0.00); idea38: yearly aid read by its giver, period and recipient, "$US" sums (0.989 / 0.00)
	"dev-67":  {MinRecall: 0.965, MaxFalsePer100: 0.05}, // fa22: a figure the UN cannot verify (0.955 / 0.37); tune24: "over the past decade" (0.955 / 0.00); rec28: "both countries combined", the whole named (0.961 / 0.00); rec30: an evacuation plan in a clause of its own (0.966 / 0.00)
	"dev-68":  {MinRecall: 1, MaxFalsePer100: 0.05},     // rec22: places after the figure (1.000); fa23: held land in a restating clause (1.000 / 0.00)
	"dev-69":  {MinRecall: 0.995, MaxFalsePer100: 0.2},
	"dev-70":  {MinRecall: 0.995, MaxFalsePer100: 0.2},
	"dev-71":  {MinRecall: 0.995, MaxFalsePer100: 0.2},
	"dev-72":  {MinRecall: 0.99, MaxFalsePer100: 0.2},   // rec21b; rec22: ", counting those who fled abroad" (0.989); rec33: "four Israeli soldiers ... going one way" (0.994)
	"dev-73":  {MinRecall: 0.99, MaxFalsePer100: 0.05},  // fa22: "Rafah: 800,000 flee" (0.994 / 0.00)
	"dev-74":  {MinRecall: 1, MaxFalsePer100: 0.4},      // gap38: a city where they shelter, in a story about its region (1.000 / 0.00)
	"dev-75":  {MinRecall: 0.99, MaxFalsePer100: 0.05},  // rec22b; rec22: "together with those who have fled abroad" (0.961); tune22: a deal's batch per a batch of the other side (0.961 / 1.48); figures26: "three or four battalions" a range (0.976 / 1.11); rec27: inside and outside joined as the subject, "IDPs + refugees" (0.980 / 1.11); fa27: a table row's cell before, slash-paired labels, "ninety — nine-zero —" (0.990 / 0.00); both merged (0.995 / 0.00)
	"dev-76":  {MinRecall: 0.995, MaxFalsePer100: 0.05}, // fa22: a figure the UN has not verified (0.994 / 0.00); rec27: a city that holds as the subject, "the southern city" (1.000 / 0.00)
	"dev-77":  {MinRecall: 0.99, MaxFalsePer100: 0.05},
	"dev-78":  {MinRecall: 0.985, MaxFalsePer100: 0.05}, // fa20: its four false alarms read as another war's, place's or time's (0.978 / 0.00); rec22: "of those left" (0.989)
	"dev-79":  {MinRecall: 0.99, MaxFalsePer100: 0.05},  // tune22: a deal's batch per a group of the other side (0.975 / 0.77); fa23b: "Zamzam, a camp that had sheltered some 500,000" (0.975 / 0.38); tune25: "Where can Rafah's 1.4 million go?" (0.980 / 0.38); fa27: "possible Gaza deaths at" a projection (0.980 / 0.00); rec31: a long label's keyword at its colon (0.985 / 0.00); rec33: "Three women ... were returned on Sunday, and 90 Palestinian prisoners" (0.990 / 0.00)
	"dev-84":  {MinRecall: 0.985, MaxFalsePer100: 0.05}, // fa21b: a country's name before the keyword, a fronted "Worldwide", "the city's", the time a count took, "the remaining" sum, "live there" (0.988 / 0.00)
	"dev-83":  {MinRecall: 0.975, MaxFalsePer100: 0.05}, // fa22: forced to flee the city, a model's output (0.941 / 0.00); rec22: "incl. refugees" (0.946); rec23c: "now puts it at" (0.951 / 0.00); rec27: an aside on a swap's first side (0.956 / 0.00); rec29b: "its latest tally" is the owner's tally (0.961 / 0.00); rec31b: "once Syria's figures were final" (0.966 / 0.00); rec32: "the tally kept by Gaza's health ministry", "There are four of them" (0.975 / 0.00)
	"dev-80":  {MinRecall: 0.985, MaxFalsePer100: 0.05},
	"dev-81":  {MinRecall: 0.995, MaxFalsePer100: 0.05}, // tune22: a count freed in a clause of its own, the swap's other side (1.000 / 0.00)
	"dev-89":  {MinRecall: 0.995, MaxFalsePer100: 0.05}, // rec23: a doubting party, a fronted partitive, "once Syria's late figures are added", "the toll verified by the UN" (1.000 / 2.96); fa23: its eight false alarms by class (0.977 / 0.00)
	"dev-90":  {MinRecall: 0.995, MaxFalsePer100: 0.05}, // rec23: "stood at about 34,500 at the start of May", "$3.8 billion annually including $3.3 billion in FMF", "is now, and it's climbing, more than fifteen thousand", "its total, about 12,900 in spring 2025," (1.000 / 0.74); fa23: a rate "one in N of" a whole (0.971 / 0.37); fa32: a keyword in a clause dating the figure, "on the day tanks rolled into Rafah" (1.000 / 0.00)
	"dev-87":  {MinRecall: 0.97, MaxFalsePer100: 0.05},  // rec22b: a mark named before its figure, a level read at a time, a list item's rate, "lost", a count valued in a later clause, "a 10m-plus displacement" (0.960 / 0.00); rec28: "across both countries", the whole named (0.965 / 0.00); rec29: "only the four in Rafah" of a fronted whole (0.970 / 0.00); rec29b: "The figure ... — about N — comes from the ministry" (0.975 / 0.00)
	"dev-88":  {MinRecall: 0.985, MaxFalsePer100: 0.05}, // fa22: unvouched figures, rejected and doubted claims, denied swaps, places inside and beside (0.977 / 0.00); rec23: "Israel disputes the figures, but ...", a doubting party (0.989 / 0.00)
	"dev-85":  {MinRecall: 0.995, MaxFalsePer100: 0.05}, // tune22: its misses and false alarm by class (0.994 / 0.00); tune25: "US gives Israel $3.8bn a year" (1.000 / 0.00)
	"dev-86":  {MinRecall: 0.995, MaxFalsePer100: 0.05}, // tune22: its misses and false alarms by class (0.994 / 0.00); rec28: "the total in both countries", the whole named (1.000 / 0.00)
	"dev-92":  {MinRecall: 0.99, MaxFalsePer100: 0.05},  // tune24: hearsay denied, "whose toll", "war-crimes cases" (0.983 / 0.00); rec27: an exclude word in another clause (0.988 / 0.00); gap38: a city where they shelter, in a story about its region (0.994 / 0.00)
	"dev-93":  {MinRecall: 0.995, MaxFalsePer100: 0.05}, // tune24: a bare "DAMASCUS —" dateline, "In January alone" with no comma, "the group" denying, "is due", "in occupied areas", "'million-plus'", "Rafah — N people" (1.000 / 0.00)
	"dev-95":  {MinRecall: 0.995, MaxFalsePer100: 0.05}, // tune25: its three misses and its false alarm by class (1.000 / 0.00)
	"dev-96":  {MinRecall: 0.995, MaxFalsePer100: 0.05}, // tune25: its two misses by class (1.000 / 0.00)
	"dev-99":  {MinRecall: 0.985, MaxFalsePer100: 0.05}, // tune26: a fronted other country after "HOST: And", "N of those who fled", a headline list's own predicate, an event shared across "and", "will be dismantled", a "With" phrase's own count, "deaths makes", a speaker label (0.988 / 0.00)
	"dev-100": {MinRecall: 0.995, MaxFalsePer100: 0.05}, // tune26: "Even if the four battalions ... were destroyed tomorrow" (0.988 / 0.00); figures26: "the best part of 1.5m", "talking about, what," (0.994 / 0.00); rec30: arrived "after evacuation orders" (1.000 / 0.00)
	"dev-102": {MinRecall: 1, MaxFalsePer100: 0.05},     // tune27: its seven false alarms by class: a label's year, "And in Lebanon", "Yemen has N displaced", "In Ukraine they say ..., but in Gaza", "Remember Haiti?", ", many of them ... Rafah", "FMF is a grant; it is worth" (0.971 / 0.00); rec28: "passed 10m this week", a bare phrase of time after the m (0.977 / 0.00); rec33: "the UN's civilian count stands above 12,300" (0.983 / 0.00); topic39: the ministry "saying close to forty-four thousand now" under a headline on the toll (1.000 / 0.00)
	"dev-103": {MinRecall: 0.99, MaxFalsePer100: 0.05},  // tune27: "Egypt is the second-largest recipient of FMF, at", "could number in the tens of thousands, perhaps as many as" (0.965 / 0.00); ", the overwhelming majority women and children" (0.971 / 0.00); rec28: "5.6 mil. Sudanese", a magnitude with its own stop (0.977 / 0.00); rec30: "the $N Washington gives Israel annually", "freed for 50 Israeli women" (0.994 / 0.00)
	"dev-115": {MinRecall: 0.99, MaxFalsePer100: 0.05},  // the thirty-second round's holdout A, renamed as the thirty-second round began (0.977 / 1.11); tune32: "Tigray, where estimates of the dead run as high as", "Deir al-Balah, in central Gaza, held", "Uganda shelters N refugees ...; Rafah was asked to hold" (0.983 / 0.00); tune33: an exclude word in a ", with" clause with its own figure, ", of which four remain in Rafah" (0.994 / 0.00)
	"dev-116": {MinRecall: 0.985, MaxFalsePer100: 0.05}, // the thirty-second round's holdout B, renamed as the thirty-second round began (0.953 / 0.37); tune32: "the city, built for around 300,000, now holds", "$500m of the $3.8bn annual package", "the number displaced nationwide" (0.971 / 0.00); tune33: FMF "makes up the bulk of the $3.8 billion" (0.977 / 0.00); tune39: a city's civilians counted (0.988)
	"dev-119": {MinRecall: 0.995, MaxFalsePer100: 0.05}, // the thirty-fourth round's holdout A (an Italian English-language press), renamed as the thirty-fourth round began (0.994 / 0.37); tune34: a "than" inside a figure no comparison ("More than 2,200 ... killed in the 2014 war"), "Once the combined toll passed" a conjunction (1.000 / 0.00)
	"dev-121": {MinRecall: 0.99, MaxFalsePer100: 0.05},  // the thirty-fifth round's holdout A (a Malaysian and Singaporean English-language press), renamed as the thirty-fifth round began (0.983 / 0.37); tune35: a value's part after ", including", "You cannot 'evacuate'" a denied move (0.994 / 0.00)
	"dev-122": {MinRecall: 0.97, MaxFalsePer100: 0.05},  // the thirty-fifth round's holdout B (a Latin American press in English translation), renamed as the thirty-fifth round began (0.924 / 0.74); tune35: the US metrics' scope met by a Gaza story, "Lebanese health authorities put the toll at", "a diaspora ..., estimated at 500,000 people,", "what a toll of 40,000 means", "9 million and rising in early 2024" (0.959 / 0.00); -122:411's past milestone relabelled none by the dev's count at tune35's merge (0.964 / 0.00); topic39: "We're talking, what, thirteen thousand eight hundred civilians" under a headline on the civilian dead (0.970 / 0.00)
	"dev-123": {MinRecall: 0.98, MaxFalsePer100: 0.4},   // the thirty-sixth round's holdout A (a Pakistani English-language press), renamed as the thirty-sixth round began (0.959 / 1.11); tune36: an exclude_near verb's complement ("notified Congress of two"), a part fronted before the sentence ("In the Donetsk region,") (0.959 / 0.37); miss36: an exclude word after a passive verb of comparison ("is dwarfed by Gaza's toll") (0.965 / 0.37); tune39: a "where" clause on two places joined that make the scope (0.971); tune40: circa fused to an amount ("c.1.4 million") (0.977); scope43: a bare count noun takes the one running count the story before names (0.983 / 0.00)
	"dev-124": {MinRecall: 0.98, MaxFalsePer100: 0.05},  // the thirty-sixth round's holdout B (an Egyptian and Levantine press in English translation), renamed as the thirty-sixth round began (0.953 / 1.85); tune36: a spaced "--" no join before "the country", a keyword placed in a part before the figure ("the death toll in government-controlled areas"), "In Syria's rebel-held north-west," a hyphened compound one word, a scare-quoted noun ("17,000 'terrorists'"), "Rafah operation displaced" (0.953 / 0.00); miss36: an exclude word after "is a fraction of" ("a fraction of Gaza's"), "the number of victims of the earthquake" (0.965 / 0.00); tune39: "civilian victims" counted by a figure (0.971); left41: "c. 1.5m" spaced before a level's time (0.976); left42: a span of time between a verb of freeing and "for N" (0.982 / 0.00)
	"dev-125": {MinRecall: 0.98, MaxFalsePer100: 0.05},  // the thirty-seventh round's holdout A (a South African English-language press), renamed as the thirty-seventh round began (0.923 / 0.74); fa37: a noun keyword's act dated by its day ("1,200 lives were lost on October 7") (0.923 / 0.37); tune37: a sum a year for NAME, a story's city after a people's name or with a long subject, "the governorate", a part of no whole, approved transfers, a pronoun's subordinate clause (0.970 / 0.74); fa39: Syria's parts reporting together (0.976 / 0.00); scope43: a bare count noun takes the one running count the story before names (0.982 / 0.00)
	"dev-126": {MinRecall: 0.975, MaxFalsePer100: 0.05}, // the thirty-seventh round's holdout B (a Polish and Central European press in English translation), renamed as the thirty-seventh round began (0.953 / 1.48); fa37: a noun keyword's act dated by its day ("lives were lost on October 7"), a sale's items past a designation ("50 F-15 fighters"), a modal's rise restated ("could run several times higher, perhaps to"), a titled war ("in the Second World War"), a long span "after" an event ("twenty years after the killing that displaced") (0.953 / 0.00); tune37: "makes this the deadliest" a verb with its object (0.959 / 1.48); idea38: yearly aid read by its giver, period and recipient, "$US" sums (0.965 / 0.00); tune39: "on the run" with a war in its sentence (0.971); recur42: the described counter's count kept by its verb or owning the figure ("the UN records", "the mission's N deaths") (0.976 / 0.00)
	"dev-127": {MinRecall: 0.94, MaxFalsePer100: 0.05},  // a fresh batch to tune on (a Canadian press, national and local), written blind as the thirty-seventh round began (0.889 / 1.11); wide37: its three false alarms by class, an excluded name as the subject of "lost", a "where" clause on a listed part reporting a claim, a keyword "on top of" which a total is brought to; and a span of one year of a young count, a unit noun past a quote and the seller's initialism, a share's whole named by the keyword (0.906 / 0.00); idea38: yearly aid read by its giver, period and recipient, "$US" sums (0.918 / 0.00); left40: a headline's verb keyword after a vague count of its people ("millions uprooted") names the story's count for a bare figure (0.924 / 0.00); scope43: a bare count noun takes the one running count the story before names (0.930 / 0.00; tune46: a "there" past a name that speaks ("UN agencies estimate ... are there") and a crowd "now there" before a verb of leaving (0.942 / 0.00)
	"dev-128": {MinRecall: 0.97, MaxFalsePer100: 0.05},  // the thirty-eighth round's holdout A (an Australian and New Zealand regional press), renamed as the thirty-eighth round began (0.894 / 0.74); idea38: yearly aid read by its giver, period and recipient, "$US" sums (0.941 / 0.74); fa38: a place ending a keyword verb's relative-clause antecedent ("the attack on southern Israel that killed"), another country's count after a fronted phrase ("At the height of its civil war, Syria counted"), a headline verb of passing after a tally ("toll in Ukraine passes 12,150") (0.894 / 0.00); tune38: a verb before an adverb of focus, a place's bare m, a share's keyworded whole, a swap compound with nouns (0.924 / 0.74); with the round's other merges and mend38r (0.971 / 0.00)
	"dev-129": {MinRecall: 0.965, MaxFalsePer100: 0.05}, // the thirty-eighth round's holdout B (a Brazilian and Portuguese-language press in English translation), renamed as the thirty-eighth round began (0.942 / 1.11); idea38: yearly aid read by its giver, period and recipient, "$US" sums (0.948 / 1.11); fa38: a figure revised "from" ("revised downward from 1,400"), a bare answer to a question naming another count ("How many wounded? More than 77,000"), a flight to a point of the compass of the labelled city ("Rafah: 100 thousand flee east of city"), ", what," topics exact (0.942 / 0.00); tune38: a year of another act in a relative clause, a swap told "the other way" (0.953 / 1.11); with the round's other merges and mend38r (0.959 / 0.00); recur42: the described counter's count kept by its verb or owning the figure ("the UN records", "the mission's N deaths") (0.965 / 0.00)
	"dev-131": {MinRecall: 0.99, MaxFalsePer100: 0.05},  // the thirty-ninth round's holdout A (a Scottish and Welsh regional press), renamed as the thirty-ninth round began (0.989 / 0.00); tune39: a "where" clause's whole-words after its figure (0.994)
	"dev-132": {MinRecall: 0.985, MaxFalsePer100: 0.05}, // the thirty-ninth round's holdout B (a German press in English translation), renamed as the thirty-ninth round began (0.966 / 1.48); fa39: an agreement's term fronted, a density, "; in Rafah," another clause's, "battalion commanders", "the 30,000 mark is passed" (0.971 / 0.00); tune39: "on the run" with a war, victims counted by a count noun or as civilians, a city's civilians counted (0.989)
	"dev-134": {MinRecall: 0.995, MaxFalsePer100: 0.05}, // the fortieth round's holdout A (an Indonesian and Malaysian English-language press), renamed as the fortieth round began (0.966 / 0.37); tune40: an m before a bracketed source aside, "some hundred", a superlative's long noun phrase before "since", "lost the best part of", two swaps in semicolon clauses (0.994 / 0.00); left42: a swap side closed by a comma before "for" (1.000 / 0.00)
	"dev-135": {MinRecall: 0.995, MaxFalsePer100: 0.05}, // the fortieth round's holdout B (a Scandinavian and Finnish press in English translation), renamed as the fortieth round began (0.988 / 0.37); fa40: money with "more" after it, an amount added (0.988 / 0.00); tune40: "still" before a level dated by a day, a verbless swap a next "That's the deal" names (1.000 / 0.37)
	"dev-137": {MinRecall: 0.985, MaxFalsePer100: 0.1},  // the forty-first round's holdout A (an Israeli English-language press), renamed as the forty-first round began (0.948 / 0.37); tune41: a story naming only a place inside Gaza is about Gaza (0.977 / 0.37); tune41: a tally kept by a body with a name hyphened onto it is no part's (0.983 / 0.37); tune41: a remark on the figure after a dash or with a bare plural subject (0.988 / 0.37); tune41: combatants named through joined names ("Hamas and other ...") are another group (0.988 / 0.00)
	"dev-138": {MinRecall: 0.985, MaxFalsePer100: 0.1},  // the forty-first round's holdout B (Chinese state media in English and a Hong Kong and Singapore press), renamed as the forty-first round began (0.983 / 0.37); tune41: a place fronted with "For" and a comma says whose the figure is (0.983 / 0.00); tune41: an exclude word in a with-clause on more people beyond the total (0.988 / 0.00)
	"dev-140": {MinRecall: 0.995, MaxFalsePer100: 0.05}, // the forty-second round's holdout A (a Thai and Vietnamese press in English), renamed as the forty-second round began (0.959 / 1.85); fa42: a gerund a form of "deny" takes as its object tells an act denied (0.959 / 1.48); fa42: a verb of driving people that is an expected infinitive ("expect the push to force N people to move") (0.959 / 1.11); fa42: a phrase fronted on "Counting" or "Including" that tells a part from before the start (0.959 / 0.74); fa42: a verbless fragment "a city of N" opening the sentence is a place's size (0.959 / 0.37); tune42: 1.000 (172 of 172) by an aside's own since-year, a holder before a relative aside, an episode phrase ending at a clause, a figure no third party can check, a present perfect report, "prior to" a phase (reading); fa43: deaths a span after the keyword narrows to its own period (the dead of a past month, told after the keyword) (1.000 / 0.00)
	"dev-141": {MinRecall: 0.99, MaxFalsePer100: 0.75},  // the forty-second round's holdout B (a Horn of Africa press in English), renamed as the forty-second round began (0.977 / 2.22); fa42: a clause denied after an unowned report, and hearsay with an aside before what it said (0.977 / 1.48); fa42: a state held "already" when the war began, past an aside (0.977 / 1.11); tune42: 0.994 (173 of 174) by a part of a whole past an adjective, a with-clause after a spell of time, a day before "where" (reading); merged (fa42, tune42): 0.994 / 0.74
	"dev-143": {MinRecall: 0.92, MaxFalsePer100: 1.15},  // the forty-third round's holdout A (a Polish and Baltic press in English translation), renamed as the forty-third round began (0.912 / 2.22); fa43: lives a verb puts at stake past a word or two between figure and "lives" (0.912 / 1.85); tune43: 0.918 (157 of 171) / 1.85 by an answer's part "of them" after a bare whole, and "lives" a verb risks counting no dead (reading); tune45: a year after a participle on another noun ("an amnesty granted in 2018") (0.924 / 1.85); fa50: a factor verb's "double from the 28,000 then recorded" is where the change started (0.924 (158 of 171) / 1.11)
	"dev-144": {MinRecall: 0.97, MaxFalsePer100: 1.2},   // the forty-third round's holdout B (a Filipino press in English), renamed as the forty-third round began (0.959 / 1.85); fa43: a sum hyphened to its scale word after a determiner sizes the noun after it (0.965 / 1.48); period44: a likeness to an earlier quake compares (0.971 / 1.48; tune46: a place after the passive verb that reports a count's noun ("deaths have been reported in Syria") is the count's (0.971 / 1.11)
	"dev-146": {MinRecall: 0.99, MaxFalsePer100: 0.05},  // the forty-fourth round's holdout A (a Ukrainian press in English and English translation), renamed as the forty-fourth round began (0.954 / 0.00); tune44: a part after ", including" keeps "alone", a total that included a bounded part, a place in the predicate after a relative clause (0.965 / 0.00); rafah44: a described city taking up the place the title names (0.965 / 0.00); rafah44: the same, a denied move out of the place (0.971 / 0.00); merged (tune44, rafah44): 0.983 (170 of 173) / 0.00; tune45: "in Türkiye alone" after joined verbs ruled every verb's, -146:88 relabelled none (0.988 / 0.00); a spoken figure taken up past a source's aside (0.994 (171 of 172) / 0.00)
	"dev-147": {MinRecall: 1, MaxFalsePer100: 0.05},     // the forty-fourth round's holdout B (a West African press in English), renamed as the forty-fourth round began (0.977 / 0.00); tune44: a whole after its inside and outside parts, a whole that breaks down into named parts (0.989 / 0.00); rafah44: "a city of N" after the title names the place (0.983 / 0.00); rafah44: an owned count's clause ends before "as" and a clause of its own (0.989 / 0.00); merged (tune44, rafah44): 1.000 (176 of 176) / 0.00
	"dev-155": {MinRecall: 0.975, MaxFalsePer100: 0.4},  // the fiftieth round's holdout A (a Japanese and South Korean English-language press), written blind as that round began: 0.954 (167 of 175) / 0.74 at its start and end, untuned; the fifty-first round read its misses as classes (the lead alone; helpers worked through the -154 batch written around them, but the briefs quoted some of its sentences nearly word for word): 0.977 (171 of 175) / 0.37 at that round's end (fae01590), no longer a blind reading; renamed as that round ended
	"dev-156": {MinRecall: 0.975, MaxFalsePer100: 0.4},  // the fiftieth round's holdout B (a Southern African press in English), written blind as that round began: 0.965 (167 of 173) / 0.74 at its start and end, untuned; read as classes likewise: 0.977 (169 of 173) / 0.37 at the fifty-first round's end (fae01590); renamed as that round ended
	"holdout": {MinRecall: 0.955, MaxFalsePer100: 0.4},  // the three blind holdouts together (810 sentences: 0.961, 497 of 517, / 0.37 at the fifty-third round's end; the first two 0.959 / 0.56 at the fifty-second's); *-c.holdout.yaml is the fifty-third round's (an Irish, Australian, Indian, Nigerian and Canadian press; 270 cases), written blind as that round began by an author who read only the corpus README's format and the metric descriptions, kept outside the repository until its end: 0.966 (168 of 174) / 0.00, qualifiers 1.000 (157 of 157) at its start (6e76c008) and at its end, figure for figure; *-b.holdout.yaml is the fifty-second round's (a South African, Gulf, Philippine and US local-TV press and wire copy; 270 cases), written blind as that round began by an author who read only the corpus README's format and the metric descriptions, kept outside the repository until its end: 0.960 (166 of 173) / 0.74, qualifiers 1.000 (154 of 154) at its start (df79c474) and at its end, figure for figure; *.holdout.yaml is the fifty-first round's holdout (a Scottish and Welsh press; a Singaporean and Malaysian press in English; 270 cases), written blind as that round began by an author who read only the corpus README and the metric descriptions, and kept outside the repository until its end: 0.959 (163 of 170) / 0.37, qualifiers 1.000 (153 of 153) at its start (115215e3) and at its end (fae01590), figure for figure
	"dev-152": {MinRecall: 0.98, MaxFalsePer100: 0.05},  // the forty-eighth round's holdout A (an Australian and New Zealand press), written blind as that round began: 0.959 (165 of 172) / 0.37 at its start and end, untuned; the forty-ninth round read its misses as classes (the lead alone; helpers worked through the -151 batch written around them): 0.977 (168 of 172) / 0.37 at that round's end; renamed as the fiftieth round began; renamed as the fiftieth round began; tune50: a part "of those now in" the place is no crowd (0.977 (168 of 172) / 0.00); merged (fa50, tune50): 0.977 (168 of 172) / 0.00; tune51: an appositive count after a long subject on a tally noun ("The number of ..., more than 100 by officials' own count, dwarfs"; 0.983 (169 of 172) / 0.00)
	"dev-153": {MinRecall: 0.99, MaxFalsePer100: 0.05},  // the forty-eighth round's holdout B (a South Asian press in English), written blind as that round began: 0.988 (171 of 173) / 0.74 at its start and end, untuned; the forty-ninth round read its misses as classes: 0.988 (171 of 173) / 0.37 at that round's end; renamed as the fiftieth round began; fa50: a bounded figure restated more precisely in the aside after it (0.994 (172 of 173) / 0.00); tune50: a loose figure said again as a source has it in a dash aside ("well over a million displaced people — by UN counts about 1.4 million —") (0.994 (172 of 173) / 0.00); merged (fa50, tune50): 0.994 (172 of 173) / 0.00
	"dev-149": {MinRecall: 1, MaxFalsePer100: 0.05},     // the forty-fifth round's holdout A (a Turkish press in English and English translation), read blind at the forty-fourth to forty-seventh rounds' ends and renamed as the forty-eighth round began (0.988 (171 of 173) / 0.37); tune48: a verb in -s after a swap's noun with "lays bare", a place as the object of "swelled ... to", a place modifying a headline subject after "Sudan:" (1.000 (173 of 173) / 0.00)
	"dev-150": {MinRecall: 1, MaxFalsePer100: 0.05},     // the forty-fifth round's holdout B (an Egyptian and Jordanian press in English and English translation), read blind at the forty-fourth to forty-seventh rounds' ends and renamed as the forty-eighth round began (0.994 (173 of 174) / 0.00); tune48: a verb in -s after a swap's noun with "tells you who" (1.000 (174 of 174) / 0.00)
	"dev-151": {MinRecall: 0.93, MaxFalsePer100: 0.95},  // a batch written blind as the forty-ninth round began around classes of miss the forty-eighth round's holdouts showed (a Canadian and US public-broadcasting press), by an author who read only the corpus README, the metric descriptions and the classes: 0.832 (114 of 137) / 4.55, qualifiers 0.955 (107 of 112) at the round's start (f264063f), its "and counting" cases relabelled exact by the README's count before landing; tune49b: a with-clause beside a change or rate of another kind, a share's whole named by the crowd's keyword and a share's predicate, the whole crowd a move is planned for (0.905 (124 of 137) / 4.55); tune49: a pause after a topic's "about" (um, uh, you know) leaves the figure exact, a total read "by" a stage of the event in the past perfect is an earlier value, a "when" clause's ordinal "the first ..." does not date a level moved since (0.839 (115 of 137) / 1.82, qualifiers 0.991 (112 of 113)); merged (tune49, tune49b): 0.912 (125 of 137) / 1.82, qualifiers 0.992 (122 of 123); fa50: a bounded figure restated more precisely in the aside after it, a factor verb's "from the N" (0.927 (127 of 137) / 0.91, qualifiers 1.000 (125 of 125)); tune50: a hyphened sum's phrase read past an initialism's stops and an owner's apostrophe ("the $3.8-billion yearly share of U.S. military aid") (0.920 (126 of 137) / 1.82); tune50: the sourced dash restatements ("— roughly 1.4 million, UN agencies say —", "— 34,789 in the ministry's Monday update —") (0.934 (128 of 137) / 0.91); merged (fa50, tune50): 0.934 (128 of 137) / 0.91
	"dev-157": {MinRecall: 0.94, MaxFalsePer100: 1.8},   // a batch of hard negatives for the fifty-third round (AFP and dpa wires, NPR transcripts, a Turkish and a Kenyan daily, Economist-style analysis, live blogs), written blind by a new author: 0.943 (99 of 105) / 3.82, qualifiers 1.000 (91 of 91) at the round's start (6e76c008); fa53a: what a figure counts (lives the verb, a share of the number as a comparison's term): 0.943 (99 of 105) / 3.24 (11 in 340); with fa53b merged (a goal, a reading told then, a past stage, a dismissed claim, a hypothetical, the siege of the city): 0.943 (99 of 105) / 1.76 (6 in 340)
	"dev-154": {MinRecall: 0.91, MaxFalsePer100: 4.1},   // a batch written blind as the fifty-first round began around classes of miss the fiftieth round's holdouts showed (an Indian and Pakistani, Nigerian and Kenyan, Australian and New Zealand and Irish press), by an author who read only the corpus README, the metric descriptions and the classes: 0.864 (152 of 176) / 4.81, qualifiers 0.993 (141 of 142) at the round's start (4a70bc7b), sixteen `# ruling?` cases ruled by the dev count before landing; clause51: a claim weighed in a condition, compatriots as the counted people (0.881, 155 of 176 / 4.81); swap51: a swap's terms beside its totals, 0.875 (154 of 176) / 4.44; merged (tune51, clause51, num51, swap51, claim51a, claim51b, user51): 0.915 (161 of 176) / 4.07
	"dev-148": {MinRecall: 0.985, MaxFalsePer100: 0.55}, // a batch weighted to false alarms (a US local television and radio press), written blind as the forty-fourth round began and read only to measure its work on false alarms: recall 0.988 (80 of 81), 0.50 false alarms per 100 sentences, qualifiers 1.000 at the round's start, the same at its end
	"dev-145": {MinRecall: 1, MaxFalsePer100: 0.05},     // a batch weighted to false alarms (a Korean and Japanese press in English), written blind as the forty-third round began and read only to measure its work on false alarms: recall 0.988 (79 of 80), 2.00 false alarms per 100 sentences, qualifiers 1.000 at the round's start, the same at its end; tune44: a part after ", including" keeps "alone" (1.000 / 2.00); period44: 'Back in YEAR,' frames a past year, a span 'from YEAR up to' opens at its year, a span of time units passed before a fronted 'Before the invasion,' (0.988 / 0.50); rafah44: the wider place's own people ("Gaza's N ..., and Rafah was") left to it (0.988 / 1.50); merged (tune44, period44, rafah44): 1.000 / 0.00
	"dev-142": {MinRecall: 0.95, MaxFalsePer100: 1.55},  // a batch weighted to false alarms (an Irish press), written blind as the forty-second round began and read only to measure its work on false alarms: recall 0.912 (73 of 80), 3.50 false alarms per 100 sentences, qualifiers 1.000 at the round's start, the same at its end; fa43: an earlier level a later clause says has moved since relabelled by the README's 4-to-1 count (0.914 / 3.00); tune43: 0.950 (76 of 80) / 3.00 by a tally answer told through a speaker, a preposition's object naming no speakers, and "a further" sum past the keyword's clause (reading); merged (fa43, tune43): 0.951 / 2.50; fa50: quake-toll-142:95 relabelled the count by the dev files' count ("the toll, then N," 2 to 1) (0.951 (78 of 82) / 1.50)
	"dev-139": {MinRecall: 0.995, MaxFalsePer100: 1.55}, // a batch weighted to false alarms (a Dutch and Belgian press in English translation), written blind as the forty-first round began and read only to measure its work on false alarms: recall 0.963 (77 of 80), 3.00 false alarms per 100 sentences, qualifiers 1.000 at the round's start, the same at its end; fa42: hearsay said to be going round after its figure, "rejected ... as unfounded" (0.963 / 2.50); tune42: 0.988 (79 of 80) by the whole a word of what is left takes a part of, and a clause set in a place of its own after ", and" (reading); merged (fa42, tune42): 0.988 / 2.00; fa43: tokens one for each of an excluded age group (effigies laid out, one per child) (0.988 / 1.50); rafah44: a "there" after a verb points back to the place the sentence before names (1.000 / 1.50)
	"dev-136": {MinRecall: 0.995, MaxFalsePer100: 0.05}, // a batch weighted to false alarms (a Russian-language press in English translation), written blind as the fortieth round began and read only to measure its work on false alarms: recall 1.000 (80 of 80), 0.50 false alarms per 100 sentences, qualifiers 1.000 at the round's start, the same at its end; period44: a past year fronted with 'From' frames the sentence (1.000 / 0.00)
	"dev-133": {MinRecall: 0.985, MaxFalsePer100: 0.55}, // a batch weighted to false alarms (a Gulf Arabic press in English translation), written blind as the thirty-ninth round began and read only to measure its work on false alarms: 0.988 / 1.50 at the round's start, 0.988 / 1.00 at its end; fa40: a place names/within.yaml lists inside the metric's though it hold a scope word, "In Port Sudan, where" (0.988 / 0.50)
	"dev-130": {MinRecall: 0.96, MaxFalsePer100: 0.05},  // a batch on how news words three metrics (a French and West African press in English translation), written blind as the thirty-eighth round began and read only to measure its readers: 0.937 / 2.50 at the round's start, 0.953 / 2.50 at its end; fa39: the whole Strip's count across Gaza or of its people, a neighbour by its owner, a planning figure put ahead, FMF for all countries (0.953 / 0.00); tune48: a level a place grew to, dated by the evacuation orders after it ("ballooned past N since the evacuation orders") (0.961 / 0.00)
	"dev-120": {MinRecall: 0.985, MaxFalsePer100: 0.05}, // the thirty-fourth round's holdout B (a Nigerian press), renamed as the thirty-fourth round began (0.965 / 1.11); tune34: a title-cased speaker label ("Presenter:"), an apposition renaming the keyword's phrase (", that foreign military financing,"), an aside's own keyword ("— more than half of Gaza's 2.3m population —"), "Palestinian and U.N. officials say" after the place, captives "to buy" a truce, "in that Rafah" (0.988 / 0.00)
	"dev-117": {MinRecall: 0.98, MaxFalsePer100: 0.05},  // the thirty-third round's holdout A (an Iberian English-language press), renamed as the thirty-third round began (0.965 / 0.00); tune33: an exclude word in a ", which" clause with its own figure, "in Turkey and in Syria" (0.977 / 0.00); swap36: one side of a swap numbered alone relabelled none by the dev count (21 to 8), dev-117:343 (0.982 / 0.00)
	"dev-118": {MinRecall: 0.99, MaxFalsePer100: 0.05},  // the thirty-third round's holdout B (a US public radio and regional press), renamed as the thirty-third round began (0.982 / 0.74); tune33: its two false alarms by class, a town inside the Strip that "has absorbed", "the coastal Mawasi zone, where ..., now holds" (0.982 / 0.00); fa33: a place named only to locate another, "Khan Younis, just north of Rafah"; swap36: one side of a swap numbered alone relabelled none by the dev count (21 to 8), dev-118:296, :306 (0.994 / 0.00)
	"dev-113": {MinRecall: 0.995, MaxFalsePer100: 0.05}, // the thirty-first round's holdout A, renamed as the thirty-first round began (0.988 / 1.48); tune31: its four false alarms by class, a length joined to its unit in a dated event ("the 51-day war of 2014"), an online claim "dismissed ... as baseless", a dateline's dash typed "--", a speaker's pause after "between" (also a miss); and a swap's side that walks "out of jail" (1.000 / 0.00)
	"dev-114": {MinRecall: 1, MaxFalsePer100: 0.05},     // the thirty-first round's holdout B, renamed as the thirty-first round began (0.983 / 0.37); tune31: a claim that "matches no published count", a headline's quoted verb ("dead 'pass 65,000'", a qualifier), a bare "since 2022" before the main clause's verb (0.989 / 0.00); gap38: a city where they shelter, in a story about its region (0.994 / 0.00); tune39: a city's civilians counted (1.000)
	"dev-111": {MinRecall: 0.985, MaxFalsePer100: 0.05}, // the thirtieth round's holdout A, renamed as the thirtieth round began (0.960 / 1.48); tune30: its four false alarms by class, "Israel's Oct 7 toll", research that "suggested the true toll", "N pregnant women", "$130 billion ... in total" (0.960 / 0.00); rec32: "the health ministry ... puts the figure at" (0.965 / 0.00); swap36: one side of a swap numbered alone relabelled none by the dev count (21 to 8), four cases: dev-111:73, :304, :369, :374 (0.988 / 0.00)
	"dev-112": {MinRecall: 0.99, MaxFalsePer100: 0.05},  // the thirtieth round's holdout B, renamed as the thirtieth round began (0.982 / 1.11); tune30: its three false alarms by class, "Before the war," past the city's size, ", yet in 2014", "— Hatay province alone," (0.982 / 0.00); topic39: "put it at, oh, about thirteen thousand civilians" under a headline on the civilian dead (0.988 / 0.00); scope43: a bare count noun takes the one running count the story before names (0.994 / 0.00)
	"dev-108": {MinRecall: 0.995, MaxFalsePer100: 0.05}, // tune29: an earlier level beside the level now, a "when" aside on a fronted time, people staying in another place, a foreign country named with the metric's, a headline's verb after a plural people noun (0.983 / 1.85 → 1.000 / 0.00)
	"dev-110": {MinRecall: 0.975, MaxFalsePer100: 0.05}, // a blind batch weighted to false alarms (hard negatives of more than sixty kinds, positives beside a figure not to take; each case's kind named), written as the twenty-ninth round began: 0.928 / 3.60 as written; fa110: a negated own predicate, "but the UN can't verify that", "has identified only", "that of the N ...,", a foreign dateline, "higher than the UN's count", "displacement camps", ", with ... 35,418 dead in that country alone", "Rafah now holding 1.5m" (0.964 / 0.80); rec30: a yearly whole's part past a dash aside (0.976 / 0.80); fa30: a level "at the outset" after its figure (false alarms 0.80 → 0.40); fa31b: "there were ... people there" on a visit dated by a year (0.976 / 0.00)
	"dev-109": {MinRecall: 0.995, MaxFalsePer100: 0.05}, // tune29: a change "from X to Y" past its object, a part's verb past an aside, a relative clause on the world's FMF, a date before "killed over" (0.994 / 1.11 → 1.000 / 0.00)
	"dev-105": {MinRecall: 0.99, MaxFalsePer100: 0.05},  // tune28: "em" between commas, a source's name beside inside-and-out, a noun of aim's owner, a relative clause's time, "out of" a place, an excluded owner's estimate, "more or less" (0.971 / 0.74 → 0.994 / 0.00)
	"dev-106": {MinRecall: 0.99, MaxFalsePer100: 0.05},  // tune28: "em" between commas, a count over decades, "the town of N" grown, a lone captive for a crowd, a real relative clause in an unreal sentence (0.988 / 1.11 → 0.994 / 0.00)
	"dev-107": {MinRecall: 0.95, MaxFalsePer100: 0.45},  // tune107: FMF told by what it buys (@military_financing), "refugees abroad included", "count of the uprooted ... 10.2m", "— and that figure now stands at", "pledge to Israel's military", "Hamas units" (0.929 / 1.20); tune29: "of them left" on a bare noun, a source's name beside an included part, a remark ending on "then", the Oct. 7 attack abbreviated (0.945 / 1.20 → 0.961 / 0.40); the forty-third round's end: the when-milestone at israel-gaza-107:517 relabelled the count by left43's ruling, which the rules do not yet read, so the floor follows the corrected label rather than any change of code (0.953)
	"dev-104": {MinRecall: 0.96, MaxFalsePer100: 0.05},  // rec104: a change told new value first ("rose to X from Y"), a count withdrawn as an object or in an aside or said to no longer hold, an earlier report by its verb beside a newer one, "to reach" after a change, a fronted earlier stage of the war, a level revised "after" a survey, a part "not included" (0.937 / 1.60); rec28: "this is both countries now", the whole named (0.945 / 1.60); rec29b: "The figure ... — about N — comes from the ministry" (0.953 / 1.20); fa30: a keyword a town inside the country owns ("El Fasher's displaced ...; the IOM figure is N") (0.953 / 0.80); fa31b: an excluded programme before the figure with the memorandum only in a trailing "under" phrase, "identified dead from N to M" (0.953 / 0.00); scope43: a bare count noun takes the one running count the story before names (0.961 / 0.00)
	"dev-101": {MinRecall: 0.98, MaxFalsePer100: 0.05},  // rec26: its four false alarms and four of its misses by class (0.977 / 0.00); gap38: a city where they shelter, in a story about its region (0.984 / 0.00)
	"dev-97":  {MinRecall: 0.98, MaxFalsePer100: 0.05},  // fa25: a quiz's choices, a timeline entry's date, a range from zero, a place-and-kind label, a held keyword's part, a crime's noun, a chart's latest point (0.970 / 1.19); fa25d: a scenario's date ahead and "if"; fa25c: the commanders of two battalions (0.970 / 0.40); fa26: a modal's guess restated after a comma (0.970 / 0.00); rec28: "both countries 59,259", the whole named (0.977 / 0.00); rec31: a long label's keyword at its colon (0.985 / 0.00)
	"dev-98":  {MinRecall: 0.99, MaxFalsePer100: 0.05},  // rec25: translated value verbs and marks, a "both ... and" aside, "peaceful citizens", "U.S. dollars", "that summer" back to an earlier year (0.971 / 0.79); fa25b: "the city" past "on May 6" is Rafah, left (0.971 / 0.39); fa26: a swap of another war (0.971 / 0.00); rec27: a city that holds as the subject, "the southern city"; inside and outside joined as the subject, "IDPs + refugees" (0.983 / 0.00); rec29: a time inside a fronted whole dates the whole, "four remain" its part (0.988 / 0.00); rec30: "the wounded are more than N", the other figure's subject (0.994 / 0.00)
	"dev-94":  {MinRecall: 0.995, MaxFalsePer100: 0.05}, // fa24: eight of its false alarms and its four misses by class (1.000 / 0.78); :338 relabelled in the thirty-first round to the dev files' practice for a sign stating the toll (1.000 / 0.39); fa32: :299 relabelled to the dev files' practice for a dated earlier reading of the toll (1.000 / 0.00)
	"dev-91":  {MinRecall: 0.99, MaxFalsePer100: 0.05},  // rec23b: hearsay called untrue, long self-denied reports, colon and label restatements, "It"/"there" pointing back to a place, bare plural subjects, a raising passive's agent, a modal's cut, an owner recipient (0.969 / 0.00); rec28: "the combined number for Turkey and Syria", the whole named (0.977 / 0.00); tune45: a name's m before a colon taken up by "they" is a count (0.992 / 0.00)
	"dev-82":  {MinRecall: 0.995, MaxFalsePer100: 0.05}, // fa21: a spoken range, a question's modal, a stamp's city, the outside said by where people went (1.000 / 0.00)
}

// batchOf names the split a corpus file belongs to: its suffix (dev,
// holdout), and for a dev file of a later batch its number ("-4.dev.yaml"
// is dev-4). The first holdout, *-2.dev.yaml, is scored with the first
// dev files.
func batchOf(file string) string {
	for _, s := range []string{"dev", "holdout"} {
		if !strings.HasSuffix(file, "."+s+".yaml") {
			continue
		}
		stem := strings.TrimSuffix(filepath.Base(file), "."+s+".yaml")
		if i := strings.LastIndexByte(stem, '-'); s == "dev" && i >= 0 {
			if n := stem[i+1:]; n != "2" && n != "" && strings.Trim(n, "0123456789") == "" {
				return s + "-" + n
			}
		}
		return s
	}
	return "other"
}

// showHoldout lets a round's end read the blind holdout. Without it the
// holdout split holds its floors and says nothing else (no totals, no
// sentences), so that whoever tunes the rules between rounds cannot read it
// by running the package's tests with -v.
var showHoldout = flag.Bool("holdout", false, "log the blind holdout's scores, misses and false alarms (only at a round's end: never while tuning)")

// TestShippedCorporaFloors scores the shipped metrics on the shipped
// corpora, the dev files and the holdout files each on their own: the
// holdout is what says whether the rules read text nobody tuned them to.
// It fails under a split's regression floor, and logs how far the split is
// from the target.
func TestShippedCorporaFloors(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(corpusDir, "*.yaml"))
	if len(files) == 0 {
		t.Skipf("no labelled corpus in %s: it is merged into the repository separately; nothing to score", corpusDir)
	}
	var ruleFiles []string
	for _, g := range []string{metricsGlob, examples} {
		m, _ := filepath.Glob(g)
		ruleFiles = append(ruleFiles, m...)
	}
	eng, ids := testEngine(t, ruleFiles...)
	splits := map[string][]string{}
	for _, f := range files {
		split := batchOf(f)
		splits[split] = append(splits[split], f)
	}
	names := make([]string, 0, len(splits))
	for s := range splits {
		names = append(names, s)
	}
	sort.Strings(names)
	for _, split := range names {
		t.Run(split, func(t *testing.T) {
			corpora, err := Load(splits[split]...)
			if err != nil {
				t.Fatal(err)
			}
			rep, err := (&Scorer{Rules: eng}).Score(corpora, ids)
			if err != nil {
				t.Fatal(err)
			}
			floors, ok := regressionFloors[split]
			if !ok {
				floors = shippedTarget
			}
			if split == "holdout" && !*showHoldout {
				if under := floors.Check(rep.Total); len(under) > 0 {
					t.Errorf("the blind holdout is under its regression floor: a change made the rules worse on text nobody tuned them to (it is read with -holdout only at a round's end)")
				}
				return
			}
			for _, f := range rep.Files {
				t.Logf("%-34s %s", filepath.Base(f.File), summary(f.Tally))
			}
			for _, m := range rep.Metrics {
				t.Logf("%-34s %s", m.Metric, summary(m.Tally))
			}
			t.Logf("%-34s %s", "all "+split, summary(rep.Total))
			if under := shippedTarget.Check(rep.Total); len(under) > 0 {
				t.Logf("%s corpora under the target (recall %.2f, %.0f false alarm per 100 sentences): %s", split, shippedTarget.MinRecall, shippedTarget.MaxFalsePer100, strings.Join(under, "; "))
			}
			if under := floors.Check(rep.Total); len(under) > 0 {
				var b strings.Builder
				if err := rep.WriteText(&b, floors); err == nil && testing.Verbose() {
					t.Log("\n" + b.String())
				}
				t.Errorf("%s corpora under their regression floor (recall %.2f, %.1f false alarms per 100; the target is recall %.2f and at most %.0f per 100): %s (go test -v, or claimtrack rules eval, lists each miss and false alarm)",
					split, floors.MinRecall, floors.MaxFalsePer100, shippedTarget.MinRecall, shippedTarget.MaxFalsePer100, strings.Join(under, "; "))
			}
		})
	}
}

func summary(t Tally) string {
	return fmt.Sprintf("sentences %3d  recall %.3f (%d/%d)  precision %.3f  false/100 %.2f (%d)  qualifier %.3f (%d/%d)",
		t.Sentences, t.Recall(), t.Hits, t.Expected, t.Precision(), t.FalsePer100(), t.FalseAlarms,
		t.QualifierAccuracy(), t.QualifiersRight, t.QualifiersJudged)
}

// TestExampleMetricsHoldTheirExamples runs the examples of the metrics of
// other stories: no configuration names them, so claimtrack check does not.
func TestExampleMetricsHoldTheirExamples(t *testing.T) {
	files, _ := filepath.Glob(examples)
	if len(files) == 0 {
		t.Fatalf("no example metrics at %s", examples)
	}
	eng, _ := testEngine(t, files...)
	for _, r := range eng.TestExamples() {
		if !r.Passed {
			t.Errorf("%s", r)
		}
	}
}
