package extract

import (
	"regexp"
	"strings"

	"github.com/docpipe/docpipe/internal/runscan"
)

// benefitPlan is an employee benefit plan named by its sponsor and its
// kind, as ERISA suits name the plans that are their parties: "Sprint
// Nextel Welfare Benefit Plan", "Kroy Inc. Employee Stock Ownership
// Plan", "BearingPoint Inc. Long Term Disability Plan", "UAW-Ford Life
// and Disability Plan", "FORD NATIONAL RETIREMENT PLAN", a sponsor after
// "of" or a beneficiary after "for" ("Group Benefit Plan of Moore
// Medical Corporation", "Oxford Pension Plan for United Residents").
// Group 1 is the words before the kind, group 2 the kind, group 3 the
// words after "of" or "for" (groups 4 and 5: the words and the kind in
// capitals).
var benefitPlan = func() *regexp.Regexp {
	// phrase writes words as an expression: blanks between them, and
	// each in title case or, for caps, in capitals.
	phrase := func(words string, caps bool) string {
		if caps {
			words = strings.ToUpper(words)
		}
		return strings.ReplaceAll(regexp.QuoteMeta(words), " ", `[ \t\-]+`)
	}
	kinds := func(caps bool) string {
		var alt []string
		for _, k := range planKinds {
			alt = append(alt, phrase(k, caps))
		}
		return `(?:` + phrase("Employee", caps) + `s?'?[ \t]+)?(?:` + strings.Join(alt, "|") + `)[ \t]+` + phrase("Plan", caps)
	}
	title := `\b((?:(?:[A-Z][A-Za-z0-9.'’&\-]*|&)[ \t]+(?:(?:and|of)[ \t]+)?){0,7})(` + kinds(false) + `)\b` +
		`((?:[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?[A-Z][A-Za-z.'’&\-]*(?:,?[ \t]+[A-Z][A-Za-z.'’&\-]*){0,5})?)`
	caps := `\b((?:(?:[A-Z][A-Z0-9.'’&\-]*|&)[ \t]+(?:(?:AND|OF)[ \t]+)?){0,7})(` + kinds(true) + `)\b`
	return regexp.MustCompile(title + `|` + caps)
}()

// planKinds are the kinds of employee benefit plans, longest first where
// one opens another.
var planKinds = []string{"Stock Ownership", "Stock Bonus", "Stock Option", "Stock Purchase", "Welfare Benefits", "Welfare Benefit", "Welfare",
	"Health and Welfare", "Pension", "Retirement Income", "Retirement Savings", "Retirement", "Savings and Investment", "Savings and Profit Sharing",
	"Savings", "Profit Sharing", "401(k)", "Long Term Disability", "Short Term Disability", "Life and Disability", "Group Benefits", "Group Benefit",
	"Group Health", "Group Life", "Group Insurance", "Severance Pay", "Severance", "Deferred Compensation", "Disability", "Medical", "Health",
	"Benefits", "Benefit"}

// planWords are the words of planKinds, in lower case.
var planWords = func() map[string]bool {
	m := map[string]bool{"employee": true, "employees": true, "employees'": true}
	for _, k := range planKinds {
		for _, w := range strings.Fields(strings.ToLower(k)) {
			m[w] = true
		}
	}
	return m
}()

// kindWordsOnly reports whether the words of s are all plan kinds' words.
func kindWordsOnly(s string) bool {
	for _, w := range strings.Fields(s) {
		if !planWords[strings.ToLower(w)] {
			return false
		}
	}
	return true
}

// benefitPlanRuns searches benefitPlan in the runs that hold "Plan".
var benefitPlanRuns = runscan.New(benefitPlan, "Plan", "PLAN")

// benefitPlans returns the plans benefitPlan finds that a sponsor's name
// opens or a sponsor's name after "of" or "for" closes: "the Welfare
// Benefit Plan" alone is a plan's kind, which definedTerms makes an
// alias where the text defines it. A determiner or a signal opening the
// name is no part of it.
func benefitPlans(t string) []cand {
	if !strings.Contains(t, "Plan") && !strings.Contains(t, "PLAN") {
		return nil
	}
	var out []cand
	for _, m := range benefitPlanRuns.FindAllStringSubmatchIndex(t) {
		ns, ne, ks, ke, as, ae := m[2], m[3], m[4], m[5], m[6], m[7]
		if ns < 0 {
			ns, ne, ks, ke, as, ae = m[8], m[9], m[10], m[11], -1, -1
		}
		ws := strings.Fields(t[ns:ne])
		n := leadingWords(ws, 0, func(lw string) bool { return nameOpener(lw) || roleWords[lw] })
		s := afterWords(t, ns, n)
		if s > ks {
			s = ks
		}
		e := ke
		if as >= 0 && ae > as {
			e = ae
			// "… for United Residents.": a sentence's full stop, not an
			// abbreviation's ("… of Acme Corp.").
			if w := lastWord(t[s:e]); strings.HasSuffix(w, ".") && !abbrevLike(w) {
				e--
			}
		}
		if e == ke && kindWordsOnly(t[s:ks]) {
			continue // a kind alone ("The Welfare Benefit Plan")
		}
		out = append(out, cand{typ: TypeOrg, start: s, end: trimComma(t, s, e), source: SourcePattern})
	}
	return out
}
