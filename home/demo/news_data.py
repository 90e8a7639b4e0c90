"""Invented news items; body entries are ("h", heading), ("p", paragraph), ("q", quote, by) or ("img", key, caption)."""

# days: days before today; author: partner slug, or None for the coordination office.
NEWS = [
    {
        "slug": "netzwerk-startet-online-plattform",
        "title": "Netzwerk MitMenschen startet Online-Plattform",
        "days": 4, "author": None,
        "teaser": "Ab sofort finden Sie alle Angebote gegen Einsamkeit im Kreis Soest an einem Ort – mit Karte und "
                  "Filtern.",
        "body": [
            ("p", "Viele Angebote gegen Einsamkeit gibt es schon lange – doch wer sie sucht, musste bisher viele "
                  "Stellen fragen. Die neue Plattform bündelt Treffpunkte, Selbsthilfegruppen, Beratung und "
                  "Fachvorträge aus allen 14 Städten und Gemeinden."),
            ("h", "Suchen nach Lebenslage"),
            ("p", "Auf der Startseite führen Einstiege wie „Ich suche Kontakt“ oder „Ich kümmere mich um "
                  "Angehörige“ direkt zu passenden Angeboten. Filter helfen, Angebote in der Nähe, zu einer "
                  "bestimmten Zeit oder von zu Hause aus zu finden."),
            ("q", "Niemand soll lange suchen müssen, um wieder in Kontakt zu kommen.",
             "Koordinierungsstelle MitMenschen"),
        ],
        "tags": ["Netzwerk", "Plattform"],
        "image": "bunte-begegnung",
    },
    {
        "slug": "neue-walk-and-talk-gruppe-moehnesee",
        "title": "Neue Walk-and-Talk-Gruppe am Möhnesee",
        "days": 12, "author": "wanderverein-moehnesee",
        "teaser": "Jeden Mittwoch geht es gemütlich am Seeufer entlang – Gespräche ausdrücklich erwünscht.",
        "body": [
            ("p", "Der Heimat- und Wanderverein hat eine neue Gruppe gegründet, die es bewusst ruhig angehen "
                  "lässt. Schon beim ersten Treffen kamen zwölf Menschen, die meisten ohne Begleitung."),
            ("img", "wasser-und-weite", "Der Rundweg führt flach am Ufer entlang."),
            ("p", "Die Runde dauert etwa eineinhalb Stunden. Im Anschluss kehrt, wer mag, im Café am Seeufer ein."),
        ],
        "tags": ["Walk and Talk", "Bewegung"],
        "related_offers": ["walk-and-talk@moehnesee"],
    },
    {
        "slug": "rueckblick-trauer-braucht-zeit",
        "title": "Rückblick: Vortrag „Trauer braucht Zeit“ stieß auf große Resonanz",
        "days": 43, "author": "hospizverein-wickede",
        "teaser": "Rund 70 Gäste kamen ins Bürgerhaus Wickede, um über Trauer und Verlust zu sprechen.",
        "body": [
            ("p", "Mit so vielen Besucherinnen und Besuchern hatte der Hospizverein nicht gerechnet: Es mussten "
                  "zusätzliche Stühle geholt werden. Viele blieben nach dem Vortrag noch lange im Gespräch."),
            ("q", "Ich habe heute zum ersten Mal gehört, dass meine Trauer ganz normal ist.", "Eine Besucherin"),
            ("p", "Wer das Thema vertiefen möchte, ist im Trauercafé und beim Trauerspaziergang willkommen."),
        ],
        "tags": ["Trauer", "Rückblick"],
        "related_offers": ["trauercafe@wickede-ruhr", "trauerspaziergang@wickede-ruhr"],
        "related_events": ["trauer-braucht-zeit"],
        "image": "herbstlaub",
    },
    {
        "slug": "telefonkette-ruethen-sucht-verstaerkung",
        "title": "Telefonkette Rüthen sucht Verstärkung",
        "days": 21, "author": "seniorenbeirat-ruethen",
        "teaser": "Die Telefonkette wächst: Für eine zweite Kette werden Menschen gesucht, die morgens gern "
                  "telefonieren.",
        "body": [
            ("p", "Seit gut einem Jahr klingelt in Rüthen jeden Morgen das Telefon. Inzwischen ist die Kette so "
                  "lang, dass eine zweite gegründet werden soll."),
            ("h", "So machen Sie mit"),
            ("p", "Sie brauchen nur ein Telefon und etwa zehn Minuten am Morgen. Der Seniorenbeirat erklärt alles "
                  "Weitere bei einem kurzen Anruf."),
        ],
        "tags": ["Telefonkette", "Ehrenamt"],
        "related_offers": ["telefonkette@ruethen"],
    },
    {
        "slug": "sprachcafe-soest-feiert-geburtstag",
        "title": "Sprachcafé Soest feiert einjähriges Bestehen",
        "days": 62, "author": "interkultureller-treffpunkt-soest",
        "teaser": "Aus einer kleinen Runde ist ein fester Treffpunkt geworden – mit Gästen aus über 20 Ländern.",
        "body": [
            ("p", "Zum Geburtstag gab es Gebäck aus vielen Küchen und eine Fotowand mit Erinnerungen. Einige "
                  "Gäste der ersten Stunde helfen inzwischen selbst als Gesprächspartner."),
            ("p", "Das Sprachcafé trifft sich weiterhin jede Woche; neue Gesichter sind immer willkommen."),
        ],
        "tags": ["Sprachcafé", "Integration"],
        "related_offers": ["sprachcafe@soest"],
    },
    {
        "slug": "neue-selbsthilfegruppe-depression-geseke",
        "title": "Neue Selbsthilfegruppe Depression in Geseke",
        "days": 33, "author": "selbsthilfe-kontaktstelle",
        "teaser": "In Geseke hat sich eine neue Gruppe für Menschen mit Depressionen gegründet. Es gibt noch freie "
                  "Plätze.",
        "body": [
            ("p", "Die Gruppe trifft sich alle zwei Wochen abends. Der Kontakt läuft über die Selbsthilfe-"
                  "Kontaktstelle, damit die Namen der Teilnehmenden geschützt bleiben."),
            ("h", "Wie finde ich die richtige Gruppe?"),
            ("p", "Die Kontaktstelle berät unverbindlich, welche Gruppe passen könnte – auch online oder per Telefon."),
        ],
        "tags": ["Selbsthilfe", "Depression"],
        "related_offers": ["shg-depression@geseke"],
    },
    {
        "slug": "digitalpaten-begleiten-ins-netz",
        "title": "Digitalpaten haben schon 300 Menschen ins Netz begleitet",
        "days": 95, "author": "digitalpaten-kreis-soest",
        "teaser": "Ehrenamtliche erklären Smartphone und Tablet – und bringen so Familien per Video zusammen.",
        "body": [
            ("p", "Ob Fotos von den Enkeln, Busfahrpläne oder der Videoanruf mit der Schwester: Die Digitalpaten "
                  "helfen bei allem, was am Anfang schwierig scheint."),
            ("q", "Jetzt sehe ich meine Enkelin jeden Sonntag – auch wenn sie in Hamburg wohnt.", "Ein Teilnehmer"),
        ],
        "tags": ["Digitales", "Ehrenamt"],
        "related_offers": ["digitalsprechstunde@soest", "digitalsprechstunde@werl"],
        "related_events": ["videotelefonie-mit-den-enkeln"],
    },
    {
        "slug": "aktionswoche-gemeinsam-aus-der-einsamkeit",
        "title": "Aktionswoche „Gemeinsam aus der Einsamkeit“: Das Programm steht",
        "days": 2, "author": None,
        "teaser": "Vorträge, offene Türen und Spaziergänge: Das Netzwerk lädt eine Woche lang zum Mitmachen ein.",
        "body": [
            ("p", "In der Aktionswoche öffnen viele Partner ihre Türen. Höhepunkte sind der Vortrag "
                  "„Wenn die Seele leidet“ und das offene Netzwerktreffen."),
            ("h", "Alle Termine im Überblick"),
            ("p", "Sämtliche Veranstaltungen finden Sie im Veranstaltungskalender. Die meisten sind kostenlos "
                  "und ohne Anmeldung."),
        ],
        "tags": ["Aktionswoche", "Netzwerk"],
        "related_events": ["wenn-die-seele-leidet", "offenes-netzwerktreffen", "einsamkeit-im-alter-erkennen"],
    },
    {
        "slug": "ehrenamtliche-fuer-sonntagscafe-gesucht",
        "title": "Ehrenamtliche für das Sonntagscafé gesucht",
        "days": 70, "author": "ev-kirchengemeinde-geseke",
        "teaser": "Wer backt gern, deckt gern Tische oder hört gern zu? Das Sonntagscafé braucht Unterstützung.",
        "body": [
            ("p", "Das Sonntagscafé ist so beliebt, dass das Team Verstärkung sucht. Schon ein Einsatz im "
                  "Vierteljahr hilft."),
            ("p", "Neue Ehrenamtliche werden eingearbeitet und sind über die Gemeinde versichert."),
        ],
        "tags": ["Ehrenamt", "Sonntagscafé"],
        "related_offers": ["sonntagscafe@geseke"],
        "image": "kaffeetafel",
    },
    {
        "slug": "gespraechskreise-neue-termine",
        "title": "Gesprächskreise für pflegende Angehörige: neue Termine",
        "days": 118, "author": "awo-lippstadt",
        "teaser": "Die Gesprächskreise treffen sich künftig am frühen Abend, damit auch Berufstätige teilnehmen "
                  "können.",
        "body": [
            ("p", "Viele pflegende Angehörige sind berufstätig. Deshalb beginnen die Treffen jetzt erst um "
                  "17:30 Uhr. Eine Betreuung für die Pflegebedürftigen kann vermittelt werden."),
        ],
        "tags": ["Pflege", "Angehörige"],
        "related_offers": ["angehoerige@lippstadt"],
    },
    {
        "slug": "in-kontakt-bleiben-im-winter",
        "title": "In Kontakt bleiben, wenn es draußen früh dunkel wird",
        "days": 150, "author": None,
        "teaser": "Fünf einfache Ideen gegen den Winterblues – und Angebote, die auch von zu Hause aus erreichbar "
                  "sind.",
        "body": [
            ("p", "In der dunklen Jahreszeit fällt es vielen schwer, das Haus zu verlassen. Schon kleine "
                  "Gewohnheiten helfen: ein fester Anruf pro Woche, ein Spaziergang am Mittag, ein Brief an "
                  "eine alte Bekannte."),
            ("h", "Angebote von zu Hause aus"),
            ("p", "Telefonketten, das Zuhörtelefon und Online-Gruppen sind auch bei Schnee und Glätte erreichbar."),
        ],
        "tags": ["Tipps", "Winter", "von zu Hause"],
        "related_offers": ["zuhoertelefon@soest", "telefonkette@welver", "online-shg-angst@lippstadt"],
        "image": "sonnige-huegel",
    },
    {
        "slug": "mittagstisch-welver-wieder-geoeffnet",
        "title": "Mittagstisch in Welver wieder geöffnet",
        "days": 175, "author": "drk-werl",
        "teaser": "Nach dem Umbau der Küche gibt es wieder jede Woche ein warmes Mittagessen in netter Runde.",
        "body": [
            ("p", "Die neue Küche ist barrierefrei, der Speiseraum hat eine Rampe bekommen. Zur Wiedereröffnung "
                  "gab es Grünkohl – und viele bekannte Gesichter."),
        ],
        "tags": ["Mittagstisch", "Welver"],
        "related_offers": ["mittagstisch@welver"],
    },
]
