package tagger

import (
	"os"
	"reflect"
	"strings"
	"sync"
	"testing"

	"github.com/morgue-archive/morgue/internal/article"
)

// body escapes plain paragraphs the way the parsers store them.
func body(paras ...string) string {
	out := make([]string, len(paras))
	for i, p := range paras {
		out[i] = article.EscapeMarkdown(p)
	}
	return strings.Join(out, "\n\n")
}

// seedArticle is the seed page as the parser gives it to the tagger.
func seedArticle(t testing.TB) article.Article {
	t.Helper()
	raw, err := os.ReadFile("../../seeds/000_c153485bfbf5b6b5.txt")
	if err != nil {
		t.Fatal(err)
	}
	var paras []string
	in := false
	for _, l := range strings.Split(string(raw), "\n") {
		l = strings.TrimSpace(l)
		if strings.HasPrefix(l, "Homeland Security Secretary Kristi Noem met Thursday") {
			in = true
		}
		if in && l != "" {
			paras = append(paras, l)
		}
		if strings.HasSuffix(l, "has not yet been confirmed by the Senate.") {
			break
		}
	}
	if len(paras) != 8 {
		t.Fatalf("seed body: got %d paragraphs, want 8", len(paras))
	}
	return article.Article{
		Title:   "Kristi Noem announces US-Colombia agreement for biometric data sharing and security cooperation",
		Dek:     "The secretary of homeland security held a meeting with top Colombian officials, including President Gustavo Petro.",
		Outlet:  "Voz.us",
		Authors: []string{"Emmanuel Alejandro Rondón"},
		Body:    body(paras...),
	}
}

func names(tags []article.Tag) []string {
	out := make([]string, len(tags))
	for i, t := range tags {
		out[i] = t.Name
	}
	return out
}

func has(tags []article.Tag, name string) bool {
	for _, t := range tags {
		if t.Name == name {
			return true
		}
	}
	return false
}

// checkTags asserts the properties every result has: at most ten tags,
// each with a non-empty slug equal to article.Slugify of its name, no two
// with the same slug.
func checkTags(t testing.TB, tags []article.Tag) {
	t.Helper()
	if len(tags) > maxTags {
		t.Errorf("%d tags, want at most %d: %q", len(tags), maxTags, names(tags))
	}
	seen := map[string]bool{}
	for _, tag := range tags {
		if tag.Slug == "" || tag.Slug != article.Slugify(tag.Name) {
			t.Errorf("tag %q has slug %q, want %q", tag.Name, tag.Slug, article.Slugify(tag.Name))
		}
		if seen[tag.Slug] {
			t.Errorf("slug %q twice in %q", tag.Slug, names(tags))
		}
		seen[tag.Slug] = true
		if strings.TrimSpace(tag.Name) != tag.Name || tag.Name == "" {
			t.Errorf("tag name %q is not trimmed", tag.Name)
		}
	}
}

// junkNames are never tags.
var junkNames = []string{
	"The", "Thursday", "Found", "RECOMMENDATION", "Recommendation", "Secretary", "President",
	"Colombian", "AFP", "In", "This", "We", "I", "X", "Contact", "Homeland Security Secretary Kristi Noem",
	"President Gustavo Petro", "Minister", "Emmanuel Alejandro Rondón", "Voz",
}

func TestSeed(t *testing.T) {
	a := seedArticle(t)
	tags := Tags(a)
	t.Logf("seed tags: %q", names(tags))
	checkTags(t, tags)
	if len(tags) < minTags {
		t.Errorf("%d tags, want at least %d", len(tags), minTags)
	}
	for _, want := range []string{"Kristi Noem", "Gustavo Petro", "Colombia"} {
		if !has(tags, want) {
			t.Errorf("missing %q in %q", want, names(tags))
		}
	}
	for _, bad := range junkNames {
		if has(tags, bad) {
			t.Errorf("junk tag %q in %q", bad, names(tags))
		}
	}
	// The subjects of the headline and dek lead.
	for _, tag := range tags[:3] {
		switch tag.Name {
		case "Kristi Noem", "Gustavo Petro", "Colombia", "United States", "biometric data", "biometric data sharing":
		default:
			t.Errorf("tag %q among the first three of %q", tag.Name, names(tags))
		}
	}
}

// The page furniture after the body ("Found a mistake?", a shouted
// "RECOMMENDATION", a Spanish teaser) changes nothing important.
func TestSeedWithFurniture(t *testing.T) {
	a := seedArticle(t)
	a.Body += "\n\n" + body(
		"Found a mistake? Contact us!",
		"RECOMMENDATION",
		"Invertir fondos públicos en un medio de comunicación privado es corrupción",
		"0 seconds of 1 minute, 26 secondsVolume 0%",
		"Press shift question mark to access a list of keyboard shortcuts",
	)
	a.Image = &article.Image{Caption: "Secretary Kristi Noem (R) and Colombian Foreign Minister Laura Sarabia", Credit: "AFP"}
	tags := Tags(a)
	checkTags(t, tags)
	for _, want := range []string{"Kristi Noem", "Gustavo Petro", "Colombia"} {
		if !has(tags, want) {
			t.Errorf("missing %q in %q", want, names(tags))
		}
	}
	for _, bad := range junkNames {
		if has(tags, bad) {
			t.Errorf("junk tag %q in %q", bad, names(tags))
		}
	}
}

