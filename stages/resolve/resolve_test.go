package resolve_test

import (
	"context"
	"fmt"
	"reflect"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/docpipe/docpipe/internal/testenv"
	"github.com/docpipe/docpipe/stages/chunk"
	"github.com/docpipe/docpipe/stages/extract"
	"github.com/docpipe/docpipe/stages/resolve"
	"github.com/docpipe/docpipe/stages/text"
)

func mentions(typ string, names ...string) extract.Result {
	var r extract.Result
	for i, n := range names {
		r.Mentions = append(r.Mentions, extract.Mention{ID: fmt.Sprintf("m%02d", i), Type: typ, Text: n, Start: i * 100, End: i*100 + len(n)})
	}
	return r
}

func TestMerges(t *testing.T) {
	tests := []struct {
		name  string
		typ   string
		names []string
		want  string // canonical name of the single entity
	}{
		{"case and punctuation", extract.TypeOrg, []string{"ACME WIDGETS, INC.", "Acme Widgets Inc"}, "Acme Widgets Inc"}, // mixed case over capitals
		{"corporate suffix", extract.TypeOrg, []string{"Acme Widgets", "Acme Widgets, Inc."}, "Acme Widgets, Inc."},
		{"acronym", extract.TypeOrg, []string{"Oklahoma Water Resources Board", "OWRB"}, "Oklahoma Water Resources Board"},
		{"short name", extract.TypeOrg, []string{"Tarrant Regional Water District", "Tarrant"}, "Tarrant Regional Water District"},
		{"the litigant country's short name", extract.TypeOrg, []string{"THE UNITED STATES OF AMERICA", "United States"}, "THE UNITED STATES OF AMERICA"},
		{"a company's words abbreviated", extract.TypeOrg, []string{"COLLEGIUM PHARMACEUTICAL, INC.", "Collegium Pharm."}, "COLLEGIUM PHARMACEUTICAL, INC."},
		{"abbreviated", extract.TypeOrg, []string{"Tarrant Regional Water Dist.", "Tarrant Regional Water District"}, "Tarrant Regional Water District"},
		{"abbreviated words the document spells out", extract.TypeOrg, []string{"Marshall's Locksmith Serv. Inc.", "Marshall's Locksmith Service Inc."}, "Marshall's Locksmith Service Inc."},
		{"Cent. where the document names only Central", extract.TypeOrg, []string{"Cent. Sur. Co.", "Central Surety Company"}, "Central Surety Company"},
		{"the Bluebook's R. and Co.", extract.TypeOrg, []string{"Illinois Cent. R. Co.", "Illinois Central Railroad Company"}, "Illinois Central Railroad Company"},
		{"the Bluebook's Co. in a case's name", extract.TypeCase, []string{"Phoenix Bridge Co. v. United States", "Phoenix Bridge Company v. United States"}, "Phoenix Bridge Company v. United States"},
		{"the Bluebook's Dev.", extract.TypeOrg, []string{"Edf Renewable Dev. Inc.", "EDF Renewable Development, Inc."}, "EDF Renewable Development, Inc."},
		{"the Bluebook's Cas.", extract.TypeOrg, []string{"State Auto Cas. Group", "State Auto Casualty Group"}, "State Auto Casualty Group"},
		{"the Bluebook's So.", extract.TypeOrg, []string{"So. Edison Group", "Southern Edison Group"}, "Southern Edison Group"},
		{"the Bluebook's W.", extract.TypeOrg, []string{"Zoo Park of W. Maryland", "Zoo Park of Western Maryland"}, "Zoo Park of Western Maryland"},
		{"the Bluebook's word for a short abbreviation", extract.TypeCase, []string{"Am. Towers LLC v. Town of Shrewsbury", "American Towers LLC v. Town of Shrewsbury"}, "American Towers LLC v. Town of Shrewsbury"},
		{"a case's parties abbreviated", extract.TypeCase, []string{"Moraine Hts. Baptist Church v. Kinney", "Moraine Heights Baptist Church v. Kinney"}, "Moraine Heights Baptist Church v. Kinney"},
		{"honorific", extract.TypePerson, []string{"Justice Sotomayor", "Sonia Sotomayor", "Sotomayor"}, "Justice Sotomayor"},
		{"surname", extract.TypePerson, []string{"Rudolf John Herrmann", "HERRMANN"}, "Rudolf John Herrmann"},
		{"surname first", extract.TypePerson, []string{"Robert Smith", "Smith, Robert"}, "Robert Smith"},
		{"spelling variant", extract.TypePerson, []string{"Rudolf Herrmann", "Rudolf Hermann"}, "Rudolf Herrmann"},
		{"a county by its kind first", extract.TypeLocation, []string{"Harris County", "COUNTY OF HARRIS"}, "Harris County"},
		{"a circuit by its number", extract.TypeCourt, []string{"United States Court of Appeals for the Ninth Circuit", "9th Circuit"}, "United States Court of Appeals for the Ninth Circuit"},
		{"a federal district court by its kind", extract.TypeCourt, []string{"U.S. District Court for the District of Oregon", "U.S. District Court", "federal district court", "U. S. District Court"}, "U.S. District Court for the District of Oregon"},
		{"a federal district court's kinds", extract.TypeCourt, []string{"U.S. District Court", "federal district court"}, "federal district court"},
		{"a street address abbreviated", extract.TypeLocation, []string{"400 Hamilton Ave.", "400 Hamilton Avenue", "400 HAMILTON AVE"}, "400 Hamilton Avenue"},
		{"a street's direction abbreviated", extract.TypeLocation, []string{"950 Pennsylvania Avenue, N.W.", "950 Pennsylvania Ave. NW"}, "950 Pennsylvania Avenue, N.W."},
		{"accents", extract.TypePerson, []string{"Marco A. Hernandez", "HERNÁNDEZ"}, "Marco A. Hernandez"},
		{"court short form", extract.TypeCourt, []string{"United States Court of Appeals for the Tenth Circuit", "Tenth Circuit"}, "United States Court of Appeals for the Tenth Circuit"},
		{"court capitals", extract.TypeCourt, []string{"SUPREME COURT OF THE UNITED STATES", "Supreme Court of the United States"}, "Supreme Court of the United States"},
		{"section sign", extract.TypeLaw, []string{"§5.05(b)(1)", "Section 5.05(b)(1)"}, "Section 5.05(b)(1)"},
		{"statute with code", extract.TypeLaw, []string{"Section 408.020 RSMo", "Section 408.020"}, "Section 408.020 RSMo"},
		{"code without its state", extract.TypeLaw, []string{"Texas Insurance Code", "Insurance Code"}, "Texas Insurance Code"},
		{"an Act without its year", extract.TypeLaw, []string{"Investment Company Act of 1940", "Investment Company Act"}, "Investment Company Act of 1940"},
		{"an Act by its usual short name", extract.TypeLaw, []string{"SECURITIES EXCHANGE ACT OF 1934", "Exchange Act"}, "SECURITIES EXCHANGE ACT OF 1934"},
		{"section without its title", extract.TypeLaw, []string{"28 U.S.C. § 1292(a)(1)", "§ 1292(a)(1)", "section 1292(a)(1)"}, "28 U.S.C. § 1292(a)(1)"},
		{"section without the code's sign", extract.TypeLaw, []string{"42 U.S.C. 406(b)(1)", "section 406(b)(1)"}, "42 U.S.C. 406(b)(1)"},
		{"section of a named law", extract.TypeLaw, []string{"Article II, Section 11 of the NMI Constitution", "Section 11"}, "Article II, Section 11 of the NMI Constitution"},
		{"a code's section with and without its sign", extract.TypeLaw, []string{"18 U.S.C. § 1343", "18 U.S.C. 1343"}, "18 U.S.C. § 1343"},
		{"a list's first section", extract.TypeLaw, []string{"28 U.S.C. § 2201", "28 U.S.C. §§ 2201"}, "28 U.S.C. § 2201"},
		{"a list's first section by its word", extract.TypeLaw, []string{"Section 10(b)", "Sections 10(b)"}, "Section 10(b)"},
		{"a list's first rule", extract.TypeLaw, []string{"Rule 8", "Rules 8"}, "Rule 8"},
		{"a bankruptcy chapter with its code and alone", extract.TypeLaw, []string{"Chapter 11 of the Bankruptcy Code", "Chapter 11", "CHAPTER 11", "Ch. 11"}, "Chapter 11 of the Bankruptcy Code"},
		{"an amount in words and in figures", extract.TypeMoney, []string{"$16,500", "Sixteen Thousand Five Hundred Dollars"}, "$16,500"},
		{"an amount in words with commas", extract.TypeMoney, []string{"$1,556,250", "One million, five hundred fifty-six thousand, two hundred fifty dollars"}, "$1,556,250"},
		{"a glued scale", extract.TypeMoney, []string{"$5,000", "$5k"}, "$5,000"},
		{"lakhs", extract.TypeMoney, []string{"₹5 lakh", "Rs. 500,000"}, "Rs. 500,000"},
		{"a dollar of Canada by two spellings", extract.TypeMoney, []string{"CDN$40.50", "C$40.50"}, "CDN$40.50"},
		{"cents in figures and in words", extract.TypeMoney, []string{"twenty-five cents", "25 cents", "25¢"}, "twenty-five cents"},
		{"a decimal comma", extract.TypeMoney, []string{"€ 5,8 million", "EUR 5.8 million"}, "€ 5,8 million"},
		{"a state's section before its code", extract.TypeLaw, []string{"§ 24-10-103(1.3), C.R.S.", "§ 24-10-103(1.3)"}, "§ 24-10-103(1.3), C.R.S."},
		{"a state's title and code", extract.TypeLaw, []string{"42 Pa.C.S. § 9712(a)", "§ 9712(a)"}, "42 Pa.C.S. § 9712(a)"},
		{"a section of a named code", extract.TypeLaw, []string{"Section 3361 of the Ohio Revised Code", "Section 3361"}, "Section 3361 of the Ohio Revised Code"},
		{"amendment cited and named", extract.TypeLaw, []string{"U.S. Const. amend. I", "First Amendment", "First Amendment"}, "U.S. Const. amend. I"},
		{"a later amendment", extract.TypeLaw, []string{"U.S. Const. amend. XIV", "Fourteenth Amendment"}, "U.S. Const. amend. XIV"},
		{"date spellings", extract.TypeDate, []string{"June 13, 2013", "13 June 2013", "Jun 13, 2013"}, "June 13, 2013"},
		{"day and month", extract.TypeDate, []string{"April 29, 2020", "April 29"}, "April 29, 2020"},
		{"a numeric date with its day first", extract.TypeDate, []string{"22 February 2019", "22/02/2019"}, "22 February 2019"},
		{"numeric date", extract.TypeDate, []string{"December 22, 2020", "12/22/2020", "2020-12-22"}, "December 22, 2020"},
		{"web dates", extract.TypeDate, []string{"March 27, 2018", "27-Mar-2018", "Mar 27,2018", "3-27-2018"}, "March 27, 2018"},
		{"circuit citation form", extract.TypeCourt, []string{"United States Court of Appeals For the First Circuit", "1st Cir.", "First Circuit"}, "United States Court of Appeals For the First Circuit"},
		{"the District of Columbia's circuit", extract.TypeCourt, []string{"United States Court of Appeals, District of Columbia Circuit", "D.C. Cir."}, "United States Court of Appeals, District of Columbia Circuit"},
		{"district citation form", extract.TypeCourt, []string{"UNITED STATES DISTRICT COURT FOR THE DISTRICT OF MAINE", "D. Me."}, "UNITED STATES DISTRICT COURT FOR THE DISTRICT OF MAINE"},
		{"district with part", extract.TypeCourt, []string{"United States District Court for the Southern District of New York", "S.D.N.Y.", "Southern District of New York"}, "United States District Court for the Southern District of New York"},
		{"a state's supreme court", extract.TypeCourt, []string{"Supreme Court of Florida", "Florida Supreme Court", "Fla."}, "Supreme Court of Florida"},
		{"a district court of appeal", extract.TypeCourt, []string{"Second District Court of Appeal", "Fla. 2d DCA"}, "Second District Court of Appeal"},
		{"district court with its part abbreviated", extract.TypeCourt, []string{"United States District Court, W.D. Kentucky", "W.D. Ky."}, "United States District Court, W.D. Kentucky"},
		{"bankruptcy court", extract.TypeCourt, []string{"United States Bankruptcy Court for the District of Delaware", "UNITED STATES BANKRUPTCY COURT DISTRICT OF DELAWARE", "Bankr. D. Del."}, "United States Bankruptcy Court for the District of Delaware"},
		{"court of federal claims", extract.TypeCourt, []string{"United States Court of Federal Claims", "Court of Federal\nClaims", "Fed. Cl."}, "United States Court of Federal Claims"},
		{"tax court", extract.TypeCourt, []string{"United States Tax Court", "Tax Court", "U.S. Tax Court"}, "United States Tax Court"},
		{"a state's court of appeals", extract.TypeCourt, []string{"Court of Appeals of the State of Kansas", "KANSAS COURT OF APPEALS", "Kan. Ct. App."}, "Court of Appeals of the State of Kansas"},
		{"a district of a court of appeals", extract.TypeCourt, []string{"Court of Appeals of Ohio, Tenth Appellate District", "Ohio Court of Appeals, Tenth District", "Court of Appeals of Ohio"}, "Court of Appeals of Ohio, Tenth Appellate District"},
		{"a person with initials for given names", extract.TypePerson, []string{"Andrea Anderson", "A. Anderson"}, "Andrea Anderson"},
		{"a person with a given name's first letters", extract.TypePerson, []string{"Chryste Gaines", "Ch. Gaines"}, "Chryste Gaines"},
		{"a person with a given name and a middle initial", extract.TypePerson, []string{"Bert Alan Lynch", "Bert A. Lynch"}, "Bert Alan Lynch"},
		{"a district's office with or without its \"for the\"", extract.TypeOrg, []string{"U.S. Attorney's Office for the Eastern District of Tennessee", "U.S. Attorney's Office, Eastern District of Tennessee"}, "U.S. Attorney's Office for the Eastern District of Tennessee"},
		{"a county's court with or without its connector", extract.TypeCourt, []string{"Court of Common Pleas of Allegheny County", "Court of Common Pleas, Allegheny County"}, "Court of Common Pleas of Allegheny County"},
		{"a county's court, its kind before or after the county", extract.TypeCourt, []string{"CIRCUIT COURT OF CHESTERFIELD COUNTY", "Chesterfield Circuit Court", "Chesterfield County Circuit Court"}, "Chesterfield County Circuit Court"},
		{"a code's article after or before the code", extract.TypeLaw, []string{"Article 78 of the CPLR", "CPLR article 78"}, "Article 78 of the CPLR"},
		{"a superior court", extract.TypeCourt, []string{"Superior Court of Pennsylvania", "Pa. Super. Ct.", "Pennsylvania Superior Court"}, "Superior Court of Pennsylvania"},
		{"the commonwealth court", extract.TypeCourt, []string{"Commonwealth Court of Pennsylvania", "Commonwealth Court", "Pa. Commw. Ct."}, "Commonwealth Court of Pennsylvania"},
		{"a court of criminal appeals", extract.TypeCourt, []string{"Court of Criminal Appeals of Texas", "Texas Court of Criminal Appeals", "Tex. Crim. App."}, "Court of Criminal Appeals of Texas"},
		{"a court of appeals' district abbreviated", extract.TypeCourt, []string{"Missouri Court of Appeals, Western District", "Mo. App. W.D."}, "Missouri Court of Appeals, Western District"},
		{"money spellings", extract.TypeMoney, []string{"$1,000", "$1000"}, "$1,000"},
		{"money without its zero cents", extract.TypeMoney, []string{"$61,250.00", "$61,250", "61,250.00 dollars"}, "$61,250.00"},
		{"money in millions", extract.TypeMoney, []string{"$2,500,000", "$2.5 million"}, "$2.5 million"},
		{"money in millions with a hyphen", extract.TypeMoney, []string{"$37-million", "$37 million"}, "$37 million"},
		{"docket dashes", extract.TypeCase, []string{"No. 11–889", "No. 11-889"}, "No. 11-889"},
		{"caption et al", extract.TypeCase, []string{"TARRANT REGIONAL WATER DISTRICT v. HERRMANN ET AL.", "Tarrant Regional Water Dist. v. Herrmann"}, "Tarrant Regional Water Dist. v. Herrmann"},
		{"New York's -against- over a document's title", extract.TypeCase, []string{"OLUWASEUN ADEYEMI,\nPlaintiff,\n-against-\nDECISION AND ORDER\nMETROPOLITAN TRANSPORTATION AUTHORITY"}, "OLUWASEUN ADEYEMI -against- METROPOLITAN TRANSPORTATION AUTHORITY"},
		{"a web copy's spaced commas around a role", extract.TypeCase, []string{"CATHERINE ROBERSON , APPELLANT , V. ERIC K. SHINSEKI"}, "CATHERINE ROBERSON V. ERIC K. SHINSEKI"},
		{"a caption's versus", extract.TypeCase, []string{"STATE OF LOUISIANA VERSUS JOSHUA DAVID EVANS"}, "STATE OF LOUISIANA v. JOSHUA DAVID EVANS"},
		{"a stacked first side's et al.", extract.TypeCase, []string{"MICHAEL D. SMIGIEL, SR., et al.\nPlaintiffs\nv.\nPETER FRANCHOT"}, "MICHAEL D. SMIGIEL, SR. v. PETER FRANCHOT"},
		{"Indiana's roles at trial and its dashed versus", extract.TypeCase, []string{"Jesse L. Payne, Appellant (Defendant), -v- State of Indiana"}, "Jesse L. Payne v. State of Indiana"},
		{"a caption's surnames", extract.TypeCase, []string{"Trevor NEPTUNE and Terry Maynor v. John H. McCARTHY", "Neptune v. McCarthy"}, "Trevor NEPTUNE and Terry Maynor v. John H. McCARTHY"},
		{"a caption by its first party's name", extract.TypeCase, []string{"PURDUE PHARMA L.P., Purdue Pharmaceuticals L.P., Appellants v. COLLEGIUM PHARMACEUTICAL, INC.", "Purdue Pharma L.P. v. Collegium Pharm."},
			"PURDUE PHARMA L.P., Purdue Pharmaceuticals L.P. v. COLLEGIUM PHARMACEUTICAL, INC."},
		{"a company's words abbreviated with its form", extract.TypeOrg, []string{"Metropolitan Life Insurance Company", "Metropolitan Life Ins. Co."}, "Metropolitan Life Insurance Company"},
		{"a body's state abbreviated as citations do", extract.TypeOrg, []string{"California Sea Urchin Commission", "Cal. Sea Urchin Comm'n"}, "California Sea Urchin Commission"},
		{"a board's state and kind abbreviated", extract.TypeOrg, []string{"Oregon State Board of Dental Examiners", "Ore. State Bd. of Dental Examiners"}, "Oregon State Board of Dental Examiners"},
		{"a company's words in the Bluebook's abbreviations", extract.TypeOrg, []string{"Jinxiang Chengda Import & Export Co., Ltd.", "Jinxiang Chengda Imp. & Exp. Co., Ltd."}, "Jinxiang Chengda Import & Export Co., Ltd."},
		{"companies abbreviated", extract.TypeOrg, []string{"Dillon Companies Inc.", "Dillon Cos. Inc."}, "Dillon Companies Inc."},
		{"a railroad abbreviated", extract.TypeOrg, []string{"Illinois Railroad Company", "Illinois R.R. Co."}, "Illinois Railroad Company"},
		{"professionals abbreviated", extract.TypeOrg, []string{"Connecticut Professional Opticians, Inc.", "Conn. Prof. Opticians, Inc."}, "Connecticut Professional Opticians, Inc."},
		{"a commission's contraction", extract.TypeOrg, []string{"Idaho Potato Commission", "IDAHO POTATO COM'N"}, "Idaho Potato Commission"},
		{"a service by its initials", extract.TypeOrg, []string{"Marine Corps", "USMC"}, "Marine Corps"},
		{"a service by its initials and its full name", extract.TypeOrg, []string{"United States Navy", "USN"}, "United States Navy"},
		{"a service by its country's initials and its own", extract.TypeOrg, []string{"United States Navy", "U.S. Navy", "USN"}, "United States Navy"},
		{"an agency by initials that are not its name's", extract.TypeOrg, []string{"U.S. Department of Labor", "DOL"}, "U.S. Department of Labor"},
		{"a department by its business first", extract.TypeOrg, []string{"U.S. Department of Labor", "US Labor Department", "Labor Department", "U.S. Labor Department"}, "U.S. Department of Labor"},
		{"a department by its business first with its country", extract.TypeOrg, []string{"United States Department of Labor", "United States Labor Department"}, "United States Department of Labor"},
		{"an agency by its initials with the country's", extract.TypeOrg, []string{"U.S. Department of Agriculture", "USDA"}, "U.S. Department of Agriculture"},
		{"the country by its initials and its whole name", extract.TypeLocation, []string{"United States", "U.S.", "U. S.", "United States of America", "USA"}, "United States of America"},
		{"a news service by the initials of its credits", extract.TypeOrg, []string{"Courthouse News Service", "CN"}, "Courthouse News Service"},
		{"an agency by initials with a word's second letter", extract.TypeOrg, []string{"Financial Industry Regulatory Authority", "FINRA"}, "Financial Industry Regulatory Authority"},
		{"a case's short form with a contraction", extract.TypeCase, []string{"ALBERT DUDLEY THROWER, Petitioner v. COMMISSIONER OF INTERNAL REVENUE", "Thrower v. Comm'r"}, "ALBERT DUDLEY THROWER v. COMMISSIONER OF INTERNAL REVENUE"},
		{"a case's first side abbreviated, the other by its initials", extract.TypeCase, []string{"Competitive Telecommunications Association, Petitioner v. Federal Communications Commission and United States of America", "Compet. Telecom. Ass'n v. FCC"},
			"Competitive Telecommunications Association v. Federal Communications Commission and United States of America"},
		{"a surname's case with the other side's form abbreviated", extract.TypeCase, []string{"GREGORY LEFFEW, Plaintiff-Appellant, v. FORD MOTOR COMPANY", "Leffew v. Ford Motor Co"}, "GREGORY LEFFEW v. FORD MOTOR COMPANY"},
		{"a supreme court by its kind alone", extract.TypeCourt, []string{"Supreme Court of Missouri", "Supreme Court"}, "Supreme Court of Missouri"},
		{"Missouri's supreme court by its citation en banc", extract.TypeCourt, []string{"Mo. banc", "Supreme Court"}, "Supreme Court"},
		{"a Louisiana court of appeal by its circuit", extract.TypeCourt, []string{"Court of Appeal of Louisiana, First Circuit", "La. Ct. App.", "LOUISIANA COURT OF APPEAL, FIRST CIRCUIT"}, "Court of Appeal of Louisiana, First Circuit"},
		{"a Texas court of appeals by its seat and its district", extract.TypeCourt, []string{"Court of Appeals of Texas, San Antonio", "Tex. App.", "Court of Appeals of Texas, Fourth District, San Antonio"}, "Court of Appeals of Texas, Fourth District, San Antonio"},
		{"a Tennessee court at its seat", extract.TypeCourt, []string{"Court of Appeals of Tennessee at Nashville", "COURT OF APPEALS OF TENNESSEE", "Tenn. Ct. App."}, "Court of Appeals of Tennessee at Nashville"},
		{"a district court by its name before 1948", extract.TypeCourt, []string{"US District Court for the District of Columbia", "District Court of the United States for the District of Columbia", "D.D.C."}, "District Court of the United States for the District of Columbia"},
		{"the District of Columbia's district court in its three forms", extract.TypeCourt, []string{"United States District Court for the District of Columbia", "D.D.C.", "United States District Court, D. Columbia"}, "United States District Court for the District of Columbia"},
		{"a citation's state whose highest court is no supreme court", extract.TypeCourt, []string{"Supreme Judicial Court of Massachusetts", "Mass."}, "Supreme Judicial Court of Massachusetts"},
		{"New York's highest court in a citation", extract.TypeCourt, []string{"Court of Appeals of New York", "N.Y."}, "Court of Appeals of New York"},
		{"a Florida district court of appeal by its district", extract.TypeCourt, []string{"District Court of Appeal of Florida, Fourth District", "Fourth District Court of Appeal", "Fla. 4th DCA"}, "District Court of Appeal of Florida, Fourth District"},
		{"New York's supreme court of a county", extract.TypeCourt, []string{"Supreme Court of the State of New York, New York County", "N.Y. Sup. Ct."}, "Supreme Court of the State of New York, New York County"},
		{"a first side's et al.", extract.TypeCase, []string{"TENET HEALTHCARE CORPORATION et al. v. GILBERT", "Tenet Healthcare Corp. v. Gilbert"}, "Tenet Healthcare Corp. v. Gilbert"},
		{"a title's legal form abbreviated", extract.TypeCase, []string{"In re GULF COAST OIL CORPORATION and Century Resources, Inc.", "In Re Gulf Coast Oil Corp."}, "In re GULF COAST OIL CORPORATION and Century Resources, Inc."},
		{"a caption's surname and the other side abbreviated", extract.TypeCase, []string{"Loretta H. CHEEKS v. GENERAL DYNAMICS", "Cheeks v. Gen. Dynamics"}, "Loretta H. CHEEKS v. GENERAL DYNAMICS"},
		{"state of", extract.TypeLocation, []string{"State of Missouri", "Missouri"}, "State of Missouri"},
		{"a district court's division", extract.TypeCourt, []string{"United States District Court for the Eastern District of Texas, Tyler Division", "E.D. Tex."}, "United States District Court for the Eastern District of Texas, Tyler Division"},
		{"a district court's division, abbreviated", extract.TypeCourt, []string{"United States District Court, N.D. Georgia, Atlanta Division", "N.D. Ga."}, "United States District Court, N.D. Georgia, Atlanta Division"},
		{"a reporter's spacing", extract.TypeCase, []string{"275 F. Supp. 2d 1378", "275 F.Supp.2d 1378"}, "275 F. Supp. 2d 1378"},
		{"a company with its legal form and without", extract.TypeOrg, []string{"Rokit Phone Company, LLC", "Rokit Phone Company"}, "Rokit Phone Company, LLC"},
		{"commonwealth of", extract.TypeLocation, []string{"Commonwealth of Pennsylvania", "Pennsylvania", "PA"}, "Commonwealth of Pennsylvania"},
		{"docket zero padding", extract.TypeCase, []string{"1:16-CV-1506 (LEK/CFH)", "1:16-cv-01506 (LEK/CFH)"}, "1:16-cv-01506 (LEK/CFH)"},
		{"a district court's docket written short, by its year and number", extract.TypeCase, []string{"0:10-cv-00758-RHK-JJK", "10-758"}, "0:10-cv-00758-RHK-JJK"},
		{"a short docket and PACER's compact form", extract.TypeCase, []string{"0:2014cv01373", "14-1373"}, "0:2014cv01373"},
		{"a Customs headquarters ruling and its file line's number", extract.TypeCase, []string{"HQ 084801", "084801"}, "HQ 084801"},
		{"a caption's bare State and the one state", extract.TypeOrg, []string{"STATE of Maryland", "State"}, "STATE of Maryland"},
		{"the State and the People of the State", extract.TypeOrg, []string{"People of the State of Illinois", "State"}, "People of the State of Illinois"},
		{"the Commonwealth and the one commonwealth", extract.TypeOrg, []string{"Commonwealth of Virginia", "COMMONWEALTH"}, "Commonwealth of Virginia"},
		{"a federal docket in PACER's compact form and with the judges' initials", extract.TypeCase, []string{"1:16-cv-2870-WJM-MJW", "1:2016cv02870"}, "1:16-cv-2870-WJM-MJW"},
		{"a federal docket with its kind first and its division", extract.TypeCase, []string{"CV-19-01173-PHX-DJH", "2:19-cv-01173"}, "CV-19-01173-PHX-DJH"},
		{"postal code", extract.TypeLocation, []string{"Texas", "TX", "TX"}, "Texas"},
		{"an amendment by its ordinal in a list and its numeral", extract.TypeLaw, []string{"Fourteenth Amendment", "14th Amendments", "Fourteenth"}, "Fourteenth Amendment"},
		{"an Act's acronym", extract.TypeLaw, []string{"Employee Retirement Income Security Act of 1974", "ERISA", "ERISA"}, "Employee Retirement Income Security Act of 1974"},
		{"a title alone and with its Act", extract.TypeLaw, []string{"Title VII of the Civil Rights Act of 1964", "Title VII", "Title VII"}, "Title VII of the Civil Rights Act of 1964"},
		{"an Act's acronym with Act", extract.TypeLaw, []string{"Worker Adjustment and Retraining Notification Act of 1988", "WARN Act"}, "Worker Adjustment and Retraining Notification Act of 1988"},
		{"a bankruptcy caption's colon", extract.TypeCase, []string{"In re:\n\nBLUE SKY AIRWAYS, INC."}, "In re BLUE SKY AIRWAYS, INC."},
		{"a party's description in a caption", extract.TypeCase, []string{"MARIA GONZALEZ, an individual,\nPlaintiff,\nv.\nSUNRISE SENIOR LIVING, LLC"}, "MARIA GONZALEZ v. SUNRISE SENIOR LIVING, LLC"},
		{"a caption's roles with a capital V", extract.TypeCase, []string{"JOHN WESLEY HARDIN, Appellant\n\nV.\n\nTHE STATE OF TEXAS"}, "JOHN WESLEY HARDIN V. THE STATE OF TEXAS"},
		{"an official's office in a caption", extract.TypeCase, []string{"JOHN SMITH, WARDEN OF THE STATE PRISON,\nPetitioner,\nv.\nJANE DOE"}, "JOHN SMITH v. JANE DOE"},
		{"an official capacity in a caption", extract.TypeCase, []string{"JANE ROE, in her official capacity as Secretary of Health,\nPlaintiff,\nv.\nACME CLINIC"}, "JANE ROE v. ACME CLINIC"},
		{"a class action's caption with its representatives' plural", extract.TypeCase, []string{"KAREN MITCHELL and DEREK OWUSU,\non behalf of themselves and all others\nsimilarly situated,\nPlaintiffs,\nv.\nBRIGHTLINE FITNESS CLUBS, LLC"}, "KAREN MITCHELL and DEREK OWUSU v. BRIGHTLINE FITNESS CLUBS, LLC"},
		{"an arbitration between two parties", extract.TypeCase, []string{"In the Matter of the Arbitration between\n\nKESTREL AEROSPACE COMPONENTS, INC.,\n                    Claimant,\n     and\nPALOMAR PRECISION MACHINING LLC"}, "In the Matter of the Arbitration between KESTREL AEROSPACE COMPONENTS, INC. and PALOMAR PRECISION MACHINING LLC"},
		{"a debtor's caption beside a column", extract.TypeCase, []string{"In re:                                          Chapter 11\n\nCRESTVIEW SENIOR LIVING, LLC", "In re Crestview Senior Living, LLC"}, "In re Crestview Senior Living, LLC"},
		{"a family court's caption", extract.TypeCase, []string{"IN RE: THE MARRIAGE OF\n\nDANIELLE M. OKONKWO,\n     Petitioner/Wife,\n\nand\n\nTERRENCE J. OKONKWO"}, "IN RE THE MARRIAGE OF DANIELLE M. OKONKWO and TERRENCE J. OKONKWO"},
		{"a class action's caption", extract.TypeCase, []string{"MARCUS ALLEN THORNBURY, JR., individually and on behalf of all others similarly situated,\nPlaintiff,\nv.\nBRIGHTWATER GAMES, INC."}, "MARCUS ALLEN THORNBURY, JR. v. BRIGHTWATER GAMES, INC."},
		{"citation abbreviation", extract.TypeLocation, []string{"Minn", "Minnesota", "Minn"}, "Minnesota"},
		{"an older citation abbreviation", extract.TypeLocation, []string{"Calif", "California"}, "California"},
	}
	s := resolve.New(resolve.Config{})
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res, err := s.Process(context.Background(), mentions(tc.typ, tc.names...))
			if err != nil {
				t.Fatal(err)
			}
			if len(res.Entities) != 1 {
				t.Fatalf("got %d entities, want 1: %+v", len(res.Entities), res.Entities)
			}
			e := res.Entities[0]
			if e.Name != tc.want {
				t.Errorf("canonical %q, want %q", e.Name, tc.want)
			}
			if len(e.MentionIDs) != len(tc.names) {
				t.Errorf("entity has %d mentions, want %d", len(e.MentionIDs), len(tc.names))
			}
		})
	}
}

