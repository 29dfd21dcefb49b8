package extract

import (
	"strings"
	"testing"
)

// TestAgencyNames: the federal agencies are named whole over "and", commas
// and line breaks, in capitals, with "&", and with the country's name in
// front; a state's agency, a name that goes on, an Act named for an agency
// and words in lower case are not.
func TestAgencyNames(t *testing.T) {
	for _, tc := range []struct{ name, text, want string }{
		{"and", "The Occupational Safety and Health Administration cited it.", "ORG Occupational Safety and Health Administration"},
		{"commas", "seized by the Bureau of Alcohol, Tobacco, Firearms and Explosives.", "ORG Bureau of Alcohol, Tobacco, Firearms and Explosives"},
		{"a serial comma, in capitals too", "the Bureau of Alcohol, Tobacco, Firearms, and Explosives (ATF); U.S. DEPARTMENT OF JUSTICE, BUREAU OF ALCOHOL, TOBACCO, FIREARMS, AND EXPLOSIVES, Respondent",
			"ORG Bureau of Alcohol, Tobacco, Firearms, and Explosives|ORG U.S. DEPARTMENT OF JUSTICE|ORG BUREAU OF ALCOHOL, TOBACCO, FIREARMS, AND EXPLOSIVES"},
		{"Puerto Rico's board, over a line", "THE FINANCIAL OVERSIGHT AND MANAGEMENT BOARD FOR PUERTO\nRICO, as representative", "ORG FINANCIAL OVERSIGHT AND MANAGEMENT BOARD FOR PUERTO\nRICO"},
		{"ampersand", "Centers for Medicare & Medicaid Services denied it.", "ORG Centers for Medicare & Medicaid Services"},
		{"the country first", "The U.S. Fish and Wildlife Service and the United States Department of Justice agreed.", "ORG U.S. Fish and Wildlife Service|ORG United States Department of Justice"},
		{"capitals over a line", "UNITED STATES SECURITIES AND\nEXCHANGE COMMISSION,\nPlaintiff,", "ORG UNITED STATES SECURITIES AND\nEXCHANGE COMMISSION"},
		{"Federal first", "agents from the Federal Bureau of Alcohol, Tobacco, Firearms and Explosives.", "ORG Federal Bureau of Alcohol, Tobacco, Firearms and Explosives"},
		{"a party's role first", "Defendant Department of Veterans Affairs moves.", "ORG Department of Veterans Affairs"},
		{"units and services with and", "The Federal Mediation and Conciliation Service appointed him; the Wage and Hour Division and the Office of Disability Adjudication and Review agreed.",
			"ORG Federal Mediation and Conciliation Service|ORG Wage and Hour Division|ORG Office of Disability Adjudication and Review"},
		{"a state's agency", "The Texas Department of Transportation and the New York State Department of Health.", ""},
		{"a name that goes on", "The Department of Labor and Industry and the Department of State Police.", ""},
		{"an Act", "He violated the Federal Trade Commission Act.", ""},
		{"lower case", "the department of labor said", ""},
		{"Dept. for Department", "Appellate Staff, Civ. Div., Dept. of Justice, Washington, and the DEPT. OF LABOR.", "ORG Dept. of Justice|ORG DEPT. OF LABOR"},
		{"older names, boards of contract appeals", "The Bureau of Alcohol, Tobacco and Firearms and the United States Secret Service; the Armed Services Board of Contract Appeals, " +
			"the General Services Administration Board of Contract Appeals and the Defense Finance and Accounting Service.",
			"ORG Bureau of Alcohol, Tobacco and Firearms|ORG United States Secret Service|ORG Armed Services Board of Contract Appeals|" +
				"ORG General Services Administration Board of Contract Appeals|ORG Defense Finance and Accounting Service"},
		{"adjudicating boards and offices", "the Director, Office of Workers' Compensation Programs; the Interior Board of Land Appeals and the Patent Trial and Appeal Board; the United States Postal Service.",
			"ORG Office of Workers' Compensation Programs|ORG Interior Board of Land Appeals|ORG Patent Trial and Appeal Board|ORG United States Postal Service"},
		{"inspectors, customs, parole and the survey", "the United States Postal Inspection Service and the U.S. Customs Service; the United States Parole Commission and the U.S. Geological Survey.",
			"ORG United States Postal Inspection Service|ORG U.S. Customs Service|ORG United States Parole Commission|ORG U.S. Geological Survey"},
		{"the Customs rulings' mirror's misspelling and its heading", "United States International Trade Commision Rulings And Harmonized Tariff Schedule\nThe International Trade Commission Reports.",
			"ORG United States International Trade Commision"},
		{"the Corps alone", "The Corps of Engineers' pierhead line and the U.S. Army Corps of Engineers.", "ORG Corps of Engineers|ORG U.S. Army Corps of Engineers"},
		{"the Federal Register's trade notices", "AGENCY: Import Administration, International Trade Administration, Department of Commerce. The Bureau of Industry and Security and the Office of the United States Trade Representative.",
			"ORG Import Administration|ORG International Trade Administration|ORG Department of Commerce|ORG Bureau of Industry and Security|ORG Office of the United States Trade Representative"},
		{"the departments' services and administrations", "the National Marine Fisheries Service, the National Weather Service, the Agricultural Marketing Service, the Foreign Agricultural Service, " +
			"the Employment Standards Administration, the Employment and Training Administration, the Office of Labor-Management Standards and the Pipeline and Hazardous Materials Safety Administration.",
			"ORG National Marine Fisheries Service|ORG National Weather Service|ORG Agricultural Marketing Service|ORG Foreign Agricultural Service|" +
				"ORG Employment Standards Administration|ORG Employment and Training Administration|ORG Office of Labor-Management Standards|ORG Pipeline and Hazardous Materials Safety Administration"},
		{"the Justice Department's trade branch, over a line break", "Jeanne E. Davidson, Director, Commercial\nLitigation Branch, Civil Division", "ORG Commercial\nLitigation Branch"},
		{"the Customs office that signs the New York rulings, over a line break", "Director,\nNational Commodity\nSpecialist Division", "ORG National Commodity\nSpecialist Division"},
		{"after a possessive, not a state's", "The Commerce Department's International Trade Administration said; Wisconsin's Department of Agriculture ruled.", "ORG International Trade Administration"},
		{"a title's or a sentence's of", "Regardless of Food and Drug Administration approval, the Commissioner of Social Security Administration denied it.",
			"ORG Food and Drug Administration|ORG Social Security Administration"},
		{"the printer, the FTC's bureaus, the patent office", "[Government Publishing Office] the Government Printing Office; the Bureau of Consumer Protection and the Bureau of Competition; the U.S. Patent Office, not the European Patent Office.",
			"ORG Government Publishing Office|ORG Government Printing Office|ORG Bureau of Consumer Protection|ORG Bureau of Competition|ORG U.S. Patent Office"},
		{"more of the departments' agencies", "the Economic Development Administration, the Minority Business Development Agency, the National Telecommunications and Information Administration, " +
			"the Natural Resources Conservation Service, the Rural Utilities Service, the Indian Health Service and the Health Resources and Services Administration.",
			"ORG Economic Development Administration|ORG Minority Business Development Agency|ORG National Telecommunications and Information Administration|" +
				"ORG Natural Resources Conservation Service|ORG Rural Utilities Service|ORG Indian Health Service|ORG Health Resources and Services Administration"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := typedTexts(tc.text, agencyNames(tc.text)); got != tc.want {
				t.Errorf("got  %q\nwant %q", got, tc.want)
			}
		})
	}
}

