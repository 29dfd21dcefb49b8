package extract

import (
	"strings"
	"testing"
)

// TestKnownOrgNames: the known organisations named alone are found, whole
// words only; inside a longer name, before a product's number or in
// another case they are not; a state after "of" is the name's, a place of
// another kind not. A capitalised word on the line before is no part of
// the name (a byline's "By Michael Virtanen" / "Associated Press"), and a
// masthead that prints the name twice names it twice; a publication's
// name is whole before its page's headline, and before its issue's
// volume ("Federal Register Volume 75"), not before another word
// ("Federal Register Online", the delivery service), and a company's
// name before "Volume" is a product's ("Reuters Volume Index"). A name
// with an apostrophe is found with a typographic one too ("Macy’s"); a
// chain's possessive name after a capitalised word is a person's ("Chris
// Christie's"). A carrier, a class-action news site and restaurant chains
// are known too ("shipped via UPS", "Top Class Actions’s website"), and
// a stock photo agency in a credit; the carrier's initials as a power
// supply ("UPS units", "the backup UPS") are none.
func TestKnownOrgNames(t *testing.T) {
	text := "The Associated Press and Reuters reported that Fitch Ratings and Moody's agreed. Wells Fargo Bank, N.A. and the Boeing 737 " +
		"and New Zealand Greyhound Racing and Reutersville and Amtrak; an Acme Greyhound, a dog. Blue Cross Blue Shield of Michigan and Amtrak of Springfield. Filed by Reuters May 29, 2019.\n" +
		"By Michael Virtanen\n  Associated Press\n\nCourthouse News Service Courthouse News Service\nThe Acme Courthouse News Service Building.\n" +
		"Products Liability Law Daily Bicycle maker not liable for injuries\nThe shirts were sold at Urban Outfitters and Toys “R” Us; a Merrill Lynch analyst said.\n" +
		"Published in the Federal Register on May 2; the Federal Register Notice.\nPublished in the Customs Bulletin, Volume 30, Number 7.\n" +
		"The sellers use Alibaba, AliExpress, Etsy and Temu, and are paid through Alipay.\n" +
		"[Federal Register Volume 75, Number 111 (Thursday, June 10, 2010)]\nFrom the Federal Register Online via the Government Publishing Office\n" +
		"The Reuters Volume Index rose; Federal Register Vol. 85 printed it.\n" +
		"Sold at Macy’s and Lowe's; Chris Christie's budget.\n" +
		"The samples were shipped via UPS.\n\nTop Class Actions’s website; a Papa John's driver sued Krispy Kreme.\nPhoto: Getty Images\n\n" +
		"The rack's UPS units failed, and the backup UPS did not engage.\n"
	wantFind(t, knownOrgNames, text, "Associated Press|Associated Press|Reuters|Reuters|Courthouse News Service|Courthouse News Service|Federal Register|Federal Register|Federal Register|Customs Bulletin|Products Liability Law Daily|Fitch Ratings|Moody's|Amtrak|Amtrak|Blue Cross Blue Shield of Michigan|"+
		"Urban Outfitters|Merrill Lynch|Toys “R” Us|Macy’s|Lowe's|Alibaba|AliExpress|Alipay|Etsy|Temu|UPS|Top Class Actions|Papa John's|Krispy Kreme|Getty Images")
}

// TestSiteNames: a capitalised name glued to its web domain is an
// organisation; an address (after "www.", "@", "/" or ".", before "/") is
// none, nor a name a legal form or a capitalised word goes on over, a
// country's domain after it, a site the text names as one, nor a domain
// in lower case.
func TestSiteNames(t *testing.T) {
	text := "The kit is sold by Amazon.com to consumers, ClassAction.org reports (JusticeNewsFlash.com). Visit www.Example.com, " +
		"write to info@Acme.com or see https://Brand.org/x, Brand.net/y and https://Site.com. Priceline.com Inc. and GoDaddy.com, LLC sued; the ESQwire.com Law Firm; " +
		"acme.com; Pre-Paid.net. A service called Accurint.com, and the data on Accurint.com; the web site Lexis.com; Website: Acme.com; Uploaded by: Credit.com; visit Shop.com; the seller, Acme.com.au, refused; www. Acme.com and support@ Acme.com.\n"
	wantFind(t, siteNames, text, "Amazon.com|JusticeNewsFlash.com|ClassAction.org|Pre-Paid.net")
}

