package resolve

// Entity is a canonical entity of one document with all its mentions.
type Entity struct {
	ID         string   `json:"id"`
	Type       string   `json:"type"`
	Name       string   `json:"name"` // canonical: the longest full name
	Aliases    []string `json:"aliases"`
	MentionIDs []string `json:"mention_ids"`
}

// Result is the resolve stage's output.
type Result struct {
	Entities []Entity `json:"entities"`
}
