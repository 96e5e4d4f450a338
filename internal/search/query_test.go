package search_test

import (
	"errors"
	"reflect"
	"strings"
	"testing"

	"github.com/morgue-archive/morgue/internal/search"
)

func term(words ...string) search.Term { return search.Term{Words: words} }

func TestParse(t *testing.T) {
	prefix := search.Term{Words: []string{"migra"}, Prefix: true}
	title := search.Term{Words: []string{"noem"}, TitleOnly: true}
	for _, c := range []struct {
		in   string
		want search.Query
	}{
		{"noem colombia", search.Query{All: [][]search.Term{{term("noem")}, {term("colombia")}}}},
		{`"gustavo petro" visit`, search.Query{All: [][]search.Term{{term("gustavo", "petro")}, {term("visit")}}}},
		{`“curly quotes”`, search.Query{All: [][]search.Term{{term("curly", "quotes")}}}},
		{"noem -petro", search.Query{All: [][]search.Term{{term("noem")}}, Exclude: []search.Term{term("petro")}}},
		{`noem -"foreign minister"`, search.Query{All: [][]search.Term{{term("noem")}}, Exclude: []search.Term{term("foreign", "minister")}}},
		{"migra*", search.Query{All: [][]search.Term{{prefix}}}},
		{"noem OR petro sarabia", search.Query{All: [][]search.Term{{term("noem"), term("petro")}, {term("sarabia")}}}},
		{"title:noem", search.Query{All: [][]search.Term{{title}}}},
		{"U.S. don't", search.Query{All: [][]search.Term{{term("U", "S")}, {term("don", "t")}}}},
		{`"unclosed phrase`, search.Query{All: [][]search.Term{{term("unclosed", "phrase")}}}},
		{"AND NEAR( x", search.Query{All: [][]search.Term{{term("AND")}, {term("NEAR")}, {term("x")}}}},
		{"OR noem", search.Query{All: [][]search.Term{{term("noem")}}}},
		{"Rondón", search.Query{All: [][]search.Term{{term("Rondón")}}}},
		// Words of other scripts stay whole, vowel signs included.
		{"भारत चुनाव", search.Query{All: [][]search.Term{{term("भारत")}, {term("चुनाव")}}}},
		{"北京，经济", search.Query{All: [][]search.Term{{term("北京", "经济")}}}},
		{"Москва", search.Query{All: [][]search.Term{{term("Москва")}}}},
	} {
		got, err := search.Parse(c.in)
		if err != nil {
			t.Errorf("Parse(%q): %v", c.in, err)
			continue
		}
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("Parse(%q) = %+v, want %+v", c.in, got, c.want)
		}
	}
}

func TestParseErrors(t *testing.T) {
	for in, want := range map[string]error{
		"":                        search.ErrNoTerms,
		"   ":                     search.ErrNoTerms,
		`"`:                       search.ErrNoTerms,
		"()":                      search.ErrNoTerms,
		"*":                       search.ErrNoTerms,
		"-":                       search.ErrNoTerms,
		"😀🔥":                      search.ErrNoTerms,
		"title:":                  search.ErrNoTerms,
		"-noem":                   search.ErrOnlyMinus,
		strings.Repeat("x", 1001): search.ErrTooLong,
		strings.Repeat("ab ", 40): search.ErrTooMany,
	} {
		if _, err := search.Parse(in); !errors.Is(err, want) {
			t.Errorf("Parse(%.20q) error %v, want %v", in, err, want)
		}
	}
}
