package main

import (
	"net/http"

	"github.com/claimtrack/claimtrack/web"
)

// dashboard builds the web pages and API for this configuration. Served
// on a listener open to the network without dashboard.token, it refuses
// every request and says why (web decides from the socket bound).
func (a *app) dashboard() (http.Handler, error) {
	if a.cfg.Dashboard.Disabled {
		return nil, nil
	}
	opt := web.Options{Store: a.store, Robots: a.fetcher.RobotsStatus, Token: a.cfg.Dashboard.Token, TrustProxy: a.cfg.Dashboard.TrustProxy,
		Renderer: a.renderer, Claimants: a.cfg.ClaimantEntities(), Log: a.log}
	for _, m := range a.engine.Metrics() {
		opt.Metrics = append(opt.Metrics, web.Metric{ID: m.ID, Name: m.Name, Description: m.Description, Unit: m.Unit, Total: m.Total})
	}
	for _, s := range a.cfg.Sources {
		if s.Disabled {
			continue
		}
		src := web.Source{Name: s.Name, Outlet: s.OutletName(), URL: s.Location(), Schedule: s.ScheduleSpec()}
		if sc, err := sourceFrom(a.cfg, s); err == nil {
			// A source with no outlet: takes each article's own (a
			// folder's files, a feed's pages): the source's name is no
			// outlet of theirs (desk54, desk55a).
			src.Reads, src.Outlet = sc.Address(), sc.Outlet
		}
		opt.Sources = append(opt.Sources, src)
	}
	srv, err := web.New(opt)
	if err != nil {
		return nil, err
	}
	return srv.Handler(), nil
}