// TestAgencyUnderCountry: a form's or a letterhead's country alone on the
// line above an agency is part of its name; a country's line with more on
// it, or a blank line between, is not.
func TestAgencyUnderCountry(t *testing.T) {
	text := "UNITED STATES\nSECURITIES AND EXCHANGE COMMISSION\nWashington, D.C. 20549\n\nUnited States of America\nDepartment of Labor\n\nUNITED STATES\n\nFEDERAL TRADE COMMISSION\n"
	wantFind(t, agencyNames, text, "UNITED STATES\nSECURITIES AND EXCHANGE COMMISSION|Department of Labor|FEDERAL TRADE COMMISSION")
}

// TestOfficialsOffices: a local official's office named by the title and
// a possessive, with its place, is one organisation; a role or a
// sentence's first word before it is no part of it, and the office
// without its place is none; so are land records offices.
func TestOfficialsOffices(t *testing.T) {
	text := "Defendants-Appellants Jacksonville Sheriff's Office Officers caught him. The Los Angeles County Sheriff's Department denied it. " +
		"The Cook County State's Attorney's Office charged him; the Harris County District Attorney's Office declined. Plaintiff Sheriff's Office. The County Sheriff's Office. " +
		"Recorded in the Hampshire District Registry of Deeds and The Cook County Recorder of Deeds; the Registry of Deeds; the newly elected Republican Recorder of Deeds. " +
		"The DeSoto Parish Sheriff's Office and the McLean County Sheriff's Office; the DuPage County Recorder of Deeds."
	wantFind(t, officialsOffices, text, "Hampshire District Registry of Deeds|Cook County Recorder of Deeds|DuPage County Recorder of Deeds|Jacksonville Sheriff's Office|Los Angeles County Sheriff's Department|"+
		"Cook County State's Attorney's Office|Harris County District Attorney's Office|DeSoto Parish Sheriff's Office|McLean County Sheriff's Office")
}

