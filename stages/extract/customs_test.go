package extract

import (
	"strings"
	"testing"
)

// TestCustomsRulings: a Customs ruling's number is a case in a ruling's
// page or a text citing one, its index's range is none, and a text that
// speaks of no ruling or tariff has none (a post office box's "NY 10016");
// a headquarters ruling's file line names it by its number.
func TestCustomsRulings(t *testing.T) {
	text := "faqs.org > Rulings By Number > 1998 NY Rulings > NY D81364 - NY D81415 > NY D81377\nNY D81377\nCATEGORY: CLASSIFICATION\n" +
		"HQ 089136 revoked NY N170259 and N.Y. 962249. New York, NY 10016."
	wantFind(t, customsRulings, text, "NY D81377|NY D81377|HQ 089136|NY N170259|N.Y. 962249")
	wantFind(t, customsRulings, "Send it to HQ 123456 at New York, NY 100160.", "")
	// A headquarters ruling's file line gives its number alone, with or
	// without a letter; the New York rulings' office line has none.
	wantFind(t, customsRulings, "CLA-2 CO:R:C:G: 084801 DPS\nBeth C. Brotman, Esq.\nCLA-2 OT:RR:CTF:TCM H071105 TNA\nCLA-2-95:OT:RR:NC:N4:424\nCLA RR:TC:MM 958421 MMC\n",
		"084801|H071105|958421")
}

// TestTariffLaws: in a text that names the Harmonized Tariff Schedule, the
// schedule is a law by its name or its initials, and each heading is a law
// of its own, with its word and the initials written beside it, or its
// full number alone; a heading's number before "of the" and the schedule's
// name takes the name in. A text that names no schedule has none, a word
// that holds the initials' letters ("RIGHTS") none either.
func TestTariffLaws(t *testing.T) {
	text := "The applicable subheading for the pins will be 7319.30.1000, Harmonized Tariff Schedule of the United States (HTS). " +
		"See HTSUS subheading 7415.10.0000, subheading 4820.10.2020, HTSUS, and subheading 9405.40.80 of the Harmonized Tariff Schedule of the United States Annotated. " +
		"Under heading 9505 the HTSUSA applies; 2018 was another year; heading 9506 of the rules in the HTSUS; heading 3926, HTSUS; statistical number 6110.20.20.10."
	wantFind(t, tariffLaws, text, "7319.30.1000|HTSUS subheading 7415.10.0000|subheading 4820.10.2020, HTSUS|"+
		"subheading 9405.40.80 of the Harmonized Tariff Schedule of the United States Annotated|heading 9505|heading 9506|heading 3926, HTSUS|6110.20.20.10|Harmonized Tariff Schedule of the United States|HTSUSA|HTSUS")
	wantFind(t, tariffLaws, "The heading 9505 of the report; part 7319.30.1000 of the catalogue.", "")
	wantFind(t, tariffLaws, "ALL RIGHTS RESERVED. Signed 2019.03.15 under Item 203.01 of the bid schedule and the heading 2020 Equity Awards.", "")
	wantFind(t, tariffLaws, "Under HTS heading 9505 of the rules.", "HTS heading 9505")
	wantFind(t, tariffLaws, "Classified under subheading 9503.00.0090 of the Harmonized Tariff Schedule.", "subheading 9503.00.0090 of the Harmonized Tariff Schedule")
	wantFind(t, tariffLaws, "Classified under heading 9503 of the Harmonized Tariff Schedule.", "heading 9503 of the Harmonized Tariff Schedule")
	wantFind(t, tariffLaws, "The Harmonized System's heading 9503 covers toys; 9503.00.0090 applies.", "heading 9503|9503.00.0090")
	// The schedules before 1989, and their items.
	wantFind(t, tariffLaws, "Customs classified it under item 737.90, Tariff Schedules of the United States (hereinafter TSUS); see item 737.95, TSUS, and item 12.34.",
		"item 737.90, Tariff Schedules of the United States|item 737.95, TSUS|TSUS")
	wantFind(t, tariffLaws, "Under item 737.90 of the Tariff Schedules of the United States Annotated.", "item 737.90 of the Tariff Schedules of the United States Annotated")
	wantFind(t, tariffLaws, "Classified under TSUS item 737.90; subheading 6110.20.20.10 of the HTSUS.", "TSUS item 737.90|subheading 6110.20.20.10 of the HTSUS")
	wantFind(t, tariffLaws, "The court read item 737.90 of the list.", "")
	wantFind(t, tariffLaws, "The court read item 737.90 of the list, not of the TSUS.", "TSUS")
	// The schedule's rules of interpretation, by name or initials, with
	// their numbers or not; a name that opens with the initials is none.
	wantFind(t, tariffLaws, "Under the HTSUS the GRIs apply: GRI 1, then GRI 3 (b) and GRI 3(b); General Rule of Interpretation 3 and General Rules of Interpretation (GRI) 2(b). GRIFFIN sued.",
		"GRIs|GRI 1|GRI 3 (b)|GRI 3(b)|General Rule of Interpretation 3|General Rules of Interpretation (GRI) 2(b)|HTSUS")
	wantFind(t, tariffLaws, "Under the HTSUS, GRI 1 governs.", "GRI 1|HTSUS")
	wantFind(t, tariffLaws, "Under the HTSUS, General Rule of Interpretation 3 governs.", "General Rule of Interpretation 3|HTSUS")
	wantFind(t, tariffLaws, "GRI 3(b) of the company's rules.", "")
	// The Global Reporting Initiative's initials are no tariff rule.
	wantFind(t, tariffLaws, "Under the HTSUS it reports under the GRI Standards and GRI 102 and the GRI framework.", "HTSUS")
	wantFind(t, tariffLaws, "Under the HTSUS it reports under the Global Reporting Initiative (GRI); GRI 3 applies.", "HTSUS")
}

