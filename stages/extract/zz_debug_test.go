package extract

import (
	"fmt"
	"os"
	"reflect"
	"runtime"
	"testing"
)

func TestZZDebug(t *testing.T) {
	txt := os.Getenv("ZZTEXT")
	if txt == "" {
		t.Skip()
	}
	for _, p := range patternMentions(txt) {
		fmt.Printf("pattern %s %q party=%v\n", p.typ, txt[p.start:p.end], p.party)
	}
	for _, f := range afterTagger {
		for _, p := range f(txt) {
			fmt.Printf("after %s %s %q\n", runtime.FuncForPC(reflect.ValueOf(f).Pointer()).Name(), p.typ, txt[p.start:p.end])
		}
	}
	for _, f := range caseFinders {
		for _, p := range f(txt) {
			fmt.Printf("case %s %s %q\n", runtime.FuncForPC(reflect.ValueOf(f).Pointer()).Name(), p.typ, txt[p.start:p.end])
		}
	}
	for _, f := range []func(string) []cand{signatories, personParties, companyNames, addressPlaces, streetAddresses} {
		for _, p := range f(txt) {
			fmt.Printf("pre %s %s %q\n", runtime.FuncForPC(reflect.ValueOf(f).Pointer()).Name(), p.typ, txt[p.start:p.end])
		}
	}
}
