package extract

import "testing"

// TestBenefitPlans: an employee benefit plan is named by its sponsor and
// its kind, in title case or in capitals, with its sponsor or its
// beneficiaries after "of" or "for"; a determiner, a signal or a role
// before it is no part of it, a kind alone ("The Welfare Benefit Plan",
// "the Plan") names no plan, and a list's comma ends the sponsor's words.
func TestBenefitPlans(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"sponsor and kind", "Benefits were denied under the Sprint Nextel Welfare Benefit Plan and the UAW-Ford Life and Disability Plan.",
			"Sprint Nextel Welfare Benefit Plan|UAW-Ford Life and Disability Plan"},
		{"a sponsor's legal form and the employees' kind", "The Kroy Inc. Employee Stock Ownership Plan and the Edward D. Jones & Co. Employee Welfare Benefit Plan paid.",
			"Kroy Inc. Employee Stock Ownership Plan|Edward D. Jones & Co. Employee Welfare Benefit Plan"},
		{"capitals, and a list's comma", "UNICARE LIFE & HEALTH INSURANCE COMPANY, FORD NATIONAL RETIREMENT PLAN, Defendants.", "FORD NATIONAL RETIREMENT PLAN"},
		{"of and for", "Defendants are Group Benefit Plan of Moore Medical Corporation and the Oxford Pension Plan for United Residents.",
			"Group Benefit Plan of Moore Medical Corporation|Oxford Pension Plan for United Residents"},
		{"a kind alone", "The Welfare Benefit Plan pays; the Plan is an employee welfare benefit plan; Defendant Long Term Disability Plan.", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { wantFind(t, benefitPlans, tc.text, tc.want) })
	}
}
