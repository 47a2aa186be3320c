package main

import (
	"fmt"
	"net/http"

	"github.com/claimtrack/claimtrack/config"
	"github.com/claimtrack/claimtrack/web"
)

// dashboard builds the web pages and API for this configuration. A
// listener open to the network without dashboard.token gets a dashboard
// that refuses every request and says why.
func (a *app) dashboard() (http.Handler, error) {
	if a.cfg.Dashboard.Disabled {
		return nil, nil
	}
	opt := web.Options{Store: a.store, Robots: a.fetcher.RobotsStatus, Token: a.cfg.Dashboard.Token, Renderer: a.renderer, Log: a.log}
	if a.cfg.Dashboard.Token == "" && a.cfg.Listen != "" && !config.Loopback(a.cfg.Listen) {
		opt.Refuse = fmt.Sprintf("the dashboard is off: listen (%s) is reachable from other machines and dashboard.token is not set", a.cfg.Listen)
	}
	for _, m := range a.engine.Metrics() {
		opt.Metrics = append(opt.Metrics, web.Metric{ID: m.ID, Name: m.Name, Description: m.Description, Unit: m.Unit, Total: m.Total})
	}
	for _, s := range a.cfg.Sources {
		if s.Disabled {
			continue
		}
		opt.Sources = append(opt.Sources, web.Source{Name: s.Name, Outlet: s.OutletName(), URL: s.Location(), Schedule: s.ScheduleSpec()})
	}
	srv, err := web.New(opt)
	if err != nil {
		return nil, err
	}
	return srv.Handler(), nil
}
