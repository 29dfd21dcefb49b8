package extract

import (
	"regexp"
	"strings"
)

// dateTail is what a date read as a day and month ("November 19",
// "September 16") leaves of itself: its year after a comma a web page set
// apart from the day ("November 19 , 2002"), or the last day of a range
// and the year ("September 16-17, 1989": one date, as a schedule writes
// it).
var dateTail = regexp.MustCompile(`^(?:[ \t]+,|[ \t]?[-–][ \t]?` + dayNum + `,)[ \t]*(?:1[789]|20)\d{2}\b`)

// dateTails extends a day and month over the tail of dateTail.
func dateTails(t string, cs []cand) []cand {
	if !strings.Contains(t, " ,") && !strings.Contains(t, "-") && !strings.Contains(t, "–") {
		return cs
	}
	for i, c := range cs {
		if c.typ == TypeDate && c.end < len(t) && (t[c.end] == ' ' || t[c.end] == '\t' || t[c.end] == '-' || t[c.end] == "–"[0]) {
			if m := dateTail.FindStringIndex(t[c.end:min(len(t), c.end+16)]); m != nil {
				cs[i].end = c.end + m[1]
			}
		}
	}
	return cs
}

// monthShort is a month's abbreviation without its period ("Oct"), or
// with it.
const monthShort = `(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?`

// moreDates are the forms of a date that web pages and court systems
// write and the patterns do not read: an abbreviated month without its
// period ("Oct 15, 2020"), a year right after the comma ("Aug. 9,1996"),
// the day first with hyphens ("27-Mar-2018") or before an abbreviated
// month, as mail headers write it ("Thu, 29 Jan 2009 20:16:40 +0100"), and
// a month, day and year in figures with hyphens ("10-15-2020"), and the
// day first with the month on the next line ("11" / "January 2017", as a
// layout wraps "11 January 2017"). Anchored:
// extraDates tries it only where a word starts with a month's first three
// letters, or a number and a hyphen or a space.
var moreDates = regexp.MustCompile(`^(?:` + monthShort + `[ \t]+` + dayNum + `,[ \t]*(?:1[789]|20)\d{2}` +
	`|` + month + `[ \t]+` + dayNum + `,(?:1[789]|20)\d{2}` +
	`|` + dayNum + `-` + monthShort + `-(?:1[789]|20)\d{2}` +
	`|` + dayNum + `[ \t]+` + monthShort + `[ \t]+(?:1[789]|20)\d{2}` +
	`|` + monthCaps + `\.?[ \t]+` + dayNum + `[ \t]+(?:1[789]|20)\d{2}` +
	`|(?:0?[1-9]|1[0-2])-` + dayNum + `-(?:19|20)\d{2}` +
	`|` + dayNum + `[ \t]*\n[ \t]*` + month + `[ \t]+(?:1[789]|20)\d{2})\b`)

// monthCaps is a month's abbreviation in capitals, as a form's stamp
// writes a date without its comma ("Date: OCT 14 2021").
const monthCaps = `(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEPT|SEP|OCT|NOV|DEC)`

// pastDay is a month and a number too large for a day: "Dec. 56" of a
// reporter's "23 I&N Dec. 56", which the patterns read as a date.
var pastDay = regexp.MustCompile(`^[A-Za-z]+\.?[ \t]+(?:3[2-9]|[4-9]\d)\b`)

// dayNum is a day of a month in figures.
const dayNum = `(?:0?[1-9]|[12]\d|3[01])`

// monthHeads are the first three letters of the months' names, as
// moreDates writes them.
var monthHeads = func() map[string]bool {
	m := map[string]bool{}
	for _, n := range monthNeedles {
		m[n] = true
	}
	return m
}()

// labelBefore is a docket number's label right before a number: "No.",
// "Index No.", "#", "Docket Number:".
var labelBefore = regexp.MustCompile(`(?:\b(?:No|NO|Nos|NOS)\.?|#|\b(?:Number|NUMBER):?)[ \t]*$`)

