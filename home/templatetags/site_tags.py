"""Template tags for the public site: navigation, directory links, meta tags and small formatting helpers."""

import json
import re
from urllib.parse import urlencode
from uuid import uuid4

from django import template
from django.core.serializers.json import DjangoJSONEncoder
from django.db.models import Prefetch, prefetch_related_objects
from django.utils.dateformat import format as date_format
from django.utils.formats import number_format
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.timezone import localtime
from django.utils.translation import gettext

from wagtail.images import get_image_model
from wagtail.rich_text import RichText, expand_db_html

from home.chrome import chrome_for_request

register = template.Library()

# The rendition blocks/image_block.html asks for; render_body fetches exactly this one in advance.
BODY_IMAGE_FILTER = "width-960"

# Characters that could end the script element or start an HTML comment inside it.
JSON_SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026",
                       ord("\u2028"): "\\u2028", ord("\u2029"): "\\u2029"}


def _site_sections(request):
    """The live children of the site's home page, kept with the rest of the site chrome (home/chrome.py)."""
    if request is None:
        return []
    return chrome_for_request(request).sections


@register.simple_tag(takes_context=True)
def main_menu(context):
    """Menu entries as dicts with the page and its aria-current value ("page", "true" or "")."""
    current = context.get("page")
    current_path = getattr(current, "path", "")
    items = []
    for section in _site_sections(context.get("request")):
        if not section.show_in_menus:
            continue
        if current is not None and section.pk == current.pk:
            state = "page"
        elif current_path.startswith(section.path):
            state = "true"
        else:
            state = ""
        items.append({"page": section, "current": state})
    return items


@register.simple_tag(takes_context=True)
def footer_links(context, network):
    """The plain content pages below the home page (Impressum …), then the links set in the network settings."""
    request = context.get("request")
    sections = _site_sections(request)
    pages = [p for p in sections if getattr(p.specific_class, "__name__", "") == "StandardPage"]
    links = [{"label": p.title, "url": p.get_url(request)} for p in pages]
    shown = {p.pk for p in pages}
    for link in getattr(network, "footer_link_list", []):
        if link.link_page_id in shown:
            continue
        url = link.link_page.get_url(request) if link.link_page_id else link.link_url
        if url:
            links.append({"label": link.label, "url": url})
    return links


@register.simple_tag(takes_context=True)
def section_page(context, model_name):
    """The directory page of a type, e.g. {% section_page "OfferIndexPage" as offer_index %}; None if missing."""
    for section in _site_sections(context.get("request")):
        if getattr(section.specific_class, "__name__", "") == model_name:
            return section
    return None


@register.simple_tag
def breadcrumb_ancestors(page):
    """The pages above `page` for the breadcrumbs: those the router found with it (home.routing), else a query.

    The router's list leaves out the tree's root page, which the breadcrumbs never show.
    """
    ancestors = getattr(page, "route_ancestors", None)
    return ancestors if ancestors is not None else page.get_ancestors()


@register.simple_tag(takes_context=True)
def absolute_url(context, url):
    """A full URL (scheme and host of the current request) for a path; absolute URLs pass unchanged."""
    request = context.get("request")
    return request.build_absolute_uri(url) if request is not None else url


@register.simple_tag(takes_context=True)
def canonical_url(context):
    """The page's own address without filters; later pages of a listing keep their page number."""
    request = context.get("request")
    page = context.get("page")
    url = page.get_full_url(request) if page is not None else None
    if url is None:
        return request.build_absolute_uri(request.path) if request is not None else ""
    page_obj = context.get("page_obj")
    if page_obj is not None and page_obj.number > 1:
        url += "?" + urlencode({"seite": page_obj.number})
    return url


@register.simple_tag(takes_context=True)
def structured_data(context, page):
    """The page's schema.org data as a JSON-LD script element, or nothing."""
    if page is None or not hasattr(page, "get_structured_data"):
        return ""
    data = page.get_structured_data(context.get("request"))
    if not data:
        return ""
    return mark_safe(f'<script type="application/ld+json">{json_for_script(data)}</script>')  # noqa: S308


def json_for_script(data):
    """JSON that cannot close the surrounding script element, whatever the content says."""
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, separators=(",", ":"))
    return text.translate(JSON_SCRIPT_ESCAPES)


@register.simple_tag(takes_context=True)
def entry_point_url(context, value, offer_index):
    """Where an entry point leads: its chosen page, or the offer directory with its filters set."""
    request = context.get("request")
    if value.get("page"):
        return value["page"].get_url(request)
    if offer_index is None:
        return ""
    params = {}
    if value.get("theme"):
        params["theme"] = value["theme"].slug
    if value.get("target_group"):
        params["target_group"] = value["target_group"].slug
    url = offer_index.get_url(request)
    return f"{url}?{urlencode(params)}" if params else url


