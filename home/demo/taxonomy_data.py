"""Invented demo vocabulary for Kreis Soest: towns with real centre coordinates, themes, target groups, kinds."""

COUNTY = {"slug": "kreis-soest", "name": "Kreis Soest",
          "description": "Der ganze Kreis mit seinen 14 Städten und Gemeinden"}

# slug, name, postcode, latitude and longitude of the town centre, telephone area code
TOWNS = [
    ("soest", "Soest", "59494", 51.5711, 8.1060, "02921"),
    ("lippstadt", "Lippstadt", "59555", 51.6740, 8.3445, "02941"),
    ("werl", "Werl", "59457", 51.5528, 7.9139, "02922"),
    ("warstein", "Warstein", "59581", 51.4447, 8.3485, "02902"),
    ("geseke", "Geseke", "59590", 51.6405, 8.5110, "02942"),
    ("erwitte", "Erwitte", "59597", 51.6127, 8.3385, "02943"),
    ("ruethen", "Rüthen", "59602", 51.4930, 8.4340, "02952"),
    ("anroechte", "Anröchte", "59609", 51.5663, 8.3327, "02947"),
    ("bad-sassendorf", "Bad Sassendorf", "59505", 51.5832, 8.1710, "02921"),
    ("moehnesee", "Möhnesee", "59519", 51.4950, 8.1300, "02924"),
    ("ense", "Ense", "59469", 51.4990, 7.9700, "02938"),
    ("welver", "Welver", "59514", 51.6160, 7.9590, "02384"),
    ("wickede-ruhr", "Wickede (Ruhr)", "58739", 51.4960, 7.8660, "02377"),
    ("lippetal", "Lippetal", "59510", 51.6650, 8.0830, "02923"),
]

THEMES = [
    ("begegnung", "Begegnung & Geselligkeit", "Treffpunkte, Cafés und Runden, in denen man ins Gespräch kommt"),
    ("bewegung-natur", "Bewegung & Natur", "Spaziergänge, Gymnastik, Gärten – gemeinsam draußen und in Bewegung"),
    ("seelische-gesundheit", "Seelische Gesundheit", "Wenn die Seele schwer ist: Gespräche, Gruppen und Fachleute"),
    ("trauer", "Trauer & Verlust", "Begleitung nach dem Tod eines nahestehenden Menschen"),
    ("pflege-angehoerige", "Pflege & Angehörige", "Entlastung und Austausch für Menschen, die andere pflegen"),
    ("kultur-kreativitaet", "Kultur & Kreativität",
     "Singen, Malen, Lesen, Werkeln – etwas mit den eigenen Händen schaffen"),
    ("digitales", "Digitales", "Smartphone, Tablet und Videotelefonie verstehen und nutzen"),
    ("nachbarschaft", "Nachbarschaft", "Hilfe und Kontakt direkt vor der eigenen Haustür"),
    ("sucht", "Sucht", "Unterstützung für Betroffene und ihre Familien"),
    ("beratung", "Beratung & Hilfe", "Fachliche Beratung, wenn man nicht mehr weiterweiß"),
    ("ehrenamt", "Ehrenamt & Mitmachen", "Sich selbst einbringen und für andere da sein"),
]

TARGET_GROUPS = [
    ("seniorinnen-senioren", "Seniorinnen und Senioren", "Menschen im Ruhestand und im höheren Alter"),
    ("junge-erwachsene", "Junge Erwachsene", "Menschen zwischen etwa 18 und 30 Jahren"),
    ("angehoerige", "Angehörige", "Familie und Freunde von pflegebedürftigen, kranken oder suchtkranken Menschen"),
    ("alleinerziehende", "Alleinerziehende", "Mütter und Väter, die ihre Kinder allein großziehen"),
    ("menschen-mit-behinderung", "Menschen mit Behinderung", "Angebote, die auf Barrieren achten"),
    ("zugewanderte", "Zugewanderte", "Menschen, die neu in Deutschland oder im Kreis Soest sind"),
    ("trauernde", "Trauernde", "Menschen, die einen nahestehenden Menschen verloren haben"),
    ("alle", "Alle", "Offen für alle, ganz gleich welchen Alters"),
]

OFFER_KINDS = [
    ("treffpunkt", "Treffpunkt / Café", "Regelmäßige offene Treffen, oft mit Kaffee und Kuchen"),
    ("selbsthilfegruppe", "Selbsthilfegruppe", "Betroffene tauschen sich aus und stärken sich gegenseitig"),
    ("beratung", "Beratung", "Gespräche mit Fachleuten, vertraulich und meist kostenlos"),
    ("kurs", "Kurs", "Gemeinsam etwas lernen, in kleinen Gruppen"),
    ("besuchsdienst", "Besuchsdienst", "Ehrenamtliche besuchen Menschen zu Hause"),
    ("telefon-online", "Telefon- und Onlineangebot", "Kontakt ohne Wege: am Telefon oder am Bildschirm"),
    ("bewegung", "Bewegungsangebot / Spaziergang", "Gymnastik, Wandern und „Walk and Talk“"),
    ("freizeitgruppe", "Freizeitgruppe", "Spielen, Werkeln, Gärtnern – gemeinsam die Freizeit gestalten"),
]

# Invented people for contact persons; combined deterministically, never taken from real sources.
FIRST_NAMES = [
    "Anke", "Birgit", "Christa", "Doris", "Elke", "Frank", "Gerd", "Heike", "Ingrid", "Jörg", "Karin", "Lutz",
    "Monika", "Norbert", "Petra", "Rainer", "Sabine", "Tobias", "Ulrike", "Volker", "Yasemin", "Olena", "Samir",
    "Marita", "Bernd", "Gisela", "Hakan", "Lena", "Jonas", "Irmgard",
]
LAST_NAMES = [
    "Brinkhoff", "Wiemers", "Stratmann", "Kösters", "Hengstebeck", "Vollmer", "Rüther", "Tigges", "Hesse",
    "Pöppelbaum", "Schürmann", "Drees", "Kemper", "Linnemann", "Overhoff", "Brökelmann", "Sauerwald", "Aydın",
    "Kowalczyk", "Bönninghoff", "Hülsmann", "Lütkehaus", "Rammelkamp", "Wittkop",
]

# Invented street names; numbers are added per address.
STREETS = [
    "Am Lindenhof", "Brunnenweg", "Kastanienallee", "Rosengasse", "Am Mühlenteich", "Ulmenstraße",
    "Hellwegring", "Am Kirchplatz", "Gartenstraße", "Schützenweg", "Am Wiesengrund", "Ahornweg",
    "Sonnenwinkel", "Birkenhof", "Auf der Haar", "Lerchenstraße",
]
