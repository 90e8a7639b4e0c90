"""A fixed German test corpus for the search: offers, events, partners, news and pages of a small network.

Also holds pages that must never be found (a draft, a private page, an expired offer) and a past event.
The relevance cases in test_relevance.py name pages of this corpus by title.
"""

from datetime import timedelta

from django.utils import timezone

from wagtail.models import PageViewRestriction

from ..factories import (
    CountyFactory,
    DistrictFactory,
    EventPageFactory,
    NewsPageFactory,
    OfferPageFactory,
    PartnerPageFactory,
    StandardPageFactory,
    TargetGroupFactory,
    ThemeFactory,
)

OFFERS = [
    # title, summary, body, district, themes, target groups
    ("Spaziergang für Seniorinnen und Senioren", "Jeden Dienstag gehen wir gemeinsam eine Runde durch den Park.",
     "Treffpunkt ist der Eingang am Grünen Winkel. Festes Schuhwerk hilft.", "lippstadt", ["bewegung"], ["senioren"]),
    ("Depressions-Selbsthilfegruppe Lippstadt", "Austausch unter Betroffenen, vertraulich und ohne Anmeldung.",
     "Wir sprechen über den Alltag mit der Krankheit und machen uns Mut.", "lippstadt", ["seele"], []),
    ("Kaffeetreff im Quartier", "Bei Kaffee und Kuchen kommen Nachbarn ins Gespräch.",
     "Jeden Mittwoch im Gemeindehaus, ohne Anmeldung.", "soest", ["begegnung"], []),
    ("Trauercafé Werl", "Ein geschützter Raum für Trauernde nach dem Verlust eines nahen Menschen.",
     "Begleitet von ausgebildeten Ehrenamtlichen.", "werl", ["trauer"], []),
    ("Seniorentreff am Markt", "Spiele, Gespräche und ein gemeinsames Frühstück.",
     "Für alle, die gerne in Gesellschaft sind.", "soest", ["begegnung"], ["senioren"]),
    ("Handysprechstunde für Ältere", "Hilfe bei Smartphone und Tablet, geduldig erklärt.",
     "Bringen Sie Ihr Gerät und Ihre Fragen mit.", "lippstadt", ["digital"], ["senioren"]),
    ("Wandergruppe Haarstrang", "Wanderungen von acht bis zwölf Kilometern am Wochenende.",
     "Wir kehren unterwegs gerne ein.", "soest", ["bewegung"], []),
    ("Angehörigengruppe Demenz", "Austausch für pflegende Angehörige von Menschen mit Demenz.",
     "Mit Fachberatung der Alzheimer Gesellschaft.", "lippstadt", ["seele"], ["angehoerige"]),
    ("Lesekreis in der Stadtbücherei", "Wir lesen gemeinsam Romane und sprechen darüber.",
     "Einmal im Monat, Bücher können ausgeliehen werden.", "werl", ["begegnung"], []),
    ("Offener Mittagstisch", "Gemeinsam zu Mittag essen für drei Euro.",
     "Gekocht wird frisch und regional.", "soest", ["begegnung"], []),
    ("Besuchsdienst der Nachbarschaftshilfe", "Ehrenamtliche besuchen einsame Menschen zuhause.",
     "Ein Gespräch, ein Spaziergang oder ein Spiel: Sie entscheiden.", "lippstadt", ["begegnung"], ["senioren"]),
    ("Telefonkette gegen Einsamkeit", "Wir rufen uns gegenseitig an, jeden Morgen.",
     "Wer mitmachen möchte, meldet sich im Büro.", "werl", ["begegnung"], []),
    ("Gymnastik im Sitzen", "Sanfte Bewegung auch mit Rollator oder im Rollstuhl.",
     "Leitung durch eine Physiotherapeutin.", "soest", ["bewegung"], ["senioren"]),
    ("Chor Spätlese", "Singen für alle ab sechzig, Noten lesen ist keine Voraussetzung.",
     "Proben im Pfarrheim.", "lippstadt", ["begegnung"], []),
    ("Alleinerziehenden-Frühstück", "Frühstück mit Kinderbetreuung für Alleinerziehende.",
     "Austausch und Tipps für den Alltag.", "soest", ["begegnung"], ["alleinerziehende"]),
    ("Männerschuppen Soest", "Werkstatt für Männer im Ruhestand: bauen, reparieren, klönen.",
     "Werkzeug ist vorhanden.", "soest", ["begegnung"], []),
    ("Radtour für Ältere", "Gemütliche Touren mit dem Fahrrad oder E-Bike.",
     "Treffpunkt: Lange Straße 5 vor der Sparkasse.", "werl", ["bewegung"], ["senioren"]),
    ("Gesprächskreis Angst und Panik", "Offene Gruppe für Menschen mit Ängsten.",
     "Fachlich begleitet, ohne Diagnose.", "lippstadt", ["seele"], []),
    ("Einkaufsbegleitung", "Wir begleiten jede Seniorin zum Einkaufen und tragen die Taschen.",
     "Termine nach Absprache.", "werl", [], []),
    ("Tanzcafé Grün-Weiß", "Tanzen zu Musik aus den Fünfzigern.",
     "Kaffee und Kuchen gibt es auch.", "soest", ["bewegung"], []),
    ("Selbsthilfegruppe Alkohol", "Gemeinsam den Weg aus der Sucht gehen.",
     "Anonym und kostenlos.", "lippstadt", ["seele"], []),
    ("Schachclub am Abend", "Schach für Anfänger und Fortgeschrittene.",
     "Bretter sind vorhanden.", "werl", ["begegnung"], []),
    ("Gartenprojekt Grünes Band", "Gemeinsam gärtnern auf dem Gemeinschaftsbeet.",
     "Gemüse und Blumen für alle.", "soest", ["begegnung"], []),
    ("Sprachcafé Deutsch", "Deutsch lernen im Gespräch mit Nachbarinnen und Nachbarn.",
     "Für alle Sprachniveaus.", "lippstadt", ["begegnung"], []),
    ("Yoga am Morgen", "Ruhige Übungen zum Start in den Tag.",
     "Matten sind vorhanden.", "soest", ["bewegung"], []),
    ("Offene Sprechstunde", "Beratung zu allen Fragen des Alltags.",
     "Auch zu Yoga, Tanz und anderen Kursen geben wir Auskunft.", "soest", [], []),
]

