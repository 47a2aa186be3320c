package retryafter

import (
	"errors"
	"fmt"
	"testing"
	"time"
)

func TestWait(t *testing.T) {
	busy := errors.New("slack: rate limited (429)")
	wrapped := fmt.Errorf("deliver event 7: %w", &Error{Wait: 20 * time.Second, Err: busy})
	if got := Wait(wrapped); got != 20*time.Second {
		t.Errorf("Wait through a wrap: %v, want 20s", got)
	}
	if !errors.Is(wrapped, busy) {
		t.Error("the server's answer is lost behind the wait")
	}
	if got := Wait(busy); got != 0 {
		t.Errorf("an error that asks nothing: %v", got)
	}
	if got := wrapped.Error(); got != "deliver event 7: slack: rate limited (429) (retry after 20s)" {
		t.Errorf("message: %q", got)
	}
}
