package pagetext

import "testing"

// A site's domain opening its story as a dateline does.
func TestDomainDateline(t *testing.T) {
	page := func(first string) string {
		return "Rescuers reach villagers cut off by the flood\n\nMarch 12, 2024\n\n" + first +
			" rescuers reached the villages on Monday, three days after the river burst its banks and cut the only road.\n\n" +
			"The army sent two boats and a helicopter, and the first families were taken to the school in the town by the evening.\n\n" +
			"Officials said the road would stay closed for at least a week while engineers checked the bridge.\n"
	}
	wantOutlets(t, []outletCase{
		{"a domain and a dash", page("Valleynews.net - Army"), "Valleynews.net"},
		{"with www and an en dash", page("www.valley-times.com – Army"), "valley-times.com"},
		{"a domain in Spanish", "Los rescatistas llegan a los pueblos aislados por la riada\n\n12 de marzo de 2024\n\n" +
			"Noticiasdelvalle.es – Los rescatistas llegaron el lunes a los pueblos, tres días después de que el río se desbordara y cortara la única carretera.\n\n" +
			"El ejército envió dos barcas y un helicóptero, y las primeras familias fueron llevadas a la escuela del pueblo por la tarde.\n", "Noticiasdelvalle.es"},
		{"a shortener's domain", page("bit.ly - Army"), ""},
		{"a domain the sentence goes on from", page("Valleynews.net - and the army's"), ""},
		{"a file's name", page("config.yaml - Army"), ""},
	})
}