// TestWireCredits: a news service's credit between a story's dateline
// (its place or its date) or its line's start and its dash is the
// service, a wire's by its initials or a publication's name, before a
// dash and a capital; a place, a "News Release", a record's title, a
// one-word name that is no wire's and letters in parentheses before a
// sentence in lower case are not.
func TestWireCredits(t *testing.T) {
	text := "BATON ROUGE, La. (AP) — The court ruled. ALBANY, N.Y. (AP) — New York kept. LONDON (Reuters) - Shares fell. LOS ANGELES (AP) _ Four men.\n" +
		"SACRAMENTO, Calif. (Legal Newsline) - A district.\n     (CN) – Crocs had no duty.\nSept. 8 (UPI) -- The council agreed.\n" +
		"LITTLE ROCK, Ark (News Release) – The state.\n(Des Moines) – The city.\n(MONTGOMERY) – The state. The (AP) style guide; the rule (AP) - a note.\n" +
		"Exhibit 12 (Administrative Record) – Letter of May 2. ACCOUNTS PAYABLE (AP) - all invoices. BOSTON (Daily) – The paper.\nSeptember 8 (UPI) -- The council met.\n"
	wantFind(t, wireCredits, text, "AP|AP|Reuters|AP|Legal Newsline|CN|UPI|UPI")
}

// TestMastheads: a publication's name in capitals alone on its line
// before the page's date is the publication; a heading in capitals
// before a date is none, nor is the Congressional Record.
func TestMastheads(t *testing.T) {
	text := "Quantcast\n\nSOUTHEAST TEXAS RECORD\n\nSunday, December 22, 2024\n\nTexas justices bounce suit\n" +
		"MADISON - ST. CLAIR RECORD\nFriday, March 29, 2024\nFOR IMMEDIATE RELEASE\nMonday, May 4, 2020\nLEGAL NEWSLINE\nin March 2020\n" +
		"CONGRESSIONAL RECORD\n\nMonday, June 3, 2019\n"
	wantFind(t, mastheads, text, "SOUTHEAST TEXAS RECORD|MADISON - ST. CLAIR RECORD")
}

// TestKnownCompanies: well-known companies and exchanges named alone are
// found, an exchange in a company's ticker too ("(NYSE: ABD)"); inside a longer name ("Procter & Gamble Co.", a name run on to
// the next line, "Thomson" / "Reuters") or after a person's title ("Dr.
// Mattel") they are not.
func TestKnownCompanies(t *testing.T) {
	text := "Procter & Gamble and Unilever sued Mattel; its shares trade on the New York Stock Exchange. Procter & Gamble Co. settled. Dr. Mattel testified.\n" +
		"Copyright 2024 Thomson\nReuters. No claim. He was a Samsung\nElectronics America engineer.\n" +
		"Last year, Judge Smith of the Southern District of New York\nReuters reported that the fine was paid.\n" +
		"ACCO Brands Corporation (NYSE: ABD) and Acme, Inc. (Nasdaq: ACME) announced the merger.\n" +
		"Bettors used FanDuel, DraftKings and BetMGM; H&M and Express Scripts settled; H&M Construction did not; Klarna and KPMG sued Rolex.\n" +
		"Mead Johnson and Welsh Carson were sued, Yonhap reported.\n"
	wantFind(t, knownOrgNames, text, "Reuters|Procter & Gamble|Unilever|Mattel|New York Stock Exchange|NYSE|Nasdaq|FanDuel|DraftKings|BetMGM|Express Scripts|H&M|Klarna|KPMG|Rolex|Yonhap|Mead Johnson|Welsh Carson")
}

// TestUSAdjectives: the United States' or the United Kingdom's initials
// before a word in lower case or "-based" name the country as a place,
// with or without their periods; the pronoun in capitals after a verb,
// a company's suffix after a hyphen,
// a reporter's "U.S. at", a caption's "U.S. v.", a currency's "U.S.
// dollars", the initials before a name and inside a word do not.
func TestUSAdjectives(t *testing.T) {
	text := "sold to U.S. consumers in the U.S.\nmarket. See 545 U.S. at 49; U.S. v. Smith; 2 million U.S. dollars; the U.S. District Court; U.S.C. § 1; Roe, 410 U.S. n. 3; Iqbal, 556 U.S. supra."
	wantFind(t, usAdjectives, text, "U.S.|U.S.")
	text = "filed in US courts by the US food giant; 2.5 million US dollars; US Airways; USDA rules; BUS stops; US v. Roe; 576 U.S. slip op. at 5; " +
		"CONTACT US today; Call US now; ABOUT US; Chumer-US and Heshin-US are sellers; 556 U. S. at 678; 556 US at 678."
	wantFind(t, usAdjectives, text, "US|US")
	text = "The U.K.-based company and a U.S.-based firm reached the UK market; U.K. holdings; the UK Government; UKIP members; the U.S.-Mexico border."
	wantFind(t, usAdjectives, text, "U.K.|U.S.|UK|U.K.")
}