// TestStateLawOffices: a state's, a county's or the United States' office
// of its lawyers named by the place and the lawyer's title, a county's
// name with a capital inside it, and a sentence's "The" no part of it;
// the text's attorney general's or district attorney's office by the
// title alone after "the" (not in lower case). A place's office is named
// with "office" in lower case too ("the U.S. Attorney's office", as the
// news writes it); the title's alone is not ("the District Attorney's
// office"). A counsel line's office by the title alone between commas is
// one too.
func TestStateLawOffices(t *testing.T) {
	text := "The Cook County State's Attorney's Office and the McHenry County State's Attorney's Office; the Arizona Attorney General's Office and the U.S. Attorney General's Office. " +
		"He worked with the Attorney General’s Office; the District Attorney's Office declined; a deputy attorney general's office hours."
	wantFind(t, afterTaggerFinds, text, "Cook County State's Attorney's Office|McHenry County State's Attorney's Office|Arizona Attorney General's Office|U.S. Attorney General's Office|"+
		"Attorney General’s Office|District Attorney's Office")
	wantFind(t, afterTaggerFinds, "Prosecutors at the U.S. Attorney's office filed; the District Attorney's office agreed.", "U.S. Attorney's office")
	wantFind(t, afterTaggerFinds, "The Kansas Attorney General’s office erred.", "Kansas Attorney General’s office")
	// A counsel line lists the office by the title alone between commas;
	// the title's office after a comma that no comma follows is none.
	wantFind(t, afterTaggerFinds, "Kevin Hall, Attorney General's Office, Jefferson City, for Missouri. As he said, Attorney General's Office staff agreed.",
		"Attorney General's Office")
}

// TestDepartmentUnits: a counsel list's units before their department are
// organisations, each its own ("Commercial Litigation Branch, Civil
// Division, United States Department of Justice", over a line break
// too), and West's "Div." after it; a part that is no unit ends the list.
func TestDepartmentUnits(t *testing.T) {
	text := "Jane Roe, Commercial Litigation Branch, Civil Division, United States Department of Justice, Washington, D.C., for defendant.\n" +
		"John C. Cruden, Assistant Attorney General, Environment & Natural Resources Division, United States Department Of Justice.\n" +
		"Smith, Jones, the Department of Labor.\n" +
		"Douglas K. Mickle, Assistant Director, Commercial Litigation Branch, Civil Division,\n    United States Department of Justice.\n" +
		"Henry J. Riordan, U.S. Dept. of Justice, Tax Div., Washington, D.C., for defendant.\n"
	wantFind(t, departmentUnits, text, "Civil Division|Commercial Litigation Branch|Environment & Natural Resources Division|Civil Division|Commercial Litigation Branch|Tax Div.")
}

