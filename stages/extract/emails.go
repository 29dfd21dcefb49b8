package extract

import (
	"regexp"
	"slices"
	"strings"
)

// mailHeader is a header line of a message that names its people: the
// sender and the addressees ("From:", "To:", "Cc:"), as a mail reader
// writes them at the top of a message and Outlook above a forwarded or
// quoted one. Group 1 is the line's value.
var mailHeader = regexp.MustCompile(`(?m)^[ \t>]*(?:From|FROM|To|TO|Cc|CC|cc|Bcc|BCC|Reply-To|Sender):[ \t]*([^\n]+)`)

// mailLabels are the header labels mailHeader needs, the cheap test
// before it.
var mailLabels = []string{"From:", "FROM:", "To:", "TO:", "Cc:", "CC:", "cc:", "Bcc:", "BCC:", "Reply-To:", "Sender:"}

// outlookSent is the line with which Outlook's header of a quoted message
// goes on after "From:": "Sent: Monday, March 2, 2020 9:14 AM".
var outlookSent = regexp.MustCompile(`(?m)^[ \t>]*(?:Sent|SENT|Date|DATE)[ \t]*:`)

// wroteLine is the line with which a mail reader quotes a message: "On
// Mon, Mar 2, 2020 at 9:14 AM John Roe <jroe@acme.com> wrote:", the name
// after the time, quoted or not. Group 1 is the name.
var wroteLine = regexp.MustCompile(`(?m)^[ \t>]*On[ \t][^\n<>]{4,60}?\d:\d\d(?:[ \t]*(?:AM|PM|am|pm))?,?[ \t]+["']?([A-Z][^\n<>"',;@]{1,60}?)["']?[ \t]*<[^<>\s@]+@[^<>\s]+>[ \t]*\n?[ \t>]*wrote:`)

// mailAddress is an address after its display name: in angle brackets or
// Outlook's "[mailto:…]".
var mailAddress = regexp.MustCompile(`<[^<>\s@]+@[^<>\s]+>|\[mailto:[^\]\s]+\]`)

// mailNames returns the people the header lines of a message and the
// lines quoting one ("On … John Roe <…> wrote:") name: each display name
// before its address ("Jukka Zitting <jukka@…>", "Smith,
// Robert [mailto:…]"), and in Outlook's headers, which may give names
// without addresses, each name of a "From:", "To:" or "Cc:" line split at
// its semicolons ("To: 'Jane Doe'; John Roe"). A name is a person's only
// when it can be one: two to four capitalised words, no organisation's
// word, no digits ("Tika Dev List", "nicolas1.23456" are not). The tagger
// reads a header line as no sentence, and misses most of them.
func mailNames(t string) []cand {
	var out []cand
	if strings.Contains(t, "wrote:") {
		for _, m := range wroteLine.FindAllStringSubmatchIndex(t, -1) {
			if c, ok := mailbox(t, m[2], m[3]); ok {
				out = append(out, c)
			}
		}
	}
	if !containsAny(t, mailLabels) {
		return out
	}
	for _, m := range mailHeader.FindAllStringSubmatchIndex(t, -1) {
		vs, ve := m[2], m[3]
		v := t[vs:ve]
		addrs := mailAddress.FindAllStringIndex(v, -1)
		if addrs == nil {
			// Names without addresses only in a header Outlook wrote, whose
			// "Sent:" line is right before or after this one's block.
			if !outlookBlock(t, m[0], ve) || strings.Contains(v, "@") {
				continue
			}
			from := 0
			for _, part := range strings.SplitAfter(v, ";") {
				s := vs + from
				from += len(part)
				if c, ok := mailbox(t, s, s+len(strings.TrimSuffix(part, ";"))); ok {
					out = append(out, c)
				}
			}
			continue
		}
		prev := 0
		for _, a := range addrs {
			s, e := vs+prev, vs+a[0]
			prev = a[1]
			// An address without a name before this one: "a@b.org, Jane
			// Doe <…>".
			if at := strings.LastIndexByte(t[s:e], '@'); at >= 0 {
				sep := strings.IndexAny(t[s+at:e], ",;")
				if sep < 0 {
					continue
				}
				s += at + sep
			}
			// The separator after the last addressee: "…>, Jane Doe <…>".
			for s < e && strings.ContainsRune(",; \t", rune(t[s])) {
				s++
			}
			if c, ok := mailbox(t, s, e); ok {
				out = append(out, c)
			}
		}
	}
	return out
}

