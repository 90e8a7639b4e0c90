"""Invented texts for the home page, the directories, the plain pages and the network settings."""

HOME = {
    "title": "Startseite",
    "slug": "startseite",
    "intro_heading": "Gemeinsam statt einsam im Kreis Soest",
    "intro": "Hier finden Sie Treffpunkte, Gruppen, Beratung und Vorträge in Ihrer Nähe – von Menschen, die "
             "sich auf Sie freuen. Wählen Sie einfach aus, was zu Ihrer Lage passt.",
    "featured_heading": "Angebote entdecken",
    "search_description": "Angebote gegen Einsamkeit im Kreis Soest: Treffpunkte, Selbsthilfegruppen, Beratung "
                          "und Fachvorträge an einem Ort.",
}

# theme / target_group: slugs that preset the offer filter; page: slug of a page to link instead.
ENTRY_POINTS = [
    {"title": "Ich suche Kontakt", "text": "Cafés, Spaziergänge und Spielerunden, bei denen Sie neue Menschen treffen.",
     "theme": "begegnung"},
    {"title": "Ich bin neu hier", "text": "Zugezogen oder neu in Deutschland? Hier finden Sie schnell Anschluss.",
     "theme": "nachbarschaft", "target_group": "zugewanderte"},
    {"title": "Ich kümmere mich um Angehörige", "text": "Entlastung, Austausch und Beratung für pflegende Familien.",
     "theme": "pflege-angehoerige", "target_group": "angehoerige"},
    {"title": "Ich brauche Unterstützung in einer Krise",
     "text": "Vertrauliche Gespräche und Fachleute, wenn die Seele schwer ist.", "theme": "seelische-gesundheit"},
    {"title": "Ich habe einen Menschen verloren", "text": "Trauercafés und Begleitung in der Zeit nach einem Verlust.",
     "theme": "trauer", "target_group": "trauernde"},
    {"title": "Ich möchte mich engagieren",
     "text": "Zeit schenken, zuhören, mitmachen: So werden Sie Teil des Netzwerks.",
     "page": "ueber-das-netzwerk"},
]

# model: "app_label.ModelName"
INDEX_PAGES = [
    {"model": "offers.OfferIndexPage", "slug": "angebote", "title": "Angebote",
     "intro": "Alle Angebote des Netzwerks: Filtern Sie nach Ort, Thema, Wochentag oder danach, was Sie von "
              "zu Hause aus nutzen können."},
    {"model": "events.EventIndexPage", "slug": "veranstaltungen", "title": "Veranstaltungen",
     "intro": "Fachvorträge, Workshops und offene Treffen im Kreis Soest. Vergangene Termine finden Sie im Archiv."},
    {"model": "partners.PartnerIndexPage", "slug": "partner", "title": "Partner",
     "intro": "Wohlfahrtsverbände, Vereine, Kirchengemeinden, Initiativen und Fachstellen – "
              "gemeinsam gegen Einsamkeit."},
    {"model": "news.NewsIndexPage", "slug": "neuigkeiten", "title": "Neuigkeiten",
     "intro": "Was im Netzwerk passiert: neue Gruppen, Rückblicke und Hinweise der Partner."},
]

