"""The site search page and the search box's suggestions (engine: search/engine.py, docs/search.md).

The page shows promoted results (Wagtail's search promotions, live and public pages only), the results with
their type, a marked excerpt and the essentials (where, when, who), facets per type and the filters; an
empty query shows the ways in, a query without results shows what to do next. It reads a fixed number of
rows whatever the results are (tests/searchui/test_query_budget.py).
"""

from collections import defaultdict
from dataclasses import dataclass, field
from urllib.parse import urlencode

from django import forms
from django.conf import settings
from django.db.models import Q
from django.http import JsonResponse
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.decorators.http import require_safe

from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Page
from wagtail.search.utils import normalise_query_string

from home.chrome import chrome_for_request
from home.widgets import PlainSelect
from searchstats.recording import popular_queries, record_search
from submissions.antispam import address_key, count_request
from taxonomy.models import District, TargetGroup, Theme

from . import engine
from .highlight import Matcher, excerpt, highlight

RESULTS_PER_PAGE = engine.RESULTS_PER_PAGE
MAX_QUERY_LENGTH = settings.SEARCH_MAX_QUERY_LENGTH
FILTER_NAMES = ("district", "theme", "target_group")
# What one result is called, by the engine's type keys (the facets use the plural labels).
TYPE_NAMES = {
    "offer": gettext_lazy("Offer"),
    "event": gettext_lazy("Event"),
    "partner": gettext_lazy("Partner organisation"),
    "news": gettext_lazy("News item"),
    "page": gettext_lazy("Page"),
}
# Suggestions per address within the window; typing sends at most a few per second (the script waits
# for a pause), so only a robot reaches this. Settings of the same names override the defaults.
AUTOCOMPLETE_RATE_LIMIT = 120
AUTOCOMPLETE_RATE_WINDOW_SECONDS = 60


class SearchFilterForm(forms.Form):
    """Renders the filter selects (the engine reads and checks the values itself) from terms read once."""

    def __init__(self, data, terms):
        super().__init__(data)
        labels = {"district": gettext_lazy("Where"), "theme": gettext_lazy("Theme"),
                  "target_group": gettext_lazy("For whom")}
        for name in FILTER_NAMES:
            choices = [("", _("all")), *((slug, label) for _pk, slug, label in terms[name])]
            self.fields[name] = forms.ChoiceField(
                label=labels[name], required=False, choices=choices,
                widget=PlainSelect(attrs={"id": f"search-filter-{name}"}, choices=choices),
            )


def live_terms():
    """(pk, slug, name) of the live districts, themes and target groups, in their usual order."""
    return {
        name: list(model.objects.live().values_list("pk", "slug", "name"))
        for name, model in (("district", District), ("theme", Theme), ("target_group", TargetGroup))
    }


@dataclass
class Hit:
    """One result as the template shows it."""

    page: object
    key: str
    type_name: str
    url: str
    title: str
    excerpt: str
    where: str = ""
    meeting_times: list = field(default_factory=list)
    schedule_note: str = ""
    people: list = field(default_factory=list)  # provider, organisers or author organisation

    @property
    def is_past(self):
        return self.key == "event" and self.page.is_past


