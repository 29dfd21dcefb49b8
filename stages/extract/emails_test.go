package extract

import "testing"

// TestMailNames: a header's display names before their addresses are
// people, quoted or "Surname, Given", and so is the name of a line that
// quotes a message ("On … Ann Lee <…> wrote:"); Outlook's names without addresses
// count only in a header with its "Sent:" line. Lists, departments, names
// with digits or an organisation's word or a team's, a lone word and a name after
// "Jr." are not people; nor is a "To:" line outside a header.
func TestMailNames(t *testing.T) {
	text := "From: Jukka Zitting <jukka.zitting@gmail.com>\n" +
		"To: tika-dev@lucene.apache.org, \"Mary Ellen Jones\" <mj@acme.com>; Robert Smith <rs@acme.com>\n" +
		"Cc: Nicolas1 23456 <n@free.fr>, Acme Legal Department <legal@acme.com>, Support <s@acme.com>, Smith, Jr. <j@x.com>, Litigation Support <l@x.com>\n" +
		"Subject: MIME\n\n" +
		"-----Original Message-----\n" +
		"From: Smith, Robert [mailto:rsmith@acme.com]\n" +
		"Sent: Monday, March 2, 2020 9:14 AM\n" +
		"To: 'Jane Doe'; John Roe\n" +
		"Subject: RE: settlement\n\n" +
		"Please send it To: Carol Ames by Friday.\n\n" +
		"On Mon, Mar 2, 2020 at 9:14 AM Ann Lee <al@acme.com> wrote:\n> ok\nOn 3/2/20, 9:14 AM, \"Bo Chen\" <bc@acme.com>\nwrote:\n"
	wantFind(t, mailNames, text, "Ann Lee|Bo Chen|Jukka Zitting|Mary Ellen Jones|Robert Smith|Smith, Robert|Jane Doe|John Roe")
}

// TestClosingNames: the name alone under a closing signs the letter or
// the message, a given name alone too; a team, an office, a firm or a
// line that goes on is not a name.
func TestClosingNames(t *testing.T) {
	text := "Thanks,\nChetan\n\nBest regards,\n\nAnna Lindqvist\nSenior Counsel\n\nRegards,\nThe Team\n\n" +
		"Sincerely,\nLegal\n\nRespectfully submitted,\n\nBrannock & Vey LLP\n\nThanks,\nChetan will call you.\n\nVery truly yours,\n\n/s/ Leonard Szabo\n"
	wantFind(t, closingNames, text, "Chetan|Anna Lindqvist|Leonard Szabo")
}
