package daemon

import (
	"errors"

	"github.com/claimtrack/claimtrack/scrape"
	"github.com/claimtrack/claimtrack/tracker"
)

// A section page left empty on purpose (a live blog's index before its
// first entry) fails its pass as a broken selector does, and is read
// again within the hour (health.EmptyPageMax): each such pass logged
// "source run failed" at WARN, all night, of the same empty page
// (desk59's leftover). The first empty read of a spell warns, and the
// store's "source failing" message after three tells the desk once, as
// before; the next reads of the same empty page log at INFO. Another
// failure, or the page's first empty read after one, warns again.

// emptyAgain reports whether the pass ran, which failed, read the same
// section page empty as the failure before it (scrape.NoLinksError, the
// same page and selector: the same message), the source's configuration
// unchanged since.
func emptyAgain(ran tracker.Ran) bool {
	var noLinks *scrape.NoLinksError
	return ran.Err != nil && errors.As(ran.Err, &noLinks) && ran.Reset == "" &&
		ran.State.Failures > 0 && ran.State.LastError == ran.Err.Error()
}
