package rules

import "fmt"

// MetricSpec is one metric as users write it in YAML. It is plain data; Compile
// turns a set of specs into an Engine.
type MetricSpec struct {
	ID          string `yaml:"id" json:"id" jsonschema:"required,pattern=^[a-z][a-z0-9_]*$,description=Stable identifier: lower case letters digits and underscores. Observations are stored under it."`
	Name        string `yaml:"name" json:"name,omitempty" jsonschema:"description=Human name shown in alerts."`
	Description string `yaml:"description" json:"description,omitempty" jsonschema:"description=What the figure counts and according to whom."`
	// Kind is the kind of figure the metric accepts.
	Kind string `yaml:"kind" json:"kind,omitempty" jsonschema:"enum=count,enum=money,enum=percent,enum=fraction,default=count,description=Which figures can bind: count (default) money percent or fraction."`
	Unit string `yaml:"unit" json:"unit,omitempty" jsonschema:"description=Unit shown in alerts (people; battalions). For money an ISO 4217 code that figures must carry (USD)."`
	// Total marks running totals (death tolls) that should only rise.
	Total bool `yaml:"total" json:"total,omitempty" jsonschema:"description=A running total that should only rise: a lower value is flagged as a possible correction."`
	// SideParts says a side of the metric's place is a part of a Total
	// (compasspart.go).
	SideParts bool `yaml:"side_parts" json:"side_parts,omitempty" jsonschema:"description=With total: a figure placed in one side of the metric's place (killed in northern Gaza; in the east of the country; in the government-held part of a region) counts a part and is left out. Off by default: a disaster whose whole is one side of a country (floods in eastern Libya) keeps it."`
	// Period says the metric's figure is a count per period (a week's new
	// cases): day, week or month (CountPeriod).
	Period        string    `yaml:"period" json:"period,omitempty" jsonschema:"enum=day,enum=week,enum=month,description=A level whose figure counts one period (new cases per week): day week or month. Each period has its own figure: another outlet's figure of a later week is that week's reading not a disagreement and two figures of one week disagree however far apart they ran. A require word of the period (require: [week]) says it too."`
	AnnounceFirst bool      `yaml:"announce_first" json:"announce_first,omitempty" jsonschema:"description=Post the first value seen (the baseline). Off by default."`
	MinChange     Threshold `yaml:"min_change" json:"min_change,omitempty"`
	Channel       string    `yaml:"channel" json:"channel,omitempty" jsonschema:"description=Slack channel for this metric instead of slack.channel (bot-token mode)."`
	// By says whose value the metric keeps: one for everyone (the
	// default), or one per claimant ("claimant").
	By string `yaml:"by" json:"by,omitempty" jsonschema:"enum=claimant,description=claimant: keep one current value per claimant (the ministry's toll and the military's count) each with its own alerts. Without it the metric has one current value and claimants who disagree make a conflict."`
	// Claimants and ExcludeClaimants restrict the figures the metric takes
	// to those some claimants claim, or to those others do not.
	Claimants        []string `yaml:"claimants" json:"claimants,omitempty" jsonschema:"description=Take only figures these claimants claim: claimant ids (gaza_health_ministry) or an unlisted claimant's words (Save the Children). Unattributed figures are left out."`
	ExcludeClaimants []string `yaml:"exclude_claimants" json:"exclude_claimants,omitempty" jsonschema:"description=Leave out figures these claimants claim: claimant ids or an unlisted claimant's words. Unattributed figures are kept."`

	// The simple form: a figure near one of the keywords.
	Keywords []string `yaml:"keywords" json:"keywords,omitempty" jsonschema:"description=Words phrases or @vocabularies one of which must stand within window words of the figure in the same sentence. Case-insensitive; a word matches its forms (kill matches killed and killing); a trailing * matches any ending; a leading = asks for the form as written (=lives)."`
	Window   int      `yaml:"window" json:"window,omitempty" jsonschema:"minimum=1,maximum=50,default=8,description=How many words may separate a keyword from the figure."`
	Scope    []string `yaml:"scope" json:"scope,omitempty" jsonschema:"description=Words or phrases one of which the article (or sentence: see scope_in) must mention: matched as written (with a trailing * for any ending)."`
	ScopeIn  string   `yaml:"scope_in" json:"scope_in,omitempty" jsonschema:"enum=article,enum=sentence,default=article"`
	Exclude  []string `yaml:"exclude" json:"exclude,omitempty" jsonschema:"description=Words or phrases that rule a whole sentence out."`
	// Require is the other half of what a figure is, when keywords say what
	// it counts and the sentence must also say how (per year: annual).
	Require []string `yaml:"require" json:"require,omitempty" jsonschema:"description=Words phrases or @vocabularies one of which the sentence must hold (anywhere in it) besides a keyword near the figure: the military aid figure that is also yearly (require: [\"@per_year\"])."`
	// ExcludeNear rules out a figure that one of these stands nearer to than
	// any keyword ("33,091 killed and 75,750 wounded": wounded).
	ExcludeNear []string `yaml:"exclude_near" json:"exclude_near,omitempty" jsonschema:"description=Words or phrases that rule a figure out when they stand nearer to it than any keyword (wounded in: N killed and M wounded)."`
	// Parts name a part of the metric's amount (FMF of all military aid):
	// the whole that such a part is given as a part of is the metric's
	// figure, though no keyword stands near it ("Of the $3.8bn ..., $3.3bn
	// is FMF"; "$3.3bn in FMF and $500m ..., for a total of $3.8bn").
	Parts []string `yaml:"parts" json:"parts,omitempty" jsonschema:"description=Words phrases or @vocabularies that name a part of the metric's amount: the whole a figure they name is a part of (Of the $3.8bn ... $3.3bn is FMF; $3.3bn in FMF and $500m ... for a total of $3.8bn; $3.8bn — $3.3bn in FMF and ...) counts as near a keyword. List them in exclude_near too so the part itself stays out."`

	// The pattern form: regular expressions with {name} placeholders that
	// bind figures.
	Patterns []string `yaml:"patterns" json:"patterns,omitempty" jsonschema:"description=Regular expressions (RE2; case-insensitive) in which {name} binds a figure. A space matches any run of white space."`

	// The multi-value form: each named value is the figure nearest to its
	// words, in one sentence.
	Values map[string]ValueSpec `yaml:"values" json:"values,omitempty" jsonschema:"description=Named values read from one sentence: each is the figure nearest to one of its near words and nearer to them than to another value's (prisoners: {near: [\"@prisoners\"]})."`

	// Since is when the count began (a day, a month or a year): a sentence
	// that names an earlier year as an event ("the 2014 war killed ...") is
	// about another one, and a count since a later day is a part.
	Since StartDate `yaml:"since" json:"since,omitempty,omitzero"`

	// Owner and Actor say whose the counted units and acts are, for a
	// metric whose figure another side's sentence may give in the same
	// words: "Islamic Jihad keeps two battalions in Rafah" is not the
	// Hamas battalions' count (otherowner.go, unitssent.go), "killed by
	// Ukrainian shelling" not Russia's acts (otherside.go). Each is one
	// name as sentences write it; nothing is read from the description.
	Owner string `yaml:"owner" json:"owner,omitempty" jsonschema:"description=Whose units the metric counts: one name as sentences write it (Hamas). Units a subject sends into a place or another named subject has are then left out."`
	Actor string `yaml:"actor" json:"actor,omitempty" jsonschema:"description=The side whose acts the metric counts: one name of four letters or more as sentences write it (Russia). Those killed by an agent named for the metric's other place (by Ukrainian shelling) are then left out."`

	Min *float64 `yaml:"min" json:"min,omitempty" jsonschema:"description=Values below this are not plausible for the metric and are ignored."`
	Max *float64 `yaml:"max" json:"max,omitempty" jsonschema:"description=Values above this are not plausible for the metric and are ignored."`

	Examples []Example `yaml:"examples" json:"examples,omitempty" jsonschema:"description=Unit tests for the rule: run by claimtrack rules test and claimtrack check."`

	// Origin says where the spec was written; set by the config loader.
	Origin Origin `yaml:"-" json:"-"`
	// Vocabularies are what its @names mean: the shipped ones as the
	// configuration changed them; set by the config loader, and the
	// shipped ones when nil.
	Vocabularies *Vocabularies `yaml:"-" json:"-"`
}