// TestStateSecretaries: a state's secretary of state named with its state,
// or the office alone, is an organisation; the title alone is not.
func TestStateSecretaries(t *testing.T) {
	text := "filed with the Secretary of State of the State of Delaware; the Secretary of the Commonwealth of Massachusetts; the Office of the Secretary of the Commonwealth. Secretary of State Blinken spoke."
	wantFind(t, afterTaggerFinds, text, "Secretary of State of the State of Delaware|Secretary of the Commonwealth of Massachusetts|Office of the Secretary of the Commonwealth")
}

// TestMURNumbers: the Federal Election Commission's matters under review
// are cases by their numbers, one or a list after "MURs".
func TestMURNumbers(t *testing.T) {
	wantFind(t, afterTaggerFinds, "closed MUR 7012, and MURs 6815 and 6903; MURs 1, 2.", "7012|6815|6903")
}

// TestNewsDepartments: a federal department as the news names it is an
// organisation, before a possessive too; a state's department, one "of"
// follows and a person the title's pattern read after "Justice" are not.
func TestNewsDepartments(t *testing.T) {
	wantFind(t, newsDepartments, "The Justice Department charged him. The State Department's spokesman and a U.S. Commerce Department official spoke; "+
		"the Washington State Department of Ecology, the Texas Education Department, the Labor Department of the union, a Justice Departmental review and the NewState Department did not.",
		"Justice Department|State Department|U.S. Commerce Department")
	text := "chief of the Justice Department’s Wildlife Center; Justice Departmento Smith; Mayor Department Jones."
	cs := []cand{{typ: TypePerson, start: strings.Index(text, "Department’s"), end: strings.Index(text, " Center")},
		{typ: TypePerson, start: strings.Index(text, "Departmento"), end: strings.Index(text, "; Mayor")},
		{typ: TypePerson, start: strings.Index(text, "Department Jones"), end: len(text) - 1}}
	wantMend(t, departmentPeople, text, cs, "Departmento Smith|Department Jones")
}