func TestTags(t *testing.T) {
	for _, tc := range []struct {
		name    string
		a       article.Article
		want    []string // must be present
		notWant []string // must be absent
		min     int
	}{
		{
			name: "spanish",
			a: article.Article{
				Language: "es",
				Title:    "Petro y Noem firman en Bogotá un acuerdo sobre datos biométricos",
				Dek:      "La secretaria de Seguridad Nacional de Estados Unidos visitó Colombia por primera vez.",
				Body: body(
					"La secretaria de Seguridad Nacional de Estados Unidos, Kristi Noem, se reunió el jueves en Bogotá con el presidente de Colombia, Gustavo Petro, y con la canciller Laura Sarabia.",
					"Según un comunicado de la Cancillería, Noem y Sarabia firmaron una carta de intención para intercambiar datos biométricos de migrantes entre Colombia y Estados Unidos.",
					"«Este mecanismo ya permitió más de 1.700 deportaciones», dijo Petro en su cuenta de X. El mandatario colombiano agregó que la cooperación con Washington seguirá.",
					"Noem viajará después a El Salvador para reunirse con el presidente Nayib Bukele. En Bogotá, la visita fue recibida con protestas.",
				),
			},
			want:    []string{"Gustavo Petro", "Kristi Noem", "Colombia", "Bogotá"},
			notWant: []string{"La", "El", "Según", "Este", "En", "Jueves", "Presidente", "Secretaria"},
			min:     3,
		},
		{
			// Identifiers of program code are not names; a tag names the
			// tool, not its plural.
			name: "code",
			a: article.Article{
				Language: "en",
				Title:    "Why Larchwood rewrote its parser in Zig",
				Body: body(
					"The team behind Larchwood, a small note-taking app, spent the spring moving its Markdown parser from C to Zig. The old code called getLineStart on every character and kept a global named parseState that nobody dared to touch.",
					"In Zig, the parser is one file. The function getLineStart is gone, and parseState became a struct passed by reference, which made the tests far simpler to write.",
					"Larchwood now ships two command-line tools, and both Larchwood CLIs start in under ten milliseconds. Zig also made cross-compiling for the three platforms the app supports a single command.",
					"The developers say they would choose Zig again, though they miss some of the libraries C offers. The next step is to move the sync engine, which still calls parseState and getLineStart through a thin wrapper.",
				),
			},
			want:    []string{"Zig", "Larchwood"},
			notWant: []string{"getLineStart", "parseState", "Larchwood CLIs"},
			min:     2,
		},
		{
			// A dotted name is one name ("Asp.net Core"), not a fragment
			// ("Asp") and a sentence starting with "net".
			name: "dotted",
			a: article.Article{
				Language: "en",
				Title:    "Moving the Larchwood billing service to Asp.net Core",
				Body: body(
					"The billing service of Larchwood, a small note-taking app, ran on an old Node.js server that nobody wanted to touch. This spring the team moved it to Asp.net Core, and the rewrite took six weeks.",
					"Asp.net Core gave them one runtime for the web pages and the background jobs. The old Node.js code had two, and the queue between them lost invoices twice a year.",
					"The developers say the hardest part was the date handling, which Asp.net Core does differently. The tests, which they wrote first, caught most of the differences before the switch.",
					"Larchwood now answers billing requests in half the time, and the team plans to move the sync engine next, though it will stay on Node.js for another year.",
				),
			},
			want:    []string{"Asp.net Core"},
			notWant: []string{"Asp", "Node"},
			min:     1,
		},
		{
			// "Types of", "Form of" sort the subject; they are no part
			// of it.
			name: "sorting word",
			a: article.Article{
				Language: "en",
				Title:    "The Best Form of Exercise for Busy Gardeners",
				Body: body(
					"Gardeners who work long days often ask which form of exercise fits around the beds and the borders. The answer, say two physiotherapists we asked, is strength training done twice a week.",
					"Strength training keeps the back and the knees ready for digging, and it takes twenty minutes. Walking is good too, but it does little for the muscles a day of weeding tires.",
					"Both physiotherapists suggest starting with light weights and adding more each month. Exercise done before a day in the garden, they add, warms the body and spares the joints.",
					"Gardeners who tried the routine for a season said they felt stronger by the autumn, and that the heavy pots of the greenhouse no longer frightened them.",
				),
			},
			notWant: []string{"forms of exercise", "form of exercise", "Forms of Exercise"},
		},
		{
			// Russian has no stopword list here: a capitalised function
			// word ("За") is no part of a name, a surname in another case
			// counts for the full name, and lower-case words ("сборной")
			// are no topics.
			name: "russian",
			a: article.Article{
				Language: "ru",
				Title:    "За Лукашенко проголосовали 80 процентов избирателей",
				Body: body(
					"Центральная избирательная комиссия Белоруссии объявила предварительные итоги выборов. По её данным, Александр Лукашенко набрал 80 процентов голосов, а Светлана Тихановская — около десяти.",
					"За Тихановскую, по данным наблюдателей, на многих участках голосовало большинство. Сторонники оппозиции вышли на улицы Минска вечером в воскресенье, и милиция задержала сотни людей.",
					"Лукашенко заявил, что не допустит беспорядков. За последние дни в Минске были задержаны несколько журналистов. Тихановская потребовала пересчитать голоса и призвала Лукашенко к диалогу с обществом.",
					"Тренер сборной Белоруссии по футболу сказал, что сборной нужны новые игроки, а болельщики сборной ждут перемен.",
				),
			},
			want:    []string{"Александр Лукашенко", "Светлана Тихановская", "Белоруссия"},
			notWant: []string{"За Лукашенко", "За", "Лукашенко", "Тихановскую", "сборной", "Белоруссии"},
			min:     2,
		},
		{
			// A Russian name is filed in the nominative, whatever case the
			// text mostly uses; a plural or oblique word before a name at
			// the start of a sentence is no part of it, nor is a title.
			name: "russian cases",
			a: article.Article{
				Language: "ru",
				Title:    "В Казани открыли мост через Казанку",
				Body: body(
					"Вчера в Казани открыли новый мост через реку Казанку. Строительство заняло три года, сообщили в мэрии.",
					"Мэр Казани Ильсур Метшин назвал мост важным для всего города. По словам Метшина, мост соединит центр Казани с новыми районами, где живут многие жители.",
					"Жители Казани давно ждали открытия. «Теперь дорога до работы займет десять минут», — рассказала одна из жительниц.",
					"Власти обещают построить в Казани еще два моста. Казань готовится к соревнованиям, и власти спешат.",
				),
			},
			want:    []string{"Казань", "Ильсур Метшин"},
			notWant: []string{"Казани", "Жители Казани", "Мэр Казани Ильсур Метшин", "Казани Ильсур Метшин", "Мэр", "Власти"},
			min:     2,
		},
		{
			// A man named in full only in the genitive ("Рустама
			// Гарипова") is filed in the nominative when the text writes
			// his surname so ("Гарипов"); a region in "-ье" is not its
			// genitive "-ья"; a city written only as "Самаре" and
			// "Самары" is "Самара".
			name: "russian genitive name",
			a: article.Article{
				Language: "ru",
				Title:    "В Самаре открылся музей старых радиоприёмников",
				Body: body(
					"В Самаре в пятницу открылся музей старых радиоприёмников, первый такой в Поволжье. Основу собрания составила коллекция Олега Демидова, который чинил приёмники сорок лет.",
					"«Каждый приёмник здесь работает», — сказал Демидов на открытии. Он добавил, что посетители смогут сами настроить любой из них на городскую станцию.",
					"Мэрия Самары выделила музею помещение бывшего ателье. Демидов рассчитывает на школьников и туристов со всего Поволжья.",
				),
			},
			want:    []string{"Олег Демидов", "Поволжье", "Самара"},
			notWant: []string{"Олега Демидова", "Поволжья", "Демидов", "Самаре", "Самары"},
			min:     2,
		},
		{
			// Polish inflects names: "Polska", "Polsce", "Polski" are one.
			name: "polish",
			a: article.Article{
				Language: "pl",
				Title:    "Polska i Czechy podpisały umowę o kopalni Turów",
				Body: body(
					"Nie ma już sporu o kopalnię Turów. Premier Mateusz Morawiecki poinformował w czwartek, że Polska zapłaci Czechom 45 milionów euro, a Czechy wycofają skargę.",
					"W Polsce umowę przyjęto z ulgą. Mieszkańcy Bogatyni obawiali się, że kopalnia zostanie zamknięta. Nie wszyscy są jednak zadowoleni, bo część ekologów uważa, że się pospieszono.",
					"Według rządu umowa chroni interesy Polski i pozwala dalej wydobywać węgiel. W Polsce kopalnia daje pracę tysiącom ludzi, a Polska przekaże pierwsze pieniądze jeszcze w tym roku.",
				),
			},
			want:    []string{"Polska", "Czechy"},
			notWant: []string{"Polsce", "Polski", "się", "Nie", "umowę"},
			min:     2,
		},
		{
			// A first name that two people share is neither of them.
			name: "shared first name",
			a: article.Article{
				Language: "en",
				Title:    "Nadia and Nadia open a bakery in Port Elwin",
				Body: body(
					"Nadia Okafor and Nadia Brennan met at a cooking class ten years ago and married brothers a year apart. This week they opened a bakery on the harbour front in Port Elwin.",
					"Nadia Okafor bakes the bread, starting at four in the morning, while Nadia Brennan runs the shop and the books. Nadia, as the regulars already call whichever of them is behind the counter, greets everyone by name.",
					"The bakery sells rye loaves, cinnamon buns and a harbour cake made with local honey. Nadia Brennan says the first week sold out by noon every day.",
					"Port Elwin has not had a bakery since 2019. Nadia Okafor hopes to hire two apprentices next year, and Nadia says the town council has promised a grant for a second oven.",
				),
			},
			want:    []string{"Port Elwin", "Nadia Okafor", "Nadia Brennan"},
			notWant: []string{"Nadia"},
			min:     3,
		},
		{
			name: "german",
			a: article.Article{
				Language: "de",
				Title:    "Scholz empfängt Macron in Berlin",
				Body: body(
					"Bundeskanzler Olaf Scholz hat am Montag den französischen Präsidenten Emmanuel Macron in Berlin empfangen. Die beiden Politiker sprachen über die Lage in der Ukraine und über die Zukunft der Europäischen Union.",
					"Scholz sagte nach dem Treffen, Deutschland und Frankreich stünden fest an der Seite der Ukraine. Macron betonte, die Unterstützung für die Ukraine werde fortgesetzt.",
					"Am Abend besuchten Scholz und Macron gemeinsam eine Ausstellung in Berlin. Die Regierung will die Gespräche im Dezember fortsetzen, sagte ein Sprecher der Regierung.",
				),
			},
			want:    []string{"Olaf Scholz", "Emmanuel Macron", "Berlin", "Ukraine"},
			notWant: []string{"Die", "Montag", "Politiker", "Regierung", "Präsidenten", "Bundeskanzler", "Am", "Abend", "Sprecher", "Dezember", "Unterstützung"},
			min:     3,
		},
		{
			// German capitalises the formal "you" inside sentences: it is
			// never a name nor the start of one.
			name: "german formal you",
			a: article.Article{
				Language: "de",
				Title:    "Stadtwerke Lindau senken den Strompreis",
				Body: body(
					"Die Stadtwerke Lindau senken zum ersten Januar den Strompreis. Mit dem neuen Tarif können Sie Geld sparen, sagte Petra Wohlgemuth, die Geschäftsführerin, am Dienstag.",
					"Wer den Vertrag wechseln will, muss nichts tun: Die Stadtwerke schreiben Ihnen im Dezember. Ihrem Auto hilft der Tarif auch, denn Ladestrom wird ebenfalls billiger, sagte Wohlgemuth.",
					"Die Stadtwerke Lindau versorgen rund 25.000 Haushalte. Wohlgemuth sagte, Sie könnten die Preise online vergleichen, und Ihre Fragen beantworte die Hotline der Stadtwerke Lindau.",
				),
			},
			want:    []string{"Stadtwerke Lindau", "Petra Wohlgemuth"},
			notWant: []string{"Sie Geld", "Ihnen", "Ihrem Auto", "Sie", "Ihre Fragen"},
			min:     2,
		},
		{
			name: "accents",
			a: article.Article{
				Title: "Colombia's peace commissioner Otty Patiño resigns",
				Body: body(
					"Otty Patiño, the government's peace commissioner, resigned on Monday after two years of talks with armed groups in Cauca and Nariño.",
					"Patiño told reporters in Bogotá that the talks with the ELN had reached a dead end. President Gustavo Petro thanked Patiño for his work.",
					"The ELN said in a statement that it regretted the decision. Patiño will be replaced by Vera Grabe, a former member of the M-19 guerrilla, officials in Bogotá said.",
				),
			},
			want:    []string{"Otty Patiño", "Bogotá", "ELN"},
			notWant: []string{"Patiño", "Monday", "President", "The"},
			min:     3,
		},
		{
			name: "roles and surnames",
			a: article.Article{
				Title: "Senate confirms Jane Doe as ambassador to Kenya",
				Dek:   "The vote ends a months-long fight over the nomination.",
				Body: body(
					"The Senate on Tuesday confirmed Jane Doe, a former State Department official, as U.S. ambassador to Kenya.",
					"Sen. John Roe of Ohio, who led the opposition, said Doe lacked experience. Doe's supporters called the vote a victory.",
					"Secretary of State Mary Major praised the decision. \"Ambassador Doe will serve the United States well in Kenya,\" Major said.",
					"Mr. Roe said he would keep pressing the State Department on Kenyan policy.",
				),
			},
			want:    []string{"Jane Doe", "Kenya", "Senate", "John Roe", "Mary Major"},
			notWant: []string{"Doe", "Sen", "Sen. John Roe", "John Roe of Ohio", "Kenyan", "Secretary", "Mr. Roe", "Ambassador Doe", "Tuesday"},
			min:     3,
		},
		{
			name: "authors and outlet are not tags",
			a: article.Article{
				Title:   "Daily Planet reporter Lois Lane wins award for Metropolis coverage",
				Outlet:  "The Daily Planet",
				Authors: []string{"Clark Kent"},
				Body: body(
					"Lois Lane of the Daily Planet won the award for her coverage of Metropolis, Clark Kent writes.",
					"Lane thanked the Daily Planet and the people of Metropolis. Kent, who shared a desk with Lane, was not surprised.",
				),
			},
			want:    []string{"Lois Lane", "Metropolis"},
			notWant: []string{"Daily Planet", "Clark Kent", "Kent"},
			min:     2,
		},
		{
			// A page may put a product's name where the byline goes;
			// the product stays a subject. A person with a degree
			// after the name stays out.
			name: "a byline ending in capitals names a product, not a person",
			a: article.Article{
				Title:   "Nimbus CLI and Ana Ruiz's Harbor Kit compared",
				Authors: []string{"Nimbus CLI", "Ana Ruiz MD"},
				Body: body(
					"Nimbus CLI writes unit tests from the terminal. We ran Nimbus CLI on a small Harbor Kit project.",
					"Harbor Kit, which Ana Ruiz started, ships its own checker. Nimbus CLI found two bugs that Harbor Kit missed, Ruiz said.",
				),
			},
			want:    []string{"Nimbus CLI", "Harbor Kit"},
			notWant: []string{"Ana Ruiz", "Ruiz", "Ana Ruiz MD"},
			min:     2,
		},
		{
			name: "topic triple",
			a: article.Article{
				Title: "Cannabis use disorder is rising in states where the drug is legal",
				Body: body(
					"Cases of cannabis use disorder rose by a quarter in states that legalised cannabis, researchers at Columbia University found.",
					"The study followed 500,000 adults. Cannabis use disorder was most common among young men, the Columbia University team said.",
					"Doctors say cannabis use disorder is underdiagnosed, and many users of cannabis never seek help.",
				),
			},
			want:    []string{"cannabis use disorder", "Columbia University"},
			notWant: []string{"use disorder", "cannabis", "disorder"},
			min:     2,
		},
		{
			name: "topics",
			a: article.Article{
				Title: "City council approves new rules for electric scooters",
				Body: body(
					"The city council of Springfield voted 7-2 on Wednesday to cap the number of electric scooters that rental companies may place on the streets.",
					"Electric scooters have been popular with commuters, but residents have complained about scooters left on sidewalks.",
					"Under the new rules, each company may operate at most 500 electric scooters, and riders must park in marked areas.",
					"Mayor Ann Smith said Springfield would review the rules in a year.",
				),
			},
			want:    []string{"Springfield", "electric scooters", "Ann Smith"},
			notWant: []string{"Wednesday", "Mayor", "Under", "Electric", "council", "rules"},
			min:     3,
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tags := Tags(tc.a)
			t.Logf("tags: %q", names(tags))
			checkTags(t, tags)
			if len(tags) < tc.min {
				t.Errorf("%d tags, want at least %d", len(tags), tc.min)
			}
			checkNames(t, names(tags), tc.want, tc.notWant)
		})
	}
}

