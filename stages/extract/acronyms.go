package extract

import (
	"regexp"
	"strings"
)

// knownAcronyms are the laws, bodies of rules, federal agencies and
// boards, and national associations and unions that legal texts name by
// their acronyms alone, without defining them: "ERISA", "GAAP", "the UCC",
// "the FBI's Cleveland Field Office", "a charge with the EEOC", "SEC v.
// Jones", "the GAO's report", "the TTAB", "an ABA survey", a service
// member's branch after the name ("Major Meghan R. Glines-Barney, USAF").
// "OSHA" names the agency far more often than the Act (the labels: four
// agencies, no law), so it is the agency. Acronyms that also name other
// things ("ADA", a person's name; "VA", a postal code; "DOE") are left to
// the definitions a text gives, as are those that open longer names of
// other bodies as often ("NRC Staff", "ACLU Foundation").
var knownAcronyms = func() map[string]string {
	m := map[string]string{}
	for _, a := range strings.Fields(`ERISA GAAP UCC IFRS HIPAA FCPA RICO CERCLA COBRA FLSA FMLA ADEA FDCPA FCRA TILA RESPA TCPA ECOA
		FOIA NEPA CAFA AEDPA PLRA RLUIPA USERRA UCMJ FIFRA NLRA`) {
		m[a] = TypeLaw
	}
	for _, a := range strings.Fields(`FBI IRS SEC EEOC NLRB CFPB FDIC DEA ATF DHS DOJ FTC FCC EPA HUD FDA USDA FINRA SSA USCIS CBP
		OCC PBGC OFAC FEMA NHTSA FAA TSA USPTO FERC MSPB FLRA FMCSA ICE PTAB NAIC USAF USMC USMCR USN USNR USCG JAGC
		HHS NOAA APHIS BLM GSA NTSB STB OSHRC FHFA USPS NASA NCAA NFL NBA NHL DOL EBSA WHD OFCCP MSHA PHMSA FHWA GAO NIH CDC SBA
		TTAB BALCA IBLA NYCLU AARP ABA VFW AFSCME CPSC OSHA`) {
		m[a] = TypeOrg
	}
	return m
}()

// sectionNumberAfter is a number after "SEC.": the section's ("SEC. 5").
var sectionNumberAfter = regexp.MustCompile(`^[ \t]*\d`)

// acronymNames returns the laws and agencies of knownAcronyms that t names:
// each a word of capitals alone. Not a form named after a statute ("UCC-1")
// or a docket's prefix ("FAA-2019-0001"), not "SEC." before a section's
// number, not the acronym where the text defines it (`("ERISA")`: the
// definition makes it the Act's alias), and not a state's agency of the
// name after a slash ("Cal/OSHA"). A scan by bytes: a regular
// expression of these alternatives costs a tenth of the stage.
func acronymNames(t string) []cand {
	var out []cand
	for i := 0; i < len(t); i++ {
		if t[i] < 'A' || t[i] > 'Z' || i > 0 && isAlnum(t[i-1]) {
			continue
		}
		e := i
		for e < len(t) && t[e] >= 'A' && t[e] <= 'Z' {
			e++
		}
		typ, ok := knownAcronyms[t[i:e]]
		if !ok || e < len(t) && isAlnum(t[e]) {
			i = e
			continue
		}
		switch {
		// "Cal/OSHA", "Cal/EPA": a state's own agency of the name.
		case i > 0 && t[i-1] == '/':
		case e+1 < len(t) && t[e] == '-' && t[e+1] >= '0' && t[e+1] <= '9':
		case typ == TypeOrg && e < len(t) && t[e] == '.' && sectionNumberAfter.MatchString(t[e+1:min(len(t), e+5)]):
		case strings.HasSuffix(strings.TrimRight(t[max(0, i-3):i], "\"“'‘ "), "("):
		default:
			out = append(out, cand{typ: typ, start: i, end: e, source: SourcePattern})
		}
		i = e
	}
	return out
}