func TestNonMerges(t *testing.T) {
	tests := []struct {
		name  string
		typ   string
		names []string
	}{
		{"similar states", extract.TypeLocation, []string{"Missouri", "Mississippi"}},
		{"a company's initials that are a state's too", extract.TypeOrg, []string{"P.R. Diamond Products, Inc.", "Puerto Rico Diamond Products, Inc."}},
		{"a name all abbreviated is too thin to spell out", extract.TypeOrg, []string{"Mor. Hts.", "Moraine Heights"}},
		{"a word's first letters, three or fewer, open many words", extract.TypeOrg, []string{"Bell Pr. Works", "Bell Printing Works"}},
		{"the Bluebook's Am. is American", extract.TypeOrg, []string{"Am. Bank & Trust Co.", "Amalgamated Bank & Trust Co."}},
		{"initials are no one's name", extract.TypeCase, []string{"J. D. v. M. D.", "John Doe v. Mary Doe"}},
		{"a longer surname is no abbreviation's", extract.TypeCase, []string{"Smith v. Jones", "Smithson v. Jones"}},
		{"Or and Me without their periods are words", extract.TypeOrg, []string{"Or Else Productions", "Oregon Else Productions"}},
		{"Or. and Me. are words with their periods too", extract.TypeOrg, []string{"Or. Else Productions", "Oregon Else Productions", "Me. Too Foods", "Maine Too Foods"}},
		{"a case's v is no shared word", extract.TypeCase, []string{"Morn. Hts. v. Kinn.", "Moraine Heights v. Kinney"}},
		{"the Bluebook's Dev. is Development", extract.TypeOrg, []string{"Acme Dev. Corp.", "Acme Devices Corp."}},
		{"the Bluebook's Cons. is Consumers", extract.TypeOrg, []string{"Cons. Power Co.", "Consolidated Power Co."}},
		{"Ind. beside Industrial and Indiana", extract.TypeOrg, []string{"Ind. Comm'n", "Indiana Commission", "Industrial Commission"}},
		{"IND. in capitals too", extract.TypeOrg, []string{"IND. COMM'N", "Indiana Commission", "Industrial Commission"}},
		{"Me and Mont without their periods are words too", extract.TypeOrg, []string{"Me Too Foods", "Maine Too Foods", "Mont Ward Stores", "Montana Ward Stores"}},
		{"a state's abbreviation without its period is a word", extract.TypeOrg, []string{"Del Monte Foods", "Delaware Monte Foods"}},
		{"Cent. beside Century and Central", extract.TypeOrg, []string{"Cent. Sur. Co.", "Central Surety Company", "Century Surety Company"}},
		{"Assoc. beside Associates and Association", extract.TypeOrg, []string{"Smith Assoc.", "Smith Association", "Smith Associates"}},
		{"the bare State beside two states", extract.TypeOrg, []string{"State of Texas", "State of Ohio", "State"}},
		{"the bare State beside a commonwealth", extract.TypeOrg, []string{"Commonwealth of Virginia", "State"}},
		{"a short docket beside a civil and a criminal case of its year and number", extract.TypeCase, []string{"1:10-cv-00758", "1:10-cr-00758", "10-758"}},
		{"a short docket of another number or year", extract.TypeCase, []string{"0:10-cv-00758-RHK", "10-759", "11-758"}},
		{"another initial", extract.TypePerson, []string{"Andrea Anderson", "B. Anderson"}},
		{"a given name that starts another, undotted", extract.TypePerson, []string{"John Smith", "Jo Smith"}},
		{"another surname", extract.TypePerson, []string{"Andrea Beth Anderson", "Andrea B. Andersen"}},
		{"a given name that starts another", extract.TypePerson, []string{"Annabel Smith", "Ann Smith"}},
		{"north and south", extract.TypeLocation, []string{"North Carolina", "South Carolina"}},
		{"contained state", extract.TypeLocation, []string{"Virginia", "West Virginia"}},
		{"a federal district court by its kind beside two", extract.TypeCourt, []string{"U.S. District Court for the District of Oregon", "U.S. District Court for the Western District of Washington", "U.S. District Court"}},
		{"a county's district court beside the federal kind", extract.TypeCourt, []string{"Travis County District Court", "U.S. District Court"}},
		{"the District of Columbia's own courts beside the federal kind", extract.TypeCourt, []string{"D.C. Superior Court", "District of Columbia Court of Appeals", "U.S. District Court"}},
		{"two counties' supreme courts", extract.TypeCourt, []string{"Supreme Court of the State of New York, Kings County", "Supreme Court of the State of New York, Queens County"}},
		{"kansas and arkansas", extract.TypeLocation, []string{"Kansas", "Arkansas"}},
		{"two counties' circuit courts", extract.TypeCourt, []string{"Circuit Court of Cook County", "Will County Circuit Court"}},
		{"a county's circuit and district courts", extract.TypeCourt, []string{"Circuit Court of Cook County", "Cook County District Court"}},
		{"New York's trial court and a citation's highest court", extract.TypeCourt, []string{"Supreme Court of the State of New York", "N.Y."}},
		{"another Act's short name", extract.TypeLaw, []string{"Securities Act of 1933", "Exchange Act"}},
		{"another title", extract.TypeLaw, []string{"Title VII of the Civil Rights Act of 1964", "Title IX"}},
		{"a title of two Acts", extract.TypeLaw, []string{"Title II of the Americans with Disabilities Act", "Title II of the Communications Act", "Title II"}},
		{"a body and its part named after it", extract.TypeOrg, []string{"Navajo Nation Department of Justice", "Navajo Nation"}},
		{"an association and its chapter", extract.TypeOrg, []string{"Beta Psi Chapter of Delta Tau Delta", "Delta Tau Delta"}},
		{"a city and its council", extract.TypeOrg, []string{"City Council of the City of Grand Junction", "City of Grand Junction"}},
		{"a university and its corporation", extract.TypeOrg, []string{"Research Corporation of the University of Hawaii", "University of Hawaii"}},
		{"a country and its chamber of commerce", extract.TypeOrg, []string{"Chamber of Commerce of the United States of America", "United States of America"}},
		{"an Act's short name two words short", extract.TypeLaw, []string{"Federal Securities Exchange Act of 1934", "Exchange Act"}},
		{"another state's code", extract.TypeLocation, []string{"Texas", "TN"}},
		{"the city of a state's name", extract.TypeLocation, []string{"New York", "NY"}},
		{"docket numbers", extract.TypeCase, []string{"No. 11-889", "No. 11-898"}},
		{"one side's surname", extract.TypeCase, []string{"Trevor Neptune v. John H. McCarthy", "Neptune v. Jones"}},
		{"another side's initials", extract.TypeCase, []string{"Competitive Telecommunications Association v. Federal Communications Commission", "Compet. Telecom. Ass'n v. FTC"}},
		{"another first side abbreviated", extract.TypeCase, []string{"Competitive Telecommunications Association v. Federal Communications Commission", "Compet. Tel. Co. v. FCC"}},
		{"one side's company", extract.TypeCase, []string{"PURDUE PHARMA L.P., Appellant v. COLLEGIUM PHARMACEUTICAL, INC.", "Purdue Pharma L.P. v. Teva Pharm."}},
		{"another defendant", extract.TypeCase, []string{"Loretta H. Cheeks v. General Dynamics", "Cheeks v. General Motors"}},
		{"another company's bankruptcy", extract.TypeCase, []string{"In re Gulf Coast Oil Corp.", "In re Gulf Coast Gas Co."}},
		{"reporters", extract.TypeCase, []string{"275 F. Supp. 2d 1378", "275 F.3d 1378", "275 F. Supp. 1378"}},
		{"docket numbers with zeros", extract.TypeCase, []string{"No. 11-0889", "No. 11-8890"}},
		{"other circuit", extract.TypeCourt, []string{"1st Cir.", "United States Court of Appeals for the Fifth Circuit"}},
		{"other district part", extract.TypeCourt, []string{"W.D. Okla.", "E.D. Okla."}},
		{"state circuit court", extract.TypeCourt, []string{"Circuit Court of St. Charles County", "Circuit Court of Jackson County"}},
		{"day of two years", extract.TypeDate, []string{"April 29, 2020", "April 29, 2021", "April 29"}},
		{"other numeric date", extract.TypeDate, []string{"12/22/2020", "12/23/2020"}},
		{"a numeric date read month first where it can be", extract.TypeDate, []string{"12/07/2001", "12 July 2001"}},
		{"case names", extract.TypeCase, []string{"Texas v. New Mexico", "Texas v. Oklahoma"}},
		{"dates", extract.TypeDate, []string{"June 13, 2013", "June 14, 2013"}},
		{"years", extract.TypeDate, []string{"June 2013", "June 2012"}},
		{"amounts", extract.TypeMoney, []string{"$1,000", "$10,000"}},
		{"cents", extract.TypeMoney, []string{"$61,250.50", "$61,250"}},
		{"cents and dollars", extract.TypeMoney, []string{"$1.50", "$150"}},
		{"currencies", extract.TypeMoney, []string{"EUR 100", "$100"}},
		{"sections", extract.TypeLaw, []string{"§5.05(b)(1)", "§5.05(b)(2)"}},
		{"an Act of two years", extract.TypeLaw, []string{"Civil Rights Act of 1964", "Civil Rights Act of 1991", "Civil Rights Act"}},
		{"a short law of two", extract.TypeLaw, []string{"Snake River Compact", "Red River Compact", "River Compact"}},
		{"a title number", extract.TypeLaw, []string{"28 U.S.C. § 1291", "U.S.C. § 1291"}},
		{"two bankruptcy chapters", extract.TypeLaw, []string{"Chapter 7", "Ch. 11", "chapter 13"}},
		{"a bankruptcy chapter and another code's chapter of its number", extract.TypeLaw, []string{"Chapter 11 of the Texas Civil Practice and Remedies Code", "Chapter 11"}},
		{"a section of another code", extract.TypeLaw, []string{"Revised Code of Washington 406(b)(1)", "section 406(b)(1)"}},
		{"another section of a named law", extract.TypeLaw, []string{"Article II, Section 11 of the NMI Constitution", "Section 1"}},
		{"a section of two codes", extract.TypeLaw, []string{"28 U.S.C. § 1291", "42 U.S.C. § 1291", "§ 1291"}},
		{"a state's sections", extract.TypeLaw, []string{"§ 24-10-103(1.3), C.R.S.", "§ 24-10-106(1)(d)(I), C.R.S.", "§ 24-51-1105, C.R.S."}},
		{"a code's sections with and without its sign", extract.TypeLaw, []string{"18 U.S.C. § 1343", "18 U.S.C. 1344"}},
		{"a range of sections and its first", extract.TypeLaw, []string{"§§ 8-100-8-113", "§ 8-100"}},
		{"two countries' dollars", extract.TypeMoney, []string{"C$7,500", "$7,500", "HK$7,500"}},
		{"other currencies by their codes and names, cents in figures", extract.TypeMoney, []string{"NOK 65 million", "$65 million", "2 billion rubles", "$2 billion", "35 cents", "$35", "25¢", "$25"}},
		{"the yen's, the yuan's and the peso's codes and names", extract.TypeMoney, []string{"JPY 100 million", "$100 million", "CNY 5 million", "$5 million", "300 pesos", "$300"}},
		{"a rule's decimal point", extract.TypeLaw, []string{"Rule 1.7", "Rule 17"}},
		{"rupees and dollars", extract.TypeMoney, []string{"Rs. 10,000", "$10,000"}},
		{"cents and dollars in words", extract.TypeMoney, []string{"twenty-five cents", "twenty-five dollars"}},
		{"other amendments", extract.TypeLaw, []string{"U.S. Const. amend. I", "Fourteenth Amendment", "U.S. Const. amend. IV"}},
		{"circuits", extract.TypeCourt, []string{"Tenth Circuit", "Eighth Circuit"}},
		{"two states' supreme courts", extract.TypeCourt, []string{"Supreme Court of Florida", "Texas Supreme Court", "Ga."}},
		{"two districts of appeal", extract.TypeCourt, []string{"Second District Court of Appeal", "Fla. 4th DCA"}},
		{"two states' courts of appeals", extract.TypeCourt, []string{"Colorado Court of Appeals", "Court of Appeals of Ohio", "Kan. App."}},
		{"two districts of a court of appeals", extract.TypeCourt, []string{"Court of Appeals of Ohio, Eighth Appellate District", "Ohio Court of Appeals, Tenth District"}},
		{"a supreme court by its kind beside two", extract.TypeCourt, []string{"Supreme Court of Missouri", "Supreme Court of the United States", "Supreme Court"}},
		{"two Louisiana courts of appeal", extract.TypeCourt, []string{"Court of Appeal of Louisiana, First Circuit", "Court of Appeal of Louisiana, Third Circuit"}},
		{"two Texas courts of appeals by their seats", extract.TypeCourt, []string{"Court of Appeals of Texas, Third District, at Austin", "Court of Appeals of Texas, Amarillo"}},
		{"a state's two appellate courts", extract.TypeCourt, []string{"Texas Court of Criminal Appeals", "Tex. App."}},
		{"a state's superior and commonwealth courts", extract.TypeCourt, []string{"Pa. Super. Ct.", "Commonwealth Court"}},
		{"a bankruptcy court and its district court", extract.TypeCourt, []string{"Bankr. S.D.N.Y.", "United States District Court, S.D. New York"}},
		{"the federal and a state's tax court", extract.TypeCourt, []string{"United States Tax Court", "Oregon Tax Court"}},
		{"a kind of court without its state", extract.TypeCourt, []string{"Court of Appeals of Iowa", "Court of Appeals"}},
		{"generic short org", extract.TypeOrg, []string{"Silicon Valley Bank", "Bank"}},
		{"one name, two legal forms", extract.TypeOrg, []string{"Nutrition 21, LLC", "Nutrition 21, Inc."}},
		{"a parent named after its company", extract.TypeOrg, []string{"New Ambrx Biopharma Inc.", "Ambrx Biopharma Inc."}},
		{"a company and its holding company", extract.TypeOrg, []string{"LECG Holding Company, LLC", "LECG, LLC"}},
		{"a company and its fund", extract.TypeOrg, []string{"Handgun Control Political Action Committee", "Handgun Control, Inc."}},
		{"different people", extract.TypePerson, []string{"John Smith", "Jane Smyth"}},
	}
	s := resolve.New(resolve.Config{})
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res, err := s.Process(context.Background(), mentions(tc.typ, tc.names...))
			if err != nil {
				t.Fatal(err)
			}
			if len(res.Entities) != len(tc.names) {
				t.Fatalf("got %d entities, want %d: %+v", len(res.Entities), len(tc.names), res.Entities)
			}
			ids := map[string]bool{}
			for _, e := range res.Entities {
				if ids[e.ID] {
					t.Errorf("two entities with id %s: %+v", e.ID, res.Entities)
				}
				ids[e.ID] = true
			}
		})
	}
}