# body: ("h", heading) or ("p", paragraph HTML without the <p> tag)
STANDARD_PAGES = [
    {
        "slug": "ueber-das-netzwerk", "title": "Über das Netzwerk", "show_in_menus": True,
        "intro": "MitMenschen verbindet Organisationen, Initiativen und Engagierte, die etwas gegen Einsamkeit tun.",
        "body": [
            ("h", "Warum es das Netzwerk gibt"),
            ("p", "Im Kreis Soest gibt es viele Angebote, bei denen Menschen zusammenkommen. Oft wissen aber gerade "
                  "diejenigen nichts davon, die sie am meisten brauchen. Das Netzwerk macht Angebote sichtbar und "
                  "verbindet die Menschen, die sie gestalten."),
            ("h", "Wer mitmacht"),
            ("p", "Wohlfahrtsverbände, Kirchengemeinden, Vereine, Kliniken, die Selbsthilfe-Kontaktstelle und "
                  "Bürgerinitiativen. Koordiniert wird das Netzwerk von der Fachstelle für seelische Gesundheit."),
            ("h", "Mitmachen"),
            ("p", "Sie möchten ein Angebot eintragen oder sich ehrenamtlich engagieren? Schreiben Sie uns an "
                  "<a href=\"mailto:koordination@example.org\">koordination@example.org</a>."),
        ],
    },
    {
        "slug": "impressum", "title": "Impressum", "show_in_menus": False,
        "intro": "Angaben gemäß § 5 Digitale-Dienste-Gesetz. Dies ist eine Demonstrationsseite mit erfundenen Angaben.",
        "body": [
            ("h", "Anbieter"),
            ("p", "Koordinierungsstelle MitMenschen<br/>Fachstelle für seelische Gesundheit<br/>Am Hellwegtor 3<br/>"
                  "59494 Soest"),
            ("h", "Kontakt"),
            ("p", "Telefon: 02921 99 000 00<br/>E-Mail: koordination@example.org"),
            ("h", "Verantwortlich für den Inhalt"),
            ("p", "Die Koordinierungsstelle MitMenschen. Für die Angebote, Veranstaltungen und Neuigkeiten der "
                  "Partner sind die jeweiligen Organisationen verantwortlich."),
            ("h", "Hinweis"),
            ("p", "Alle Namen, Adressen und Telefonnummern auf dieser Demonstrationsseite sind erfunden."),
        ],
    },
    {
        "slug": "datenschutz", "title": "Datenschutz", "show_in_menus": False,
        "intro": "Wir gehen sorgsam mit Ihren Daten um. Hier erfahren Sie, welche Daten beim Besuch dieser Seite "
                 "anfallen.",
        "body": [
            ("h", "Verantwortliche Stelle"),
            ("p", "Verantwortlich ist die Koordinierungsstelle MitMenschen (Adresse siehe Impressum)."),
            ("h", "Beim Besuch der Website"),
            ("p", "Der Server speichert technisch notwendige Angaben wie Datum, Uhrzeit und die aufgerufene Seite "
                  "für höchstens sieben Tage. Wir setzen keine Werbe- oder Analyse-Cookies ein und binden keine "
                  "Inhalte fremder Anbieter ein."),
            ("h", "Kontaktaufnahme"),
            ("p", "Wenn Sie uns schreiben oder anrufen, verwenden wir Ihre Angaben nur, um Ihr Anliegen zu "
                  "bearbeiten. Sie werden nicht an Dritte weitergegeben."),
            ("h", "Ihre Rechte"),
            ("p", "Sie haben das Recht auf Auskunft, Berichtigung, Löschung und Einschränkung der Verarbeitung "
                  "sowie ein Beschwerderecht bei der zuständigen Datenschutzaufsichtsbehörde."),
        ],
    },
    {
        "slug": "barrierefreiheit", "title": "Erklärung zur Barrierefreiheit", "show_in_menus": False,
        "intro": "Wir möchten, dass alle Menschen diese Website gut nutzen können.",
        "body": [
            ("h", "Stand der Vereinbarkeit"),
            ("p", "Diese Website soll die Anforderungen der Barrierefreie-Informationstechnik-Verordnung "
                  "(BITV 2.0) und der WCAG 2.1 auf Stufe AA erfüllen. Sie ist teilweise barrierefrei."),
            ("h", "Nicht barrierefreie Inhalte"),
            ("p", "Einige ältere PDF-Dokumente der Partner sind noch nicht barrierefrei. Wir arbeiten daran, sie "
                  "zu ersetzen."),
            ("h", "Barrieren melden"),
            ("p", "Ist Ihnen eine Barriere aufgefallen? Schreiben Sie an "
                  "<a href=\"mailto:koordination@example.org\">koordination@example.org</a> oder rufen Sie an: "
                  "02921 99 000 00."),
            ("h", "Durchsetzungsverfahren"),
            ("p", "Wenn Sie auf Ihre Meldung keine zufriedenstellende Antwort erhalten, können Sie sich an die "
                  "zuständige Durchsetzungs- und Schlichtungsstelle des Landes wenden."),
            ("p", "Diese Erklärung wurde zuletzt bei der Einrichtung der Demonstrationsseite erstellt."),
        ],
    },
]

NETWORK_SETTINGS = {
    "network_name": "MitMenschen – Netzwerk für Gemeinschaft",
    "region": "Kreis Soest",
    "tagline": "Gemeinsam gegen Einsamkeit",
    "office_name": "Koordinierungsstelle MitMenschen, Fachstelle für seelische Gesundheit",
    "office_street": "Am Hellwegtor 3",
    "office_postcode": "59494",
    "office_town": "Soest",
    "office_phone": "02921 99 000 00",
    "office_email": "koordination@example.org",
    "office_hours": "Mo–Do 9–16 Uhr, Fr 9–12 Uhr",
}

FOOTER_LINKS = [("Impressum", "impressum"), ("Datenschutz", "datenschutz"), ("Barrierefreiheit", "barrierefreiheit")]

# key, title, alt text; drawn by images.py
IMAGES = [
    ("logo", "MitMenschen Logo (Demo)", "Logo von MitMenschen: zwei sich überschneidende Kreise in Blau und Orange"),
    ("sonnige-huegel", "Demo: Sonnige Hügel", "Sanfte grüne Hügel unter einer warmen gelben Sonne"),
    ("kaffeetafel", "Demo: Kaffeetafel", "Gedeckter Tisch von oben mit vier runden Tassen in Pastellfarben"),
    ("wasser-und-weite", "Demo: Wasser und Weite", "Ruhiger See mit flachem Ufer unter hellblauem Himmel"),
    ("gemeinsam-unterwegs", "Demo: Gemeinsam unterwegs", "Ein geschwungener Weg führt durch grüne Felder zum Horizont"),
    ("bunte-begegnung", "Demo: Bunte Begegnung",
     "Viele bunte Kreise, die sich überlappen, wie Menschen in einer Gruppe"),
    ("herbstlaub", "Demo: Herbstlaub", "Ovale Blätter in Orange, Rot und Gelb auf hellem Grund"),
]
