package figures

// The vocabulary that tells what an attached m counts or measures
// (addCountWords).

// addCountWords adds the words that tell what an attached m measures or
// counts (fCounted, fPeople, fPlace), the prepositions that open a noun's
// phrase (fPrep) and the words title case leaves in lower case (fMinor).
func (v *vocabulary) addCountWords() {
	// "1.2m people" is 1.2 million in British style, where "5m" alone, "a 5m
	// wall" or "5m from the shore" is a length: a lower-case m is read as
	// millions when one of these nouns follows within a few words.
	for _, w := range []string{"people", "persons", "residents", "inhabitants", "citizens", "civilians", "children",
		"kids", "women", "men", "adults", "girls", "boys", "babies", "infants", "refugees", "migrants", "asylum",
		"displaced", "evacuees", "voters", "users", "customers", "consumers", "households", "homes", "houses",
		"families", "jobs", "workers", "employees", "staff", "patients", "cases", "deaths", "infections",
		"doses", "vaccinations", "visitors", "tourists", "viewers", "listeners", "readers", "subscribers",
		"followers", "members", "students", "pupils", "passengers", "travellers", "travelers", "pensioners",
		"taxpayers", "shares", "barrels", "tonnes", "tons", "acres", "hectares", "trees", "animals", "cattle",
		"livestock", "birds", "vehicles", "cars", "phones", "devices", "accounts", "votes", "signatures",
		"meals", "parcels", "items", "units", "copies", "downloads", "hours", "years",
		// People and the dead as a toll counts them one by one: "1.2m
		// soldiers", and "a fourth body" ranks (countedthing.go).
		"bodies", "corpses", "hostages", "soldiers", "prisoners", "detainees", "journalists", "firefighters",
		"rescuers", "medics", "doctors", "nurses", "fishermen", "miners", "pilgrims", "protesters",
		// Adjectives that count people as nouns: "2m dead", "war dead top 32K".
		"dead", "wounded", "injured", "missing", "homeless", "displaced", "hungry", "poor", "unemployed", "jobless",
		"elderly", "sick", "stateless", "undocumented", "uninsured", "unvaccinated", "needy", "destitute",
		// Plurals without an -s, and nouns of a group counted by its members:
		// a closed class of English.
		"geese", "mice", "sheep", "fish", "deer", "swine", "poultry", "personnel", "police", "clergy", "folk",
		"offspring", "youth", "militia", "infantry", "crew", "laity", "faithful", "diaspora", "population", "workforce"} {
		v.add(w, fCounted, 0, "")
	}
	// Peoples whose names take no plural and show no demonym ending (the
	// endings -ese and -ish are read by form: see peopleAt).
	for _, w := range []string{"rohingya", "swiss", "dutch", "french", "czech", "thai", "lao", "khmer", "inuit",
		"maori", "sami", "roma", "druze", "hutu", "tutsi", "hmong", "bedouin", "uyghur", "uighur", "hazara",
		"pashtun", "tamil", "yazidi", "karen", "han", "tuareg", "fulani", "amhara", "oromo", "masai", "maasai",
		"zulu", "xhosa", "shona", "quechua", "aymara", "navajo", "cherokee", "sioux", "kazakh", "uzbek", "tajik", "kyrgyz",
		"turkmen", "baloch", "sindhi", "punjabi", "bengali", "somali", "afar", "nuer", "dinka", "masalit", "fur", "zaghawa"} {
		v.add(w, fPeople, 0, "")
	}
	// Nouns that name a count: the subject a headline gives a count of
	// millions ("Sudan displacement passes 10m", "turnout tops 20m").
	for _, w := range []string{"number", "numbers", "toll", "tally", "total", "turnout", "crowd", "crowds",
		"displacement", "population", "audience", "attendance", "enrolment", "enrollment", "membership",
		"casualties", "fatalities", "victims", "survivors", "returnees", "arrivals", "sales", "applications",
		"claims", "registrations", "signatories",
		// The nouns a report names its count by: "Sudan's count of the
		// uprooted now stands at 10.2m", "the UN's figure rose to 11.3m",
		// "its estimate passed 12m".
		"count", "figure", "estimate",
		// A movement of people is counted by the people who move: "War-driven
		// exodus in Sudan nears 11m", "the influx tops 1.2m".
		"exodus", "influx", "outflow", "outflows", "inflow", "inflows"} {
		v.add(w, fTally, 0, "")
	}
	// What a length measures or the event it is run in: "the wave was 5m",
	// "sea levels could rise 1m", "the 100m sprint". Verbs of moving are
	// known by their forms (see movesAt).
	for _, w := range []string{"height", "depth", "length", "width", "wave", "waves", "tsunami", "sea", "seas",
		"water", "waters", "floodwater", "floodwaters", "tide", "tides", "river", "wall", "walls", "snow", "snowfall",
		"surge", "swell", "metre", "metres", "meter", "meters", "elevation", "altitude", "distance", "jump", "sprint",
		"dash", "hurdles", "freestyle", "backstroke", "breaststroke", "butterfly", "relay", "medley", "dive",
		"platform", "tunnel", "shaft", "crater", "cliff", "tower", "building", "fall", "falls"} {
		v.add(w, fLength, 0, "")
	}
	// The adjectives of a dimension: "4m high", "as deep as 30m".
	for _, w := range []string{"high", "tall", "deep", "long", "wide", "thick"} {
		v.add(w, fSize, 0, "")
	}
	// Where a length reaches: "3m from", "50m below ground".
	for _, w := range []string{"away", "from", "above", "below", "across", "under", "underground", "underwater", "into", "onto", "through", "down",
		"at", "on", "off", "near", "behind", "beneath", "in", "to", "of", "by"} {
		v.add(w, fPlace, 0, "")
	}
	// What has a resolution, which a K names: "4K TVs", "8K screens".
	for _, w := range []string{"tv", "tvs", "television", "televisions", "screen", "screens", "display", "displays",
		"monitor", "monitors", "projector", "projectors", "panel", "panels", "set", "sets", "camera", "cameras",
		"video", "videos", "footage", "resolution", "streaming", "streams", "content", "picture", "pictures"} {
		v.add(w, fDisplay, 0, "")
	}
	v.add("points", fPoints, 0, "")
	v.add("pts", fPoints, 0, "")
	// The prepositions that give the level a figure sets, after a verb of
	// change: "fell to 1.2m", "surge past 6m", "closed at 7,650 points".
	for _, w := range []string{"to", "past", "above", "below", "beyond", "over", "under", "toward", "towards", "at"} {
		v.add(w, fLevel, 0, "")
	}
	for _, w := range []string{"in", "of", "on", "at", "from", "across", "among", "amongst", "along", "around", "inside",
		"outside", "within", "throughout", "near", "under", "beyond", "behind", "between", "for", "with"} {
		v.add(w, fPrep|fMinor, 0, "")
	}
	for _, w := range []string{"a", "an", "the", "and", "but", "or", "nor", "so", "yet", "as", "by", "to", "up", "off",
		"per", "via", "vs", "v", "into", "onto", "over", "upon", "amid", "after", "before", "since", "until", "than",
		"past", "about", "against", "toward", "towards", "during", "without", "through"} {
		v.add(w, fMinor, 0, "")
	}
}