// TestBodyOfficers: a public body's name run on over its officer's title
// and name ends before the title and the officer is a person; an
// office's own title after a connector, and a firm's officer, are left; a
// name that opens with another's possessive starts after it.
func TestBodyOfficers(t *testing.T) {
	text := "from U.S. Department of Commerce Secretary John Bryson; the Office of the Secretary Service Date January; Acme Corp Director John Smith; " +
		"the U.S. Department of Agriculture’s Foreign Agricultural Service."
	cs := []cand{{typ: TypeOrg, start: strings.Index(text, "U.S. Department of Commerce"), end: strings.Index(text, "; the Office")},
		{typ: TypeOrg, start: strings.Index(text, "Office"), end: strings.Index(text, "; Acme")},
		{typ: TypeOrg, start: strings.Index(text, "Acme"), end: strings.Index(text, "; the U.S.")},
		{typ: TypeOrg, start: strings.Index(text, "U.S. Department of Agriculture"), end: strings.Index(text, "’s")},
		{typ: TypeOrg, start: strings.Index(text, "Agriculture’s"), end: len(text) - 1}}
	wantTyped(t, bodyOfficers, text, cs, "ORG U.S. Department of Commerce|ORG Office of the Secretary Service Date January|ORG Acme Corp Director John Smith|"+
		"ORG U.S. Department of Agriculture|ORG Foreign Agricultural Service|PERSON John Bryson")
	text = "Acme Inc. sued McDonald’s Corporation; The Farmer’s Wife LLC sued."
	cs = []cand{{typ: TypeOrg, start: 0, end: strings.Index(text, " sued")}, {typ: TypeOrg, start: strings.Index(text, "McDonald"), end: strings.Index(text, ";")},
		{typ: TypeOrg, start: strings.Index(text, "The Farmer"), end: strings.Index(text, "’s Wife")}, {typ: TypeOrg, start: strings.Index(text, "Farmer’s"), end: len(text) - len(" sued.")}}
	wantMend(t, bodyOfficers, text, cs, "Acme Inc.|McDonald’s Corporation|The Farmer|Farmer’s Wife LLC")
	// A qualifier before the title is the officer's, a surname may hold a
	// capital, a generation may follow.
	text = "Department of Labor Acting Secretary Julie Su; Department of Veterans Affairs Secretary Denis McDonough; Department of Commerce Secretary Wilbur Ross Jr."
	cs = nil
	for _, part := range strings.Split(text, "; ") {
		at := strings.Index(text, part)
		cs = append(cs, cand{typ: TypeOrg, start: at, end: at + len(part)})
	}
	wantTyped(t, bodyOfficers, text, cs, "ORG Department of Labor|ORG Department of Veterans Affairs|ORG Department of Commerce|PERSON Julie Su|PERSON Denis McDonough|PERSON Wilbur Ross Jr.")
	// The agency table's name before its officer's title is the agency's.
	wantFind(t, agencyNames, "He met U.S. Department of Commerce Secretary John Bryson.", "U.S. Department of Commerce")
	wantFind(t, agencyNames, "investigated by National Marine Fisheries Service Special Agent John Smith and FBI Supervisory Special Agents; the Department of State Police",
		"National Marine Fisheries Service")
}

// TestOrdinalRegions: the tagger's place that is an ordinal's region is
// the agency's regional office; a region named otherwise stays a place.
func TestOrdinalRegions(t *testing.T) {
	text := "filed with the Regional Director for the Sixth Region (Pittsburgh) and the Twenty-first Region; the Pacific Region grows.\n"
	cs := spansIn(text, span{"Sixth Region", TypeLocation, SourceModel}, span{"Twenty-first Region", TypeLocation, SourceModel}, span{"Pacific Region", TypeLocation, SourceModel})
	wantTyped(t, ordinalRegions, text, cs, "ORG Sixth Region|ORG Twenty-first Region|LOCATION Pacific Region")
	// Without the Board's regional director, a league's region.
	text = "Henry Clay won the Sixth Region tournament.\n"
	cs = spansIn(text, span{"Sixth Region", TypeLocation, SourceModel})
	wantTyped(t, ordinalRegions, text, cs, "LOCATION Sixth Region")
}

// TestNumberedRegions: an agency's regional office by its number after the
// agency is an organisation; one a capitalised word goes on from is a
// longer name ("OSHA Region 1 News Release"), a number run into other
// digits is none, and a region without its agency (a sales territory, a
// survey's zone) is none either.
func TestNumberedRegions(t *testing.T) {
	text := "U.S. EPA, Region 2, filed. At the Department's Region 4 headquarters. Region 1 News Release: 13-2134. Region 123 and OSHA Region 5.\n" +
		"The sales territory known as Region 7; Region 2 had the most wells; EPA won the Region 5-AAAA title.\n" +
		"OSHA News Release\nRegion 3\n\nU.S. Environmental Protection Agency - Region 1\nOSHA Region 6 News Release\n"
	wantFind(t, numberedRegions, text, "Region 2|Region 4|Region 5|Region 3|Region 1")
}

