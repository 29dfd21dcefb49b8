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

var (
	stampDate = regexp.MustCompile(`\b\d{1,2}/\d{1,2}/\d{2,4}\b`)
	stampJunk = regexp.MustCompile(`[\d\s.,:;#/\-–—()]+`)
)

// stampFields counts the stamp fields (case, document, filed, page) of a
// line and returns how many characters are left once the fields, dates,
// numbers and punctuation are gone.
func stampFields(l string) (fields, rest int) {
	for _, re := range []*regexp.Regexp{stampCase, stampDoc, stampFiled, stampPage} {
		if re.MatchString(l) {
			fields++
		}
	}
	if fields == 0 {
		return 0, len(l)
	}
	r := stampField.ReplaceAllString(l, "")
	r = stampDate.ReplaceAllString(r, "")
	r = stampJunk.ReplaceAllString(r, "")
	return fields, len([]rune(r))
}

// stampRest is how many other characters a stamp line may carry ("Entry
// ID", "USCA4", a docket suffix).
const stampRest = 12

// isStampLine reports whether a line is an e-filing stamp on its own: at
// least two stamp fields (case, document, filed, page) and little else.
// A caption line "Case No. 4:08-cv-02214" alone is one field and stays
// body text; so does a sentence that mentions a case and a page.
func isStampLine(line string) bool {
	l := strings.TrimSpace(line)
	if l == "" || len(l) > 200 {
		return false
	}
	fields, rest := stampFields(l)
	return fields >= 2 && rest <= stampRest
}

// isFieldLine reports whether a line is one stamp field and nothing else:
// poppler writes the appellate courts' headers ("Case: 20-1507",
// "Document: 00117684624", "Page: 1", "Date Filed: 12/22/2020") one field
// to a line.
func isFieldLine(line string) bool {
	l := strings.TrimSpace(line)
	if l == "" || len(l) > 80 {
		return false
	}
	fields, rest := stampFields(l)
	return fields >= 1 && rest <= stampRest
}

// splitStamps takes the stamp lines out of a page's text: lines that are a
// stamp on their own, runs of two or more one-field lines (blank lines
// between them allowed), and on a page that has either (or three one-field
// lines anywhere) every one-field line. It returns the body and the stamp
// (nil when there is none).
func splitStamps(text string) (string, *Stamp) {
	if !stampCase.MatchString(text) && !stampDoc.MatchString(text) && !stampFiled.MatchString(text) && !stampPage.MatchString(text) {
		return text, nil
	}
	lines := strings.Split(text, "\n")
	stamp := make([]bool, len(lines))
	found := false
	for i := 0; i < len(lines); i++ {
		if isStampLine(lines[i]) {
			stamp[i], found = true, true
			continue
		}
		if !isFieldLine(lines[i]) {
			continue
		}
		// A run of one-field lines.
		run := []int{i}
		j := i + 1
		for ; j < len(lines); j++ {
			if strings.TrimSpace(lines[j]) == "" {
				continue
			}
			if !isFieldLine(lines[j]) && !isStampLine(lines[j]) {
				break
			}
			run = append(run, j)
		}
		if len(run) >= 2 {
			for _, k := range run {
				stamp[k] = true
			}
			found = true
			i = j - 1
		}
	}
	// Poppler's reading order can interleave a header's fields with the
	// body (ca1 pp. 3, 7, 8): once a page has a stamp, or three lines of
	// one field each, every one-field line on it is part of the stamp.
	fieldLines := 0
	for _, l := range lines {
		if isFieldLine(l) {
			fieldLines++
		}
	}
	if !found && fieldLines < 3 {
		return text, nil
	}
	for i, l := range lines {
		if !stamp[i] && isFieldLine(l) {
			stamp[i] = true
		}
	}
	st := &Stamp{}
	kept := make([]string, 0, len(lines))
	for i, l := range lines {
		if stamp[i] {
			st.add(strings.TrimSpace(l))
			continue
		}
		kept = append(kept, l)
	}
	if st.Filed == "" {
		for _, l := range st.Lines {
			if d := stampDate.FindString(l); d != "" {
				st.Filed = d
				break
			}
		}
	}
	return strings.TrimLeft(strings.Join(kept, "\n"), "\n"), st
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

// addMargin records rotated margin text as stamp lines, and the stamp
// fields it names that are still empty ("ELECTRONICALLY FILED 02/03/2009"
// up the margin of a state court's filing gives the filed date).
func addMargin(st *Stamp, lines []string) *Stamp {
	if len(lines) == 0 {
		return st
	}
	if st == nil {
		st = &Stamp{}
	}
	for _, l := range lines {
		st.add(l)
	}
	return st
}