PARTNERS = [
    ("Caritas Lippstadt", "Der Wohlfahrtsverband der katholischen Kirche in Lippstadt.", "lippstadt"),
    ("Selbsthilfe-Kontaktstelle Kreis Soest", "Vermittelt Menschen in passende Selbsthilfegruppen.", "soest"),
]

NEWS = [
    ("Neue Selbsthilfegruppe für Angehörige gegründet", "Angehörige von Menschen mit Depression treffen sich."),
    ("Kaffeetreff zieht um", "Ab Juni finden Sie uns im neuen Quartierszentrum."),
]

PAGES = [
    ("Über das Netzwerk", "MitMenschen verbindet Vereine, Kirchen und Initiativen gegen Einsamkeit."),
    ("Barrierefreiheit", "Wie wir unsere Seiten für alle zugänglich machen."),
]

# Found only when past events are asked for, and then after the upcoming ones.
EVENTS = [
    # title, summary, days from now
    ("Vortrag: Depression im Alter", "Eine Psychiaterin erklärt Anzeichen und Hilfen.", 10),
    ("Workshop Trauerbegleitung", "Wie begleite ich trauernde Freunde?", 20),
    ("Spaziergang zum Tag der Nachbarn", "Ein Rundgang durch das Quartier mit Picknick.", -30),
    ("Vortrag: Einsamkeit überwinden", "Was gegen Einsamkeit im Alter hilft.", -60),
]

NEVER_FOUND = ["Geheimes Schachturnier", "Interne Notizen Kaffeetreff", "Abgelaufener Malkurs"]


def build_corpus(tree):
    """Create the corpus under `tree` (tests.conftest.build_site_tree) and return {title: page}."""
    county = CountyFactory(name="Kreis Soest", slug="kreis-soest")
    districts = {
        slug: DistrictFactory(name=name, slug=slug, parent=county)
        for slug, name in (("lippstadt", "Lippstadt"), ("soest", "Soest"), ("werl", "Werl"))
    }
    themes = {
        slug: ThemeFactory(name=name, slug=slug)
        for slug, name in (("bewegung", "Bewegung"), ("seele", "Seelische Gesundheit"), ("trauer", "Trauer"),
                           ("begegnung", "Begegnung"), ("digital", "Digitales"))
    }
    groups = {
        slug: TargetGroupFactory(name=name, slug=slug)
        for slug, name in (("senioren", "Seniorinnen und Senioren"), ("angehoerige", "Angehörige"),
                           ("alleinerziehende", "Alleinerziehende"))
    }
    pages = {}
    for title, summary, body, district, theme_slugs, group_slugs in OFFERS:
        pages[title] = OfferPageFactory(
            parent=tree.offer_index, title=title, summary=summary, body=f"<p>{body}</p>",
            district=districts[district], town=districts[district].name,
            themes=[themes[t] for t in theme_slugs], target_groups=[groups[g] for g in group_slugs],
        )
    for title, summary, district in PARTNERS:
        pages[title] = PartnerPageFactory(
            parent=tree.partner_index, title=title, summary=summary, district=districts[district]
        )
    for title, teaser in NEWS:
        pages[title] = NewsPageFactory(parent=tree.news_index, title=title, teaser=teaser)
    for title, intro in PAGES:
        pages[title] = StandardPageFactory(parent=tree.home, title=title, intro=intro)
    now = timezone.now()
    for title, summary, days in EVENTS:
        pages[title] = EventPageFactory(
            parent=tree.event_index, title=title, summary=summary, starts_at=now + timedelta(days=days),
            district=districts["lippstadt"],
        )

    # Never found: a draft, a page under a private section, an offer whose expiry date has passed.
    OfferPageFactory(parent=tree.offer_index, title="Geheimes Schachturnier", live=False,
                     summary="Schach im Verborgenen.")
    private = StandardPageFactory(parent=tree.home, title="Intern", intro="Nur für das Team.")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    StandardPageFactory(parent=private, title="Interne Notizen Kaffeetreff", intro="Kaffeetreff Abrechnung.")
    OfferPageFactory(parent=tree.offer_index, title="Abgelaufener Malkurs", summary="Malen mit Kaffee.",
                     expire_at=now - timedelta(days=1))
    return pages
