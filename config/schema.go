package config

import (
	"encoding/json"

	"github.com/invopop/jsonschema"

	"github.com/claimtrack/claimtrack/rules"
)

// RuleFile is the shape of a file named by rule_files, for its schema.
type RuleFile struct {
	Metrics []rules.MetricSpec `yaml:"metrics" json:"metrics" jsonschema:"required"`
}

func reflector() *jsonschema.Reflector {
	return &jsonschema.Reflector{
		FieldNameTag:               "yaml",
		RequiredFromJSONSchemaTags: true,
	}
}

func marshalSchema(s *jsonschema.Schema, title string) ([]byte, error) {
	s.Title = title
	b, err := json.MarshalIndent(s, "", "  ")
	if err != nil {
		return nil, err
	}
	return append(b, '\n'), nil
}

// Schema returns the JSON Schema of the configuration file, generated from
// the Go types so that it cannot drift from what Load accepts.
func Schema() ([]byte, error) {
	return marshalSchema(reflector().Reflect(&Config{}), "claimtrack configuration")
}

// RuleFileSchema returns the JSON Schema of a rule file.
func RuleFileSchema() ([]byte, error) {
	return marshalSchema(reflector().Reflect(&RuleFile{}), "claimtrack rule file")
}