func TestAmbiguousShortNameStaysAlone(t *testing.T) {
	res, _ := resolve.New(resolve.Config{}).Process(context.Background(),
		mentions(extract.TypePerson, "John Smith", "Jane Smith", "Smith", "J. Smith"))
	if len(res.Entities) != 4 {
		t.Fatalf("got %d entities, want 4: %+v", len(res.Entities), res.Entities)
	}
}

// TestTwoCasesOfOneParty: a first party's name abbreviated ("Inv." of
// "Investment") is one case with the name written out, beside another
// case of the same parties' names that a short form could also be.
func TestTwoCasesOfOneParty(t *testing.T) {
	res, _ := resolve.New(resolve.Config{}).Process(context.Background(), mentions(extract.TypeCase,
		"Ravenswood Investment Co. L.P. v. The Estate of Bassett S. Winmill", "Ravenswood Inv. Co. L.P. v. The Estate of Bassett S. Winmill",
		"Ravenswood Investment Co. L.P. v. Winmill & Co. Incorporated", "Ravenswood Inv. Co. L.P. v. Winmill & Co., Incorporated"))
	if len(res.Entities) != 2 {
		t.Fatalf("got %d entities, want 2: %+v", len(res.Entities), res.Entities)
	}
}

// TestHyphenatedScaleIsNoSmallAmount: "$37-million" is thirty-seven
// million, not the thirty-seven dollars beside it.
func TestHyphenatedScaleIsNoSmallAmount(t *testing.T) {
	res, _ := resolve.New(resolve.Config{}).Process(context.Background(), mentions(extract.TypeMoney, "$37-million", "$37"))
	if len(res.Entities) != 2 {
		t.Fatalf("got %d entities, want 2: %+v", len(res.Entities), res.Entities)
	}
}

