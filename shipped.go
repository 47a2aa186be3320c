// Package claimtrack holds the files the binary ships with: the example
// configuration and its rules, so that "claimtrack demo" runs anywhere.
package claimtrack

import "embed"

// Shipped holds config.yaml and metrics/*.yaml as they are in the repository.
//
//go:embed config.yaml metrics/*.yaml
var Shipped embed.FS
