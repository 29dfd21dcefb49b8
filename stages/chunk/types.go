package chunk

// Chunk is a piece of the cleaned text. Start and End are rune offsets into
// text.Document.Text; ID is stable for the same text and settings.
type Chunk struct {
	ID    string `json:"id"`
	Index int    `json:"index"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
}

// Result is the chunk stage's output.
type Result struct {
	Chunks []Chunk `json:"chunks"`
}
