package main

import (
	"context"
	"log/slog"

	"github.com/claimtrack/claimtrack/config"
	"github.com/claimtrack/claimtrack/store"
)

// warnFolderOutlets warns of each source with no outlet: whose articles
// the store holds under the source's own name. Such a source now takes
// each article's own outlet (a file's Outlet: line, a page's site name, a
// feed's title, a host: sourceFrom; a folder since desk54, a feed, page or
// sitemap since desk55a), so
// an upgraded desk's next figure from the same outlet would read as another
// outlet's within the conflict window ("outlets disagree") where before it
// moved the level; outlet: with the source's name keeps one outlet.
func warnFolderOutlets(ctx context.Context, log *slog.Logger, st store.Store, sources []config.Source) {
	for _, s := range sources {
		if s.Outlet != "" || s.Disabled {
			continue
		}
		n, err := st.CountSourceArticles(ctx, s.Name, s.Name)
		if err != nil {
			log.Warn("could not count a source's stored articles", "source", s.Name, "err", err)
			continue
		}
		if n > 0 {
			log.Warn("this source has no outlet:, so each article's own outlet (a file's Outlet: line, a page's site name, a feed's title, the host) is its outlet now, "+
				"but the store holds its earlier articles under the source's name: a level's next figure from the same outlet may read as another outlet's "+
				"(\"outlets disagree\"); write outlet: "+s.Name+" under the source to keep one outlet as before (docs/operations.md)",
				"source", s.Name, "articles", n)
		}
	}
}