func TestTypesNeverMerge(t *testing.T) {
	in := mentions(extract.TypeLocation, "Missouri")
	in.Mentions = append(in.Mentions, extract.Mention{ID: "x", Type: extract.TypeOrg, Text: "Missouri"})
	res, _ := resolve.New(resolve.Config{}).Process(context.Background(), in)
	if len(res.Entities) != 2 || res.Entities[0].ID == res.Entities[1].ID {
		t.Fatalf("want two entities with different ids: %+v", res.Entities)
	}
}

func TestIDsAcrossDocuments(t *testing.T) {
	s := resolve.New(resolve.Config{})
	a, _ := s.Process(context.Background(), mentions(extract.TypeOrg, "Oklahoma Water Resources Board", "OWRB"))
	b, _ := s.Process(context.Background(), mentions(extract.TypeOrg, "the Oklahoma Water Resources Board"))
	if a.Entities[0].ID != b.Entities[0].ID {
		t.Fatal("same entity in two documents has two ids")
	}
	if a.Entities[0].ID != resolve.EntityID(extract.TypeOrg, "Oklahoma Water Resources Board") {
		t.Fatal("EntityID disagrees with Process")
	}
}

func corpusMentions(tb testing.TB, rel string) extract.Result {
	tb.Helper()
	ctx := context.Background()
	cr, err := chunk.New(chunk.Config{}).Process(ctx, text.Document{Text: testenv.CorpusText(tb, rel)})
	if err != nil {
		tb.Fatal(err)
	}
	er, err := extract.New(extract.Config{}).Process(ctx, extract.Input{Chunks: cr})
	if err != nil {
		tb.Fatal(err)
	}
	return er
}