func TestAccentedSlug(t *testing.T) {
	tags := Tags(article.Article{
		Title: "Otty Patiño meets rebels",
		Body:  body("Otty Patiño met the rebels on Friday. Patiño said the talks would go on."),
	})
	for _, tag := range tags {
		if tag.Name == "Otty Patiño" {
			if tag.Slug != "otty-patino" {
				t.Errorf("slug %q, want otty-patino", tag.Slug)
			}
			return
		}
	}
	t.Errorf("no Otty Patiño in %q", names(tags))
}

// Very short texts get few tags or none, and never junk.
func TestShort(t *testing.T) {
	for _, a := range []article.Article{
		{},
		{Title: " "},
		{Title: "Hello"},
		{Title: "The"},
		{Title: "Thursday"},
		{Body: "\\*"},
		{Title: "Found a mistake? Contact us!"},
		{Title: "RECOMMENDATION"},
		{Title: "Obama visits Kenya"},
		{Image: &article.Image{}},
		{Body: "Mr."},
		{Body: "U.S."},
		{Title: "A B C D", Dek: "E. F.", Body: "G-H I-J-K \"L\" 'M' ... -- «»"},
	} {
		tags := Tags(a)
		checkTags(t, tags)
		if len(tags) > 2 {
			t.Errorf("%+v: %q, want at most 2 tags", a, names(tags))
		}
		for _, bad := range junkNames {
			if has(tags, bad) {
				t.Errorf("%+v: junk tag %q", a, bad)
			}
		}
	}
	// A capitalised first word may be a name or not ("Found a mistake?"):
	// alone, it is not taken.
	if tags := Tags(article.Article{Title: "Obama visits Kenya"}); !has(tags, "Kenya") {
		t.Errorf("Obama visits Kenya: %q", names(tags))
	}
}

