package pagetext

import "testing"

// A page that prints its headline twice in its header (a heading and a
// print copy) keeps it over the longer line under it, a label in small
// letters that retells more of the story's words.
func TestHeadlinePrintedTwice(t *testing.T) {
	wantHeadline(t, "Ferry vs Bridge", []string{
		"Home",
		"Ferry vs Bridge",
		"Ferry vs Bridge",
		"harbour town ferry vs bridge crossing study",
		"Which Crossing Should the Town Build, and What Will It Cost?",
		"For forty years the town has argued about how to cross the bay. The ferry takes twenty minutes and runs every hour; a bridge would take four minutes and never stop.",
		"The study the council published on Monday compares the two crossings over fifty years, counting the cost of building, running and repairing each.",
		"A bridge costs more at the start, the study finds, but less to run: after thirty years the two cost about the same, and after fifty the bridge is cheaper.",
		"The ferry keeps the harbour open to tall ships, which a bridge would block unless it opened. An opening bridge costs a third more.",
		"The council will vote on the crossing in the spring.",
	})
}

// A box printed twice (a writer's card in the header and again in a side
// bar) repeats its lines together: its title line is no headline for
// being printed twice.
func TestCardPrintedTwiceNoHeadline(t *testing.T) {
	wantHeadline(t, "Why the harbour ferry runs late in winter", []string{
		"10/12/2025 | 3 minute read",
		"Why the harbour ferry runs late in winter",
		"Get in touch",
		"Marta Kowalczyk",
		"Head of Harbour Operations",
		"Get in touch",
		"Marta Kowalczyk",
		"Head of Harbour Operations",
		"Every winter passengers ask why the ferry is late. The answer is ice, wind and the tide, and sometimes all three at once.",
		"Ice forms first along the quay, where the water is still. The crew breaks it with the bow before the ferry can dock, which takes ten minutes on a cold morning.",
		"Wind is the second reason. Above a certain speed the ferry must slow down in the open water of the bay, and the crossing takes a third longer.",
		"The tide decides the rest: at low water the ferry must take the long channel around the sandbank.",
	})
}
