package extract

import "testing"

// TestUnionNames: a union's name runs back from its federation over its
// local, its international's name with the commas inside it and the
// local's name; it stops at the federation of the union before it, a
// company, a lower-case word, and the words before a part's last "and"
// when the part ends no union's name. Without a union's word or a local
// there is none.
func TestUnionNames(t *testing.T) {
	text := "JUNEAU COUNTY, Petitioner, v. COURTHOUSE EMPLOYEES, LOCAL 1312, AMERICAN FEDERATION OF STATE, COUNTY AND MUNICIPAL EMPLOYEES, AFL-CIO, " +
		"Highway Department Employees, Local 569, American Federation of State, County and Municipal Employees, AFL-CIO, Respondents.\n\n" +
		"Caress Bake Shop, Inc. d/b/a Barkus Bakery and Bakery, Confectionery and Tobacco Workers International Union, Local 12, AFL-CIO-CLC.\n\n" +
		"an agreement negotiated by the International Union of Police Associations, Shawnee Local No. 3, AFL-CIO [the Union], and the City.\n\n" +
		"Acme Corp., Teamsters Local 5, AFL-CIO, sued. The Acme Widget Company, AFL-CIO, is none.\n"
	wantFind(t, unionNames, text, "COURTHOUSE EMPLOYEES, LOCAL 1312, AMERICAN FEDERATION OF STATE, COUNTY AND MUNICIPAL EMPLOYEES, AFL-CIO|"+
		"Highway Department Employees, Local 569, American Federation of State, County and Municipal Employees, AFL-CIO|"+
		"Bakery, Confectionery and Tobacco Workers International Union, Local 12, AFL-CIO-CLC|"+
		"International Union of Police Associations, Shawnee Local No. 3, AFL-CIO|Teamsters Local 5, AFL-CIO")
}

// TestInternationalUnionChains: an international named by a chain of its
// trades, over lines ending in commas, is one name without a federation;
// the words in mixed case on the lines before a name in capitals are not
// its, and an international inside a chain to its federation is that
// chain's.
func TestInternationalUnionChains(t *testing.T) {
	text := "No. 12-41119 Lyle W. Cayce\nClerk\nUNITED STEEL, PAPER AND FORESTRY, RUBBER MANUFACTURING,\nENERGY, ALLIED INDUSTRIAL AND SERVICE WORKERS\nINTERNATIONAL UNION,\nPlaintiff–Appellant\n\n" +
		"Caress Bake Shop, Inc. d/b/a Barkus Bakery and Bakery, Confectionery and Tobacco Workers International Union, Local 12, AFL-CIO-CLC.\n\nThe Service Workers International Union agreed.\n"
	wantFind(t, unionNames, text, "Bakery, Confectionery and Tobacco Workers International Union, Local 12, AFL-CIO-CLC|"+
		"UNITED STEEL, PAPER AND FORESTRY, RUBBER MANUFACTURING,\nENERGY, ALLIED INDUSTRIAL AND SERVICE WORKERS\nINTERNATIONAL UNION")
}

// TestUnionLocalNames: a union named with its local after a comma, in any
// case, is one name from the first capitalised word on its line; a
// company's or a name not ending in a union's word before a local is not.
func TestUnionLocalNames(t *testing.T) {
	text := "and INTERNATIONAL BROTHERHOOD OF TEAMSTERS, LOCAL 848, Charging Party.\nthe Service Employees International Union, Local 32BJ, and\nAcme Corp., Local 5 office\n"
	wantFind(t, unionLocalNames, text, "INTERNATIONAL BROTHERHOOD OF TEAMSTERS, LOCAL 848|Service Employees International Union, Local 32BJ")
}

// TestTradeUnions: a union named for two trades joined by "and" or a list
// of them is one name, "of America" and its local before or after it and
// all; a union of one trade too; a body's name before a list of other
// names is not one with them.
func TestTradeUnions(t *testing.T) {
	text := "Local No. 101, United Brotherhood of Carpenters and Joiners of America, and the International Union of Painters and Allied Trades, District Council 15, " +
		"and the International Brotherhood of Electrical Workers and the Company. The International Union of Paint- ers and Allied Trades.\n" +
		"Download \"International Brotherhood of Electrical Workers, Local 204, Union.\"\n" +
		"Acme and Local 286, International Brotherhood of Teamsters, Chauffeurs, Warehousemen and Helpers of America, Petitioner; and International Brotherhood of Teamsters, " +
		"Chauffeurs, Warehousemen and Helpers of America, Local Union 1196. Amici: National Association of Realtors, Google and Apple.\n" +
		"Members of the International Brotherhood of Electrical Workers, Teamsters and Laborers unions; Operating Engineers Local 150, International Brotherhood of Electrical Workers.\n"
	wantFind(t, tradeUnions, text, "Local No. 101, United Brotherhood of Carpenters and Joiners of America|International Union of Painters and Allied Trades|International Brotherhood of Electrical Workers|"+
		"International Brotherhood of Electrical Workers, Local 204|Local 286, International Brotherhood of Teamsters, Chauffeurs, Warehousemen and Helpers of America|"+
		"International Brotherhood of Teamsters, Chauffeurs, Warehousemen and Helpers of America, Local Union 1196|National Association of Realtors|"+
		"International Brotherhood of Electrical Workers|International Brotherhood of Electrical Workers")
}
