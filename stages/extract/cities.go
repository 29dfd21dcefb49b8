package extract

import "strings"

// knownPlaces are cities, boroughs and countries that no person is named
// ("Baton Rouge", "Sacramento", "El Salvador"), which the tagger sometimes
// reads as people; the places that are surnames or given names too
// ("Austin", "Madison", "Charlotte", "Jackson") are left out, as are those
// the patterns' own list has (locations).
var knownPlaces = func() map[string]bool {
	m := map[string]bool{}
	for _, p := range strings.Split(`Sacramento|San Bernardino|San Diego|San Jose|San Antonio|Tucson|Albuquerque|Baton Rouge|`+
		`Brooklyn|Manhattan|Bronx|Staten Island|Albany|Buffalo|Syracuse|Poughkeepsie|Mineola|Yonkers|Newark|Trenton|Hoboken|`+
		`Jersey City|Honolulu|Anchorage|Juneau|Boise|Spokane|Tacoma|Reno|Las Vegas|Cheyenne|Missoula|Omaha|Topeka|Wichita|Tulsa|`+
		`Oklahoma City|Little Rock|North Little Rock|Memphis|Nashville|Knoxville|Chattanooga|Louisville|Cincinnati|Toledo|Akron|`+
		`Indianapolis|Milwaukee|Minneapolis|Des Moines|West Des Moines|Sioux Falls|Fargo|Bismarck|Tallahassee|Jacksonville|Tampa|`+
		`Gainesville|Greensboro|Norfolk|Annapolis|Wilmington|Providence|Worcester|Harrisburg|Scranton|Allentown|McAllen|El Paso|`+
		`Corpus Christi|Lubbock|Amarillo|Laredo|Brownsville|Galveston|Waco|Fort Worth|Shreveport|Tupelo|Gulfport|Biloxi|Slidell|`+
		`Towson|Rockville|Bethesda|Ciudad Juarez|Tijuana|Guadalajara|Monterrey|El Salvador|Guatemala|Honduras|Nicaragua|Venezuela|`+
		`Ecuador|Bolivia|Jamaica|Haiti|Dominican Republic|Lebanon|Syria|Yemen|Somalia|Ethiopia|Sudan|Ghana|Morocco|Algeria|Tunisia|`+
		`Libya|Greece|Hungary|Romania|Bulgaria|Serbia|Croatia|Czech Republic|Slovakia|Belarus|Kazakhstan|Uzbekistan|Bangladesh|`+
		`Sri Lanka|Nepal|Myanmar|Cambodia|Mongolia`, "|") {
		m[p] = true
		m[strings.ToUpper(p)] = true
	}
	return m
}()
