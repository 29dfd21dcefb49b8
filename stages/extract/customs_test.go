package extract

import "testing"

// TestCustomsRulings: a Customs ruling's number is a case in a ruling's
// page or a text citing one, its index's range is none, and a text that
// speaks of no ruling or tariff has none (a post office box's "NY 10016").
func TestCustomsRulings(t *testing.T) {
	text := "faqs.org > Rulings By Number > 1998 NY Rulings > NY D81364 - NY D81415 > NY D81377\nNY D81377\nCATEGORY: CLASSIFICATION\n" +
		"HQ 089136 revoked NY N170259 and N.Y. 962249. New York, NY 10016."
	wantFind(t, customsRulings, text, "NY D81377|NY D81377|HQ 089136|NY N170259|N.Y. 962249")
	wantFind(t, customsRulings, "Send it to HQ 123456 at New York, NY 100160.", "")
}
