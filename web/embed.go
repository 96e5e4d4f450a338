// Package web holds the site's templates and static assets, embedded in the
// binary so that one file is the whole server.
package web

import "embed"

// Templates are html/template files: layout.html holds the shared page
// frame, parts/ the pieces several pages share (facets, filters), every
// other file one page's "main" block.
//
//go:embed templates/*.html templates/parts/*.html
var Templates embed.FS

// Static files are served under /static/ with a content hash in the name.
//
//go:embed static
var Static embed.FS
