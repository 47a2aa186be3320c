// Package retryafter is the one error a server's "come back later" becomes,
// whoever asked: a news site's 429 or 503 to the fetcher, Slack's 429 to
// the notifier. Callers that wait tell it apart from other failures with
// Wait, and nothing retries sooner than it says.
package retryafter

import (
	"errors"
	"fmt"
	"strings"
	"time"
)

// Error is a failure that says how long to wait before the next try.
type Error struct {
	Wait time.Duration
	Err  error // what the server answered
}

func (e *Error) Error() string {
	if e.Wait <= 0 {
		return e.Err.Error()
	}
	wait := e.Wait
	if wait >= time.Second {
		wait = wait.Round(time.Second) // "1h59m0.000353069s" says no more than "1h59m0s"
	}
	return fmt.Sprintf("%v"+said+"%s)", e.Err, wait)
}
func (e *Error) Unwrap() error { return e.Err }

// said is how Error's message tells the wait.
const said = " (retry after "

// Said reports whether an error's message, as stored (a source's last
// error), is one that asked to wait: what Error.Error writes.
func Said(msg string) bool { return strings.Contains(msg, said) }

// Wait returns how long err asks to wait, or 0 when it does not ask.
func Wait(err error) time.Duration {
	var ra *Error
	if errors.As(err, &ra) {
		return ra.Wait
	}
	return 0
}
