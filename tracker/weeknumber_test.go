package tracker

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/claimtrack/claimtrack/model"
	"github.com/claimtrack/claimtrack/store"
	"gopkg.in/yaml.v3"
)

// TestStoreWeeklyCountsByTheirWeek: through each store, a weekly count's
// sentence that numbers its week ("epidemiological week 10", "in week
// 12") is of that week, not of the week it ran in, and two figures that
// neither sentence dates, published hours apart either side of a Monday,
// count one week (testdata/weekly/steps.yaml). Fails on main: the
// ministry's week-10 figure read after the WHO's week 11 was posted as a
// change (1,236 → 1,150), and the ministry's Monday-morning figure was the
// next week's reading instead of a disagreement with the WHO's Sunday
// evening one. Near misses: a later week's number is a change and a same
// week's number a conflict; undated figures three days apart are two
// weeks'; "week 10 of the siege" numbers no calendar week.
func TestStoreWeeklyCountsByTheirWeek(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("testdata", "weekly", "steps.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	var scenarios []struct {
		Scenario string
		Steps    []struct {
			Outlet, Figure, Want, Quote string
			At                          time.Time
		}
	}
	if err := yaml.Unmarshal(b, &scenarios); err != nil {
		t.Fatal(err)
	}
	judge := func(string) (Policy, MetricInfo) {
		return weekly(), MetricInfo{Name: "New cholera cases per week", Unit: "cases"}
	}
	for _, sc := range scenarios {
		t.Run(sc.Scenario, func(t *testing.T) {
			eachStore(t, func(t *testing.T, open func() store.Store) {
				s := open()
				ctx := context.Background()
				for i, st := range sc.Steps {
					o := obs("weekly_cases", st.Figure, t)
					o.Quote = st.Quote
					a := article("https://"+st.Outlet+".example/"+st.At.Format("0102-15"), st.Outlet, st.At, st.Quote)
					outs, err := Process(ctx, s, a, []model.Observation{o}, judge)
					if err != nil {
						t.Fatal(err)
					}
					if outs[0].String() != st.Want {
						t.Errorf("step %d, %s %s: %s, want %s", i+1, st.Outlet, st.Figure, outs[0], st.Want)
					}
				}
			})
		})
	}
}

// TestWeekNumbered: the Sunday that ends the ISO week a quote numbers,
// the year the latest whose week begins no more than a week after the
// publication; the number nearest the figure when there are two. Near
// misses: no number, a war's week, a week no year has, "48 weeks", and
// (review59) a count after "week" in "this week 40 more people", "over the
// past week 1,390 cases", "in week 10 people died", the outbreak's own week.
func TestWeekNumbered(t *testing.T) {
	day := func(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }
	for _, c := range []struct {
		quote, text string
		published   time.Time
		want        time.Time
	}{
		{"Epi week 11 brought 1,236 new cases.", "1,236", day(2024, 3, 24), day(2024, 3, 17)},
		{"1,390 cases in week 12, up from 1,236 in week 11.", "1,390", day(2024, 3, 26), day(2024, 3, 24)},
		{"1,390 cases in week 12, up from 1,236 in week 11.", "1,236", day(2024, 3, 26), day(2024, 3, 17)},
		{"Week 52: 640 new cases.", "640", day(2025, 1, 5), day(2024, 12, 29)},
		{"Week 1 of 2026: 480 cases.", "480", day(2026, 1, 2), day(2026, 1, 4)},
		{"In ISO week 53, 300 cases.", "300", day(2021, 1, 8), day(2021, 1, 3)},
		{"1,236 new cases this week.", "1,236", day(2024, 3, 24), time.Time{}},
		{"In week 10 of the siege, cases reached 1,390.", "1,390", day(2024, 3, 29), time.Time{}},
		{"In week 54, 300 cases.", "300", day(2024, 3, 29), time.Time{}},
		{"Cases have risen for 48 weeks, to 1,390.", "1,390", day(2024, 3, 29), time.Time{}},
		// review59: a count after "week" is no week's number.
		{"Over the past week 1,390 cases and 12 deaths were recorded, the ministry said.", "12", day(2026, 12, 8), time.Time{}},
		{"This week 40 more people were admitted to the wards, taking new cases to 1,390.", "1,390", day(2026, 12, 8), time.Time{}},
		{"Within a week 30 clinics had run out of saline; 1,390 cases were recorded.", "1,390", day(2026, 12, 8), time.Time{}},
		{"In the first week 10 people died, and 1,390 cases were recorded.", "1,390", day(2026, 12, 8), time.Time{}},
		{"The outbreak's week 10 brought 1,390 new cases.", "1,390", day(2026, 12, 8), time.Time{}},
		{"In week 10 people queued for water as 1,390 cases were recorded.", "1,390", day(2026, 12, 8), time.Time{}},
		{"Cases in week 49 stood at 1,390.", "1,390", day(2026, 12, 8), day(2026, 12, 6)},
		{"Deaths rose to 61 in week 48 from 40 in week 47.", "40", day(2026, 12, 8), day(2026, 11, 22)},
		{"Deaths rose to 61 in week 48 from 40 in week 47.", "61", day(2026, 12, 8), day(2026, 11, 29)},
	} {
		got, ok := weekNumbered(c.quote, c.text, c.published)
		if ok != !c.want.IsZero() || !got.Equal(c.want) {
			t.Errorf("%q (%s): %s %v, want %s", c.quote, c.text, got.Format(time.DateOnly), ok, c.want.Format(time.DateOnly))
		}
	}
}