def search(request):
    get = request.GET
    # The raw query is cut before cleaning so a 10,000-character request costs no more than a short one.
    raw = get.get("q", "")[: MAX_QUERY_LENGTH * 4]
    types = [t[:20] for t in get.getlist("type")[:10]]
    include_past = get.get("past") == "1"
    # Live pages without a view restriction on them or above; Wagtail reads the restrictions when this is built,
    # so it is built once and shared by the engine, the promotions and the organisations' names.
    cleaned, _truncated = engine.clean_query(raw)
    visible = engine.public_pages() if cleaned else Page.objects.none()
    response = engine.search(
        raw,
        types=types,
        district=get.get("district"),
        theme=get.get("theme"),
        target_group=get.get("target_group"),
        include_past_events=include_past,
        page=get.get("seite"),
        public=visible,
    )
    query = response.query
    page_obj = response.page_obj
    selected = [facet.key for facet in response.facets if facet.selected]
    filtered = bool(response.filters) or bool(selected) or include_past
    matcher = Matcher(query, response.corrections.values())
    terms = live_terms() if query else dict.fromkeys(FILTER_NAMES, [])
    context = {
        "search_query": query,
        "page_obj": page_obj,
        "search": response,
        "hits": describe(page_obj.object_list, matcher, request, visible,
                         district_names={pk: name for pk, _slug, name in terms["district"]}),
        "filter_form": SearchFilterForm(get, terms) if query else None,
        "include_past": include_past,
        "filtered": filtered,
        "facet_total": sum(facet.count for facet in response.facets),
        "facet_total_more": any(facet.more for facet in response.facets),
        # The type tab to mark as current: "" for all types, None when several are chosen.
        "current_type": selected[0] if len(selected) == 1 else ("" if not selected else None),
        "reset_url": _search_url(query),
    }
    if not query:
        context["home"] = _home_page(request)
    else:
        first_page = page_obj.number == 1
        context["promotions"] = promotions(query, request, visible) if first_page else []
        if response.suggestion:
            context["suggestion_url"] = _search_url(response.suggestion)
        if not response.count:
            context["popular"] = [(q, _search_url(q)) for q in popular_queries(exclude=[query])]
        # Counted once per search typed, for visitors only: not again for each filter, page or editor's test.
        # A search stopped by the time limit found nothing only because it was stopped: not a missing offer.
        if (first_page and not filtered and get.get("seite") in (None, "", "1") and not request.user.is_authenticated
                and not response.timed_out):
            record_search(query, response.count, truncated=response.truncated)
    return TemplateResponse(request, "search/search.html", context)


def _search_url(query):
    return f"{reverse('search')}?{urlencode({'q': query})}"


def _home_page(request):
    """The home page with its ways in (entry points), for the search page without a query."""
    from home.models import HomePage

    site = chrome_for_request(request).site
    if site is None:
        return None
    return HomePage.objects.live().filter(pk=site.root_page_id).first()


def promotions(query, request, visible=None):
    """The results moderators pinned for this query: external links and live, public, unexpired pages only."""
    text = normalise_query_string(query)
    if not text:
        return []
    if visible is None:
        visible = engine.public_pages()
    unexpired = visible.filter(Q(expire_at__isnull=True) | Q(expire_at__gt=timezone.now()))
    picks = (
        SearchPromotion.objects.filter(query__query_string=text)
        .filter(Q(page__isnull=True) | Q(page__in=unexpired.values("pk")))
        .select_related("page")
        .order_by("sort_order", "pk")
    )
    out = []
    for pick in picks:
        if pick.page is not None:
            url = pick.page.get_url(request)
            title = pick.page.title
            description = pick.description or pick.page.search_description
        else:
            url, title, description = pick.external_link_url, pick.external_link_text, pick.description
        if url and title:
            out.append({"url": url, "title": title, "description": description})
    return out


def _type_key(page, registry):
    for key, (model, _label) in registry.items():
        if isinstance(page, model):
            return key
    return "page"


def _texts(page):
    """The fields an excerpt is taken from, most telling first."""
    names = ["summary", "teaser", "intro", "search_description", "easy_language_summary", "body", "description"]
    return [getattr(page, name, None) for name in names]


