package config

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/claimtrack/claimtrack/rules/claimant"
)

// Claimant is one configured claimant: who says a figure ("the Hamas-run
// health ministry said ..."), named by a stable id. claimtrack ships the
// story's usual claimants; an entry with one of their ids replaces it.
type Claimant struct {
	ID          string   `yaml:"id" json:"id" jsonschema:"required,pattern=^[a-z0-9][a-z0-9_]*$,description=Stable id shown in alerts and JSON (gaza_health_ministry). Reusing a shipped id replaces that claimant."`
	Name        string   `yaml:"name" json:"name,omitempty" jsonschema:"description=Human-readable name."`
	Aliases     []string `yaml:"aliases" json:"aliases,omitempty" jsonschema:"description=Words that name the claimant wherever they occur in a claimant's words; case aside (an alias in capitals such as WHO never matches 'who'). The longest matching alias wins."`
	BareAliases []string `yaml:"bare_aliases" json:"bare_aliases,omitempty" jsonschema:"description=Words that name the claimant only in a text that also names it by an alias or mentions one of context (the ministry; the army)."`
	Context     []string `yaml:"context" json:"context,omitempty" jsonschema:"description=Words that say a text is about this claimant's story; they let bare_aliases match (Gaza)."`
}

func (c Claimant) entity() claimant.Entity {
	return claimant.Entity{ID: c.ID, Name: c.Name, Aliases: c.Aliases, BareAliases: c.BareAliases, Context: c.Context}
}

// ClaimantEntities returns the shipped claimants with the configured ones
// (which replace shipped ones of the same id).
func (c *Config) ClaimantEntities() []claimant.Entity {
	conf := make([]claimant.Entity, len(c.Claimants))
	for i, e := range c.Claimants {
		conf[i] = e.entity()
	}
	all, _ := claimant.Merge(claimant.Defaults(), conf)
	return all
}

// ClaimantFinder builds the finder that names claimants with the shipped
// and configured claimants.
func (c *Config) ClaimantFinder() (*claimant.Finder, error) {
	f, err := claimant.New(c.ClaimantEntities())
	if err != nil {
		return nil, fmt.Errorf("config: claimants: %w", err)
	}
	return f, nil
}

// validateClaimants checks the claimants list with positions: ids present,
// well formed and unique, aliases not empty, no alias claimed by two ids
// (shipped claimants included).
func (l *loader) validateClaimants() {
	c := l.cfg
	file := c.Path
	conf := make([]claimant.Entity, len(c.Claimants))
	for i, e := range c.Claimants {
		conf[i] = e.entity()
		if e.ID != "" && !validID(e.ID) {
			path := fmt.Sprintf("claimants[%d].id", i)
			l.fail(l.at(file, path), path, "%q: use lower-case letters, digits and _ (gaza_health_ministry)", e.ID)
		}
	}
	shipped := claimant.Defaults()
	all, first := claimant.Merge(shipped, conf)
	for _, p := range claimant.Check(all) {
		if p.Index < first {
			// A shipped claimant is only at fault through a configured one:
			// the same problem is reported there.
			continue
		}
		i := p.Index - first
		path := fmt.Sprintf("claimants[%d].%s", i, p.Field)
		msg := p.Msg
		if j, other, ok := aliasOwner(all, p, first); ok {
			if j < first {
				msg = shippedAliasMsg(all[j], all[p.Index], strings.HasPrefix(p.Field, "bare_"))
			} else {
				msg = fmt.Sprintf("alias is also one of claimant %q (claimants[%d]): an alias names one claimant", other, j-first)
			}
		} else if j, dup := dupID(conf, i); dup {
			msg = fmt.Sprintf("duplicate claimant id %q (first at claimants[%d], line %d)", conf[i].ID, j, l.at(file, fmt.Sprintf("claimants[%d]", j)).Line)
		}
		l.fail(l.at(file, path), path, "%s", msg)
	}
}