// extraDates finds the dates of moreDates, not figures after a docket's
// label or going on as a docket number ("3-12-1995-CV"). It runs after
// the tagger, so the tagger's features stay what its training data make.
func extraDates(t string) []cand {
	var out []cand
	for i := 0; i+3 < len(t); i++ {
		c := t[i]
		if i > 0 && isAlnum(t[i-1]) {
			continue
		}
		digit := c >= '0' && c <= '9'
		if digit && !strings.ContainsAny(t[i+1:i+3], "- \t\n") || !digit && !monthHeads[t[i:i+3]] {
			continue
		}
		m := moreDates.FindStringIndex(t[i:min(len(t), i+40)])
		if m == nil {
			continue
		}
		e := i + m[1]
		if digit && (labelBefore.MatchString(t[max(0, i-12):i]) || e < len(t) && t[e] == '-') {
			continue
		}
		// A number alone on its line before a month is a line's or a
		// page's number, not a wrapped date's day.
		if digit && strings.Contains(t[i:e], "\n") && strings.TrimLeft(t[strings.LastIndexByte(t[:i], '\n')+1:i], " \t") == "" {
			continue
		}
		out = append(out, cand{typ: TypeDate, start: i, end: e, source: SourcePattern})
		i = e - 1
	}
	return out
}

// wrappedScale is an amount's scale word that a line break put on the
// next line ("$62.5" / "billion") or a hyphen joined to it ("$37-million",
// as some newspapers write it).
var wrappedScale = regexp.MustCompile(`^(?:[ \t]*\n[ \t]*|-)(?:million|billion|trillion|thousand|Million|Billion|Trillion|Thousand)\b`)

// wrappedScales extends an amount over the scale word on the next line or
// after a hyphen.
func wrappedScales(t string, cs []cand) []cand {
	if !strings.Contains(t, "illion") && !strings.Contains(t, "housand") {
		return cs
	}
	for i, c := range cs {
		if c.typ == TypeMoney {
			if m := wrappedScale.FindStringIndex(t[c.end:min(len(t), c.end+24)]); m != nil {
				cs[i].end = c.end + m[1]
			}
		}
	}
	return cs
}

// otherAmount is an amount the patterns' money does not read: under a
// dollar without its zero, as share par values are written ("$.001",
// "$.01 per share"), in pounds, euros, yen or rupees by their signs
// ("£3,000", "€2.5 million", "€ 5,8 million", "¥500,000", "₹5 lakh"),
// after a currency's code or India's "Rs." ("CAD 5,000", "NOK 65
// million", "Rs. 10,000"), a number before a currency the patterns do not
// know by its name ("5 million euros", "2 billion rubles", "2.5 million US
// dollars"), or cents in figures ("35 cents", "25¢").
var otherAmount = regexp.MustCompile(`(?:US|U\.S\.)?\$\.\d+\b|(?:[£€¥₹][ \t]?|\b(?:` + currencyCodes + `|Rs\.?)[ \t]?)` + amountNumber +
	`|\b\d[\d,]*(?:\.\d+)?(?:[ \t]+(?:million|billion))?[ \t]+(?:` + currencyNames + `)\b` +
	`|\b\d+(?:\.\d+)?(?:[ \t]+cents\b|¢)`)

// yearCurrency is a year before a currency's name: "2019 US dollars",
// "1998 Canadian dollars".
var yearCurrency = regexp.MustCompile(`^(?:1[6-9]|20)\d\d[ \t]+[A-Za-z]`)

// otherAmountMarks are the signs, codes and words without one of which a
// text has no amount otherAmount reads: a cheap test before the
// expression runs.
var otherAmountMarks = append(strings.Split(currencyCodes, "|"), "$.", "£", "€", "¥", "₹", "¢", "Rs", "uros", "yen", "rupees", "pesos", "francs",
	"rubles", "roubles", "baht", "yuan", "kron", "shekels", "dirhams", "reais", "zloty", "ringgit", "rupiah", "dollars", "cents")

// currencyCodes are the ISO codes of currencies other than the dollar an
// amount opens with; currencyNames the currencies' names after a number
// that the patterns do not read (a dollar of a country among them).
// Pounds are left out: a weight as often.
const (
	currencyCodes = `EUR|CAD|AUD|NZD|JPY|CHF|CNY|RMB|HKD|SGD|INR|NOK|SEK|DKK|PLN|CZK|ZAR|BRL|MXN|KRW`
	currencyNames = `euros|Euros|yen|rupees|pesos|francs|rubles|roubles|baht|yuan|kronor|kroner|krone|shekels|dirhams|reais|zloty|ringgit|rupiah|(?:US|U\.S\.|Canadian|Australian|New[ \t]+Zealand|Hong[ \t]+Kong|Singapore)[ \t]+dollars`
)

