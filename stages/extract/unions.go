package extract

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Labor unions are named as a chain of comma-separated parts that ends in
// their federation: the local's name, its number, the international's name
// (itself often with commas) and "AFL-CIO": "Courthouse Employees, Local
// 1312, American Federation of State, County and Municipal Employees,
// AFL-CIO". The tagger reads each part as a name of its own, of any type.

// afterUnion is the federation that ends a union's name: ", AFL-CIO",
// ", AFL-CIO-CLC".
var afterUnion = regexp.MustCompile(`,[ \t]*\n?[ \t]*(?:AFL|A\.F\.L\.)[-–](?:CIO|C\.I\.O\.)(?:[-–]CLC)?\b`)

// unionLocal is a union's local by its number: "Local 1312", "Shawnee
// Local No. 3", "LOCAL 569".
var unionLocal = regexp.MustCompile(`^(?:[A-Z][A-Za-z]+[ \t]+)?` + localNumbered + `$`)

// localNumbered is "Local" and its number: "Local 1312", "LOCAL NO. 7",
// "Local 32BJ".
const localNumbered = `(?:Local|LOCAL)[ \t]+(?:(?:No|NO)\.[ \t]*)?\d+[A-Z]{0,3}`

// unionHeads are the words a union's or its international's name ends
// with.
var unionHeads = wordSet(`union unions workers employees brotherhood teamsters association associations federation council guild
	lodge congress alliance organization carpenters machinists electricians officers`)

// unionConnectors are the lower-case words inside a union's part.
var unionConnectors = wordSet(`of and the & for`)

// unionNames returns the unions whose names end in their federation
// (afterUnion). From the federation back, each comma-separated part that
// is a run of capitalised words (and connectors) is the name's, until a
// part that is the federation of the union before (a list of unions), a
// caption's role, a company, or a part only the end of which is
// capitalised: that end opens the name ("… d/b/a Barkus Bakery and
// Bakery, Confectionery and Tobacco Workers International Union, Local 12,
// AFL-CIO-CLC" opens at the second "Bakery": a part that does not end
// with a union's word is cut after its last "and").
func unionNames(t string) []cand {
	var out []cand
	if strings.Contains(t, "AFL") || strings.Contains(t, "A.F.L.") {
		for _, m := range afterUnion.FindAllStringIndex(t, -1) {
			if start, union := unionChain(t, m[0]); start >= 0 && union {
				out = append(out, cand{typ: TypeOrg, start: start, end: m[1], source: SourcePattern})
			}
		}
	}
	// "UNITED STEEL, PAPER AND FORESTRY, RUBBER MANUFACTURING, ENERGY,
	// ALLIED INDUSTRIAL AND SERVICE WORKERS INTERNATIONAL UNION": an
	// international named by a chain of its trades, no federation after it.
	if strings.Contains(t, "nternational") || strings.Contains(t, "NTERNATIONAL") {
		for _, m := range internationalUnion.FindAllStringIndex(t, -1) {
			if f := afterUnion.FindStringIndex(t[m[1]:min(len(t), m[1]+20)]); f != nil && f[0] == 0 {
				continue // a chain to its federation: above
			}
			if overlapsAny(cand{start: m[0], end: m[1]}, out) {
				continue // a part of a chain to its federation
			}
			if start, union := unionChain(t, m[1]); start >= 0 && union && strings.Contains(t[start:m[1]], ",") {
				out = append(out, cand{typ: TypeOrg, start: start, end: m[1], source: SourcePattern})
			}
		}
	}
	return out
}

// internationalUnion is the end of an international union's name:
// "Workers International Union", "WORKERS\nINTERNATIONAL UNION".
var internationalUnion = regexp.MustCompile(`\b(?:Workers|WORKERS)[ \t]*\n?[ \t]*(?:International|INTERNATIONAL)[ \t]*\n?[ \t]*(?:Union|UNION)\b`)

