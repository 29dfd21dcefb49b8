// Package ocr is the first pipeline stage: it turns a source document into the
// text of its pages. PDFs are read through poppler (pdftotext for the text
// layer, pdftoppm to render pages that have none) and Tesseract reads the
// rendered pages and image files; text formats (TXT, Markdown, HTML, DOCX)
// are read directly. The stage is pure: it knows nothing of Redis.
//
// docs/pdf-engine.md records why poppler was chosen over PDFium.
package ocr

import (
	"context"
	"errors"
	"fmt"
	"os"
	"strings"
	"sync"
	"time"

	"github.com/docpipe/docpipe/stages"
)

// Algorithm is the version of this stage's algorithm; bump it whenever a
// change alters the output for the same input, so cached results are not
// reused across the change.
const Algorithm = "ocr/v3"

// Defaults for the zero values of Config.
const (
	DefaultMaxBytes     = 100 << 20
	DefaultMaxPages     = 500
	DefaultPageTimeout  = 60 * time.Second
	DefaultDPI          = 300
	DefaultParallelism  = 1
	DefaultLanguage     = "eng"
	DefaultMinTextChars = 20
	// DefaultMinConfidence flags OCRed pages whose mean word confidence
	// is below 0.6: on the corpus, clean scans read at 0.9 and more.
	DefaultMinConfidence = 0.6
	DefaultMaxChildDepth = 3
	DefaultMaxChildren   = 100
	DefaultMaxChildBytes = 50 << 20
)

// Errors that are not the input's fault, so the runtime retries them.
var (
	// ErrToolMissing means a required binary (tesseract, pdftotext,
	// pdftoppm, pdfinfo) is not installed or not on PATH.
	ErrToolMissing = errors.New("ocr: required tool missing")
	// ErrPageTimeout means one page took longer than Config.PageTimeout.
	// It is transient on purpose: a busy machine is the usual cause, and
	// the runtime's max-deliveries rule sends a document whose pages time
	// out on every delivery to the dead-letter stream with this reason.
	ErrPageTimeout = errors.New("ocr: page timeout")
)

// Config configures the stage. The zero value of every field means its
// default.
type Config struct {
	// MaxBytes is the largest accepted source (default 100 MiB).
	MaxBytes int64 `env:"MAX_BYTES"`
	// MaxPages is the largest accepted page count (default 500).
	MaxPages int `env:"MAX_PAGES"`
	// PageTimeout bounds the work on one page: rendering plus OCR, or text
	// extraction (default 60s).
	PageTimeout time.Duration `env:"PAGE_TIMEOUT"`
	// DPI is the resolution pages are rendered at for OCR (default 300).
	DPI int `env:"DPI"`
	// Parallelism is how many pages are OCRed at once (default 1). Each
	// Tesseract process is limited to one thread, so this is the number of
	// cores one document may use.
	Parallelism int `env:"PARALLELISM"`
	// Language is Tesseract's language setting, e.g. "eng" or "eng+deu"
	// (default "eng").
	Language string `env:"LANGUAGE"`
	// MinTextChars: a PDF page whose text layer has fewer non-space
	// characters than this, not counting court e-filing stamps, is OCRed
	// (default 20).
	MinTextChars int `env:"MIN_TEXT_CHARS"`
	// MinConfidence: an OCRed page whose mean word confidence (0..1) is
	// below this is flagged Page.LowConfidence and listed in
	// Result.LowConfidencePages (default 0.6).
	MinConfidence float64 `env:"MIN_CONFIDENCE"`
	// MaxChildDepth is how deep attachments and embedded files are
	// followed: 1 lists a document's own children only (default 3).
	MaxChildDepth int `env:"MAX_CHILD_DEPTH"`
	// MaxChildren is the most children listed for one document (default
	// 100); the rest are left out and logged.
	MaxChildren int `env:"MAX_CHILDREN"`
	// MaxChildBytes is the largest child listed (default 50 MiB).
	MaxChildBytes int64 `env:"MAX_CHILD_BYTES"`
}