// TestStaffBylines: a byline's paper named by its staff's word is an
// organisation, in any case, and so is a word ending in "News"; a
// writer's name before "Staff Writer" is none, nor is a text without a
// staff writer.
func TestStaffBylines(t *testing.T) {
	text := "By Nancy Millman, Tribune Staff Writer.\nTIMES STAFF WRITER\nBy Ann Lee, MetNews Staff Writer; Courant staff writers; By JOHN RYKOWSKI Staff Writer\n"
	wantFind(t, staffBylines, text, "Tribune|TIMES|MetNews|Courant")
	wantFind(t, staffBylines, "The Tribune Writer Award went to Times Writers.", "")
	wantFind(t, staffBylines, "TIMES STAFF WRITER", "TIMES")
	wantFind(t, staffBylines, "By Mary Roe, Enquirer staff writer", "Enquirer")
	// The paper's whole name before its kind, up to a comma or "By".
	wantFind(t, staffBylines, "By Jane Doe, Washington Post Staff Writer\nBy JOHN SMITH, Los Angeles Times Staff Writer\nBy Dan Morgan Washington Post Staff Writer\n"+
		"By MAURA DOLAN TIMES STAFF WRITER\nFormer Times Staff Writer Jane Doe\n1996|Tribune Staff Writer",
		"Washington Post|Los Angeles Times|Washington Post|TIMES|Times|Tribune")
}

// TestAgedNames: the name before a person's age and town in a release is
// a person's; a company's or a place's before a number is none.
func TestAgedNames(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"a federal jury found Firas Abuzuhrieh, 38, of Albuquerque, N.M., guilty", "Firas Abuzuhrieh"},
		{"Grenale Williams, 53, of South Bay, and Canarie Deon Curry, 40, of Riviera Beach, were sentenced", "Grenale Williams|Canarie Deon Curry"},
		{"veteran diver Vince Puleo, 50, from Ventura argued", "Vince Puleo"},
		{"Sunland Pest Control Company, 12, of Miami", ""},
		{"the Riverside Baptist Church, 120, of Dayton", ""},
		{"a home in Baton Rouge, 40, of Louisiana's", ""},
		{"Peter Brown, 61 of Albany", ""},
		// A sentence's end and a rank are no part of the name; particles
		// are; a sentence's first words before a given name are not.
		{"died Jan. 4 in Baghdad. Spc. Aaron Mills, 22, of Dayton, Ohio", "Aaron Mills"},
		{"died in Baghdad. Spc. Qalt Xerv, 22, of Dayton, Ohio", "Qalt Xerv"},
		{"Rafael de Oliveira Santos, 33, of Newark, and Maria del Carmen Ruiz, 41, of Yuma", "Rafael de Oliveira Santos|Maria del Carmen Ruiz"},
		{"On Monday Kevin Wu, 33, of Gilbert, pleaded guilty", "Kevin Wu"},
	} {
		wantFind(t, agedNames, c.text, c.want)
	}
}