// outlookBlock reports whether the header line [s, e) is in a block of
// header lines with a "Sent:" or "Date:" line: the few lines around it.
func outlookBlock(t string, s, e int) bool {
	a := s
	for k := 0; k < 4 && a > 0; k++ {
		a = strings.LastIndexByte(t[:a-1], '\n') + 1
	}
	b := e
	for k := 0; k < 4 && b < len(t); k++ {
		if i := strings.IndexByte(t[b+1:], '\n'); i >= 0 {
			b += 1 + i
		} else {
			b = len(t)
		}
	}
	return outlookSent.MatchString(t[a:b])
}

// mailbox is the person a display name [s, e) names, without its quotes;
// "Smith, Robert" as written.
func mailbox(t string, s, e int) (cand, bool) {
	for s < e && strings.ContainsRune(" \t\"'“‘", rune(t[s])) {
		s++
	}
	for e > s && strings.ContainsRune(" \t\"'”’", rune(t[e-1])) {
		e--
	}
	name := t[s:e]
	if strings.ContainsAny(name, "0123456789@()/\n") || strings.Count(name, ",") > 1 {
		return cand{}, false
	}
	if i := strings.IndexByte(name, ','); i >= 0 {
		// "Smith, Robert": a surname of one or two words, a given name
		// of one to three; "Smith, Jr." is no such name.
		last, first := strings.Fields(name[:i]), strings.Fields(name[i+1:])
		if len(last) == 0 || len(last) > 2 || len(first) == 0 || len(first) > 3 || nameSuffix.MatchString(first[len(first)-1]) {
			return cand{}, false
		}
	}
	plain := strings.ReplaceAll(name, ",", " ")
	if !personLike(plain) || hasOrgWord(plain) || clauseName(plain) || signOff(plain) {
		return cand{}, false
	}
	return cand{typ: TypePerson, start: s, end: e, source: SourcePattern}, true
}

// nameSuffix is a generational or professional suffix after a name's
// comma: "Jr.", "III", "Esq.".
var nameSuffix = regexp.MustCompile(`^(?:` + generationSuffix + `|Jr|Sr|Esq\.?|ESQ\.?)$`)

// closingName is a letter's or a message's closing alone on its line and
// the name under it, alone on its own line after any blank lines:
// "Thanks,\nChetan", "Best regards,\n\nAnna Lindqvist". Group 1 is the
// name.
var closingName = regexp.MustCompile(`(?m)^[ \t>]*(?:(?:Best|Kind|Warm|Warmest|With[ \t]+kind)[ \t]+regards|Regards|Best|Cheers|BR|Thanks|Thank[ \t]+you|Many[ \t]+thanks|Sincerely|Yours[ \t]+(?:sincerely|truly|faithfully)|(?:Very[ \t]+)?[Tt]ruly[ \t]+yours|Sincerely[ \t]+yours|Respectfully(?:[ \t]+submitted)?)[ \t]*[,!.]?[ \t]*\n(?:[ \t>]*\n)*[ \t>]*(?:/s/[ \t]*)?([A-Z][a-z][A-Za-z'’\-]*(?:[ \t]+(?:[A-Z][a-z][A-Za-z'’\-]*|[A-Z]\.)){0,3})[ \t]*(?:\n|$)`)

// closingWords are in every closing closingName reads, the cheap test
// before it.
var closingWords = []string{"egards", "Best", "Cheers", "BR", "hanks", "hank you", "incerely", "Yours", "yours", "Respectfully"}

// signOffWords are what a closing may be over besides a person: a team, a
// department, everyone.
var signOffWords = wordSet(`team all everyone management support staff sales legal admin office department accounts billing
	customer service services the litigation docketing help desk`)

// signOff reports whether a name has a word of signOffWords: a team's or
// an office's name ("Litigation Support", "The Team").
func signOff(name string) bool {
	return slices.ContainsFunc(strings.Fields(name), func(w string) bool { return signOffWords[strings.ToLower(w)] })
}

// closingNames returns the people who sign a letter or a message under its
// closing: the name alone on the line below "Regards," or "Sincerely,",
// a given name alone too, as messages are signed ("Thanks,\nChetan").
func closingNames(t string) []cand {
	if !containsAny(t, closingWords) {
		return nil
	}
	var out []cand
	for _, m := range closingName.FindAllStringSubmatchIndex(t, -1) {
		name := t[m[2]:m[3]]
		ws := strings.Fields(name)
		if signOff(name) {
			continue
		}
		if len(ws) == 1 {
			lw := strings.ToLower(ws[0])
			if len(ws[0]) < 3 || orgWords[lw] || genericOrg[lw] || jobWords[lw] || titleWords[lw] || partyTerms[lw] {
				continue
			}
		} else if !personLike(name) || hasOrgWord(name) || clauseName(name) {
			continue
		}
		out = append(out, cand{typ: TypePerson, start: m[2], end: m[3], source: SourcePattern})
	}
	return out
}
