package tracker

import (
	"testing"
	"time"

	"github.com/claimtrack/claimtrack/store"
)

// TestLatestSwapDatedByItsDate: "the latest swap" the day after a first
// report of 13 for 39 was read as the next swap, words of another after a
// report that said none (depth56 kept it). When its sentence dates it, by
// a date as by a weekday, the date tells: the latest swap "on March 25",
// the first report's day, is that swap recapped and agrees; the one "on
// 26 March", a day after that report, is the next. Fails on main, where
// the rules read no date as the day told and the recap was posted as
// another exchange.
func TestLatestSwapDatedByItsDate(t *testing.T) {
	// t0 is Monday, March 25, 2024, 09:00.
	eachStore(t, func(t *testing.T, open func() store.Store) {
		runSwapSteps(t, open(), []swapStep{
			{"https://courier.example/one", "Gulf Courier", 0, swapObs(13, 39, "Hamas", "Hamas said it let 13 hostages go in return for 39 jailed Palestinians."), Baseline, 0},
			{"https://ledger.example/recap", "Ledger", 26 * time.Hour, swapObs(13, 39, "the Red Cross", "The latest swap, on March 25, freed 13 captives for 39 inmates, the Red Cross said."), Corroborates, 0},
			{"https://post.example/recap", "Harbour Post", 27 * time.Hour, swapObs(13, 39, "Qatar's foreign ministry", "Thirteen captives went home on Mar. 25 for 39 inmates in the latest swap, Doha's diplomats said."), Corroborates, 0},
			{"https://ledger.example/two", "Ledger", 32 * time.Hour, swapObs(13, 39, "the Red Cross", "The latest swap, on 26 March, freed 13 captives for 39 inmates, the Red Cross said."), Change, 0},
		})
	})
}
