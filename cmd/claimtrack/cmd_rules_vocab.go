package main

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"text/tabwriter"

	"github.com/claimtrack/claimtrack/internal/suggest"
	"github.com/claimtrack/claimtrack/rules"
)

// runRulesVocab lists the vocabularies rules can name as @name: the
// shipped ones as the configuration's vocabularies: key changed them.
func runRulesVocab(_ context.Context, e *env, args []string) int {
	fs := newFlags(e, "rules vocab", "[--config F] [--json] [NAME...]",
		"List the vocabularies rules can use as @NAME in keywords, exclude, exclude_near,\n"+
			"scope and values (keywords: [\"@deaths\"]), or with NAMEs print their phrases.\n"+
			"Without a configuration file, the shipped vocabularies are listed.")
	cfgPath := configFlag(fs)
	asJSON := fs.Bool("json", false, "print the vocabularies as JSON")
	if code, ok := parseFlags(fs, e, args); !ok {
		return code
	}
	voc, err := rules.ShippedVocabularies()
	if err != nil {
		fmt.Fprintf(e.stderr, "claimtrack rules vocab: %v\n", err)
		return exitFail
	}
	if *cfgPath != "" || fileExists(resolveConfig(e, "")) {
		cfg, _, code := loadEngine(e, *cfgPath)
		if code != exitOK {
			return code
		}
		var errs []rules.SpecError
		if voc, errs = voc.With(cfg.Vocabularies, rules.Origin{File: cfg.Path}); len(errs) > 0 {
			// config.Load has reported these already; this is a guard.
			fmt.Fprintf(e.stderr, "claimtrack rules vocab: %s: vocabularies.%s\n", cfg.Path, errs[0])
			return exitFail
		}
	}
	names := fs.Args()
	if len(names) == 0 {
		names = voc.Names()
	}
	list := make([]rules.Vocabulary, 0, len(names))
	for _, n := range names {
		v, ok := voc.Lookup(strings.TrimPrefix(n, "@"))
		if !ok {
			if c := suggest.Closest(strings.TrimPrefix(n, "@"), voc.Names()); c != "" {
				fmt.Fprintf(e.stderr, "claimtrack rules vocab: no vocabulary %q (did you mean @%s?)\n", n, c)
				return exitFail
			}
			fmt.Fprintf(e.stderr, "claimtrack rules vocab: no vocabulary %q (known: @%s)\n", n, strings.Join(voc.Names(), ", @"))
			return exitFail
		}
		list = append(list, v)
	}
	if *asJSON {
		b, err := json.MarshalIndent(list, "", "  ")
		if err != nil {
			fmt.Fprintf(e.stderr, "claimtrack rules vocab: %v\n", err)
			return exitFail
		}
		fmt.Fprintf(e.stdout, "%s\n", b)
		return exitOK
	}
	if fs.NArg() == 0 {
		w := tabwriter.NewWriter(e.stdout, 0, 4, 2, ' ', 0)
		for _, v := range list {
			fmt.Fprintf(w, "@%s\t%s\t%d phrases\t%s\n", v.Name, v.Description, len(v.Phrases), v.Origin.File)
		}
		w.Flush()
		fmt.Fprintln(e.stdout, "\nclaimtrack rules vocab NAME prints a vocabulary's phrases. Words match their forms (kill: killed,\nkilling); =word only that form; word* any ending. Change them under vocabularies: in the configuration.")
		return exitOK
	}
	for i, v := range list {
		if i > 0 {
			fmt.Fprintln(e.stdout)
		}
		fmt.Fprintf(e.stdout, "@%s: %s (%s)\n", v.Name, v.Description, v.Origin.File)
		for _, p := range v.Phrases {
			fmt.Fprintf(e.stdout, "  %s\n", p)
		}
	}
	return exitOK
}
