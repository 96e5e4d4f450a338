// Package pagetext turns the text a person gets by copying a news web page
// into an article.Article. Parsing is pure: bytes in, value out, and no
// rule knows any site.
//
// The text is split into lines, one per rendered block of the page, and
// the blank lines that part the blocks are kept as block numbers
// (blocks.go). A parse is then a listed sequence of passes, each reading
// what the passes before it left on the page and adding its own part. The
// list is passes in pipeline.go; Parse and the explain tool (Explain,
// `morgue parse --explain`) both run exactly it, in this order:
//
//  1. read: the page's language and stopword counts, and every line read
//     alone for what it could be: junk (buttons, teasers, player
//     controls), a dateline, a byline, a reading time, a picture caption.
//     What a line was read as (ann, its roles a typed set in roles.go) is
//     written by this pass alone; a later pass that decides otherwise
//     about a line keeps that in its own result (the rules' lists).
//  2. rules: jusText-style labels (length and stopword share), the main
//     run of prose as a maximum-sum stretch, the lists next to it, and the
//     hand-weighed headline and standfirst.
//  3. features: every line's feature vector, computed once and never
//     changed (features.go).
//  4. body: boosted trees in two stages pick the body lines from the
//     features and their neighbours' first-stage scores (model.go; the
//     weights in weights_gen.go are trained by `morgue train`).
//  5. title: a ranker picks the headline among the candidate lines
//     (titlefeatures.go), then the standfirst under it.
//  6. byline: the writers around the headline (header.go, byline.go,
//     byline_clean.go), and a box about them under the story, whose
//     lines leave the body.
//  7. header: the outlet and source URL, the date and the picture around
//     the headline (header.go, outlet.go, dates.go; the picture in
//     pagetext.go).
//  8. structure: which body lines are subheadings, list items, block
//     quotes and table rows, from their shapes and neighbours
//     (structure.go).
//  9. render: the body as Markdown, every line escaped so that only that
//     structure becomes markup (render.go), with its word count, reading
//     time and language.
//
// Every weight of the classifier and the ranker is in weights_gen.go,
// each tree node naming the feature it asks by the names in features.go
// and titlefeatures.go; the explain tool prints, for every line and
// headline candidate, what each named feature added to its score. The
// rules' own headline score, which the ranker reads as features, is a sum
// of hand-set weights named in one table (titleweights.go); the explain
// tool prints each candidate's terms too.
// `make train` retrains both on the even half of devset-wcxb and the
// devset; `morgue train --ranker-only` retrains the headline ranker alone,
// keeping the body's lines where they are, `--refiner-only` the line
// classifier's third stage alone, and `--keep-ranker` the classifier's
// three stages with the ranker kept. The odd half of devset-wcxb is
// held out (make eval prints both halves).
//
// The package's regular expressions are compiled on first use
// (sync.OnceValue), not when the program starts: compiling all of them
// took 10 ms and 1.3 MB of every morgue command's start-up, and a page
// uses only those its lines reach past the guards of guard.go.
package pagetext