// unionChain walks a union's name back from end over its comma-separated
// parts (unionNames) and returns where it starts (-1: nowhere) and
// whether a part is a union's.
func unionChain(t string, end int) (int, bool) {
	start, union := -1, false
	for parts := 0; parts < 6; parts++ {
		from := strings.LastIndexAny(t[:end], ",\n")
		for from >= 0 && t[from] == '\n' && from > 0 && t[from-1] != '\n' && t[from-1] != ',' {
			from = strings.LastIndexAny(t[:from], ",\n") // a line break inside a part
		}
		if from >= 0 && t[from] == '\n' && from > 0 && t[from-1] == '\n' {
			from = from - 1 // a paragraph's start ends the chain
		} else if from > 0 && t[from] == '\n' && t[from-1] == ',' {
			from-- // a comma that ends its line: "RUBBER MANUFACTURING," / "ENERGY, …"
		}
		part := strings.TrimSpace(t[from+1 : end])
		ps := end - len(strings.TrimLeft(t[from+1:end], " \t\n"))
		if part == "" {
			break
		}
		if unionLocal.MatchString(oneSpace(part)) {
			start, union, end = ps, true, from
			if from < 0 || t[from] != ',' {
				break
			}
			continue
		}
		rs, whole := capitalRun(t, ps, ps+len(part))
		if rs < 0 {
			break
		}
		// A name in capitals starts after the words in mixed case before
		// it ("Lyle W. Cayce" / "Clerk" / "UNITED STEEL, …").
		if ws := words(t[rs:ps+len(part)], rs); len(ws) > 0 && !strings.ContainsFunc(ws[len(ws)-1].text, unicode.IsLower) {
			k := len(ws)
			for k > 0 && !strings.ContainsFunc(ws[k-1].text, unicode.IsLower) {
				k--
			}
			if k > 0 {
				rs, whole = ws[k].start, false
			}
		}
		name := t[rs : ps+len(part)]
		last := strings.ToLower(lastWord(name))
		if roleWords[last] || legalFormWord(lastWord(name)) || companyHeads[last] && !unionHeads[last] || strings.Contains(name, "AFL") {
			break
		}
		if unionHeads[last] {
			union = true
		} else if k := max(strings.LastIndex(name, " and "), strings.LastIndex(name, " AND "), strings.LastIndex(name, " & ")); k >= 0 && parts > 0 && (!whole || len(strings.Fields(name[:k])) > 1) {
			// "Barkus Bakery and Bakery": a part that ends no union's
			// name, after other words or a name of two words or more,
			// joins the chain with its last words only; one trade and
			// another are the chain's ("PAPER AND FORESTRY").
			rs, whole = rs+k+len(" and "), false
			if strings.HasPrefix(t[rs-2:rs], "& ") {
				rs--
			}
		}
		start, end = rs, from
		if !whole || from < 0 || t[from] != ',' {
			break
		}
	}
	return start, union
}

// capitalRun returns where the run of capitalised words (and lower-case
// connectors between them) that ends t[s:e] starts, and whether it is
// all of t[s:e]; -1 when t[s:e] does not end in a capitalised word.
func capitalRun(t string, s, e int) (int, bool) {
	ws := words(t[s:e], s)
	k := len(ws)
	for k > 0 {
		w := ws[k-1].text
		if !(w[0] >= 'A' && w[0] <= 'Z' || unionConnectors[w] && k > 1 && k < len(ws)) {
			break
		}
		k--
	}
	for k < len(ws) && unionConnectors[ws[k].text] {
		k++
	}
	if k == len(ws) {
		return -1, false
	}
	return ws[k].start, k == 0
}

// localAfter is a union's local by its number after the union's name and a
// comma: ", Local 848", ", LOCAL NO. 7", ", Local 32BJ".
var localAfter = regexp.MustCompile(`,[ \t]*` + localNumbered + `\b`)

// unionLocalNames returns the unions named with their local after a comma
// and no federation ("International Brotherhood of Teamsters, Local 848",
// "UNITED FOOD AND COMMERCIAL WORKERS UNION, LOCAL 7"): the run of
// capitalised words on the line before the comma, ending in a union's
// word, and the local. A local the federation follows is unionNames'.
func unionLocalNames(t string) []cand {
	if !strings.Contains(t, "Local") && !strings.Contains(t, "LOCAL") {
		return nil
	}
	var out []cand
	for _, m := range localAfter.FindAllStringIndex(t, -1) {
		if f := afterUnion.FindStringIndex(t[m[1]:min(len(t), m[1]+20)]); f != nil && f[0] == 0 {
			continue // a chain to its federation: unionNames'
		}
		ls := strings.LastIndexByte(t[:m[0]], '\n') + 1
		rs, _ := capitalRun(t, ls, m[0])
		if rs < 0 || !unionHeads[strings.ToLower(lastWord(t[rs:m[0]]))] {
			continue
		}
		out = append(out, cand{typ: TypeOrg, start: rs, end: m[1], source: SourcePattern})
	}
	return out
}

// localEnd is a union's local whose number a case name was cut before
// ("… v. Teamsters Local No", "Local Union No"), and localNumber that
// number ("." + " 41").
var (
	localEnd    = regexp.MustCompile(`\b(?:Local|LOCAL)(?:[ \t]+(?:Union|UNION))?[ \t]+(?:No|NO)$`)
	localNumber = regexp.MustCompile(`^\.[ \t]*\d+[A-Z]?\b`)
	// localBare is a name cut at "Local" before its number, which follows
	// without "No." ("Summerville v. Local" + " 77"), and localBareNumber
	// that number.
	localBare       = regexp.MustCompile(`\b(?:Local|LOCAL)$`)
	localBareNumber = regexp.MustCompile(`^[ \t]+\d{1,5}[A-Z]?\b`)
)

