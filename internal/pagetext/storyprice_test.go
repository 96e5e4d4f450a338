package pagetext

import "testing"

// A reference page with a feedback form of short lines at its top, then
// the writer's box, then a story of long paragraphs: the short lines of the
// form are not the story's paragraphs, so they do not make the writer's
// box cheap to cross, and the form stays out of the body.
func TestShortFormAboveLongStoryStaysOut(t *testing.T) {
	story := []string{
		"Tea plants are thought to have first grown wild in the forested hills where the borders of several southern provinces now meet, though when people first brewed their leaves is not known and the old stories about it disagree with each other on almost every point.",
		"One of the best known of those stories tells of a ruler who was boiling water in his garden when a few leaves fell from a nearby bush into the pot, and who found the drink so pleasant that he ordered the bush to be planted across his lands for everyone to share.",
		"Whatever its true beginning, the drink travelled with traders and monks along the caravan roads, and by the eighth century it was sold in the markets of most large towns, pressed into bricks that were easy to carry and could even be used as money in the far west.",
		"Tea houses opened in the river ports during the following centuries and became places where merchants met, poets read their work aloud and news from distant provinces was passed on, so that rulers more than once tried to close them and always failed in the end.",
		"Sailors carried the leaves to the coast of the northern sea in the seventeenth century, and within fifty years the drink had become fashionable at court, where it was served with sugar and milk in small cups that the first buyers had to order from the far side of the world.",
	}
	form := []string{
		"Corrections? Updates? Omissions? Let us know if you have suggestions to improve this article (requires login).",
		"Feedback Type", "Select a type (Required)", "Your Feedback Submit Feedback", "Thank you for your feedback",
		"Our editors will review what you have sent in and decide whether to revise the article.",
	}
	page := []string{"history of tea", "Share", "to social media", "Facebook X", "URL", "Feedback", "External Websites", "Feedback"}
	page = append(page, form...)
	page = append(page, "Written by", "Marta Lindqvist",
		"Dr. Marta Lindqvist is a historian of trade who has written three books on the spice and tea routes.",
		"Marta Lindqvist", "Fact-checked by", "The Editors", "History",
		story[0], "Spread along the old roads", story[1], story[2], "The rise of the tea house", story[3], story[4],
		"Related Topics:", "tea", "Camellia", "tea ceremony", "green tea", "(Show more)", "See all related content")
	a, _ := mustParse(t, dump(page...))
	wantInBody(t, a.Body, story)
	wantLeftOut(t, a.Body, form)
}