func TestGoldenVectorPDF(t *testing.T) {
	in := corpusMentions(t, "court/vector-pdf.pdf")
	s := resolve.New(resolve.Config{})
	res, err := s.Process(context.Background(), in)
	if err != nil {
		t.Fatal(err)
	}
	byName := map[string]resolve.Entity{}
	for _, e := range res.Entities {
		byName[e.Type+":"+e.Name] = e
	}
	for _, w := range []struct {
		key     string
		aliases []string
	}{
		{"ORG:Oklahoma Water Resources Board", []string{"OWRB"}},
		{"ORG:Tarrant Regional Water District", []string{"Tarrant"}},
		{"PERSON:RUDOLF JOHN HERRMANN", []string{"HERRMANN"}},
		{"COURT:Supreme Court of the United States", []string{"SUPREME COURT OF THE UNITED STATES"}},
		{"COURT:UNITED STATES COURT OF APPEALS FOR THE TENTH CIRCUIT", []string{"Tenth Circuit"}},
		{"LOCATION:State of Oklahoma", []string{"Oklahoma"}},
		{"LAW:Red River Compact", nil},
	} {
		e, ok := byName[w.key]
		if !ok {
			t.Errorf("missing entity %s", w.key)
			continue
		}
		for _, a := range w.aliases {
			found := false
			for _, x := range e.Aliases {
				found = found || x == a
			}
			if !found {
				t.Errorf("%s lacks alias %q (has %q)", w.key, a, e.Aliases)
			}
		}
	}
	if _, ok := byName["LOCATION:Mississippi"]; ok {
		if _, ok := byName["LOCATION:Missouri"]; ok && byName["LOCATION:Mississippi"].ID == byName["LOCATION:Missouri"].ID {
			t.Error("Missouri merged with Mississippi")
		}
	}
	again, _ := s.Process(context.Background(), in)
	if !reflect.DeepEqual(res, again) {
		t.Error("two runs differ")
	}
	// Every mention belongs to exactly one entity.
	owner := map[string]int{}
	for _, e := range res.Entities {
		for _, m := range e.MentionIDs {
			owner[m]++
		}
	}
	for _, m := range in.Mentions {
		if owner[m.ID] != 1 {
			t.Fatalf("mention %q belongs to %d entities", m.Text, owner[m.ID])
		}
	}
}