// TestBylineNames: a byline's writers at its line's start are people, up
// to what a byline puts after a name; a wire, a paper, an office and a
// sentence that opens with "By" are none, nor is "By" inside a line.
func TestBylineNames(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"Seller not liable\n\nBy Susan Engstrom\n\nThe parents", "Susan Engstrom"},
		{"By By Suzanne Monk / managing editor", "Suzanne Monk"},
		{"By Donna Lenz Wright/The Week", "Donna Lenz Wright"},
		{"By Jill Hyslop+", "Jill Hyslop"},
		// A given name the table does not know is left to the tagger.
		{"By Gill Hyslop+", ""},
		{"By Craig Smith. CREATED Nov 4, 2013", "Craig Smith"},
		{"By Susanne Retka Schill | September 19, 2014", "Susanne Retka Schill"},
		{"By Rick Barrett of the Journal Sentinel", "Rick Barrett"},
		{"By Phil Milford and Dawn McCarty", "Phil Milford|Dawn McCarty"},
		{"By Jessica M. Karmasek | Dec 2, 2013", "Jessica M. Karmasek"},
		{"By The Associated Press May 29, 2019", ""},
		{"By Associated Press", ""},
		{"By The Associated Press\nWASHINGTON", ""},
		{"By : Business Day\nBy the Commission:\nBy Order Dated May 1", ""},
		{"By Houston Chronicle", ""},
		{"The order was signed By Susan Engstrom", ""},
		{"By Susan Engstrom the court was told", ""},
		// Ways of delivery and sentences that open with "By" are none.
		{"Certificate of Service\nBy First Class Mail\nBy Certified Mail, Return Receipt Requested\nBy Hand Delivery\nJane Roe\n", ""},
		{"By California Law, the landlord must act.\nBy Its Attorneys\n", ""},
		// A known given name before a body's, an organisation's or a
		// paper's word is none.
		{"By Grace Board\nBy Mary Baptist Church\nBy Ann Arbor News\nBy J. Alan Smith\n", "J. Alan Smith"},
	} {
		wantFind(t, bylineNames, c.text, c.want)
	}
}

// TestPhotoCredits: a news photo's credit names its photographer and its
// outlet, and the wire it came by; a paper in the photographer's place is
// an outlet; an outlet's own file and a handout are none.
func TestPhotoCredits(t *testing.T) {
	wantFind(t, photoCredits, "The market shut. (Amy Davis/Baltimore Sun) The river (Andy Bronson / The Herald). The vane (Jennifer Hauck/The Valley News via AP).\n"+
		"Photo by Keith Thorpe/Peninsula Daily News\n",
		"Amy Davis|Baltimore Sun|Andy Bronson|The Herald|Jennifer Hauck|The Valley News|AP|Keith Thorpe|Peninsula Daily News")
	wantFind(t, photoCredits, "The market shut. (Amy Davis/Baltimore Sun)", "Amy Davis|Baltimore Sun")
	wantFind(t, photoCredits, "Photo by Keith Thorpe/Peninsula Daily News\n", "Keith Thorpe|Peninsula Daily News")
	wantFind(t, photoCredits, "PHOTO: Keith Thorpe/Peninsula Daily News\n", "Keith Thorpe|Peninsula Daily News")
	wantFind(t, photoCredits, "Image: Keith Thorpe/Peninsula Daily News\n", "Keith Thorpe|Peninsula Daily News")
	wantFind(t, photoCredits, "Old photo (Bloomberg News/File 2007). The store (Jane Roe/Handout). A ratio (Smith Jones/Acme Corp 2019).", "")
	if got := typedTexts("The lake (Star Tribune/TNS)", photoCredits("The lake (Star Tribune/TNS)")); got != "ORG Star Tribune|ORG TNS" {
		t.Errorf("got %q, want a paper and a service", got)
	}
	// A wire's credit with the wire first, a photographer's initial, "For"
	// before the outlet, the outlet's file or photo; a form's labels, two
	// people, an officer's role and a pool's photo are no credits.
	wantFind(t, photoCredits, "(AP Photo/Evan Vucci) (J. Scott Applewhite/AP) (Photo by Jahi Chikwendiu/For The Washington Post) (Mark Lennihan/AP File) (Rick Bowmer/AP Photo)",
		"AP|Evan Vucci|J. Scott Applewhite|AP|Jahi Chikwendiu|The Washington Post|Mark Lennihan|AP|Rick Bowmer|AP")
	wantFind(t, photoCredits, "The museum grew. (Elizabeth Janney/Patch) (Al Drago/Getty Images)", "Elizabeth Janney|Patch|Al Drago|Getty Images")
	// A credit's "Photo Credit:", a wire's in brackets, an outlet credited
	// alone: a wire, initials, a photo service; not a name, not an
	// officer, not a name that goes on past the credit's end.
	wantFind(t, photoCredits, "(Photo Credit: Giovanni Nastukov/Shutterstock) [AP Photo/Sue Ogrocki] [AP Photo/Evan Vucci) (AP Photo/Rick Bowmer]", "Giovanni Nastukov|Shutterstock|AP|Sue Ogrocki")
	wantFind(t, photoCredits, "The room. Image: AP\nThe horse. Credit: RSPCA\nThe phone. (Image: Getty Images) The port. Image: Reuters\n", "AP|RSPCA|Getty Images|Reuters")
	wantFind(t, photoCredits, "The room. Image: Keith\nThe chair. Credit: JIM NOELKER\nThe desk. Photo: CEO\nImage: TIFF\nLetter of Credit: RSPCA\nThe file. Photo: FILE\n(Photo Credit: Google Maps/KTLA)", "")
	wantFind(t, photoCredits, "(Print Name/Title) (Authorized Signature/Date) Sellers (John Smith/Mary Smith) signed (John Smith/CEO) (Staff Photo/Jane Doe) (Phone Number/Email Address) (Routing Number/ABA)", "")
}

