package store

import "database/sql"

// conn is the database the Reader queries. The new query files (api.go,
// export.go) go through it rather than the field, because main's Reader
// now follows a replaced database file and defines conn itself: when the
// branches meet, delete this file and they use main's.
func (r *Reader) conn() *sql.DB { return r.db }