func BenchmarkResolve(b *testing.B) {
	in := corpusMentions(b, "court/vector-pdf.pdf")
	s := resolve.New(resolve.Config{})
	b.ReportAllocs()
	for b.Loop() {
		if _, err := s.Process(context.Background(), in); err != nil {
			b.Fatal(err)
		}
	}
}

// TestLegalResolution covers the forms legal text gives one entity:
// dockets with and without their label, caption capitals and body mixed
// case, possessives, designations, defined terms and acronyms.
func TestLegalResolution(t *testing.T) {
	tests := []struct {
		name      string
		typ       string
		mentions  []extract.Mention
		canonical string
		entities  int
	}{
		{"docket spellings", extract.TypeCase, []extract.Mention{{Text: "Case: 17-2400"}, {Text: "No. 17-2400"}, {Text: "17-2400"}}, "Case: 17-2400", 1},
		{"different dockets", extract.TypeCase, []extract.Mention{{Text: "No. 17-2400"}, {Text: "No. 17-2401"}}, "", 2},
		{"a federal civil and a criminal docket of one number", extract.TypeCase, []extract.Mention{{Text: "1:16-cv-02870"}, {Text: "1:16-cr-02870"}, {Text: "1:17-cv-02870"}}, "", 3},
		{"possessive", extract.TypePerson, []extract.Mention{{Text: "Margit Ellensby's"}, {Text: "Margit Ellensby"}}, "Margit Ellensby", 1},
		{"caption designations", extract.TypeCase, []extract.Mention{{Text: "ACME WIDGETS, INC., Plaintiff-Appellant, v. GLOBEX CORP."}, {Text: "Acme Widgets, Inc. v. Globex Corp."}}, "Acme Widgets, Inc. v. Globex Corp.", 1},
		{"an agency and its acronym", extract.TypeOrg, []extract.Mention{{Text: "Securities and Exchange Commission"}, {Text: "SEC"}}, "Securities and Exchange Commission", 1},
		{"the country's initials beside another of its agencies", extract.TypeOrg, []extract.Mention{{Text: "U.S. Department of State"}, {Text: "United States Department of State"}, {Text: "United States Department of Justice"}, {Text: "U.S. Department of Justice"}}, "", 2},
		{"a federal body's acronym without its country", extract.TypeOrg, []extract.Mention{{Text: "U.S. EQUAL EMPLOYMENT OPPORTUNITY COMMISSION"}, {Text: "EEOC"}}, "U.S. EQUAL EMPLOYMENT OPPORTUNITY COMMISSION", 1},
		{"a bankruptcy caption's column joined to its lines", extract.TypeCase, []extract.Mention{{Text: "In re: Chapter 11\n\nBLUE SKY AIRWAYS, INC."}, {Text: "In re: § Chapter 11\n§\nBLUE SKY AIRWAYS, INC."}, {Text: "In re Blue Sky Airways, Inc."}}, "In re Blue Sky Airways, Inc.", 1},
		{"a tribe's description", extract.TypeCase, []extract.Mention{{Text: "NAVAJO NATION, a federally recognized Indian tribe,\nPlaintiff,\nv.\nSAN JUAN COUNTY"}, {Text: "Navajo Nation v. San Juan County"}}, "Navajo Nation v. San Juan County", 1},
		{"a footnote's number after a party", extract.TypeCase, []extract.Mention{{Text: "Tamika M.,1\nComplainant,\nv.\nDenis R. McDonough"}}, "Tamika M. v. Denis R. McDonough", 1},
		{"a board's designations", extract.TypeCase, []extract.Mention{{Text: "MARIA LOPEZ, Applicant,\nvs.\nWALMART STORES, INC."}, {Text: "Lopez v. Walmart Stores, Inc."}}, "Lopez v. Walmart Stores, Inc.", 1},
		{"California's designations", extract.TypeCase, []extract.Mention{{Text: "MARISOL QUINTANILLA, Plaintiff and Appellant, v. WESTSIDE PROPERTY GROUP, LLC"}, {Text: "Quintanilla v. Westside Property Group, LLC"}, {Text: "MARISOL QUINTANILLA v. WESTSIDE PROPERTY GROUP, LLC"}}, "Quintanilla v. Westside Property Group, LLC", 1},
		{"defined term", extract.TypeOrg, []extract.Mention{{Text: "Quillfeather Capital Partners LLC"}, {Text: "Borrower", Refers: "Quillfeather Capital Partners LLC"}, {Text: "Borrower"}}, "Quillfeather Capital Partners LLC", 1},
		{"acronym defined", extract.TypeOrg, []extract.Mention{{Text: "Oklahoma Water Resources Board"}, {Text: "OWRB", Refers: "Oklahoma Water Resources Board"}}, "Oklahoma Water Resources Board", 1},
		{"middle initial", extract.TypePerson, []extract.Mention{{Text: "NICHOLE MARIE JAGELS"}, {Text: "Nichole M. Jagels"}, {Text: "Jagels"}}, "", 1},
		{"other middle name", extract.TypePerson, []extract.Mention{{Text: "John A. Smith"}, {Text: "John B. Smith"}}, "", 2},
		{"case named by its parties", extract.TypeCase, []extract.Mention{{Text: "Zink v. State"}, {Text: "278 S.W.3d 170", Refers: "Zink v. State"}}, "Zink v. State", 1},
		{"citation of a case", extract.TypeCase, []extract.Mention{{Text: "Smith v. Jones"}, {Text: "988 F.3d 8", Refers: "Smith v. Jones"}}, "Smith v. Jones", 1},
		{"a docket number broken after a hyphen", extract.TypeCase, []extract.Mention{{Text: "CIV-07-\n   0045-HE"}}, "CIV-07-0045-HE", 1},
		{"a provision listed by its subsection", extract.TypeLaw, []extract.Mention{{Text: "18 U.S.C. § 111(a)"}, {Text: "(b)", Refers: "18 U.S.C. § 111(b)"}}, "", 2},
		{"one subsection of two sections", extract.TypeLaw, []extract.Mention{{Text: "(b)", Refers: "18 U.S.C. § 111(b)"}, {Text: "(b)", Refers: "21 U.S.C. § 856(b)"}}, "", 2},
		{"a listed provision cited whole too", extract.TypeLaw, []extract.Mention{{Text: "1985(3)", Refers: "42 U.S.C. § 1985(3)"}, {Text: "42 U.S.C. § 1985(3)"}}, "42 U.S.C. § 1985(3)", 1},
		{"a listed provision named by its citation", extract.TypeLaw, []extract.Mention{{Text: "(b)", Refers: "18 U.S.C. § 111(b)"}}, "18 U.S.C. § 111(b)", 1},
		{"an acronym of an Act named only inside a section", extract.TypeLaw, []extract.Mention{{Text: "Section 504 of the Americans with Disabilities Act"}, {Text: "ADA", Refers: "Americans with Disabilities Act"}}, "", 2},
		{"an Act named by the name its acronym refers to", extract.TypeLaw, []extract.Mention{{Text: "ADA", Refers: "Americans with Disabilities Act"}, {Text: "ADA"}}, "Americans with Disabilities Act", 1},
		{"a name broken after a hyphen", extract.TypePerson, []extract.Mention{{Text: "Espinal-\nDomínguez"}, {Text: "Espinal-Domínguez"}}, "Espinal-Domínguez", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var in extract.Result
			for i, m := range tt.mentions {
				m.ID, m.Type, m.Start, m.End = fmt.Sprintf("m%d", i), tt.typ, i*100, i*100+len(m.Text)
				in.Mentions = append(in.Mentions, m)
			}
			res, err := resolve.New(resolve.Config{}).Process(context.Background(), in)
			if err != nil {
				t.Fatal(err)
			}
			if len(res.Entities) != tt.entities {
				t.Fatalf("%d entities, want %d: %+v", len(res.Entities), tt.entities, res.Entities)
			}
			if tt.canonical != "" && res.Entities[0].Name != tt.canonical {
				t.Fatalf("canonical %q, want %q", res.Entities[0].Name, tt.canonical)
			}
		})
	}
}