// TestPlacePapers: a newspaper named for its place is an organisation
// where the tagger read a place, over its kind or before it; a place
// before a longer name, a kind alone and a place before no kind are left.
func TestPlacePapers(t *testing.T) {
	text := "The San Francisco Chronicle, the Los Angeles Daily News and the Anniston Star reported from Houston Post Office Box 4 near Times Square; Star; Tribune; Las Vegas Sun-News. The Boston Globe-Democrat; Ohio."
	var cs []cand
	for _, name := range []string{"San Francisco Chronicle", "Los Angeles", "Anniston Star", "Houston", "Times", "Star", "Tribune", "Las Vegas", "Boston", "Ohio"} {
		at := strings.Index(text, name)
		cs = append(cs, cand{typ: TypeLocation, start: at, end: at + len(name)})
	}
	wantTyped(t, placePapers, text, cs, "ORG San Francisco Chronicle|ORG Los Angeles Daily News|ORG Anniston Star|LOCATION Houston|LOCATION Times|LOCATION Star|LOCATION Tribune|"+
		"ORG Las Vegas Sun-News|ORG Boston Globe-Democrat|LOCATION Ohio")
	// A city the lists know whole or its state follows is a place; a
	// register "of" something, a post by its number and a word the hyphen
	// runs into are no papers; a paper's hyphenated kind is its name's.
	text = "He lives in Newport News near Lone Star, Texas; the California Register of Historical Resources; Hollywood Post 43; Washington Post-production; the Pittsburgh Post-Gazette."
	cs = nil
	for _, name := range []string{"Newport News", "Lone Star", "California", "Hollywood", "Washington", "Pittsburgh"} {
		at := strings.Index(text, name)
		cs = append(cs, cand{typ: TypeLocation, start: at, end: at + len(name)})
	}
	wantTyped(t, placePapers, text, cs, "LOCATION Newport News|LOCATION Lone Star|LOCATION California|LOCATION Hollywood|LOCATION Washington|ORG Pittsburgh Post-Gazette")
	text = "The Idaho Statesman and the Arizona Republic reported from the Dominican Republic."
	cs = nil
	for _, name := range []string{"Idaho Statesman", "Arizona Republic", "Dominican Republic"} {
		at := strings.Index(text, name)
		cs = append(cs, cand{typ: TypeLocation, start: at, end: at + len(name)})
	}
	wantTyped(t, placePapers, text, cs, "ORG Idaho Statesman|ORG Arizona Republic|LOCATION Dominican Republic")
}

// TestCountryInitialsNouns: the country's initials after a preposition
// and "the" are a place when a comma, a semicolon, "and" or the line's
// end follows; before a capitalised word they may open a name ("the U.S.
// Attorney"), after "of" close one ("Supreme Court of the U.S."), and
// without "the" they are left to the other passes.
func TestCountryInitialsNouns(t *testing.T) {
	text := "It has operations in the U.S., Canada and Mexico; it sells throughout the U.S. and abroad.\n" +
		"Imports into the UK; most sales are in the U.S.\n" +
		"He wrote to the U.S. Attorney. The U.S. market grew. Sales in U.S. stores rose.\n" +
		"A petition to the Supreme Court of the U.S.\nThe Chamber of Commerce of the US, the Business Roundtable and the President of the U.S., all agreed.\n" +
		"Its plants (two in the U.S.) closed."
	wantFind(t, countryInitialsNouns, text, "U.S.|U.S.|UK|U.S.|U.S.")
}
