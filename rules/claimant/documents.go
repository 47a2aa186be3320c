package claimant

// documentNouns are documents a body issues that hold figures without
// being findings themselves: "The estimate is in the latest appeal from
// OCHA", "is contained in the response plan of the UN". A figure said to
// stand in one is its issuer's (see inFindings), as with a report.
var documentNouns = set("appeal appeals plan statement communique communiqué letter submission filing memo memos memorandum sheet")