// A text in capitals has no case to go by: only what it repeats is
// tagged, and shouting is not.
func TestAllCaps(t *testing.T) {
	a := article.Article{
		Title: "KRISTI NOEM MEETS GUSTAVO PETRO IN COLOMBIA",
		Body: body(
			"HOMELAND SECURITY SECRETARY KRISTI NOEM MET THURSDAY IN BOGOTA WITH PRESIDENT GUSTAVO PETRO.",
			"THE TWO DISCUSSED MIGRATION AND SECURITY. NOEM SAID COLOMBIA WAS A PARTNER.",
			"FOUND A MISTAKE? CONTACT US!",
			"RECOMMENDATION",
		),
	}
	tags := Tags(a)
	t.Logf("tags: %q", names(tags))
	checkTags(t, tags)
	if len(tags) > maxFallback {
		t.Errorf("%d tags, want at most %d", len(tags), maxFallback)
	}
	for _, want := range []string{"Kristi Noem", "Gustavo Petro", "Colombia"} {
		if !has(tags, want) {
			t.Errorf("missing %q in %q", want, names(tags))
		}
	}
	for _, tag := range tags {
		switch strings.ToLower(tag.Name) {
		case "the", "thursday", "found", "recommendation", "contact", "mistake", "secretary", "president":
			t.Errorf("junk tag %q", tag.Name)
		}
	}
	// Capitals inside a normal article are emphasis or acronyms.
	b := seedArticle(t)
	b.Body += "\n\n" + body("RECOMMENDATION", "The FBI and the DEA were not involved, the FBI said.")
	tags = Tags(b)
	if has(tags, "RECOMMENDATION") || has(tags, "Recommendation") {
		t.Errorf("shouting tagged: %q", names(tags))
	}
}

func TestTitleCaseHeadline(t *testing.T) {
	tags := Tags(article.Article{
		Title: "Noem Signs Biometric Data Deal With Colombia's Petro",
		Body: body(
			"Homeland Security Secretary Kristi Noem met Colombian President Gustavo Petro in Bogota on Thursday.",
			"The two governments agreed to share biometric data on migrants. Petro called the deal a step forward; Noem said biometric data would help fight crime.",
		),
	})
	t.Logf("tags: %q", names(tags))
	for _, want := range []string{"Kristi Noem", "Gustavo Petro", "Colombia", "biometric data"} {
		if !has(tags, want) {
			t.Errorf("missing %q in %q", want, names(tags))
		}
	}
	for _, bad := range []string{"Signs", "Deal", "Biometric Data", "Noem", "Petro", "Colombian"} {
		if has(tags, bad) {
			t.Errorf("junk %q in %q", bad, names(tags))
		}
	}
}

// A headline's "to" followed by a word the body writes in lower case
// starts a verb and its object, not a subject: "reduce stress" is what the
// students do, not what the story is filed under.
func TestVerbAfterTo(t *testing.T) {
	tags := Tags(article.Article{
		Title: "Students Use Breathing Apps to Reduce Stress Before Exams at Larchmont College",
		Body: body(
			"Students at Larchmont College who used a breathing app for four weeks said they felt calmer before exams, a study by the college's health service found.",
			"The app, called Stillwater, asks its users to breathe slowly for ten minutes a day. Many students said it helped them reduce stress, and most kept using it after the study ended.",
			"Researchers wanted to know whether a simple routine can reduce stress when exams are close. Those who used Stillwater every day slept better and said they worried less about their grades.",
			"The health service plans to offer Stillwater to every first-year student next autumn. Other colleges have asked for the results, and the team hopes to repeat the study with a larger group of students.",
			"Breathing exercises are not new, the researchers said, but an app reminds students to do them, and students who reduce stress early in the term tend to do better in their exams at the end of it.",
		),
	})
	t.Logf("tags: %q", names(tags))
	for _, want := range []string{"Larchmont College", "Stillwater"} {
		if !has(tags, want) {
			t.Errorf("missing %q in %q", want, names(tags))
		}
	}
	for _, bad := range []string{"reduce stress", "Reduce Stress", "reduce"} {
		if has(tags, bad) {
			t.Errorf("verb phrase %q in %q", bad, names(tags))
		}
	}
}

// A product's model number is part of its name: a review files the
// watch it tested as "Talvik Ridge 4", not as the fragment "Talvik Ridge".
// A number written once after a name is a step or a count, not a model.
func TestModelNumber(t *testing.T) {
	tags := Tags(article.Article{
		Title: "We Wore Six Trail Watches Through a Wet Winter",
		Body: body(
			"Our testers ran in the hills for twelve weeks with six trail watches, and the Talvik Ridge 4 lasted longest on a single charge.",
			"The Talvik Ridge 4 found a satellite fix in under ten seconds even in deep valleys, and its buttons worked with wet gloves. Week 3 was the hardest, with snow on every run.",
			"The Norrland Pace 970 has the brightest screen of the group. On Day 5 our tester dropped it on a rock and the glass did not crack, but the Norrland Pace 970 needs charging every four days.",
			"If you want one watch for long races, buy the Talvik Ridge 4. The Norrland Pace 970 is the better choice for short runs in the city, where its screen is easy to read in the sun.",
		),
	})
	wantTags(t, tags, []string{"Talvik Ridge 4", "Norrland Pace 970"}, []string{"Talvik Ridge", "Norrland Pace", "Week 3", "Day 5"})
}

// A headline that names a product with its model number keeps the
// number, and names that the headline runs together still come apart.
func TestModelNumberInHeadline(t *testing.T) {
	tags := Tags(article.Article{
		Title: "Cloudbox Arcade Iron Valley Saga 3 stutters at high frame rates",
		Body: body(
			"Players who bought Iron Valley Saga 3 on the Cloudbox Arcade streaming service say the game stutters when it runs at its highest frame rate.",
			"The Cloudbox Arcade Iron Valley Saga 3 port holds a steady rate only at the lower setting, testers at a hardware site found last week.",
			"On a television, Iron Valley Saga 3 runs at the lower rate by default, which most players will not notice. In a browser the higher rate is offered, and that is where the stutter shows.",
			"The makers of Cloudbox Arcade said an update would come before the end of the month.",
		),
	})
	wantTags(t, tags, []string{"Cloudbox Arcade", "Iron Valley Saga 3"}, []string{"Iron Valley Saga", "Cloudbox Arcade Iron Valley Saga 3"})
}

// wantTags reports every tag of want that tags lacks and every tag of
// bad that it has.
func wantTags(t *testing.T, tags []article.Tag, want, bad []string) {
	t.Helper()
	t.Logf("tags: %q", names(tags))
	for _, w := range want {
		if !has(tags, w) {
			t.Errorf("missing %q in %q", w, names(tags))
		}
	}
	for _, b := range bad {
		if has(tags, b) {
			t.Errorf("unwanted %q in %q", b, names(tags))
		}
	}
}

func TestDeterministic(t *testing.T) {
	a := seedArticle(t)
	first := Tags(a)
	for i := 0; i < 20; i++ {
		if got := Tags(a); !reflect.DeepEqual(got, first) {
			t.Fatalf("run %d: %q, first %q", i, names(got), names(first))
		}
	}
}

