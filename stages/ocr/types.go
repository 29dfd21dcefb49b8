package ocr

// Input is the source document as the runtime read it from disk.
type Input struct {
	Name        string // file name, used for type detection by extension
	ContentType string // optional hint from the producer (MIME type)
	Data        []byte
}

// Page methods.
const (
	MethodTextLayer = "text_layer" // PDF text layer
	MethodOCR       = "ocr"        // rendered and read by Tesseract
	MethodDirect    = "direct"     // text formats read as they are (TXT, MD, HTML, DOCX)
)

// Page is the text of one page and how it was obtained.
type Page struct {
	Number     int     `json:"number"` // 1-based
	Text       string  `json:"text"`
	Method     string  `json:"method"`
	Confidence float64 `json:"confidence"` // 0..1; 1 for text layer and direct
}

// Result is the ocr stage's output.
type Result struct {
	ContentType string `json:"content_type"` // detected type, e.g. application/pdf
	Pages       []Page `json:"pages"`
}