// TestCustomsRegulations: a part of the Customs Regulations is a law; a
// section by its number is left to the patterns, and another body's
// regulations are no part of these.
func TestCustomsRegulations(t *testing.T) {
	wantFind(t, customsRegulations, "under Part 177 of the Customs Regulations; Section 177 of the Customs Regulations; section 134.41(b), Customs Regulations; "+
		"Part 4 of the Coast Guard Regulations.", "Part 177 of the Customs Regulations|Section 177 of the Customs Regulations")
}

// TestRulingSeries: "New York" before "Ruling" and "(NY)" after "Ruling
// Letters" name Customs' series of rulings, no place; the city elsewhere
// and "(NY)" after another word stay.
func TestRulingSeries(t *testing.T) {
	text := "This letter concerns New York Ruling Letters (NY) N053402 and New York ruling NY N301170. Our office in New York (NY) reviewed it."
	var cs []cand
	for _, at := range []struct {
		name string
		nth  int
	}{{"New York", 0}, {"NY", 0}, {"New York", 1}, {"New York", 2}, {"NY", 2}} {
		i := -1
		for range at.nth + 1 {
			i += 1 + strings.Index(text[i+1:], at.name)
		}
		cs = append(cs, cand{typ: TypeLocation, start: i, end: i + len(at.name), source: SourceModel})
	}
	wantMend(t, rulingSeries, text, cs, "New York|NY")
}

// TestCustomsAgency: "Customs" alone in a ruling is the agency, also
// before a noun or with its possessive; as a longer name's word, before or
// after a capitalised word, "of", "and" or "&", and outside a text about
// the United States' customs (its schedule, the agency's names, a ruling's
// number) it is none.
func TestCustomsAgency(t *testing.T) {
	const ruling = "HQ 954371: this ruling classifies radar detectors under the HTSUS.\n"
	wantFind(t, customsAgency, ruling+"In NY A80299, Customs held that the spatula was classifiable. Customs' claims fail.\nIt goes to the Customs officer.\nThe entry was liquidated. Customs issued a notice.\nIt was sent to New York. Customs liquidated it.\nRULING\nCustoms has ruled. The Customs officer agreed.\n",
		"Customs|Customs|Customs|Customs|Customs|Customs|Customs")
	wantFind(t, customsAgency, ruling+"The U.S. Customs Service and the Customs Regulations apply; the District Director of Customs and Immigration and Customs Enforcement agree, as do Customs & Border agents. The U.S. Customs has ruled. Write to the Commissioner of Customs, who rules, or to Immigration and Customs. The Customs and related laws apply to trade & Customs rules.\n", "")
	wantFind(t, customsAgency, "The shipment cleared Customs at the border.\n", "")
	// Another country's customs, a tariff and rulings named: none.
	wantFind(t, customsAgency, "Home | Customs | Trade\nThe tribunal's ruling on the tariff: the Customs, Excise and Service Tax Appellate Tribunal held.\n", "")
	wantFind(t, customsAgency, "NY N170259: the mortar is classified. Customs held so.\n", "Customs")
}