// amountNumber is an amount's number and its scale word: "2.5 million",
// India's "10,00,000" and "5 lakh".
const amountNumber = `\d[\d,]*(?:\.\d+)?(?:[ \t]+(?:million|billion|Million|Billion|lakhs?|crores?))?`

// numberUnit is a number's word below a hundred; numberScale a word that
// multiplies it.
const (
	numberUnit  = `(?:` + numberUnitAlt + `)`
	numberScale = `(?:` + numberScaleAlt + `)`
	// numberUnitAlt and numberScaleAlt are their words as alternatives,
	// longer words first; numberWords is the same words as a set.
	numberUnitAlt  = `eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|one|two|three|four|five|six|seven|eight|nine|ten`
	numberScaleAlt = `hundred|thousand|million|billion|trillion`
)

// wordAmount is an amount written in words with its currency: "forty
// dollars", "Twenty Thousand Dollars", "a million dollars", "twenty-five
// cents", "One million, five hundred fifty-six thousand, two hundred
// fifty dollars"; a scale opens one only after "a" ("a million dollars", not
// "hundred thousand dollars" of "several hundred thousand dollars").
// Pounds in words are left alone (a weight as often).
var wordAmount = regexp.MustCompile(`(?i)\b(?:(?:a|half[ \t-]a)[ \t-]+` + numberScale + `|` + numberUnit + `)(?:(?:[ \t]+and[ \t]+|,?[ \t]+|-)(?:` + numberUnit + `|` + numberScale + `))*[ \t]+(?:dollars|cents|euros)\b`)

// otherAmounts returns the amounts otherAmount and wordAmount find, not
// a fraction's denominator before cents nor a year before a currency's
// name after "in".
func otherAmounts(t string) []cand {
	var out []cand
	if containsAny(t, otherAmountMarks) {
		for _, c := range groupCands(t, otherAmount, 0, TypeMoney) {
			// "1 2/3 cents" is no "3 cents"; "in 2019 US dollars" is a
			// year's value of money, no amount ("2000 yen" is one).
			if c.start > 0 && t[c.start-1] == '/' || strings.HasSuffix(t[:c.start], "in ") && yearCurrency.MatchString(t[c.start:c.end]) {
				continue
			}
			out = append(out, c)
		}
	}
	if containsAny(t, []string{"ollars", "OLLARS", "cents", "CENTS", "uros", "UROS"}) {
		out = append(out, groupCands(t, wordAmount, 0, TypeMoney)...)
	}
	return out
}

// dollarPrefix is a dollar's country glued before its sign: "C" of
// "C$7,500", "CDN" of "CDN$40.50", "HK" of "HK$2 million".
var dollarPrefix = regexp.MustCompile(`(?:^|[^\p{L}\d])((?:C|CA|CAN|CDN|A|AU|NZ|HK|S|NT|R|MX|Mex))$`)

// dollarScale is a scale glued after an amount's digits: "bn" of
// "$1.2bn", "k" of "$5k".
var dollarScale = regexp.MustCompile(`^(?:bn|mn|m|k|B|M|K)\b`)

// dollarEdges grows an amount in dollars over its country's letters
// glued before the sign (dollarPrefix: "C$7,500", "HK$2 million") and
// any amount over a scale glued after its digits (dollarScale: "$1.2bn",
// "$5k", "US$250m", "€2.5m", "USD 5m").
func dollarEdges(t string, cs []cand) []cand {
	for i, c := range cs {
		if c.typ != TypeMoney || c.start >= len(t) {
			continue
		}
		if t[c.start] == '$' {
			if m := dollarPrefix.FindStringSubmatchIndex(t[max(0, c.start-4):c.start]); m != nil {
				cs[i].start = max(0, c.start-4) + m[2]
			}
		}
		if c.end > 0 && t[c.end-1] >= '0' && t[c.end-1] <= '9' {
			if m := dollarScale.FindStringIndex(t[c.end:min(len(t), c.end+3)]); m != nil {
				cs[i].end = c.end + m[1]
			}
		}
	}
	return cs
}
