package pagetext

import (
	"strings"
	"testing"
)

// A review's short labels that end with a colon ("Pros:", "Cons:") stand
// inside the story over the points they announce: they stay in the body
// with those points. A "Read also:" label over a link to another story,
// which reads as furniture, stays out.
func TestAnnouncingLabelsStay(t *testing.T) {
	review := []string{
		"Repair Cafe Review: the Riverside Kettle Mender",
		"By Jane Doe",
		"March 27, 2025",
		"We took three broken kettles, a toaster that no longer toasts and a lamp with a frayed cord to the repair cafe that opened last month in the old library on Quay Street, and we came away with four working appliances.",
		"The volunteers who run the cafe are retired electricians and engineers, and they explain every step of a repair as they go, so that visitors leave knowing how to fix the same fault themselves the next time it happens.",
		"Pros:",
		"Free repairs for small appliances",
		"Friendly volunteers who explain their work",
		"Cons:",
		"Long queues on Saturday mornings",
		"No spare parts for older models",
		"The cafe opens every Saturday from ten until two, and the organisers say they hope to add a weekday evening once more volunteers have joined the rota over the summer months.",
		"Read also:",
		"Council shuts harbour bridge for a year of repairs",
		"Visitors are asked to bring one item each and to describe the fault before they arrive, which lets the volunteers who know that kind of appliance best take it on without a long wait.",
		"For most of the people in the queue the visit was about more than a kettle: many stayed for tea after their repair was done and talked with the volunteers about what to bring next week.",
	}
	p := parseWith([]byte(dump(review...)), trained())
	for _, want := range []string{"Pros:", "Cons:", "Free repairs for small appliances", "No spare parts for older models"} {
		if !strings.Contains(p.art.Body, want) {
			t.Errorf("the body lost %q:\n%s", want, p.art.Body)
		}
	}
	wantLeftOut(t, p.art.Body, []string{"Read also:"})
}
