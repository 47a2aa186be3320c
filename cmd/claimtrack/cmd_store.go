package main

import (
	"context"
	"encoding/json"
	"fmt"
	"text/tabwriter"
	"time"

	"github.com/claimtrack/claimtrack/daemon"
)

// runStore is "claimtrack store stats", "store prune" and "store copy".
func runStore(ctx context.Context, e *env, args []string) int {
	const usage = "Usage: claimtrack store stats|prune|copy [--config F] [--to DSN]\n\n" +
		"stats: the rows and size on disk of each table of the store.\n" +
		"prune: remove now what the retention policy no longer keeps.\n" +
		"copy:  copy the store, its whole history, into an empty one (--to).\n"
	if len(args) > 0 && (args[0] == "-h" || args[0] == "--help") {
		fmt.Fprint(e.stdout, usage)
		return exitOK
	}
	if len(args) == 0 || (args[0] != "stats" && args[0] != "prune" && args[0] != "copy") {
		fmt.Fprintf(e.stderr, "claimtrack store: %s\n\n%s", whichSubcommand(args, "stats", "prune", "copy"), usage)
		return exitUsage
	}
	sub := args[0]
	if sub == "copy" {
		return runStoreCopy(ctx, e, args[1:])
	}
	fs := newFlags(e, "store "+sub, "[--config F]"+map[string]string{"stats": " [--json]", "prune": ""}[sub],
		map[string]string{
			"stats": "Print the rows and size on disk of each table of the store, with its indexes.",
			"prune": "Remove now what the retention policy (the retention: block) no longer keeps, as the\ndaemon does every retention.every, and print what went.",
		}[sub])
	cfgPath := configFlag(fs)
	asJSON := fs.Bool("json", false, "one JSON object per table per line")
	if code, ok := parseFlagsNoArgs(fs, e, args[1:]); !ok {
		return code
	}
	if sub == "prune" && *asJSON {
		fmt.Fprintln(e.stderr, "claimtrack store prune: --json is for stats")
		return exitUsage
	}
	cfg, _, code := loadEngine(e, *cfgPath)
	if code != exitOK {
		return code
	}
	// Neither stats nor prune has anything to do in a store that does not
	// exist, and creating one would hide a wrong --config or store:.
	s, err := openForReading(ctx, cfg)
	if err != nil {
		fmt.Fprintf(e.stderr, "claimtrack store %s: %v\n", sub, err)
		return exitFail
	}
	defer s.Close()
	if sub == "prune" {
		if cfg.Retention.Disabled {
			fmt.Fprintf(e.stderr, "claimtrack store prune: retention.disabled is true in %s: nothing pruned\n", cfg.Path)
			return exitOK
		}
		p, err := s.Prune(ctx, daemon.RetentionOf(cfg.Retention, time.Now()))
		if err != nil {
			fmt.Fprintf(e.stderr, "claimtrack store prune: %v\n", err)
			return exitFail
		}
		fmt.Fprintf(e.stdout, "pruned: %d fingerprints, %d articles, %d article texts, %d page validators, %d event payloads compacted\n",
			p.Fingerprints, p.Articles, p.Texts, p.Validators, p.Payloads)
		return exitOK
	}
	stats, err := s.Stats(ctx)
	if err != nil {
		fmt.Fprintf(e.stderr, "claimtrack store stats: %v\n", err)
		return exitFail
	}
	if *asJSON {
		enc := json.NewEncoder(e.stdout)
		for _, st := range stats {
			enc.Encode(struct {
				Table string `json:"table"`
				Rows  int64  `json:"rows"`
				Bytes int64  `json:"bytes"`
			}{st.Table, st.Rows, st.Bytes})
		}
		return exitOK
	}
	tw := tabwriter.NewWriter(e.stdout, 0, 4, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "TABLE\tROWS\tSIZE\t")
	var rows, bytes int64
	for _, st := range stats {
		fmt.Fprintf(tw, "%s\t%d\t%s\t\n", st.Table, st.Rows, byteSize(st.Bytes))
		rows, bytes = rows+st.Rows, bytes+st.Bytes
	}
	fmt.Fprintf(tw, "total\t%d\t%s\t\n", rows, byteSize(bytes))
	tw.Flush()
	return exitOK
}

// byteSize writes a size in bytes as people read it: 512 B, 1.5 MiB.
func byteSize(n int64) string {
	const unit = 1024
	if n < unit {
		return fmt.Sprintf("%d B", n)
	}
	div, exp := int64(unit), 0
	for m := n / unit; m >= unit; m /= unit {
		div *= unit
		exp++
	}
	return fmt.Sprintf("%.1f %ciB", float64(n)/float64(div), "KMGTPE"[exp])
}