// shippedAliasMsg says how to take an alias that a shipped claimant holds.
// The entry may be that claimant under a new id (replace it), or another
// body the desk follows: a migration desk's UNHCR beside the shipped "un",
// Rome's "the ministry" beside Gaza's. For the other body the way is to list
// the shipped claimant without the aliases the entry takes, so the message
// gives the whole entry to list (name, aliases, bare aliases, context: a
// replacement keeps nothing it does not list); a bare alias is never a
// reason to take another story's id.
func shippedAliasMsg(shipped, own claimant.Entity, bare bool) string {
	entry := entryWithout(shipped, own)
	if bare {
		return fmt.Sprintf("bare alias is also one of the shipped claimant %q: to free it, add under claimants: %s (the shipped entry without your aliases; docs/claimants.md#a-story-of-your-own), or drop it here",
			shipped.ID, entry)
	}
	return fmt.Sprintf("alias is also one of the shipped claimant %q: if this entry is that body, give it the id %q to replace it; if it is another body, keep this alias and add under claimants: %s (the shipped entry without your aliases); or drop the alias",
		shipped.ID, shipped.ID, entry)
}

// entryWithout writes the shipped claimant as a YAML flow entry, leaving out
// every alias (named or bare) the configured entry own also holds.
func entryWithout(shipped, own claimant.Entity) string {
	taken := map[string]bool{}
	for _, a := range append(append([]string{}, own.Aliases...), own.BareAliases...) {
		taken[claimant.NormalizeAlias(a)] = true
	}
	keep := func(list []string) string {
		var out []string
		for _, a := range list {
			if !taken[claimant.NormalizeAlias(a)] {
				out = append(out, strconv.Quote(a))
			}
		}
		return "[" + strings.Join(out, ", ") + "]"
	}
	var b strings.Builder
	fmt.Fprintf(&b, "- {id: %s", shipped.ID)
	if shipped.Name != "" {
		fmt.Fprintf(&b, ", name: %s", strconv.Quote(shipped.Name))
	}
	fmt.Fprintf(&b, ", aliases: %s", keep(shipped.Aliases))
	if len(shipped.BareAliases) > 0 {
		fmt.Fprintf(&b, ", bare_aliases: %s", keep(shipped.BareAliases))
	}
	if len(shipped.Context) > 0 {
		fmt.Fprintf(&b, ", context: %s", keep(shipped.Context))
	}
	b.WriteString("}")
	return b.String()
}

// aliasOwner finds which other entity holds the alias a problem is about.
func aliasOwner(all []claimant.Entity, p claimant.Problem, first int) (int, string, bool) {
	var k int
	var field string
	if n, _ := fmt.Sscanf(p.Field, "aliases[%d]", &k); n == 1 {
		field = "aliases"
	} else if n, _ := fmt.Sscanf(p.Field, "bare_aliases[%d]", &k); n == 1 {
		field = "bare_aliases"
	} else {
		return 0, "", false
	}
	e := all[p.Index]
	list := e.Aliases
	if field == "bare_aliases" {
		list = e.BareAliases
	}
	if k >= len(list) {
		return 0, "", false
	}
	key := claimant.NormalizeAlias(list[k])
	if key == "" {
		return 0, "", false
	}
	for j, o := range all {
		if j == p.Index {
			continue
		}
		for _, a := range append(append([]string{}, o.Aliases...), o.BareAliases...) {
			if claimant.NormalizeAlias(a) == key {
				return j, o.ID, true
			}
		}
	}
	return 0, "", false
}

func dupID(conf []claimant.Entity, i int) (int, bool) {
	for j := 0; j < i; j++ {
		if conf[j].ID == conf[i].ID && conf[i].ID != "" {
			return j, true
		}
	}
	return 0, false
}

func validID(id string) bool {
	for i, r := range id {
		if !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '_' && i > 0) {
			return false
		}
	}
	return true
}
