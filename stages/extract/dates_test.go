package extract

import "testing"

// TestDateTails: a day and month take the year after a spaced comma, and
// a range's last day and year ("September 16-17, 1989"); a number that is
// no year, a year after a full stop, and a range without its year are
// left out.
func TestDateTails(t *testing.T) {
	text := "dated as of November 19 , 2002 between; on March 3 , 450 units; on May 5. 2003 came; held September 16-17, 1989 and " +
		"August 12 – 16, 1985, not June 2-3 alone."
	cs := candsAt(text, TypeDate, "", "November 19", "March 3", "May 5", "September 16", "August 12", "June 2")
	wantMend(t, dateTails, text, cs, "November 19 , 2002|March 3|May 5|September 16-17, 1989|August 12 – 16, 1985|June 2")
}

// TestExtraDates: an abbreviated month without its period, a year right
// after the comma, the day first with hyphens or before an abbreviated
// month (a mail header's date), a stamp's month in capitals without the
// comma ("OCT 14 2021"), figures with hyphens and a day before a line
// break and its month are dates; a number alone on its line is no day, and figures
// after a docket's label or going on as a docket number are not, nor are
// a month's abbreviation and numbers that are no day and year.
func TestExtraDates(t *testing.T) {
	text := "Post on 27-Mar-2018\nOct 15, 2020\nINDEX NO. 153853/2019\n10-15-2020\nid. (Aug. 9,1996)\n" +
		"Date: Thu, 29 Jan 2009 20:16:40 +0100\non 3 Sept. 2019\nDate: OCT 14 2021\n" +
		"No. 10-15-2020 and 3-12-1995-CV; Mar 45, 2020; 13-15-2020; Dec 5, 1520; 12 May be; 32 Jan 2009; 5 Jan 1520\n" +
		"filed on 22\n    December 2014; a line's number:\n11\nMarch 2015 and No. 5\nJanuary 2016\n"
	wantFind(t, extraDates, text, "27-Mar-2018|Oct 15, 2020|10-15-2020|Aug. 9,1996|29 Jan 2009|3 Sept. 2019|OCT 14 2021|22\n    December 2014")
}

// TestWrappedScales: an amount takes its scale word from the next line or
// after a hyphen, not a word that is none.
func TestWrappedScales(t *testing.T) {
	text := "the fund held approximately $62.5\nbillion; it paid $40\nmillionaires nothing; a $37-million contract; $5-millionth."
	cs := candsAt(text, TypeMoney, "", "$62.5", "$40", "$37", "$5")
	wantMend(t, wrappedScales, text, cs, "$62.5\nbillion|$40|$37-million|$5")
}