// TestDefinedTermNamesNoEntity: a term the text defines for a party is an
// alias, however long, when the text writes the party's name, and the name
// stays canonical against a term in mixed case ("JANE DOE", not
// "Plaintiff").
func TestDefinedTermNamesNoEntity(t *testing.T) {
	for _, tc := range []struct {
		typ, name, term string
	}{
		{extract.TypeOrg, "CIBC Bank", "Documentation Agent"},
		{extract.TypePerson, "JANE DOE", "Plaintiff"},
	} {
		in := mentions(tc.typ, tc.name, tc.term, tc.term)
		for i := 1; i < 3; i++ {
			in.Mentions[i].Source, in.Mentions[i].Refers = extract.SourceDefined, tc.name
		}
		res, err := resolve.New(resolve.Config{}).Process(context.Background(), in)
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Entities) != 1 || res.Entities[0].Name != tc.name {
			t.Errorf("entities %+v, want one named %s", res.Entities, tc.name)
		}
	}
}

// TestDecisionsOfOneName: two decisions with one name ("Texas v. New
// Mexico", 462 U.S. and 482 U.S.) are two cases, each with its name, its
// citations (a parallel one with the citation before it) and the later
// short forms after it; one decision cited twice is one case.
func TestDecisionsOfOneName(t *testing.T) {
	const name = "Texas v. New Mexico"
	at := func(id, text, refers string, start int) extract.Mention {
		return extract.Mention{ID: id, Type: extract.TypeCase, Text: text, Refers: refers, Start: start, End: start + len(text)}
	}
	in := extract.Result{Mentions: []extract.Mention{
		at("a", name, "", 0), at("b", "462 U. S. 554", name, 21), at("c", "103 S. Ct. 2558", name, 36),
		at("d", name, "", 200), at("e", "482 U. S. 124", name, 221), at("f", name, "", 400),
		at("g", "Smith v. Jones", "", 600), at("h", "988 F.3d 8", "Smith v. Jones", 616), at("i", "988 F.3d 8", "Smith v. Jones", 700),
	}}
	res, err := resolve.New(resolve.Config{}).Process(context.Background(), in)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	ids := map[string]bool{}
	for _, e := range res.Entities {
		got = append(got, e.Name+" "+strings.Join(e.MentionIDs, ","))
		ids[e.ID] = true
	}
	sort.Strings(got)
	if want := []string{"Smith v. Jones g,h,i", name + " a,b,c", name + " d,e,f"}; !reflect.DeepEqual(got, want) {
		t.Errorf("got  %q\nwant %q", got, want)
	}
	if len(ids) != len(res.Entities) {
		t.Errorf("%d ids for %d entities", len(ids), len(res.Entities))
	}
}

