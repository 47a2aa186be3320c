// Package parallel runs a loop body on a fixed number of workers: the
// benchmarks measure work with it the way tracker.Passes reads sources,
// a fixed number at once.
package parallel

import "sync"

// For calls fn(i) for every i in [0, n) on the given number of workers and
// returns when all calls have.
func For(n, workers int, fn func(i int)) {
	jobs := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				fn(i)
			}
		}()
	}
	for i := 0; i < n; i++ {
		jobs <- i
	}
	close(jobs)
	wg.Wait()
}
