package claimant

// inRoleAt are people who speak for the body they are at, not as
// witnesses of it: "Ahmed Dheir, a forensic official at Nasser hospital"
// gives the hospital's count (convention 1), where "a nurse at Nasser
// Hospital" tells what she saw.
var inRoleAt = set("official officials spokesman spokeswoman spokesperson administrator registrar")
