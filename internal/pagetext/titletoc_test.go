package pagetext

import (
	"strings"
	"testing"
)

// A guide with a table of contents under its headline: the entries are
// the subheadings, printed again above their sections. The short
// headline on the first line heads the page, not an entry.
func TestHeadlineOverTableOfContents(t *testing.T) {
	page := strings.Split(strings.TrimSpace(tocGuide), "\n")
	wantHeadline(t, "Renter's guide to moving", page)
	// Other wordings of the label, with or without a colon and in any
	// capitals, head the same table.
	for _, label := range []string{"Table of contents", "In this article:", "ON THIS PAGE"} {
		relabelled := append([]string{}, page...)
		relabelled[2] = label
		wantHeadline(t, "Renter's guide to moving", relabelled)
	}
}

// tocGuide is a made-up renters' guide with a table of contents.
const tocGuide = `
Renter's guide to moving
Home + Renters Advice
IN THIS ARTICLE
Before you sign the lease
Packing the first boxes
After you move in
Further reading
SHARE THIS
PRINT
Moving to a new flat takes more planning than most people expect. The lease, the deposit and the move itself each come with their own small traps, and a little preparation saves money at each step.
Before you sign the lease
Read every clause of the lease before you sign, and ask the landlord to explain any fee you do not understand. Photograph each room on the day you view it.
Check who pays for repairs to the boiler and the windows, and whether the deposit is held in a protected scheme.
Packing the first boxes
Start with the rooms you use least: the loft, the spare room and the bookshelves. Label each box with its room and a short list of what is inside.
Keep a bag of what you need on the first night apart from the rest, with the kettle, a towel and the chargers.
After you move in
Read the meters on the first day and send the figures to the suppliers. Register with a doctor and tell the council you have moved.
Further reading
Our other guides cover deposits, insurance for renters and how to settle a dispute with a landlord.
`