func (c Config) withDefaults() Config {
	if c.MaxBytes == 0 {
		c.MaxBytes = DefaultMaxBytes
	}
	if c.MaxPages == 0 {
		c.MaxPages = DefaultMaxPages
	}
	if c.PageTimeout == 0 {
		c.PageTimeout = DefaultPageTimeout
	}
	if c.DPI == 0 {
		c.DPI = DefaultDPI
	}
	if c.Parallelism == 0 {
		c.Parallelism = DefaultParallelism
	}
	if c.Language == "" {
		c.Language = DefaultLanguage
	}
	if c.MinTextChars == 0 {
		c.MinTextChars = DefaultMinTextChars
	}
	if c.MinConfidence == 0 {
		c.MinConfidence = DefaultMinConfidence
	}
	if c.MaxChildDepth == 0 {
		c.MaxChildDepth = DefaultMaxChildDepth
	}
	if c.MaxChildren == 0 {
		c.MaxChildren = DefaultMaxChildren
	}
	if c.MaxChildBytes == 0 {
		c.MaxChildBytes = DefaultMaxChildBytes
	}
	return c
}

// Validate reports a configuration that cannot work. Zero values are valid:
// they mean the defaults.
func (c Config) Validate() error {
	c = c.withDefaults()
	switch {
	case c.MaxBytes < 0:
		return fmt.Errorf("ocr config: MaxBytes %d is negative", c.MaxBytes)
	case c.MaxPages < 0:
		return fmt.Errorf("ocr config: MaxPages %d is negative", c.MaxPages)
	case c.PageTimeout < 0:
		return fmt.Errorf("ocr config: PageTimeout %v is negative", c.PageTimeout)
	case c.DPI < 50 || c.DPI > 1200:
		return fmt.Errorf("ocr config: DPI %d is outside 50..1200", c.DPI)
	case c.Parallelism < 0:
		return fmt.Errorf("ocr config: Parallelism %d is negative", c.Parallelism)
	case c.MinConfidence < 0 || c.MinConfidence > 1:
		return fmt.Errorf("ocr config: MinConfidence %v is outside 0..1", c.MinConfidence)
	case c.MaxChildDepth < 0 || c.MaxChildren < 0 || c.MaxChildBytes < 0:
		return fmt.Errorf("ocr config: child limits (depth %d, count %d, bytes %d) must not be negative", c.MaxChildDepth, c.MaxChildren, c.MaxChildBytes)
	case c.MinTextChars < 0:
		return fmt.Errorf("ocr config: MinTextChars %d is negative", c.MinTextChars)
	case strings.ContainsAny(c.Language, " \t/\\"):
		// The language is passed to tesseract as one argument; a path
		// separator would let it point at arbitrary traineddata.
		return fmt.Errorf("ocr config: Language %q is not a tesseract language list", c.Language)
	}
	return nil
}

// Stage is the ocr stage. It implements stages.Stage[Input, Result] and is
// safe for concurrent use.
type Stage struct {
	cfg Config

	mu      sync.Mutex
	checked bool // tools were found once; a failure is checked again next time
}

var _ stages.Stage[Input, Result] = (*Stage)(nil)

// New returns the stage with cfg's defaults filled in. It does not fail when
// a tool is missing, so that a process can start and report the problem on
// its first document (see Check).
func New(cfg Config) *Stage {
	return &Stage{cfg: cfg.withDefaults()}
}

// Name is the stage name used in stream and key names.
func (s *Stage) Name() string { return "ocr" }

// Fingerprint names the algorithm version and the settings that change the
// output. Limits, timeouts and parallelism are left out: they decide whether
// a result is produced, not what it is.
func (s *Stage) Fingerprint() string {
	return fmt.Sprintf("%s;engine=poppler+tesseract5;psm=%d;dpi=%d;lang=%s;minchars=%d;minconf=%g;children=%d/%d/%d",
		Algorithm, tesseractPSM, s.cfg.DPI, s.cfg.Language, s.cfg.MinTextChars,
		s.cfg.MinConfidence, s.cfg.MaxChildDepth, s.cfg.MaxChildren, s.cfg.MaxChildBytes)
}

