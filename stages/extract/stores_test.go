package extract

import "testing"

// TestRecallStores: a recall's stores are found in its "Sold At:" list, on
// the same line or the next, and after "sold exclusively at", "sold at
// stores including" and a "sold by" that a store's word follows; the list
// ends at a word in lower case or a period, and a kind of store, a day, a
// place, a sale, a person who sold and a list that goes on in lower case
// name none. Outside a recall's text only the label's list names stores.
// A kind of store before "such as" or "including" opens a list of stores
// too, and so does a distributor's "Sold to:" in a recall, and its buyers
// and a "Sold to:" elsewhere where a known chain opens the list; a known chain
// opens one even when its first word is a kind's ("Home Depot"), and a
// saint's abbreviation opens a name ("St. Paul Hardware"), a title none.
func TestRecallStores(t *testing.T) {
	text := "The recalled chairs:\nSold At:\n\nChristy Sports, Chair King, Today’s Patio, The Great Escape, Fortunoff and other stores nationwide.\n" +
		"Sold at: Wal-Mart stores nationwide from April 2005. Sold At: Herman Miller, Design Within Reach and Herman Miller's authorized retailers.\n" +
		"The sharpeners were sold at stores including Office Depot, Staples and other retailers. They were sold exclusively at Amazon.com from May.\n" +
		"The chairs were sold by Big Lots across the country. Sold by: Acme Co. from 2001.\n" +
		"It was sold at Small toy stores nationwide. Sold at: Department stores nationwide. Pelts were sold by Desbiens, who had no quota. A tractor sold by Daedong. Both Smith and Daedong appeared.\n" +
		"Sold at: Target. Both Smith and Jones appeared. It was sold through Friday, sold at Christmas and Easter, sold at Fenway Park and sold at Sheriff's Sale for $100. Sold at: Ohio and Texas stores.\n" +
		"Sold At: T.J. Maxx, Christmas Tree Shops and other stores nationwide."
	wantFind(t, recallStores, text, "Christy Sports|Chair King|Today’s Patio|The Great Escape|Fortunoff|Wal-Mart|Herman Miller|Design Within Reach|"+
		"Amazon.com|Big Lots|Acme Co.|Target|T.J. Maxx|Christmas Tree Shops|Office Depot|Staples")
	wantFind(t, recallStores, "Recalled. Sold to: Home Depot, Lowe's, Ace, DIBC, TruServ and others. It sells to retailers such as Home Depot, "+
		"Lowe's, Wal-Mart, garden centers and others, at stores including St. Paul Hardware, outlets including LensCrafters. "+
		"Stores such as these; customers such as Smith and Jones; members including Smith and Jones; retailers such as Mr. Smith.",
		"Home Depot|Lowe's|Ace|DIBC|TruServ|Home Depot|Lowe's|Wal-Mart|St. Paul Hardware|LensCrafters")
	// A bill's buyer is no store outside a recall; a kind of store in capitals is none.
	wantFind(t, recallStores, "Sold to: John Smith, 12 Main Street. Customers such as John Smith complained.", "")
	wantFind(t, recallStores, "Chains such as Kmart and Sears sold it, and a retailer such as Target.", "Kmart|Target")
	wantFind(t, recallStores, "Sold to: Home Depot, Lowe's and Ace. It sells to customers such as Home Depot, Lowe's and Wal-Mart.", "Home Depot|Lowe's|Ace|Home Depot|Lowe's|Wal-Mart")
	wantFind(t, recallStores, "Recall. Sold at: Drug Stores, Grocery Stores and Mass Merchandisers nationwide. Sold at: Pharmacies nationwide.", "")
	wantFind(t, recallStores, "They sued 20 makers and retailers including T", "") // a text cut off after the name's first letter
	wantFind(t, recallStores, "The cocaine was sold by Martinez during a controlled buy. I recall the shirts were sold at Target and Kmart stores. Sold at: Target.", "Target")
	// Each casing of the verb alone, as the expression's prefilter must
	// let it through.
	for _, one := range []string{"sold at: Target.", "Sold at: Target.", "SOLD AT: Target."} {
		wantFind(t, recallStores, one, "Target")
	}
}

// TestMadeInPlaces: a product's country after "made in" or "manufactured
// in" is a place, in capitals too, with the sentence's period left out; a
// word that is no place the lists know names none.
func TestMadeInPlaces(t *testing.T) {
	text := "Manufactured in: China\nEach has \"MADE IN CHINA\" printed on it. Manufactured in New Mexico and sold. Made in Vietnam.\n" +
		"It was made in Record Time by Acme. Repairs made in Washington County and payments made in New York City were billed."
	wantFind(t, madeInPlaces, text, "China|CHINA|New Mexico|Vietnam")
	// Each casing alone, as the expression's prefilter must let it through.
	for _, one := range []string{"MADE IN CHINA", "Made In China", "made in China", "MANUFACTURED IN CHINA", "Manufactured In China", "manufactured in China"} {
		wantFind(t, madeInPlaces, one+" is printed on it.", one[len(one)-5:])
	}
}