@register.simple_tag
def elided_page_range(page_obj):
    """Page numbers with "…" gaps, so long listings keep a short pagination."""
    return list(page_obj.paginator.get_elided_page_range(page_obj.number, on_each_side=1, on_ends=1))


@register.filter
def tel_href(number):
    """A phone number as written ("02921 30-1234") turned into a tel: target."""
    number = str(number or "").strip().replace("(0)", "")
    digits = re.sub(r"[^\d]", "", number)
    return f"+{digits}" if number.startswith("+") else digits


@register.filter
def page_type_label(page):
    """The human name of a page's type, e.g. "Angebot", for search results."""
    return page.specific_class._meta.verbose_name if page.specific_class else ""


@register.simple_tag
def page_description(page):
    """The text that describes a page in meta tags and search results: its own description or introduction."""
    if page is None:
        return ""
    if hasattr(page, "get_meta_description"):
        description = page.get_meta_description()
        if description:
            return description
    return getattr(page, "intro", "") or getattr(page, "search_description", "") or ""


@register.simple_tag(takes_context=True)
def render_body(context, stream):
    """A body StreamField rendered like include_block, with one query for all links and one for all images."""
    children = list(stream or [])
    images = [child.value["image"] for child in children
              if child.block_type == "image" and child.value.get("image") is not None]
    if images:
        renditions = get_image_model().get_rendition_model().objects.filter(filter_spec=BODY_IMAGE_FILTER)
        prefetch_related_objects(images, Prefetch("renditions", queryset=renditions))
    rich_texts = _expand_together([child.value.source for child in children if isinstance(child.value, RichText)])
    block_context = context.flatten()
    parts = []
    for child in children:
        value = RichText(next(rich_texts)) if isinstance(child.value, RichText) else child.value
        parts.append(child.block.render(value, context={**block_context, "id": child.id}))
    return mark_safe("".join(parts))  # noqa: S308 - blocks render through their own autoescaping templates


def _expand_together(sources):
    """Expand the links of several rich texts in one pass, so the linked pages are fetched in one query."""
    if not sources:
        return iter([])
    marker = f"<!--{uuid4().hex}-->"
    expanded = expand_db_html(marker.join(sources)).split(marker)
    if len(expanded) != len(sources):  # cannot happen unless a rewriter eats comments; stay correct anyway
        expanded = [expand_db_html(source) for source in sources]
    return iter(expanded)


@register.simple_tag
def meeting_time(slot):
    """One recurring slot: "Dienstag, 15:00–17:00 Uhr (jede Woche)" (a tag: listings show dozens of them)."""
    start = slot.start_time.strftime("%H:%M")
    end = format_html("–<time datetime=\"{0}\">{0}</time>", slot.end_time.strftime("%H:%M")) if slot.end_time else ""
    return format_html('{}, <time datetime="{}">{}</time>{}&nbsp;{} <span class="muted">({})</span>',
                       slot.weekday_label, start, start, end, gettext("o'clock"), slot.rhythm_label)


@register.simple_tag
def cost(obj, show_note=False):
    """What taking part costs (CostFields), amounts in German style: "2,50 €"."""
    if obj.cost_type == "amount" and obj.cost_amount is not None:
        text = format_html("{}&nbsp;€", number_format(obj.cost_amount, 2))
    else:
        text = obj.cost_type_label
    if show_note and obj.cost_note:
        return format_html('{}<br><span class="muted">{}</span>', text, obj.cost_note)
    return text


@register.simple_tag
def event_when(event):
    """Date and time in local time: "Dienstag, 3. Dezember 2026, 18:00–19:30 Uhr" (a tag: listings show many).

    Only the day needs Django's date formatting (translated day and month names); the machine-readable
    ISO dates and the clock times are formatted directly, which listings of 20 events notice.
    """
    starts, ends = localtime(event.starts_at), localtime(event.ends_at) if event.ends_at else None
    o_clock = gettext("o'clock")
    if ends and starts.date() != ends.date():
        return format_html(
            '<time datetime="{}">{}, {}&nbsp;{}</time> {} <time datetime="{}">{}, {}&nbsp;{}</time>',
            starts.isoformat(), date_format(starts, "l, j. F Y"), f"{starts:%H:%M}", o_clock, gettext("until"),
            ends.isoformat(), date_format(ends, "l, j. F Y"), f"{ends:%H:%M}", o_clock,
        )
    end = ""
    if ends:
        end = format_html('–<time datetime="{}">{}</time>', ends.isoformat(), f"{ends:%H:%M}")
    return format_html('<time datetime="{}">{}, {}</time>{}&nbsp;{}', starts.isoformat(),
                       date_format(starts, "l, j. F Y"), f"{starts:%H:%M}", end, o_clock)
