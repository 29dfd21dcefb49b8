package text

// PageSpan locates a page of the source in the cleaned text (rune offsets).
type PageSpan struct {
	Number int    `json:"number"`
	Start  int    `json:"start"`
	End    int    `json:"end"`
	Method string `json:"method"`
}

// Document is the text stage's output: cleaned text and a category.
type Document struct {
	Text               string     `json:"text"`
	Category           string     `json:"category"`
	CategoryConfidence float64    `json:"category_confidence"`
	ContentType        string     `json:"content_type"`
	Pages              []PageSpan `json:"pages"`
}
