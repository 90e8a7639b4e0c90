"""Pages and filter values in the demo network that the browser tests aim at, looked up rather than hard-coded."""

from types import SimpleNamespace

from django.utils import translation

from events.models import EventIndexPage, EventPage
from home.models import HomePage, StandardPage
from news.models import NewsIndexPage, NewsPage
from offers.forms import OfferFilterForm
from offers.models import OfferIndexPage, OfferPage
from offers.models.pages import OFFERS_PER_PAGE
from partners.models import PartnerIndexPage, PartnerPage
from taxonomy.models import District, Theme

SEARCH_TERM = "Spaziergang"


def ref(page):
    return SimpleNamespace(title=page.title, url=page.url)


def live_offers():
    return OfferPage.objects.live().public()


def filtered(data):
    return OfferFilterForm(data).filter(live_offers()).order_by("title", "pk")


def district_split():
    """A town with offers, a well described offer there (address and times) and an offer elsewhere."""
    for town in District.objects.filter(kind=District.Kind.TOWN):
        inside = filtered({"district": town.slug})
        described = inside.exclude(street="").exclude(meeting_times=None).first()
        elsewhere = live_offers().exclude(pk__in=inside.values("pk")).order_by("title").first()
        if described and elsewhere and inside.count() < OFFERS_PER_PAGE:
            return town, inside.count(), described, elsewhere
    raise LookupError("The demo network has no town with a described offer beside offers elsewhere.")


def empty_filter():
    """Filter values that match no offer, for the empty state."""
    for theme in Theme.objects.all():
        for town in District.objects.filter(kind=District.Kind.TOWN):
            data = {"theme": theme.slug, "district": town.slug}
            if not filtered(data).exists():
                return data
    raise LookupError("Every theme has offers in every town; no empty result to show.")


def paged_filter():
    """A filter whose results fill more than one page, for pagination that keeps the filter."""
    for data in [{"format": "vor-ort"}, {"cost": "kostenlos"}, *({"theme": t.slug} for t in Theme.objects.all())]:
        count = filtered(data).count()
        if OFFERS_PER_PAGE < count < live_offers().count():
            return data, count, [offer.title for offer in filtered(data)]
    raise LookupError("No filter leaves more than one page of offers.")


def cost_text(offer):
    """What the cost line says: "2,50 €" for a fee, otherwise the kind of cost."""
    if offer.cost_type == OfferPage.CostType.AMOUNT and offer.cost_amount is not None:
        return f"{offer.cost_amount:.2f}".replace(".", ",")
    return str(offer.get_cost_type_display())


def find_targets():
    with translation.override("de"):
        return targets()


def targets():
    town, town_count, in_town, elsewhere = district_split()
    from_home = filtered({"format": "von-zuhause"})
    in_person_only = filtered({"format": "vor-ort"}).filter(is_online=False, is_by_phone=False)
    paged, paged_count, paged_titles = paged_filter()
    labels = {name: str(field.label) for name, field in OfferFilterForm.base_fields.items()}
    offer_index = OfferIndexPage.objects.get()
    return {
        "home_url": HomePage.objects.get().url,
        "offer_index": ref(offer_index),
        "event_index_url": EventIndexPage.objects.get().url,
        "partner_index_url": PartnerIndexPage.objects.get().url,
        "news_index_url": NewsIndexPage.objects.get().url,
        "offer_count": live_offers().count(),
        "filter_labels": labels,
        "town": SimpleNamespace(slug=town.slug, name=town.name, offer_count=town_count),
        "offer_in_town": SimpleNamespace(
            **vars(ref(in_town)), street=in_town.street, town=in_town.town,
            cost=cost_text(in_town),
            weekday=str(in_town.meeting_times.first().get_weekday_display()),
        ),
        "offer_elsewhere": ref(elsewhere),
        "from_home_count": from_home.count(),
        "offer_from_home": ref(from_home.first()),
        "offer_in_person_only": ref(in_person_only.first()),
        "empty_filter": empty_filter(),
        "paged_filter": paged,
        "paged_count": paged_count,
        "paged_titles": paged_titles,
        "offers_per_page": OFFERS_PER_PAGE,
        "upcoming_event": ref(EventPage.objects.live().public().upcoming().first()),
        "past_event": ref(EventPage.objects.live().public().past().first()),
        "partner": ref(PartnerPage.objects.live().public().order_by("title").first()),
        "news": ref(NewsPage.objects.live().public().order_by("-publication_date", "pk").first()),
        "standard_page": ref(StandardPage.objects.live().public().order_by("path").first()),
        "search_term": SEARCH_TERM,
    }