// Check verifies that the external tools are installed. Process calls it on
// first use; a runtime may call it at start-up to fail early. A missing tool
// is reported as ErrToolMissing, which is transient: installing the tool
// fixes it without touching the input.
func (s *Stage) Check() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.checked {
		return nil
	}
	if err := CheckTools(s.cfg); err != nil {
		return err
	}
	s.checked = true
	return nil
}

// Process reads one document. Bad input (empty, oversize, too many pages,
// encrypted, corrupt, unsupported type, a part that changed) gives a
// stages.PermanentError; cancellation, timeouts and missing tools give
// ordinary, transient errors. With in.Part set, the part is extracted from
// in.Data and read as the document.
func (s *Stage) Process(ctx context.Context, in Input) (Result, error) {
	if len(in.Data) == 0 {
		return Result{}, stages.Permanentf("empty file: %q has zero bytes", in.Name)
	}
	if int64(len(in.Data)) > s.cfg.MaxBytes {
		return Result{}, stages.Permanentf("file too large: %d bytes, limit %d", len(in.Data), s.cfg.MaxBytes)
	}
	if in.Part != "" {
		part, err := s.resolvePart(ctx, in)
		if err != nil {
			return Result{}, err
		}
		in = part
		if len(in.Data) == 0 {
			return Result{}, stages.Permanentf("empty file: part %s of %q has zero bytes", in.Part, in.Name)
		}
	}
	kind := detect(in)
	var (
		pages []Page
		err   error
	)
	switch kind {
	case kindPDF:
		if err := s.Check(); err != nil {
			return Result{}, err
		}
		pages, err = s.processPDF(ctx, in.Data)
	case kindPNG, kindJPEG, kindTIFF:
		if err := s.Check(); err != nil {
			return Result{}, err
		}
		pages, err = s.processImage(ctx, in.Data, kind)
	case kindText, kindMarkdown, kindHTML, kindDOCX, kindODT, kindRTF, kindEML:
		pages, err = s.processDirect(ctx, in.Data, kind)
	case kindDOC, kindWPD, kindMSG:
		if err := s.Check(); err != nil {
			return Result{}, err
		}
		pages, err = s.processDirect(ctx, in.Data, kind)
	default:
		return Result{}, stages.Permanentf("unsupported document type %s: name %q, content type %q, first bytes %q",
			kind.contentType(), in.Name, in.ContentType, head(in.Data, 8))
	}
	if err != nil {
		return Result{}, err
	}
	if len(pages) > s.cfg.MaxPages {
		return Result{}, stages.Permanentf("too many pages: %d, limit %d", len(pages), s.cfg.MaxPages)
	}
	res := Result{ContentType: kind.contentType(), Pages: pages, Part: in.Part}
	for i := range res.Pages {
		p := &res.Pages[i]
		if p.Method != MethodTextLayer && p.Method != MethodDirect && p.Confidence < s.cfg.MinConfidence {
			p.LowConfidence = true
			res.LowConfidencePages = append(res.LowConfidencePages, p.Number)
		}
	}
	prefix := ""
	if in.Part != "" {
		prefix, _, _ = strings.Cut(in.Part, "@")
	}
	if res.Children, err = s.children(ctx, in, prefix); err != nil {
		return Result{}, err
	}
	return res, nil
}

func head(b []byte, n int) []byte {
	if len(b) > n {
		return b[:n]
	}
	return b
}

// tempDir makes a private scratch directory; the caller removes it.
func tempDir() (string, error) {
	dir, err := os.MkdirTemp("", "docpipe-ocr-*")
	if err != nil {
		return "", fmt.Errorf("ocr: temp dir: %w", err)
	}
	return dir, nil
}