// Tags called from several goroutines at once, as the importer calls it,
// gives what it gives alone: the pooled scratch space is never shared.
func TestConcurrent(t *testing.T) {
	seed := seedArticle(t)
	arts := []article.Article{seed, benchArticle(t), {Title: "Obama visits Kenya"},
		{Title: "KRISTI NOEM MEETS GUSTAVO PETRO", Body: "RECOMMENDATION\n\nFOUND A MISTAKE? CONTACT US!"},
		{Language: "de", Title: "Scholz empfängt Macron", Body: "Bundeskanzler Olaf Scholz hat den Präsidenten Emmanuel Macron in Berlin empfangen."}}
	long := seed
	long.Body = strings.Repeat(seed.Body+"\n\n", maxPooledTokens/300)
	arts = append(arts, long)
	want := make([][]article.Tag, len(arts))
	for i, a := range arts {
		want[i] = Tags(a)
	}
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := 0; k < 20; k++ {
				i := (g + k) % len(arts)
				if got := Tags(arts[i]); !reflect.DeepEqual(got, want[i]) {
					t.Errorf("article %d: %q, alone %q", i, names(got), names(want[i]))
					return
				}
			}
		}()
	}
	wg.Wait()
}

func TestDropLinkTargets(t *testing.T) {
	for in, want := range map[string]string{
		"The [European Commission](https://ec.europa.eu/x.html) fined Google.": "The [European Commission] fined Google.",
		"![Logo](https://example.com/a.png) and [b](c)":                        "![Logo] and [b]",
		`\[sic\](not a link) [a] (b)`:                                          `\[sic\](not a link) [a] (b)`,
		"[open](https://example.com":                                           "[open](https://example.com",
	} {
		if got := dropLinkTargets(in); got != want {
			t.Errorf("dropLinkTargets(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestUnescape(t *testing.T) {
	for in, want := range map[string]string{
		`Found a mistake\? Contact us\!`: "Found a mistake? Contact us!",
		`PG\&E \*really\* \[sic\]`:       "PG&E *really* [sic]",
		`a\\b`:                           `a\b`,
		`trailing\`:                      `trailing\`,
	} {
		if got := unescape(in); got != want {
			t.Errorf("unescape(%q) = %q, want %q", in, got, want)
		}
	}
}

// shortcutInputs are words and names for the tests of the ASCII
// shortcuts below.
var shortcutInputs = []string{"U.S.", "Otty Patiño", "PG&E", "O'Brien", "O’Brien", "St. Louis", "Kristi  Noem",
	"-A-", "", "1,700", "AT&T Inc.", strings.Repeat("Long Name ", 12), strings.Repeat("x", 81), "Bogotá-based",
	"US-Colombia", "anti‐Trump", "a--b", "-", "İstanbul", "ǅemal", "STRASSE", "Straße", "ÉTÉ", "K", "\xff\xfeAB",
	"Mr.", "e.Go", "DEAR ABBY", "rockin'", "Ünïcödé", "ʻŌlelo", "C++", "C#", "F# and C++", "Disney+", "a+b", "C#x", "AB#",
	"C+++", "#1", "+"}

func TestKeyOf(t *testing.T) {
	for _, s := range shortcutInputs {
		if got, want := keyOf(s), article.Slugify(strings.ReplaceAll(s, ".", "")); got != want {
			t.Errorf("keyOf(%q) = %q, want %q", s, got, want)
		}
	}
}

// Folding Latin text rune by rune gives what article.FoldASCII gives:
// every rune below latinEnd, alone and next to every other.
func TestLatinFold(t *testing.T) {
	var runes []rune
	for r := range rune(latinEnd) {
		runes = append(runes, r)
	}
	for _, a := range runes {
		if got, want := foldASCII(string(a)), article.FoldASCII(string(a)); got != want {
			t.Fatalf("foldASCII(%q) = %q, want %q", a, got, want)
		}
		for _, b := range runes {
			s := string([]rune{a, b})
			if got, want := foldASCII(s), article.FoldASCII(s); got != want {
				t.Fatalf("foldASCII(%q) = %q, want %q", s, got, want)
			}
		}
	}
}

// lexicon is what the lists say of each word, as a map.
func lexicon() map[string]lex {
	m := map[string]lex{}
	eachLex(func(w string, x lex) { m[w] |= x })
	return m
}

// The hash table of the word lists answers as the map does.
func TestLexTable(t *testing.T) {
	words := []string{"", "x", "zzzzzz", "the", "The", "presidents", "bundesinnenministerin"}
	lists := lexicon()
	for w := range lists {
		words = append(words, w, w+"s", strings.ToUpper(w))
	}
	for _, w := range words {
		if got, want := lexTable.get(w), lists[w]; got != want {
			t.Errorf("lexTable.get(%q) = %b, want %b", w, got, want)
		}
	}
}

// A wordTable keeps what a map keeps, across growth and resets.
func TestWordTable(t *testing.T) {
	var m wordTable
	for round := 0; round < 3; round++ {
		want := map[string]uint32{}
		for i := 0; i < 1000*(round+1); i++ {
			w := strings.Repeat("ab", i%5) + string(rune('a'+i%26)) + string(rune('a'+i/26%26))
			if i%7 == 0 {
				w = ""
			}
			*m.at(w) += uint32(i%3 + 1)
			want[w] += uint32(i%3 + 1)
		}
		if m.n != len(want) {
			t.Errorf("round %d: %d words, want %d", round, m.n, len(want))
		}
		for w, v := range want {
			if got := m.get(w); got != v {
				t.Errorf("round %d: get(%q) = %d, want %d", round, w, got, v)
			}
			if got := m.getBytes([]byte(w)); got != v {
				t.Errorf("round %d: getBytes(%q) = %d, want %d", round, w, got, v)
			}
		}
		if got := m.get("absent"); got != 0 {
			t.Errorf("round %d: get(absent) = %d", round, got)
		}
		m.reset()
		if got := m.get("a"); got != 0 || m.n != 0 {
			t.Errorf("round %d: after reset get(a) = %d, %d words", round, got, m.n)
		}
	}
}

// The shortcuts for ASCII text give what the general functions give.
func TestASCIIShortcuts(t *testing.T) {
	for _, s := range shortcutInputs {
		if got, want := slugOf(s), article.Slugify(s); got != want {
			t.Errorf("slugOf(%q) = %q, want %q", s, got, want)
		}
		if got, want := lowerOf(s, lowerASCII(s)), strings.ToLower(s); got != want {
			t.Errorf("lowerOf(%q) = %q, want %q", s, got, want)
		}
		if got, want := isUpper(s), strings.ToUpper(s) == s; got != want {
			t.Errorf("isUpper(%q) = %v, want %v", s, got, want)
		}
		if got, want := hyphenParts(nil, s), strings.FieldsFunc(s, isHyphen); !reflect.DeepEqual(got, want) && len(got)+len(want) > 0 {
			t.Errorf("hyphenParts(%q) = %q, want %q", s, got, want)
		}
		if got, want := lettersOnly(s), lettersOnlyUnicode(s); got != want {
			t.Errorf("lettersOnly(%q) = %v, want %v", s, got, want)
		}
		for _, w := range strings.Fields(s) {
			if got, want := shapeOf(w), shapeOfUnicode(w); got != want {
				t.Errorf("shapeOf(%q) = %v, want %v", w, got, want)
			}
		}
	}
}

// The examples of the package doc hold.
func TestDocExamples(t *testing.T) {
	for _, tc := range []struct {
		text    string
		want    []string
		notWant []string
	}{
		{"BRUSSELS (AP) — European Commission President Ursula von der Leyen met Google CEO Sundar Pichai on Monday. Von der Leyen said Google must follow the rules. Google said Pichai agreed.",
			[]string{"Ursula von der Leyen", "Google", "Sundar Pichai"}, []string{"BRUSSELS", "AP", "Monday", "Von"}},
		{"The U.S. Federal Reserve held rates on Wednesday. The Fed said inflation was easing, and Federal Reserve officials in the U.S. agreed.",
			[]string{"Federal Reserve", "United States"}, []string{"Fed", "U.S. Federal Reserve", "Wednesday"}},
		{"The European Space Agency (ESA) will launch the probe. ESA said the launch was set, and the European Space Agency confirmed it.",
			[]string{"European Space Agency"}, []string{"ESA"}},
		{"Shoppers lined up for Black Friday. Black Friday sales at Walmart rose, Walmart said on Friday.",
			[]string{"Black Friday", "Walmart"}, []string{"Friday", "Black"}},
		{"Former prime minister Theresa May spoke in May. Theresa May said the vote in London was close, and London agreed.",
			[]string{"Theresa May", "London"}, []string{"May", "Theresa"}},
		{"Prince Andrew gave an interview to the BBC. The BBC said Prince Andrew had agreed, and Andrew declined to comment.",
			[]string{"Prince Andrew", "BBC"}, []string{"Andrew", "Prince"}},
		{"The Davis Cup Finals began in Madrid. The Davis Cup Finals drew crowds, and the Davis Cup captains in Madrid were happy.",
			[]string{"Davis Cup Finals", "Madrid"}, []string{"Davis Cup"}},
		{"Colombian officials met in Bogotá. Colombian police and Colombians in Bogotá welcomed the deal.",
			[]string{"Bogotá"}, []string{"Colombian", "Colombians"}},
		{"Noem's Colombia trip ended. Kristi Noem said Colombia was a partner, Noem added.",
			[]string{"Kristi Noem", "Colombia"}, []string{"Noem Colombia", "Noem"}},
	} {
		tags := Tags(article.Article{Body: body(tc.text)})
		checkTags(t, tags)
		for _, w := range tc.want {
			if !has(tags, w) {
				t.Errorf("%.40q…: missing %q in %q", tc.text, w, names(tags))
			}
		}
		for _, w := range tc.notWant {
			if has(tags, w) {
				t.Errorf("%.40q…: unwanted %q in %q", tc.text, w, names(tags))
			}
		}
	}
}

// A command line writes a program's name as the package is spelt
// ("npm install -g @ferrow/cli"), which says nothing of how the story
// writes "CLI": the tools keep their whole names.
func TestNameWrittenInACommand(t *testing.T) {
	tags := Tags(article.Article{
		Title: "Two command-line coding assistants, tested side by side",
		Body: body(
			"I gave Ferrow CLI and Plinth CLI the same task: build a small note-taking app from an empty folder, with tests, in under ten minutes.",
			"To install Ferrow CLI, run the following command:",
			"npm install -g @ferrow/cli",
			"Ferrow CLI asked two questions about the folder layout before it wrote any code. The app it built ran on the first try, and every test passed.",
			"To install Plinth CLI, run:",
			"npm install -g @plinth-labs/cli",
			"Plinth CLI went straight to work. Its app looked better, but two of its tests failed until I pointed Plinth CLI at the error message.",
			"On speed, Plinth CLI finished in four minutes and Ferrow CLI in six. On the code itself, Ferrow CLI wrote shorter functions with clearer names.",
			"Verdict: Ferrow CLI for careful work, Plinth CLI when time matters more than polish.",
		),
	})
	wantTags(t, tags, []string{"Ferrow CLI", "Plinth CLI"}, []string{"Ferrow", "Plinth"})
}

// The word that ends every name of a round-up is the kind of thing they
// are, not a subject beside them: a comparison of "Ferrow CLI", "Plinth
// CLI" and "Quarrel CLI" is filed under the three, not under "CLI".
func TestRoundUpClassWord(t *testing.T) {
	tags := Tags(article.Article{
		Title: "I tested three AI CLI tools on one small app",
		Body: body(
			"Every CLI tool in this test got the same prompt: build a note-taking app from an empty folder, with tests, in under ten minutes.",
			"Ferrow CLI",
			"Ferrow CLI asked two questions about the folder layout before it wrote any code. The app Ferrow CLI built ran on the first try.",
			"Plinth CLI",
			"Plinth CLI is one of the CLI tools with a paid plan. Its app looked better, but two tests failed until I pointed Plinth CLI at the error.",
			"Quarrel CLI",
			"Quarrel CLI was the slowest CLI of the three, but Quarrel CLI wrote the shortest functions and the clearest names.",
			"On speed, Plinth CLI finished in four minutes, Ferrow CLI in six and Quarrel CLI in nine. Each CLI wrote working code.",
			"Verdict: Ferrow CLI for careful work, Plinth CLI when time matters, Quarrel CLI when the code will be read again.",
		),
	})
	wantTags(t, tags, []string{"Ferrow CLI", "Plinth CLI", "Quarrel CLI"}, []string{"CLI"})
}

// A field's label that opens a line under every product of a round-up
// ("Battery Life: 9 hours") and is never capitalised inside a sentence
// is page furniture, not a subject; the products are.
func TestFieldLabel(t *testing.T) {
	tags := Tags(article.Article{
		Title: "The best trail headlamps of the year",
		Body: body(
			"We wore eleven headlamps on night runs through the winter and kept the four that lit the trail best. The Corvane Lumo 4 was the brightest of them, and the Tessel Arc the lightest.",
			"Corvane Lumo 4",
			"Battery Life: 9 hours",
			"Burn Time: 40 hours",
			"The Corvane Lumo 4 throws a wide, even beam, and its tilt holds on rough ground. We ran with the Corvane Lumo 4 for six weeks without a fault.",
			"Tessel Arc",
			"Battery Life: 6 hours",
			"Burn Time: 22 hours",
			"The Tessel Arc weighs less than a phone, and its strap never slipped. The Tessel Arc dims itself when the battery runs low, which we liked on long runs.",
			"Marrow Beam",
			"Battery Life: 12 hours",
			"Burn Time: 60 hours",
			"The Marrow Beam lasts longest, but its button is hard to find with gloves on. Runners who go out for hours will still like the Marrow Beam.",
			"Sallow Ridge",
			"Battery Life: 8 hours",
			"Burn Time: 35 hours",
			"The Sallow Ridge has a red light for camp and a lock for the bag. The Sallow Ridge is the one to pack for a week away.",
			"Burn Time: We ran each lamp on its lowest setting until it went out, three times, and took the median.",
		),
	})
	wantTags(t, tags, []string{"Corvane Lumo 4", "Tessel Arc"}, []string{"Battery Life", "Burn Time"})
}

// A table's cell opens like a sentence: "Blooms on new wood" in a cell
// is no more a name than at the start of a sentence, where the body
// writes "blooms" in lower case.
func TestTableCellStartsSentence(t *testing.T) {
	tags := Tags(article.Article{
		Title: "Pruning Roses: A Group-by-Group Guide to Abundant Blooms All Summer",
		Body: body(
			"Pruning roses at the wrong time costs a year of blooms. Climbing roses, shrub roses and ramblers each want a different cut, and the difference is where the blooms grow.",
			"| Group | Habit | When to prune |",
			"| Ramblers | Blooms on old wood, once a year | Right after the blooms fade |",
			"| Climbers | Blooms on old and new wood | Late winter, lightly |",
			"| Shrub roses | Blooms on new wood all summer | Late winter, hard |",
			"Ramblers give one flush of blooms in early summer. Cut them back after the blooms fade, and the new canes will carry next year's blooms.",
			"Climbers repeat their blooms. A light cut in late winter keeps the frame and the old wood that gives the first blooms.",
			"Shrub roses bloom only on this year's growth, so a hard cut in late winter gives more blooms, not fewer.",
			"Whatever the group, take out dead and crossing canes first, and feed the roses after pruning for more blooms later.",
		),
	})
	wantTags(t, tags, nil, []string{"Blooms"})
}

// A round-up that names five products or more at length is filed under
// their kind, which its headline names: the kind takes the fifth place,
// the weakest product's.
func TestRoundUpKind(t *testing.T) {
	var paras []string
	paras = append(paras, "We cooked on nine stoves over a summer of trips and kept the six that boiled water fastest in wind. Every one of them packs into a pot.")
	for _, p := range []struct{ name, line string }{
		{"Brannock Flint", "boiled a litre in three minutes and never flickered in a gale"},
		{"Corvane Ember", "is the lightest here, though its pot stand wobbles on rock"},
		{"Tessel Hob", "simmers better than any other, which matters for real meals"},
		{"Marrow Glow", "runs on any canister and lit first time at dawn frost"},
		{"Sallow Pike", "has a piezo igniter that worked on every try of the trip"},
		{"Quillon Bolt", "costs the least and did everything we asked of it"},
	} {
		paras = append(paras, p.name,
			"The "+p.name+" "+p.line+". We took the "+p.name+" on two trips, and the "+p.name+" earned its place.")
	}
	paras = append(paras, "Stoves differ less than their prices do. Pick one of these camping stoves by weight first, then by how it handles wind.")
	tags := Tags(article.Article{Title: "The best camping stoves of the year", Language: "en", Body: body(paras...)})
	if len(tags) != maxScored {
		t.Fatalf("got %d tags %q, want %d", len(tags), tagNames(tags), maxScored)
	}
	wantTags(t, tags, []string{"camping stoves"}, nil)
}

// A common word of the headline is tagged as the phrase it heads there
// when the phrase is a likely subject too: "smart kettles", not the bare
// "kettles".
func TestHeadWordPhrase(t *testing.T) {
	a := article.Article{
		Title:    "The Best Electric Kettles",
		Language: "en",
		Body: body(
			"A kettle that heats water to the right degree for green tea, keeps it warm for an hour and starts from your phone sounds like a small thing. After a month with six electric kettles, we think it is.",
			"Every kettle here holds at least a litre. We boiled each kettle forty times, timed it, and measured how far the water drifted from the temperature we set.",
			"The fastest kettle boiled a litre in under four minutes; the slowest took six. A kettle that holds its heat matters more than one that boils fast, if you drink tea all morning.",
			"Kettles differ most in their apps. The best app let us schedule the kettle for seven every morning; the worst lost the kettle whenever the router restarted.",
			"Voice control worked on four of the six. Asking for water at eighty degrees is easier than pressing a button on the kettle three times.",
			"Which kettle to buy depends on how you drink tea. For one cup at a time, a small kettle with a keep-warm mode is enough; for a family, take the largest.",
			"None of these is cheap, but the kettle we liked best costs less than a good teapot, and it will not forget the water on the stove.",
		),
	}
	tags := Tags(a)
	wantTags(t, tags, []string{"electric kettles"}, []string{"kettle", "kettles"})
}

// A plural in "-es" after a hiss is the same subject as its singular:
// "presses" meets "press", "businesses" meets "business", where dropping
// the "s" alone made words no text writes. "-xes" and "-ches" after a
// vowel keep the plain rule ("caches" is "cache").
func TestHissPlural(t *testing.T) {
	for in, want := range map[string]string{
		"presses": "press", "businesses": "business", "watches": "watch", "dishes": "dish",
		"branches": "branch", "churches": "church", "coaches": "coach", "speeches": "speech",
		"caches": "cache", "niches": "niche", "astronauts": "astronaut", "press": "press",
		"stories": "story", "campus": "campus",
	} {
		if got := singular(in); got != want {
			t.Errorf("singular(%q) = %q, want %q", in, got, want)
		}
	}
}

// A headline's plain adjective and the plural noun after it name a class
// of things the page may be about ("small businesses"), as the body's
// phrases do; the adjective alone or a noun that goes on is no phrase.
func TestAdjectivePluralHeadline(t *testing.T) {
	a := article.Article{
		Title:    "Bookkeeping Tips for Small Businesses",
		Language: "en",
		Body: body(
			"Most small businesses keep their books in a spreadsheet for the first year, and most of them regret it by the second. A shop with two staff and a van does not need an accountant every week, but it does need a habit.",
			"Set aside an hour every Friday. Match every receipt to a line in the bank statement, and write down what each payment was for while you still remember it.",
			"Keep the business account apart from your own. Small businesses that pay the rent and the groceries from one card spend days every spring untangling them.",
			"Send invoices the day the work is done. Late invoices are the commonest reason small businesses run short of cash, more than slow customers.",
			"When the receipts fill a shoebox, it is time for software. Any of the common packages will do; what matters is that you open it every week.",
		),
	}
	tags := Tags(a)
	wantTags(t, tags, []string{"small businesses"}, []string{"small", "business", "businesses"})
}

// A word a Title Case headline capitalises and the body writes in lower
// case ("Inference" of "Cheaper Embedding Inference", "inference" below
// it) is the common noun the page is about: it needs a phrase's bar, not
// the higher bar of a single capitalised name. A word the headline writes
// in lower case too ("a tinybox Green v2") keeps the name's bar, as do one
// the body capitalises half the time and a headline run of that one word.
func TestHeadlineWordWrittenLower(t *testing.T) {
	word := func(capHead bool, lower float64) *subj {
		s := &subj{key: "inference", words: 1, c: &cand{key: "inference", n: 4}, title: true, capHead: capHead, part: true, n: 4, lower: 20}
		s.x[ftOneWord], s.x[ftName], s.x[ftTitle], s.x[ftPart], s.x[ftLower] = 1, 1, 1, 1, lower
		return s
	}
	if got := word(true, 0.87).threshold(); got != scoreThreshold {
		t.Errorf("capitalised headline word written in lower case: threshold %.2f, want %.2f", got, scoreThreshold)
	}
	if got := word(false, 0.87).threshold(); got <= scoreThreshold {
		t.Errorf("headline word written in lower case in the headline too: threshold %.2f, want above %.2f", got, scoreThreshold)
	}
	if got := word(true, 0.5).threshold(); got <= scoreThreshold {
		t.Errorf("capitalised headline word the body capitalises half the time: threshold %.2f, want above %.2f", got, scoreThreshold)
	}
	alone := word(true, 0.87)
	alone.chunk, alone.x[ftChunk], alone.x[ftPart] = true, 1, 0
	if got := alone.threshold(); got <= scoreThreshold {
		t.Errorf("a headline run of one word (\"Their Own Bed\"): threshold %.2f, want above %.2f", got, scoreThreshold)
	}
}

// lowerASCII changes the ASCII capitals and no other byte, wherever the
// bytes sit among the eight read at once: every byte value, at every
// offset, between capitals and the bytes of other runes.
func TestLowerASCIIEveryByte(t *testing.T) {
	for c := range 256 {
		for pad := range 9 {
			s := "A" + strings.Repeat("Z\xc3", pad) + string([]byte{byte(c)}) + strings.Repeat("@[\xda", 5)
			want := []byte(s)
			for i, b := range want {
				if 'A' <= b && b <= 'Z' {
					want[i] = b + 'a' - 'A'
				}
			}
			if got := lowerASCII(s); got != string(want) {
				t.Fatalf("lowerASCII(%q) = %q, want %q", s, got, want)
			}
		}
	}
}

// A Title Case headline that is a work's whole title, which the body cites
// word for word inside a sentence, is one subject: the work, not the piece
// of it the name rules find ("Practical Account"). What the title says the
// work is of ("tea"), which the body writes on its own, stays a subject
// beside it.
func TestWorkTitleHeadline(t *testing.T) {
	a := article.Article{
		Title:    "A Practical Account of the Growing and Brewing of Tea (1824)",
		Language: "en",
		Body: body(
			"Margaret Holloway, A Practical Account of the Growing and Brewing of Tea, 2nd ed. (Bristol: T. Hale, 1824).",
			"Why did tea become the drink of every English kitchen within two generations? Margaret Holloway, a schoolmistress and amateur botanist, offers her answer in the second edition of her Practical Account of the Growing and Brewing of Tea, a small book sold by subscription. She begins with the leaf itself, which she had never seen growing, and with the merchants who told her how it was picked.",
			"Holloway is sure that tea is good for the nerves when taken weak and bad for them when taken strong. She warns that a kettle boiled twice makes a flat tea, and that a pot left to stand turns bitter within the hour.",
			"Much of the book is advice to servants. Holloway gives the weight of tea for a pot of six cups, the heat of the water and the time to wait, and she scolds the households that buy cheap tea mixed with dried hawthorn leaves.",
			"Her claims about health did not last, but her rules for the pot are still printed on the packets of loose tea sold today. Holloway died in 1839, and the book was reprinted twice after her death.",
		),
	}
	wantTags(t, Tags(a), []string{"Practical Account of the Growing and Brewing of Tea", "tea"}, []string{"Practical Account"})
}

// "C++" and "C#" are names whole: the signs after the letter are part of
// the word, so a page about the language is tagged with it, not with a
// lone "C" that no phrase may start or end with. (Their slugs spell the
// signs: "c-plus-plus", "c-sharp".)
func TestSignedLanguageName(t *testing.T) {
	for _, lang := range []string{"C++", "C#"} {
		r := strings.NewReplacer("LANG", lang)
		a := article.Article{
			Title:    r.Replace("Why We Moved Our Game Engine Back to LANG"),
			Language: "en",
			Body: body(
				r.Replace("Two years ago our studio rewrote the physics core of its engine in a garbage-collected language. This spring we moved it back to LANG, and the frame times tell the story."),
				r.Replace("The first problem was pauses. Every few seconds the collector stopped the world for a few milliseconds, and at 120 frames per second that is a dropped frame players notice. In LANG we decide when memory is freed, and the pauses are gone."),
				r.Replace("The second problem was layout. Our rigid bodies live in flat arrays, and LANG lets us lay them out exactly as the cache wants them. The rewrite boxed every vector, and the profiler showed the cost on every step of the solver."),
				r.Replace("None of this means LANG is easy. Templates still produce error messages nobody can read, and the team reviews any code that touches raw pointers."),
				r.Replace("We also kept what the detour taught us. The new LANG code is smaller than the old one, with fewer layers between the solver and the data."),
				r.Replace("For tools and the editor, a managed language is a fine choice. For the hot loop of a physics engine that must finish in eight milliseconds, LANG remains the language we trust."),
			),
		}
		wantTags(t, Tags(a), []string{lang}, []string{"C"})
	}
	for in, want := range map[string]string{"C++ code": "C++", "C# code": "C#", "F#.": "F#", "Notepad++ and": "Notepad++", "a+b": "a", "C#x": "C", "c++ ": "c"} {
		end, _ := scanWord(in, 0)
		if got := in[:end]; got != want {
			t.Errorf("scanWord(%q) = %q, want %q", in, got, want)
		}
	}
}

// A title word inside an institution's name ("Judge" of "Harwick Judge
// Business School", named after a judge) is part of the name: the school
// is tagged whole, not as "Business School" with "Harwick" left over.
func TestTitleWordInsideInstitution(t *testing.T) {
	a := article.Article{
		Title:    "Harwick Judge Business School opens a second campus in Lisbon",
		Language: "en",
		Body: body(
			"Harwick Judge Business School will open a second campus in Lisbon next autumn, its dean said on Tuesday, with places for four hundred students in its first year.",
			"The school has taught executives in Harwick for forty years. The new campus, in a former tobacco warehouse near the river, will offer its master's course in finance and a shorter programme for managers of family firms.",
			"Applications from southern Europe have doubled in five years, the dean said, and many students could not afford a year abroad. Teaching will be in English, with the same staff flying out for each term.",
			"Harwick Judge Business School is the third British school to open a campus on the continent since 2020. Its rivals chose Madrid and Berlin; Lisbon, the dean said, offered lower rents and a growing start-up scene.",
			"Students at the Harwick campus will be able to spend a term in Lisbon, and the other way round. The first cohort has already been chosen, and classes begin in October.",
		),
	}
	tags := Tags(a)
	wantTags(t, tags, []string{"Harwick Judge Business School"}, []string{"Business School"})
}

// An adjective of nationality that opens a longer name ("American
// Livery Mutual", the insurer that writes the page) is a word of that
// name: the page, which names the United States once in passing, is not
// about the country.
func TestDemonymInsideNameIsNoMention(t *testing.T) {
	a := article.Article{
		Title:    "For Hire Livery Cover",
		Language: "en",
		Outlet:   "American Livery Mutual",
		Body: body(
			"American Livery Mutual covers a wide variety of drivers. At American Livery Mutual, we understand that accidents happen.",
			"You should consider American Livery Mutual if you drive for a living. American Livery Mutual offers livery insurance.",
			"Livery insurance protects drivers who carry passengers for hire. The average American drives less than a livery driver, so livery insurance costs more.",
			"A livery driver spends long hours on the road, often at night, and carries strangers in the back seat. Each of those facts raises the chance of a claim, and an insurer prices the policy to match.",
			"Collision cover pays for the car after a crash, and medical cover pays for the passengers and the driver. Most livery drivers need both, and many also want cover for the time the car is off the road.",
			"Ride sharing drivers are a newer kind of livery driver. They drive their own cars, and their personal policy rarely covers them while a passenger is on board.",
			"Livery insurance is required in most states. Our company operates across the United States, and livery insurance rules differ in each state.",
		),
	}
	checkNames(t, tagNames(Tags(a)), nil, []string{"United States"})
}

// An acronym clipped from the starts of a name's words, some of more
// than one letter ("OKC" of "Oklahoma City"), is that name written short:
// one tag, the fuller name.
func TestClippedAcronymIsTheName(t *testing.T) {
	a := article.Article{
		Title:    "The Best Bakeries in OKC, Ranked",
		Language: "en",
		Body: body(
			"We spent a month eating our way through Okeda City, and these are the bakeries we would go back to.",
			"Okeda City has grown fast, and its bakeries have grown with it. OKC now has more bakeries per person than any city in the region.",
			"Start downtown, where the oldest bakery in Okeda City still bakes rye bread in a brick oven. The line forms before seven.",
			"In the north of OKC, a young couple sells croissants from a window. They sell out by ten most days, so come early.",
			"The east side of Okeda City is home to two bakeries that make flatbread the way the owners' grandmothers did.",
			"If you have one morning in OKC, walk from the market to the river and stop at every bakery on the way. Okeda City rewards the walk.",
		),
	}
	checkNames(t, tagNames(Tags(a)), []string{"Okeda City"}, []string{"OKC"})
}

// A name whose words one spelling clips ("Web App" of "web application")
// is tagged once.
func TestClippedWordsAreOneTag(t *testing.T) {
	if !clippedWords(" web app ", " web application ") || !clippedWords(" pro tips ", " professional tips ") {
		t.Error("clipped spellings not matched")
	}
	if clippedWords(" web app ", " web app ") || clippedWords(" tiny home ", " tiny house ") || clippedWords(" app ", " application ") || clippedWords(" ai model ", " air model ") {
		t.Error("other names matched")
	}
}

// A country the headline does not name, that the body gives only as the
// setting ("Americans", "U.S. renters"), is no subject of the page.
func TestCountryOnlyAsSettingIsNoTag(t *testing.T) {
	a := article.Article{
		Title:    "Five Forecasts for the Rental Market Next Year",
		Language: "en",
		Body: body(
			"Rents will rise more slowly next year, as thousands of new flats open in the suburbs. U.S. renters will have more choice than at any time in a decade.",
			"Many Americans who hoped to buy a first home will rent for longer. Higher mortgage rates keep them out of the market, and landlords know it.",
			"We expect the median U.S. rent to rise 2% over the year, below the pace of wages for the first time since the rental boom began.",
			"Forecast two: landlords will offer more deals. A free month, a lower deposit or a parking space are the most common ones, and they will spread to smaller buildings.",
			"Forecast three: more Americans will share a flat. Young workers in expensive cities already do, and the share of adults living with roommates is rising.",
			"Forecast four: the suburbs will gain renters. Families that want space and cannot buy will move out of city centres, where rents are highest.",
			"Forecast five: rental market data will improve, as more landlords publish their rents and vacancies every month.",
		),
	}
	checkNames(t, tagNames(Tags(a)), nil, []string{"United States"})
}