// localNumbers extends a name cut at a union's local's "No." over its
// number: the patterns read "No." as a docket's label ("Kansas City S.
// Transp. Co. v. Teamsters Local No. 41"); and one cut at "Local" before
// its number ("Summerville v. Local 77"), whose party is the union.
func localNumbers(t string, cs []cand) []cand {
	if !strings.Contains(t, "Local") && !strings.Contains(t, "LOCAL") {
		return cs
	}
	for i, c := range cs {
		if localBare.MatchString(t[c.start:c.end]) {
			if m := localBareNumber.FindStringIndex(t[c.end:min(len(t), c.end+12)]); m != nil {
				cs[i].end += m[1]
				if c.party && c.typ == TypePerson {
					cs[i].typ = TypeOrg // the union, not a person "Local"
				}
			}
			continue
		}
		if !localEnd.MatchString(t[c.start:c.end]) {
			continue
		}
		if m := localNumber.FindStringIndex(t[c.end:min(len(t), c.end+12)]); m != nil {
			cs[i].end += m[1]
		}
	}
	return cs
}

// employerAndUnion splits an organisation the patterns read over "and"
// from a company to a union, as the Labor Board names its cases and
// prose names a contract's parties: "Acme Widget Co. and International
// Brotherhood of Teamsters, Local 705" is the company and the union. The
// first part ends as a company's name (companyEnd), the second is a
// union's: it ends with its local's number or a union's word.
func employerAndUnion(t string, cs []cand) []cand {
	if !containsAny(t, []string{" and ", " AND "}) {
		return cs
	}
	return splitOrgs(t, cs, func(c cand, name string) (cand, []cand, bool) {
		k := strings.Index(name, " and ")
		if k < 0 {
			k = strings.Index(name, " AND ")
		}
		if k <= 0 || strings.Contains(name[k+5:], " and ") || !companyEnd(name[:k]) || !unionPart(name[k+5:]) {
			return c, nil, false
		}
		union := c
		union.start = c.start + k + 5
		c.end = c.start + k
		return c, []cand{union}, true
	})
}

// unionPart reports whether a name is a union's: it ends with its local's
// number ("…, Local 705") or a union's word ("… Workers Union").
func unionPart(name string) bool {
	if r, _ := utf8.DecodeRuneInString(name); !unicode.IsUpper(r) {
		return false
	}
	if localTail.MatchString(name) {
		return true
	}
	return unionHeads[strings.ToLower(lastWord(name))]
}

// localTail is a union's local's number at a name's end: ", Local 705".
var localTail = regexp.MustCompile(`,?[ \t]+` + localNumbered + `$`)

// tradeUnion is a union named for its trades, one or two joined by
// "and" or a list of them: "United Brotherhood of Carpenters and Joiners
// of America", "International Union of Painters and Allied Trades",
// "International Association of Machinists and Aerospace Workers",
// "International Brotherhood of Electrical Workers", "International
// Brotherhood of Teamsters, Chauffeurs, Warehousemen and Helpers of
// America", with its local after a comma ("…, Local 204", "…, Local
// Union 1196"). Group 1 is the list's words before "and".
var tradeUnion = regexp.MustCompile(`\b(?:International|United|National|American)[ \t]+(?:Brotherhood|Union|Association|Federation)[ \t]+of[ \t]+` +
	`(?:[A-Z][a-z]+[ \t]+){0,2}[A-Z][a-z]+(?:((?:[ \t]*,[ \t]+[A-Z][a-z]+)*)[ \t]+and[ \t]+(?:[A-Z][a-z]+[ \t]+){0,2}[A-Z][a-z]+)?(?:[ \t]+of[ \t]+America)?\b` +
	`(?:,[ \t]+(?:Local|LOCAL)(?:[ \t]+(?:No\.|Union))?[ \t]+\d+\b)?`)

// localBefore is a union's local by its number and a comma right before
// its international's name: "Local 286, ".
var localBefore = regexp.MustCompile(`\b` + localNumbered + `,[ \t]*$`)

// tradeUnions returns the unions tradeUnion finds, whose "and" the
// patterns and the tagger split, with the local named before them
// (localBefore); not one whose last word a line break's hyphen cuts
// ("International Union of Paint- ers").
func tradeUnions(t string) []cand {
	if !containsAny(t, []string{"Brotherhood", "Union", "Association", "Federation"}) {
		return nil
	}
	var out []cand
	for _, m := range tradeUnion.FindAllStringSubmatchIndex(t, -1) {
		if m[1] < len(t) && t[m[1]] == '-' {
			continue
		}
		c := cand{typ: TypeOrg, start: m[0], end: m[1], source: SourcePattern}
		// "National Association of Realtors, Google and Apple", "the
		// International Brotherhood of Electrical Workers, Teamsters and
		// Laborers unions": the name ends before a list that "of America"
		// does not close.
		if m[3] > m[2] && !strings.Contains(t[m[3]:m[1]], "of America") {
			c.end = m[2]
		}
		// "Local 286, International Brotherhood of Teamsters, …": the
		// local named before its international, not another union's
		// ("Operating Engineers Local 150, ").
		if l := localBefore.FindStringIndex(t[max(0, c.start-24):c.start]); l != nil {
			ls := max(0, c.start-24) + l[0]
			if ps, pe, ok := prevWord(t, ls); !ok || !capitalised(t[ps:pe]) {
				c.start = ls
			}
		}
		out = append(out, c)
	}
	return out
}
