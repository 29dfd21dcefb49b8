package ocr

import (
	"regexp"
	"strconv"
	"strings"
)

// Stamp is what the e-filing stamps and margin stamps of a page say. The
// header CM/ECF writes on every page ("Case 4:08-cv-02214 Document 27
// Filed 02/03/09 Page 1 of 2") is page metadata, not body text: kept here
// and taken out of Page.Text, so the text stage does not see it repeated
// on every page.
type Stamp struct {
	// Lines are the stamp lines as read, header first, then rotated
	// margin text (clerk's stamps, "RECEIVED" stamps, Bates numbers).
	Lines    []string `json:"lines"`
	Case     string   `json:"case,omitempty"`     // docket number, e.g. 4:08-cv-02214-CW
	Document string   `json:"document,omitempty"` // document (docket entry) number
	Filed    string   `json:"filed,omitempty"`    // filed date as printed
	Page     int      `json:"page,omitempty"`     // page x …
	Pages    int      `json:"pages,omitempty"`    // … of y
}

var (
	stampCase  = regexp.MustCompile(`(?i)\b(?:case|appeal)\s*(?:no\.?)?\s*:?\s*([0-9][0-9a-z:\-]*[0-9a-z])`)
	stampDoc   = regexp.MustCompile(`(?i)\b(?:doc(?:ument)?|entry\s+id)\s*(?:no\.?)?\s*:?\s*#?\s*(\d[\d\-]*)`)
	stampFiled = regexp.MustCompile(`(?i)\bfiled\s*:?\s*(\d{1,2}/\d{1,2}/\d{2,4})`)
	stampPage  = regexp.MustCompile(`(?i)\b(?:page|pg)\s*:?\s*(\d+)(?:\s+of\s+(\d+))?`)
)

// isStampLine reports whether a line is an e-filing stamp: at least two
// stamp fields (case, document, filed, page) and little else. A caption
// line "Case No. 4:08-cv-02214" alone is one field and stays body text.
func isStampLine(line string) bool {
	l := strings.TrimSpace(line)
	if l == "" || len(l) > 200 {
		return false
	}
	fields := 0
	for _, re := range []*regexp.Regexp{stampCase, stampDoc, stampFiled, stampPage} {
		if re.MatchString(l) {
			fields++
		}
	}
	if fields < 2 {
		return false
	}
	// What is left once the stamp fields are gone must be short: a
	// sentence that mentions a case and a page is body text.
	return contentChars(l) <= 12
}

// splitStamps takes the stamp lines out of a page's text. It returns the
// body and the stamp (nil when there is none).
func splitStamps(text string) (string, *Stamp) {
	if !strings.Contains(text, "\n") && !isStampLine(text) {
		return text, nil
	}
	lines := strings.Split(text, "\n")
	var st *Stamp
	kept := lines[:0]
	for _, l := range lines {
		if isStampLine(l) {
			if st == nil {
				st = &Stamp{}
			}
			st.add(strings.TrimSpace(l))
			continue
		}
		kept = append(kept, l)
	}
	if st == nil {
		return text, nil
	}
	return strings.Join(kept, "\n"), st
}

// add records a stamp line and fills the fields it names that are still
// empty.
func (st *Stamp) add(line string) {
	st.Lines = append(st.Lines, line)
	if st.Case == "" {
		if m := stampCase.FindStringSubmatch(line); m != nil {
			st.Case = m[1]
		}
	}
	if st.Document == "" {
		if m := stampDoc.FindStringSubmatch(line); m != nil {
			st.Document = m[1]
		}
	}
	if st.Filed == "" {
		if m := stampFiled.FindStringSubmatch(line); m != nil {
			st.Filed = m[1]
		}
	}
	if st.Page == 0 {
		if m := stampPage.FindStringSubmatch(line); m != nil {
			st.Page, _ = strconv.Atoi(m[1])
			if m[2] != "" {
				st.Pages, _ = strconv.Atoi(m[2])
			}
		}
	}
}

// addMargin records rotated margin text as stamp lines.
func addMargin(st *Stamp, lines []string) *Stamp {
	if len(lines) == 0 {
		return st
	}
	if st == nil {
		st = &Stamp{}
	}
	st.Lines = append(st.Lines, lines...)
	return st
}