// Origin is the file and line a metric was defined at.
type Origin struct {
	File string
	Line int
}

func (o Origin) String() string {
	if o.File == "" {
		return ""
	}
	return fmt.Sprintf("%s:%d", o.File, o.Line)
}

// Example is a rule unit test: a text and what the metric must find in it.
type Example struct {
	Text string `yaml:"text" json:"text" jsonschema:"required"`
	// Value is what a single-valued metric must yield.
	Value *float64 `yaml:"value" json:"value,omitempty"`
	// Values is what a metric with named placeholders must yield.
	Values map[string]float64 `yaml:"values" json:"values,omitempty"`
	// Qualifier, if set, must equal the figure's qualifier (more_than, approximately, ...).
	Qualifier string `yaml:"qualifier" json:"qualifier,omitempty"`
	// None says the text must yield nothing for this metric.
	None bool `yaml:"none" json:"none,omitempty"`
	// Date is the day the text stands in, YYYY-MM-DD, as an article's
	// date is: a year before the one before it is past. Left out, no
	// year is past.
	Date string `yaml:"date" json:"date,omitempty" jsonschema:"description=The day the text stands in (YYYY-MM-DD), as an article's date: a year before the one before it is past for a metric with no since. Left out, no year is past."`
	// Origin says where the example was written; set by the config
	// loader, so that a failed example is reported at its own line.
	Origin Origin `yaml:"-" json:"-"`
}

// ByClaimant is the value of `by:` that keeps one value per claimant.
const ByClaimant = "claimant"
