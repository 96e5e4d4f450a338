// Package migrations holds the database schema as numbered SQL files,
// applied in order by the store. A file, once released, never changes: a
// new schema change is a new file.
package migrations

import "embed"

// FS holds NNNN_name.sql files.
//
//go:embed *.sql
var FS embed.FS