// TestSurnameOfAFamily: a surname alone joins the one person whose name
// ends with it ("Obama" is "Barack Obama", not "Obama Run"); among a
// family's names, the one a caption writes in capitals ("Rosolowski" is
// "GREG ROSOLOWSKI"); with no caption among them it stays alone.
func TestSurnameOfAFamily(t *testing.T) {
	for _, tc := range []struct {
		name  string
		names []string
		want  string // the entity the surname joins; "" for none
	}{
		{"the name that ends with it", []string{"Barack Obama", "Obama Run", "Obama"}, "Barack Obama"},
		{"the caption's party", []string{"GREG ROSOLOWSKI", "Greg Rosolowski", "Mark Rosolowski", "Rosolowski"}, "Greg Rosolowski"},
		{"a family without a caption", []string{"Chad Watts", "Dan Watts", "Watts"}, ""},
		{"the caption's party, its surname in capitals", []string{"Chester OGLESBY", "Charles Oglesby", "Oglesby"}, "Chester OGLESBY"},
		{"a surname of two letters in capitals is no caption's", []string{"Chester OG", "Charles Og", "Og"}, ""},
		{"a generational suffix in capitals is no surname's", []string{"Robert Oglesby III", "Charles Oglesby", "Oglesby"}, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res, err := resolve.New(resolve.Config{}).Process(context.Background(), mentions(extract.TypePerson, tc.names...))
			if err != nil {
				t.Fatal(err)
			}
			surname := tc.names[len(tc.names)-1]
			got := ""
			for _, e := range res.Entities {
				if e.Name != surname && slices.Contains(e.Aliases, surname) {
					got = e.Name
				}
			}
			if got != tc.want {
				t.Errorf("%q joins %q, want %q: %+v", surname, got, tc.want, res.Entities)
			}
		})
	}
}

// TestFamilySurnameInACaseName: a surname that only a case's name writes,
// of a family the document names two of, names no one person (no
// entity); written outside the case's name it is an entity as before, and
// where the caption writes one of them in capitals it is that one's.
func TestFamilySurnameInACaseName(t *testing.T) {
	text := "Finch v. Inspectech, LLC. David F. Finch and Shirley R. Finch, Petitioners. Finch testified. DAVID F. FINCH."
	at := func(typ, s string, nth int) extract.Mention {
		i := -1
		for ; nth >= 0; nth-- {
			i += 1 + strings.Index(text[i+1:], s)
		}
		return extract.Mention{ID: fmt.Sprintf("%s%d", s, i), Type: typ, Text: s, ChunkID: "c", Start: i, End: i + len(s)}
	}
	for _, tc := range []struct {
		name string
		ms   []extract.Mention
		want bool // a "Finch" entity of its own
	}{
		{"in the case's name only", []extract.Mention{at(extract.TypeCase, "Finch v. Inspectech, LLC", 0), at(extract.TypePerson, "Finch", 0),
			at(extract.TypePerson, "David F. Finch", 0), at(extract.TypePerson, "Shirley R. Finch", 0)}, false},
		{"outside the case's name too", []extract.Mention{at(extract.TypeCase, "Finch v. Inspectech, LLC", 0), at(extract.TypePerson, "Finch", 0),
			at(extract.TypePerson, "David F. Finch", 0), at(extract.TypePerson, "Shirley R. Finch", 0), at(extract.TypePerson, "Finch", 3)}, true},
		{"no case's name", []extract.Mention{at(extract.TypePerson, "Finch", 0), at(extract.TypePerson, "David F. Finch", 0), at(extract.TypePerson, "Shirley R. Finch", 0)}, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res, err := resolve.New(resolve.Config{}).Process(context.Background(), extract.Result{Mentions: tc.ms})
			if err != nil {
				t.Fatal(err)
			}
			got := slices.ContainsFunc(res.Entities, func(e resolve.Entity) bool { return e.Name == "Finch" })
			if got != tc.want {
				t.Errorf("a Finch entity: %v, want %v: %+v", got, tc.want, res.Entities)
			}
		})
	}
	// A family whose caption writes one of them in capitals: the surname
	// is that person's (surnameGroup).
	res, _ := resolve.New(resolve.Config{}).Process(context.Background(), extract.Result{Mentions: []extract.Mention{
		at(extract.TypeCase, "Finch v. Inspectech, LLC", 0), at(extract.TypePerson, "Finch", 0), at(extract.TypePerson, "DAVID F. FINCH", 0), at(extract.TypePerson, "Shirley R. Finch", 0)}})
	if !slices.ContainsFunc(res.Entities, func(e resolve.Entity) bool { return e.Name != "Finch" && slices.Contains(e.Aliases, "Finch") }) {
		t.Errorf("Finch joins no one: %+v", res.Entities)
	}
}

// TestInitialledPersonBesideAnInitial: a person written with an initial
// for the given name ("A. Anderson") is found by the surname, not by the
// initial another name shares ("Bert A. Lynch").
func TestInitialledPersonBesideAnInitial(t *testing.T) {
	res, err := resolve.New(resolve.Config{}).Process(context.Background(), mentions(extract.TypePerson, "Andrea Anderson", "Bert A. Lynch", "A. Anderson"))
	if err != nil {
		t.Fatal(err)
	}
	if !slices.ContainsFunc(res.Entities, func(e resolve.Entity) bool {
		return e.Name == "Andrea Anderson" && slices.Contains(e.Aliases, "A. Anderson")
	}) {
		t.Errorf("A. Anderson is not Andrea Anderson's: %+v", res.Entities)
	}
}

// TestFederalDistrictByKind: "U.S. District Court" joins the one federal
// district court a story names, though the District of Columbia's own
// courts (whose keys begin as a district's) are named beside it.
func TestFederalDistrictByKind(t *testing.T) {
	s := resolve.New(resolve.Config{})
	res, err := s.Process(context.Background(), mentions(extract.TypeCourt, "U.S. District Court for the District of Columbia", "D.C. Superior Court", "U.S. District Court"))
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Entities) != 2 {
		t.Fatalf("got %d entities, want 2: %+v", len(res.Entities), res.Entities)
	}
	for _, e := range res.Entities {
		if e.Name == "U.S. District Court for the District of Columbia" && len(e.MentionIDs) != 2 {
			t.Errorf("the federal court has %d mentions, want 2: %+v", len(e.MentionIDs), res.Entities)
		}
	}
}
