package relate

import (
	"regexp"
	"strings"

	"github.com/docpipe/docpipe/stages/extract"
)

const roleAlt = `plaintiffs?|defendants?|petitioners?|respondents?|appellants?|appellees?|movants?|intervenors?|debtors?|claimants?`

var (
	// designation is a party's role after its name in a caption:
	// "Calvary Chapel of Bangor, Plaintiff-Appellant".
	designation = regexp.MustCompile(`(?i)^,?\s*((?:` + roleAlt + `)(?:\s*[-–/]\s*(?:cross-)?(?:` + roleAlt + `))*)\b`)
	// counselForRole is a signature block's "Attorneys for Defendant-
	// Appellee".
	counselForRole = regexp.MustCompile(`(?i)\b(?:counsel|attorneys?|lawyers?)\s+for\s+(?:the\s+)?((?:` + roleAlt + `)(?:\s*[-–/]\s*(?:cross-)?(?:` + roleAlt + `))*)\b`)
	// before opens a panel line: "Before: A, B, and C, Circuit Judges."
	before = regexp.MustCompile(`\b(?:Before|BEFORE|Present|PRESENT):`)
	// judgeAfter is a judge's title after the name: ", Circuit Judge",
	// ", J.", ", Chief Judge".
	judgeAfter = regexp.MustCompile(`^,?\s*(?:(?:Chief|Senior|Presiding)\s+)?(?:(?:Circuit|District|Magistrate|Bankruptcy|United States District|U\.S\. District)\s+)?(?:Judges?|JUDGES?|Justices?)\b|^,\s*(?:C\.\s?J\.|J\.|JJ\.|P\.\s?J\.)`)
)

// roleKeys are the lookup keys of a role designation: the whole
// ("plaintiff-appellant") and each part ("plaintiff", "appellant"),
// singular.
func roleKeys(role string) []string {
	l := strings.ToLower(role)
	parts := strings.FieldsFunc(l, func(r rune) bool { return r == '-' || r == '–' || r == '/' || r == ' ' })
	for i, p := range parts {
		parts[i] = strings.TrimSuffix(p, "s")
	}
	keys := []string{strings.Join(parts, "-")}
	return append(keys, parts...)
}

// caseRoles adds the edges that tie entities to the document's own case
// (extract.OwnCase: its caption). Without a case name there is no own
// case and nothing is added.
func caseRoles(b *builder, ms []extract.Mention, idx *mentionIndex, text []rune) {
	i := extract.OwnCase(text, ms)
	if i < 0 {
		return
	}
	caption := ms[i]
	own := idx.entityOf[caption.ID]
	if own == "" {
		return
	}
	// PARTY_TO: the names in every occurrence of the caption.
	for _, c := range ms {
		if c.Type == extract.TypeCase && idx.entityOf[c.ID] == own && c.End <= len(text) {
			for _, p := range idx.within(c.Start, c.End, parties...) {
				b.add(PartyTo, idx.entityOf[p.ID], own, 1, c.ChunkID)
			}
		}
	}
	// PARTY_TO from designations, remembered by role for signature blocks.
	byRole := map[string][]string{}
	for _, p := range idx.ms {
		if !oneOf(p.Type, parties) || p.End >= len(text) {
			continue
		}
		m := designation.FindStringSubmatch(string(text[p.End:min(len(text), p.End+60)]))
		if m == nil {
			continue
		}
		e := idx.entityOf[p.ID]
		b.add(PartyTo, e, own, 1, p.ChunkID)
		for _, k := range roleKeys(m[1]) {
			if !contains(byRole[k], e) {
				byRole[k] = append(byRole[k], e)
			}
		}
	}
	s := string(text)
	toRune := runeOffsets(s)
	// REPRESENTS from signature blocks: the people and firms of the block
	// (back to a blank line, at most 400 characters) act for the parties
	// of the role named.
	for _, loc := range counselForRole.FindAllStringSubmatchIndex(s, -1) {
		var reps []string
		for _, k := range roleKeys(s[loc[2]:loc[3]]) {
			if len(byRole[k]) > 0 {
				reps = byRole[k]
				break
			}
		}
		if len(reps) == 0 {
			continue
		}
		end := toRune[loc[0]]
		start := max(0, end-400)
		if i := strings.LastIndex(string(text[start:end]), "\n\n"); i >= 0 {
			start += len([]rune(string(text[start:end])[:i]))
		}
		for _, a := range idx.within(start, end, extract.TypePerson, extract.TypeOrg) {
			for _, party := range reps {
				b.add(Represents, idx.entityOf[a.ID], party, 1, a.ChunkID)
			}
		}
	}
	// FILED_IN: the court the caption names, the first court of the
	// document when it comes before the caption's end or soon after.
	for _, c := range idx.ms {
		if c.Type == extract.TypeCourt {
			if c.Start < caption.End+1500 {
				b.add(FiledIn, own, idx.entityOf[c.ID], 1, c.ChunkID)
			}
			break
		}
	}
	// JUDGE_IN: the people of a "Before:" line (to the end of its
	// paragraph, at most 300 characters) and people titled as judges
	// right after their name.
	for _, loc := range before.FindAllStringIndex(s, -1) {
		start := toRune[loc[1]]
		end := min(len(text), start+300)
		if i := strings.Index(string(text[start:end]), "\n\n"); i >= 0 {
			end = start + len([]rune(string(text[start:end])[:i]))
		}
		for _, p := range idx.within(start, end, extract.TypePerson) {
			b.add(JudgeIn, idx.entityOf[p.ID], own, 1, p.ChunkID)
		}
	}
	for _, p := range idx.ms {
		if p.Type != extract.TypePerson || p.End >= len(text) {
			continue
		}
		if judgeAfter.MatchString(string(text[p.End:min(len(text), p.End+40)])) {
			b.add(JudgeIn, idx.entityOf[p.ID], own, 1, p.ChunkID)
		}
	}
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}