// TestBodyUnitsOf: a body's unit named by its head and its business after
// "of", after "the", "its", a possessive or "the" and a state's name
// (which it takes), is an organisation, to a possessive word, a month or
// "and" before another body's head; one a list goes on from after a
// comma, one that names a person after "of", one with no determiner or
// owner before it and one whose "of" is followed by "the" are none; the
// tagger's organisation over the same words stays the tagger's.
func TestBodyUnitsOf(t *testing.T) {
	text := "The matter went to the Division of Administrative Hearings. NOAA's Office of General Counsel for Enforcement and Litigation issued it, " +
		"and the Division of Licensing Services' staff and the Division of Professions and Occupations' Policy agreed.\n" +
		"Agents of the Bureau of Alcohol, Tobacco and Firearms came. Write to the Office of Lisa J. Sansone. " +
		"It was a Division of Warner Communications, and the Office of the Secretary replied. It was published by the New Jersey Division of Gaming Enforcement.\n" +
		"The agency said its Office of Inspector General and Office of Special Counsel agreed. The agency's Office of Hearings and Appeals March 2021 order is final. " +
		"The Bureau of Land Management's plan stands.\n"
	cs := spansIn(text, span{"Division of Administrative Hearings", TypeOrg, SourceModel})
	wantTyped(t, bodyUnitsOf, text, cs, "ORG Division of Administrative Hearings|ORG Office of General Counsel for Enforcement and Litigation|ORG Office of Inspector General|"+
		"ORG Office of Hearings and Appeals|ORG Division of Licensing Services|ORG Division of Professions and Occupations|ORG New Jersey Division of Gaming Enforcement|ORG Bureau of Land Management")
}

// TestLetterheadUnits: a body's unit on its own line under the body's
// name in capitals is an organisation, blank lines between or not; a
// court's division under its district, a unit a lawyer's line names by a
// verb or a sentence opens, and a company's office or a document's part
// under its heading are not.
func TestLetterheadUnits(t *testing.T) {
	text := "DEPARTMENTAL APPEALS BOARD\n\nCivil Remedies Division\n\nDEPARTMENT OF JUSTICE\nAntitrust Division\n" +
		"FOR THE SOUTHERN DISTRICT OF MISSISSIPPI\nNorthern Division\n\nSUPERIOR COURT OF NEW JERSEY\nLaw Division\n\nSTANLEY K. COPPINGER\nRepresenting Tax Division\n" +
		"\nACME WIDGETS, INC.\nCorporate Office\n\nEXHIBIT A\nPayment Section\n\nTEXAS DEPARTMENT OF INSURANCE\nThe Enforcement Section\n"
	wantFind(t, letterheadUnits, text, "Civil Remedies Division|Antitrust Division")
}

// TestCabinetSecretaries: a federal department's secretary by the office's
// name, in capitals or mixed case, is an organisation where a caption
// names it a party (its role or "v." after it, its agency's unit between);
// not in a sentence, before a name, after another office's word or a
// state's name, as a longer office's start, nor the Secretary of State.
func TestCabinetSecretaries(t *testing.T) {
	wantFind(t, cabinetSecretaries, "SECRETARY OF LABOR,\nComplainant,\nv.\nACME, INC.\n\nSecretary of Labor, MSHA v. White County Coal, LLC\n\n"+
		"SECRETARY OF LABOR, MINE SAFETY AND HEALTH ADMINISTRATION (MSHA),\nPetitioner,\nv.\nand the\nSECRETARY OF THE INTERIOR, Respondent.\nPARTIES: ACME INC.\nSECRETARY OF ENERGY, Respondent.\n",
		"SECRETARY OF LABOR|Secretary of Labor|SECRETARY OF LABOR|SECRETARY OF THE INTERIOR|SECRETARY OF ENERGY")
	wantFind(t, cabinetSecretaries, "The Secretary of Health and Human Services delegated it. Secretary of Labor Hilda Solis, Respondent. The Deputy Secretary of Labor, Respondent, agreed, as did the Pennsylvania Secretary of Labor and Industry, Respondent, and the Secretary of State, Respondent, the Secretary of labor, Respondent, and the Secretary of the Labor, Respondent.\n", "")
	wantFind(t, cabinetSecretaries, "THE SECRETARY OF THE TREASURY, Respondent.\n", "SECRETARY OF THE TREASURY")
}
