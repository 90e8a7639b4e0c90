"""Invented network members. Names of real organisation types are marked "(Demo)"; all contacts are fictional."""

ALL = "all"

# description: paragraphs; districts: town slugs served, or ALL for the whole county;
# offset: small shift from the town centre in degrees so pins do not overlap.
PARTNERS = [
    {
        "slug": "fachstelle-seelische-gesundheit",
        "title": "Fachstelle für seelische Gesundheit Kreis Soest (Demo)",
        "kind": "authority",
        "town": "soest",
        "street": "Am Hellwegtor 3",
        "summary": "Die Fachstelle des Kreises berät zu seelischer Gesundheit und koordiniert das Netzwerk "
                   "MitMenschen.",
        "description": [
            "Die Fachstelle für seelische Gesundheit ist Anlaufstelle für Bürgerinnen und Bürger, Angehörige und "
            "Fachleute. Sie informiert über Hilfen bei seelischen Krisen und vermittelt in passende Angebote.",
            "Gemeinsam mit vielen Partnern hat sie das Netzwerk „MitMenschen“ ins Leben gerufen, damit Angebote "
            "gegen Einsamkeit leichter zu finden sind.",
        ],
        "districts": ALL,
        "email": "fachstelle",
        "offset": (0.0021, -0.0013),
    },
    {
        "slug": "selbsthilfe-kontaktstelle",
        "title": "Selbsthilfe-Kontaktstelle im Kreis Soest (Demo)",
        "kind": "self_help",
        "town": "lippstadt",
        "street": "Kastanienallee 17",
        "summary": "Wir vermitteln Kontakte zu über 40 Selbsthilfegruppen und helfen bei der Gründung neuer Gruppen.",
        "description": [
            "Viele Selbsthilfegruppen im Kreis veröffentlichen keine eigenen Kontaktdaten, um ihre Mitglieder zu "
            "schützen. Wir stellen den ersten Kontakt her – vertraulich und kostenlos.",
            "Sie möchten eine neue Gruppe gründen? Wir helfen bei der Raumsuche, beim ersten Treffen und bei "
            "Fördermitteln. Gruppen können sich bei uns auch online oder per Telefonkonferenz treffen.",
        ],
        "districts": ALL,
        "email": "selbsthilfe",
        "offset": (-0.0018, 0.0024),
    },
    {
        "slug": "caritas-soest",
        "title": "Caritas Ortsverband Soest (Demo)",
        "kind": "welfare",
        "town": "soest",
        "street": "Rosengasse 9",
        "summary": "Beratung, Besuchsdienste und offene Treffs für ältere und alleinstehende Menschen in Soest und "
                   "Umgebung.",
        "description": [
            "Der Ortsverband bietet soziale Beratung, einen ehrenamtlichen Besuchsdienst und ein Zuhörtelefon an.",
            "Rund 60 Ehrenamtliche schenken anderen Menschen Zeit: beim Spaziergang, beim Vorlesen oder einfach "
            "bei einer Tasse Kaffee.",
        ],
        "districts": ["soest", "bad-sassendorf", "moehnesee", "welver", "lippetal"],
        "email": "caritas-soest",
        "offset": (-0.0025, 0.0031),
    },
    {
        "slug": "awo-lippstadt",
        "title": "AWO Ortsverein Lippstadt (Demo)",
        "kind": "welfare",
        "town": "lippstadt",
        "street": "Ulmenstraße 22",
        "summary": "Begegnungsstätte, Mittagstisch und Gesprächskreise für pflegende Angehörige in Lippstadt.",
        "description": [
            "In unserer Begegnungsstätte ist von Montag bis Freitag etwas los: Mittagstisch, Spielenachmittag, "
            "Gedächtnistraining und Gesprächskreise.",
            "Wir verstehen uns als offenes Haus für alle Generationen. Wer sich engagieren möchte, ist herzlich "
            "willkommen.",
        ],
        "districts": ["lippstadt", "erwitte", "geseke", "anroechte"],
        "email": "awo-lippstadt",
        "offset": (0.0031, -0.0022),
    },
    {
        "slug": "drk-werl",
        "title": "DRK Ortsverein Werl (Demo)",
        "kind": "welfare",
        "town": "werl",
        "street": "Schützenweg 4",
        "summary": "Mittagstisch, Sprachcafé und Besuchsdienst – das Rote Kreuz in Werl ist für alle da.",
        "description": [
            "Neben dem Sanitätsdienst engagieren sich viele Mitglieder in der sozialen Arbeit: beim offenen "
            "Mittagstisch, im Sprachcafé für Zugewanderte und im Besuchsdienst.",
        ],
        "districts": ["werl", "ense", "wickede-ruhr", "welver"],
        "email": "drk-werl",
        "offset": (0.0014, 0.0027),
    },
    {
        "slug": "diakonie-warstein",
        "title": "Diakonie Nachbarschaftsdienst Warstein (Demo)",
        "kind": "welfare",
        "town": "warstein",
        "street": "Am Kirchplatz 6",
        "summary": "Besuchsdienst, Beratung und Alltagshilfen für Menschen in Warstein, Rüthen und den Dörfern "
                   "ringsum.",
        "description": [
            "Unser Nachbarschaftsdienst bringt Menschen zusammen, die Hilfe suchen, und solche, die helfen möchten.",
            "Wir beraten außerdem zu Pflege, Wohnen im Alter und finanziellen Hilfen.",
        ],
        "districts": ["warstein", "ruethen", "anroechte"],
        "email": "diakonie-warstein",
        "offset": (-0.0012, -0.0029),
    },
    {
        "slug": "klinik-am-haarstrang",
        "title": "Klinik am Haarstrang – Ambulanz für seelische Gesundheit",
        "kind": "clinic",
        "town": "bad-sassendorf",
        "street": "Auf der Haar 30",
        "summary": "Fachklinik mit Ambulanz, offenen Sprechstunden und Vorträgen rund um Depression, Angst und Krisen.",
        "description": [
            "Die Ambulanz begleitet Menschen in seelischen Krisen, vor und nach einem Klinikaufenthalt.",
            "Unsere Fachleute halten regelmäßig Vorträge im Netzwerk MitMenschen, um über seelische Erkrankungen "
            "aufzuklären und Vorurteile abzubauen.",
        ],
        "districts": ALL,
        "email": "ambulanz",
        "offset": (0.0042, 0.0035),
    },
    {
        "slug": "ev-kirchengemeinde-geseke",
        "title": "Evangelische Kirchengemeinde Geseke (Demo)",
        "kind": "church",
        "town": "geseke",
        "street": "Lerchenstraße 12",
        "summary": "Sonntagscafé, Männerschuppen und Gesprächskreise im Gemeindehaus – offen für alle, nicht nur "
                   "Mitglieder.",
        "description": [
            "Unser Gemeindehaus soll ein Ort sein, an dem niemand allein bleiben muss. Dafür sorgen viele "
            "Ehrenamtliche mit Kuchen, Geduld und offenen Ohren.",
        ],
        "districts": ["geseke", "lippstadt", "erwitte"],
        "email": "gemeinde-geseke",
        "offset": (0.0011, -0.0017),
    },
    {
        "slug": "pfarrei-erwitte",
        "title": "Katholische Pfarrgemeinde Erwitte (Demo)",
        "kind": "church",
        "town": "erwitte",
        "street": "Am Kirchplatz 2",
        "summary": "Sonntagscafé, Trauercafé und Spielenachmittage im Pfarrheim Erwitte.",
        "description": [
            "Im Pfarrheim treffen sich jede Woche mehrere Gruppen. Besonders beliebt ist das Sonntagscafé, "
            "zu dem ein Fahrdienst aus den Ortsteilen gehört.",
        ],
        "districts": ["erwitte", "anroechte"],
        "email": "pfarrei-erwitte",
        "offset": (-0.0009, 0.0015),
    },
    {
        "slug": "wanderverein-moehnesee",
        "title": "Heimat- und Wanderverein Möhnesee e. V.",
        "kind": "club",
        "town": "moehnesee",
        "street": "Am Wiesengrund 5",
        "summary": "Wir wandern, reden und kennen jeden Weg rund um den See – Gäste sind immer willkommen.",
        "description": [
            "Seit vielen Jahren laden wir zu Wanderungen rund um den Möhnesee und in den Arnsberger Wald ein.",
            "Unsere „Walk and Talk“-Runden sind bewusst langsam: Es geht ums Gespräch, nicht um Kilometer.",
        ],
        "districts": ["moehnesee", "soest", "ense"],
        "email": "wanderverein",
        "offset": (0.0025, 0.0012),
    },
    {
        "slug": "seniorenbeirat-ruethen",
        "title": "Seniorenbeirat Rüthen",
        "kind": "other",
        "town": "ruethen",
        "street": "Hellwegring 1",
        "summary": "Der Seniorenbeirat vertritt ältere Menschen in Rüthen und organisiert die Telefonkette.",
        "description": [
            "Wir setzen uns dafür ein, dass ältere Menschen in Rüthen gut leben können – mit Bänken am Weg, "
            "Bus-Anbindung und Menschen, die nachfragen, wie es geht.",
        ],
        "districts": ["ruethen"],
        "email": "seniorenbeirat-ruethen",
        "offset": (-0.0014, -0.0011),
    },
    {
        "slug": "miteinander-anroechte",
        "title": "Bürgerinitiative Miteinander Anröchte",
        "kind": "initiative",
        "town": "anroechte",
        "street": "Sonnenwinkel 8",
        "summary": "Nachbarinnen und Nachbarn, die füreinander da sind: Gemeinschaftsgarten, Telefonkette, "
                   "Spieletreff.",
        "description": [
            "Die Initiative entstand in der Pandemie, als Nachbarn füreinander einkauften. Geblieben sind "
            "ein Gemeinschaftsgarten, eine Telefonkette und viele neue Freundschaften.",
        ],
        "districts": ["anroechte"],
        "email": "miteinander-anroechte",
        "offset": (0.0013, 0.0021),
    },
    {
        "slug": "familienzentrum-welver",
        "title": "Familienzentrum Regenbogen Welver",
        "kind": "other",
        "town": "welver",
        "street": "Birkenhof 3",
        "summary": "Treffpunkt für Familien, Alleinerziehende und alle, die im Ort Anschluss suchen.",
        "description": [
            "Das Familienzentrum bietet Beratung, Kurse und offene Treffs. Während der Treffen für "
            "Alleinerziehende kümmern sich Ehrenamtliche um die Kinder.",
        ],
        "districts": ["welver", "lippetal"],
        "email": "familienzentrum-welver",
        "offset": (-0.0017, 0.0009),
    },
    {
        "slug": "sv-ense",
        "title": "Sportverein Blau-Weiß Ense e. V.",
        "kind": "club",
        "town": "ense",
        "street": "Schützenweg 21",
        "summary": "Breitensport für alle Generationen – mit Sitzgymnastik, Spaziergruppen und geselligem "
                   "Vereinsleben.",
        "description": [
            "Neben Fußball und Turnen bieten wir Bewegungsangebote für Menschen, die es ruhiger angehen möchten. "
            "Nach der Gymnastik bleibt man gern noch auf einen Kaffee.",
        ],
        "districts": ["ense", "wickede-ruhr", "werl"],
        "email": "sv-ense",
        "offset": (0.0019, -0.0026),
    },
    {
        "slug": "mehrgenerationenhaus-lippetal",
        "title": "Mehrgenerationenhaus Lippetal",
        "kind": "other",
        "town": "lippetal",
        "street": "Am Mühlenteich 14",
        "summary": "Ein offenes Haus für Jung und Alt mit Mittagstisch, Digitalsprechstunde und Gemeinschaftsgarten.",
        "description": [
            "Im Mehrgenerationenhaus begegnen sich Kita-Kinder, Schülerinnen, Berufstätige und Seniorinnen. "
            "Das offene Café ist an vier Tagen in der Woche geöffnet.",
        ],
        "districts": ["lippetal", "welver"],
        "email": "mgh-lippetal",
        "offset": (-0.0021, -0.0014),
    },
    {
        "slug": "hospizverein-wickede",
        "title": "Hospizverein Wickede (Ruhr) e. V.",
        "kind": "club",
        "town": "wickede-ruhr",
        "street": "Ahornweg 7",
        "summary": "Ehrenamtliche Begleitung am Lebensende und Angebote für Trauernde: Trauercafé und "
                   "Trauerspaziergang.",
        "description": [
            "Unsere ausgebildeten Ehrenamtlichen begleiten schwerkranke Menschen und ihre Familien.",
            "Für Trauernde gibt es das Trauercafé und einen monatlichen Trauerspaziergang – ohne Anmeldung.",
        ],
        "districts": ["wickede-ruhr", "ense", "werl", "moehnesee", "soest"],
        "email": "hospiz-wickede",
        "offset": (0.0012, 0.0018),
    },
    {
        "slug": "interkultureller-treffpunkt-soest",
        "title": "Interkultureller Treffpunkt Soest e. V.",
        "kind": "club",
        "town": "soest",
        "street": "Gartenstraße 19",
        "summary": "Sprachcafés, Kochabende und Beratung für Zugewanderte – und für alle, die sie kennenlernen "
                   "möchten.",
        "description": [
            "Bei uns treffen sich Menschen aus über 30 Ländern. Wir sprechen Deutsch, Arabisch, Ukrainisch, "
            "Türkisch und mit Händen und Füßen.",
        ],
        "districts": ["soest", "werl", "lippstadt"],
        "email": "interkulturell-soest",
        "offset": (0.0033, 0.0008),
    },
    {
        "slug": "bildungsforum-werl",
        "title": "Bildungsforum Werl",
        "kind": "other",
        "town": "werl",
        "street": "Lerchenstraße 40",
        "summary": "Kurse für Kreativität, Gesundheit und Gemeinschaft – mit kleinen Gruppen und fairen Preisen.",
        "description": [
            "Das Bildungsforum bietet Kurse in Werl, Soest und Warstein. Viele Kurse sind ausdrücklich für "
            "Menschen gedacht, die neu anfangen oder wieder Anschluss suchen.",
        ],
        "districts": ["werl", "soest", "warstein", "geseke"],
        "email": "bildungsforum-werl",
        "offset": (-0.0028, 0.0019),
    },
    {
        "slug": "digitalpaten-kreis-soest",
        "title": "Digitalpaten Kreis Soest e. V.",
        "kind": "club",
        "town": "soest",
        "street": "Brunnenweg 11",
        "summary": "Ehrenamtliche zeigen in Ruhe, wie Smartphone, Tablet und Videotelefonie funktionieren.",
        "description": [
            "Unsere Digitalpatinnen und -paten haben Geduld und erklären ohne Fachchinesisch. "
            "Die Sprechstunden finden in Bibliotheken, Begegnungsstätten und Gemeindehäusern statt.",
        ],
        "districts": ALL,
        "email": "digitalpaten",
        "offset": (-0.0011, -0.0032),
    },
    {
        "slug": "ev-kirchengemeinde-lippstadt",
        "title": "Evangelische Kirchengemeinde Lippstadt-Nord (Demo)",
        "kind": "church",
        "town": "lippstadt",
        "street": "Birkenhof 17",
        "summary": "Sonntagscafé, Besuchskreis und offene Kirche – die Gemeinde lädt alle ein, nicht nur ihre "
                   "Mitglieder.",
        "description": [
            "Im Gemeindehaus ist sonntags der Kaffeetisch gedeckt. Unser Besuchskreis gratuliert älteren "
            "Menschen zum Geburtstag und kommt auf Wunsch regelmäßig vorbei.",
        ],
        "districts": ["lippstadt"],
        "email": "gemeinde-lippstadt",
        "offset": (-0.0033, -0.0016),
    },
]
