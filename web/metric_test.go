package web

import (
	"encoding/json"
	"strings"
	"testing"
)

func TestMetricPageSaysWhatItCounts(t *testing.T) {
	s, _ := story(t)
	ts := newServer(t, s, Options{})
	_, page := get(t, ts, "/metrics/toll")
	if strings.Contains(page, "more_than") {
		t.Error("a raw qualifier name (more_than) is on the page")
	}
	for _, want := range []string{
		"<td>more than</td>", "<td>exact</td>",
		"copy of Gulf Courier&#39;s story",
		"(copy of Gulf Courier&#39;s story)</title>", "(agrees)</title>",
		"Outlets reporting this value:</span>\n  1 outlet — Gulf Courier (reported it first).",
		"Not counted: Coastal Post, a copy of Gulf Courier's story.",
		"syndicated copy of another outlet's story repeats that outlet and is not counted",
		`<td class="claimant"><span title="gaza_health_ministry, found in the figure&#39;s sentence">ministry</span></td>`,
		`<td class="claimant"><span class="muted">unattributed</span></td>`,
	} {
		if !strings.Contains(page, want) {
			t.Errorf("the metric page lacks %q", want)
		}
	}
	if strings.Contains(page, ">corroborates<") || strings.Contains(page, "(corroborates)") {
		t.Error("the copy is labelled as corroborating")
	}
	_, index := get(t, ts, "/")
	if !strings.Contains(index, "+ 1 copy, not counted") {
		t.Error("the index does not say the copy is not counted")
	}

	var m struct {
		Agreeing []string `json:"agreeing"`
		Copies   []Copy   `json:"copies"`
	}
	_, body := get(t, ts, "/api/metrics/toll")
	if err := json.Unmarshal([]byte(body), &m); err != nil || len(m.Agreeing) != 1 || len(m.Copies) != 1 || m.Copies[0] != (Copy{Outlet: "Coastal Post", Of: "Gulf Courier"}) {
		t.Errorf("api/metrics/toll: %v %s", err, body)
	}
	var obs []struct {
		Outlet string `json:"outlet"`
		CopyOf string `json:"copy_of"`
	}
	_, body = get(t, ts, "/api/metrics/toll/observations")
	json.Unmarshal([]byte(body), &obs)
	if last := obs[len(obs)-1]; last.Outlet != "Coastal Post" || last.CopyOf != "Gulf Courier" {
		t.Errorf("the copy's observation: %+v", last)
	}
}

func TestMultiValueMetricPageChartsEachValue(t *testing.T) {
	s, _ := story(t)
	n := exchange(t, s)
	ts := newServer(t, s, Options{Metrics: []Metric{{ID: "exchange", Name: "Prisoners and hostages freed"}}})
	_, page := get(t, ts, "/metrics/exchange")
	if got := strings.Count(page, `<svg id="chart" class="chart"`) + strings.Count(page, `<svg class="chart"`); got != 2 {
		t.Errorf("%d charts, want one for prisoners and one for hostages", got)
	}
	if got := strings.Count(page, `data-obs="`); got != 2*n {
		t.Errorf("%d points, want %d: each observation on each chart", got, 2*n)
	}
	for _, want := range []string{`<h3 class="chart-title">prisoners</h3>`, `<h3 class="chart-title">hostages</h3>`} {
		if !strings.Contains(page, want) {
			t.Errorf("lacks %s", want)
		}
	}
}
