package server

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// trustedMakers are the only functions of the whole module that turn a Go
// string into one of html/template's trusted types, which the templates
// insert without escaping. Each was reviewed for why nothing from an
// archive can reach the page unescaped through it; README's "Security"
// section gives the reasons and the tests. A new conversion fails
// TestTrustedHTMLIsReviewed until it is reviewed and added here.
var trustedMakers = map[string]string{
	"internal/server/article.go: (*Server).article":       "goldmark's output, raw HTML off (package markdown)",
	"internal/server/links.go: (*nameLinks).render":       "html/template's own output",
	"internal/server/links.go: (*nameLinks).link":         "template.HTMLEscapeString of the name",
	"internal/server/links.go: (*nameLinks).credit":       "joins html/template outputs with fixed words",
	"internal/server/links.go: (*nameLinks).tags":         "joins html/template outputs",
	"internal/server/templates.go: (*templates).fragment": "html/template's own output",
	"internal/server/templates.go: highlight":             "template.HTMLEscapeString, then our own <mark>",
	"internal/server/fragments.go: (*fragment).html":      "every text through fragment.text/path, fuzzed against html/template",
	"internal/server/jsonld.go: linkedData":               "json.Marshal, which escapes <, > and &",
}

// The trusted types of html/template: a value of one is inserted as it is.
var trustedTypes = []string{"HTML", "HTMLAttr", "JS", "JSStr", "CSS", "URL", "Srcset"}

func TestTrustedHTMLIsReviewed(t *testing.T) {
	root := filepath.Join("..", "..")
	found := map[string]bool{}
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (d.Name() == "testdata" || strings.HasPrefix(d.Name(), ".") && path != root) {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		rel, _ := filepath.Rel(root, path)
		for _, fn := range trustedConversions(t, path) {
			found[filepath.ToSlash(rel)+": "+fn] = true
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	for k := range found {
		if _, ok := trustedMakers[k]; !ok {
			t.Errorf("%s makes a trusted html/template value and was never reviewed: say in trustedMakers and README's Security section why nothing unescaped reaches the page", k)
		}
	}
	for k := range trustedMakers {
		if !found[k] {
			t.Errorf("%s is listed as making trusted HTML but does not (any more): take it off the list", k)
		}
	}
}

// trustedConversions names the functions of a file that convert a value to
// one of html/template's trusted types.
func trustedConversions(t *testing.T, path string) []string {
	t.Helper()
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, path, nil, parser.SkipObjectResolution)
	if err != nil {
		t.Fatal(err)
	}
	// Only html/template's types are trusted; text/template has none.
	pkg := ""
	for _, imp := range f.Imports {
		if imp.Path.Value == `"html/template"` {
			pkg = "template"
			if imp.Name != nil {
				pkg = imp.Name.Name
			}
		}
	}
	if pkg == "" {
		return nil
	}
	var names []string
	for _, decl := range f.Decls {
		fd, ok := decl.(*ast.FuncDecl)
		if !ok {
			continue
		}
		ast.Inspect(fd, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok || len(call.Args) != 1 {
				return true
			}
			sel, ok := call.Fun.(*ast.SelectorExpr)
			if !ok {
				return true
			}
			if x, ok := sel.X.(*ast.Ident); ok && x.Name == pkg && slices.Contains(trustedTypes, sel.Sel.Name) {
				names = append(names, funcName(fd))
			}
			return true
		})
	}
	return names
}

func funcName(fd *ast.FuncDecl) string {
	if fd.Recv == nil || len(fd.Recv.List) == 0 {
		return fd.Name.Name
	}
	recv := fd.Recv.List[0].Type
	star := ""
	if s, ok := recv.(*ast.StarExpr); ok {
		recv, star = s.X, "*"
	}
	if g, ok := recv.(*ast.IndexExpr); ok { // a generic receiver
		recv = g.X
	}
	id, _ := recv.(*ast.Ident)
	if id == nil {
		return fd.Name.Name
	}
	return "(" + star + id.Name + ")." + fd.Name.Name
}
