package ocr

// Input is the source document as the runtime read it from disk.
type Input struct {
	Name        string // file name: a hint only, the content decides the type
	ContentType string // optional hint from the producer (MIME type)
	Data        []byte
	// Part, when set, names a child document inside Data (an e-mail's
	// attachment, a file embedded in a DOCX or ODT) by the spec that
	// Child.Spec returns: "2/1@<sha256 prefix>". The stage extracts that
	// part, checks its digest and reads the part as the document. Data is
	// then the parent's (root document's) bytes.
	Part string
}

// Page methods.
const (
	MethodTextLayer = "text_layer" // PDF text layer
	MethodOCR       = "ocr"        // rendered and read by Tesseract
	MethodDirect    = "direct"     // formats read as they are (TXT, MD, HTML, DOCX, ODT, RTF, DOC, WordPerfect, e-mail)
	// MethodMixed is a PDF page whose text layer is kept and whose image
	// regions are OCRed; Page.Methods lists both.
	MethodMixed = "text_layer+ocr"
	// MethodOSD appears in Page.Methods when the page was read again with
	// Tesseract's orientation detection (a rotated or upside-down scan).
	MethodOSD = "osd"
	// MethodFormFields appears in Page.Methods when values of form fields
	// that the page does not show were added to its text.
	MethodFormFields = "form_fields"
)

// Field is a filled form field of a PDF page, read from the AcroForm's /V
// entries.
type Field struct {
	Name  string `json:"name"`  // fully qualified field name
	Value string `json:"value"` // text, chosen option(s), or a button's state
	Kind  string `json:"kind"`  // "text", "choice" or "button"
	// Added is true when the page's text did not show the value (no
	// appearance, an empty or stale one) and the stage appended it.
	Added bool `json:"added,omitempty"`
}

// Page is the text of one page and how it was obtained.
type Page struct {
	Number     int     `json:"number"` // 1-based
	Text       string  `json:"text"`
	Method     string  `json:"method"`
	Confidence float64 `json:"confidence"` // 0..1; 1 for text layer and direct
	// Methods lists every method that contributed when there are several
	// (a mixed page: text_layer and ocr; a rotated scan: ocr and osd).
	Methods []string `json:"methods,omitempty"`
	// Reason is why a PDF page was or was not OCRed (Reason* constants).
	Reason string `json:"reason,omitempty"`
	// Stamp holds the e-filing and margin stamps taken out of Text.
	Stamp *Stamp `json:"stamp,omitempty"`
	// Fields are the page's filled form fields.
	Fields []Field `json:"fields,omitempty"`
	// LowConfidence marks an OCRed page whose confidence is below
	// Config.MinConfidence: its text is likely to be wrong.
	LowConfidence bool `json:"low_confidence,omitempty"`
}

// Result is the ocr stage's output.
type Result struct {
	ContentType string `json:"content_type"` // detected type, e.g. application/pdf
	Pages       []Page `json:"pages"`
	// LowConfidencePages are the numbers of the pages flagged
	// LowConfidence, for the run record.
	LowConfidencePages []int `json:"low_confidence_pages,omitempty"`
	// Children are the documents inside this one (attachments, embedded
	// files), each to be processed as a document of its own with
	// Input.Part = child.Spec().
	Children []Child `json:"children,omitempty"`
	// Part is Input.Part when the document was a part of another.
	Part string `json:"part,omitempty"`
}