def describe(pages, matcher, request, visible=None, district_names=None):
    """Each result with its type, URL, marked title and excerpt and the essentials, in a fixed number of queries."""
    from offers.models import OfferMeetingTime
    from partners.models import PartnerPage

    pages = list(pages)
    if not pages:
        return []
    registry = engine.types()
    keys = {page.pk: _type_key(page, registry) for page in pages}
    offers = [p for p in pages if keys[p.pk] == "offer"]
    events = [p for p in pages if keys[p.pk] == "event"]

    if district_names is None:
        district_ids = {p.district_id for p in pages if getattr(p, "district_id", None)}
        district_names = dict(District.objects.filter(pk__in=district_ids).values_list("pk", "name"))
    times = defaultdict(list)
    if offers:
        for slot in OfferMeetingTime.objects.filter(page__in=[p.pk for p in offers]).order_by("page_id", "sort_order"):
            times[slot.page_id].append(slot)
    # Providers, authors and organisers in one query, and only organisations whose own page is public.
    organisers = defaultdict(list)
    partners = {}
    named = {getattr(p, "provider_id", None) or getattr(p, "author_organisation_id", None) for p in pages} - {None}
    if named or events:
        visible = engine.public_pages() if visible is None else visible
        rows = (
            PartnerPage.objects.filter(pk__in=visible.values("pk"))
            .filter(Q(pk__in=named) | Q(events__in=[p.pk for p in events]))
            .values_list("pk", "title", "events")
            .order_by("title", "pk")
        )
        event_ids = {p.pk for p in events}
        for pk, title, event_id in rows:
            partners[pk] = title
            if event_id in event_ids and pk not in organisers[event_id]:
                organisers[event_id].append(pk)

    hits = []
    for page in pages:
        key = keys[page.pk]
        district = district_names.get(getattr(page, "district_id", None), "")
        people_ids = organisers.get(page.pk) or [getattr(page, "provider_id", None)
                                                 or getattr(page, "author_organisation_id", None)]
        hits.append(Hit(
            page=page,
            key=key,
            type_name=str(TYPE_NAMES[key]),
            url=page.get_url(request) or "",
            title=highlight(page.title, matcher),
            excerpt=excerpt(_texts(page), matcher),
            where=_where(page, key, district),
            meeting_times=times.get(page.pk, [])[:3],
            schedule_note=getattr(page, "schedule_note", "") if key == "offer" else "",
            people=[partners[i] for i in people_ids if i in partners],
        ))
    return hits


def _where(page, key, district_name):
    if key == "offer":
        parts = []
        if page.is_in_person:
            parts.append(page.town or district_name or _("in person"))
        if page.is_online:
            parts.append(_("online"))
        if page.is_by_phone:
            parts.append(_("on the phone"))
        return ", ".join(parts)
    if key == "event":
        place = ", ".join(p for p in (page.venue_name, page.town) if p) or district_name
        if page.is_online:
            return f"{place}, {_('also online')}" if place else _("online")
        return place
    if key == "partner":
        return page.town or district_name
    return ""


# Suggestions while typing -----------------------------------------------------------------------------------


def _over_limit(request):
    """Count this request; True when the address has asked too often within the window."""
    limit = getattr(settings, "SEARCH_AUTOCOMPLETE_RATE_LIMIT", AUTOCOMPLETE_RATE_LIMIT)
    window = getattr(settings, "SEARCH_AUTOCOMPLETE_RATE_WINDOW_SECONDS", AUTOCOMPLETE_RATE_WINDOW_SECONDS)
    return count_request(address_key("search:autocomplete", request), window) > limit


@require_safe
def autocomplete(request):
    """JSON for the search box: {"results": [{"title", "url", "type", "type_label"}, …], "message": "…"}.

    The message is for screen readers (a live region), so the script needs no translations of its own.
    """
    if _over_limit(request):
        response = JsonResponse(
            {"error": _("Too many requests. Please wait a moment and try again."), "results": []}, status=429
        )
        response["Retry-After"] = str(getattr(settings, "SEARCH_AUTOCOMPLETE_RATE_WINDOW_SECONDS",
                                              AUTOCOMPLETE_RATE_WINDOW_SECONDS))
        return response
    results = engine.autocomplete(request.GET.get("q", "")[:200], request=request)
    for item in results:
        # One suggestion is one thing: "Angebot", not the facet's "Angebote".
        item["type_label"] = str(TYPE_NAMES.get(item["type"], item["type_label"]))
    if results:
        message = ngettext(
            "%(count)s suggestion. Use the arrow keys to choose.",
            "%(count)s suggestions. Use the arrow keys to choose.",
            len(results),
        ) % {"count": len(results)}
    else:
        message = ""
    response = JsonResponse({"results": results, "message": message})
    # Pages change when editors publish; a suggestion must not outlive an unpublished page in a shared cache.
    response["Cache-Control"] = "no-store"
    response["X-Robots-Tag"] = "noindex"
    return response
