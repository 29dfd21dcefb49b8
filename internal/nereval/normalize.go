package nereval

import (
	"regexp"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// quoteFolder makes typographic quotes and dashes plain, so that the text
// stage's cleaning (which does the same) and a PDF's raw glyphs compare
// equal.
var quoteFolder = strings.NewReplacer(
	"\u2018", "'", "\u2019", "'", "\u201B", "'", "\u2032", "'",
	"\u201C", `"`, "\u201D", `"`, "\u201F", `"`,
	"\u2010", "-", "\u2011", "-", "\u2012", "-", "\u2013", "-", "\u2014", "-", "\u2212", "-",
)

// docketPrefix is the label written before a docket number ("No.",
// "Case:", "Docket #:"). It is not part of the case's name, so "No.
// 17-2400", "Case: 17-2400" and "17-2400" compare equal. It is stripped
// only when a digit follows, so a caption like "Case v. Smith" stays.
var docketPrefix = regexp.MustCompile(`(?i)^(?:(?:dc\s+|district\s+|originating\s+)?(?:case|docket|appeal)(?:\s*(?:no\.?|number|#))?|nos?\.?)\s*[:#]?\s*`)

// Normalize is the form two names are compared in: NFKC, plain quotes
// and dashes, case folded, a final possessive ('s or ') and a leading
// "the" removed, then only letters and digits kept (so punctuation and
// whitespace differences, "Fed.R.App.P." against "Fed. R. App. P.", do not
// matter). For CASE a docket label before a number is removed too.
func Normalize(typ, s string) string {
	s = quoteFolder.Replace(norm.NFKC.String(s))
	s = strings.TrimSpace(s)
	if typ == TypeCase {
		if loc := docketPrefix.FindStringIndex(s); loc != nil && loc[1] < len(s) && s[loc[1]] >= '0' && s[loc[1]] <= '9' {
			s = s[loc[1]:]
		}
	}
	s = strings.ToLower(s)
	s = strings.TrimRight(s, " .,;:")
	switch {
	case strings.HasSuffix(s, "'s"):
		s = s[:len(s)-2]
	case strings.HasSuffix(s, "'"):
		s = s[:len(s)-1]
	}
	if rest, ok := strings.CutPrefix(s, "the "); ok && strings.TrimSpace(rest) != "" {
		s = rest
	}
	var b strings.Builder
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}
