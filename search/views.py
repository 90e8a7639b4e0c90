"""The site search page: one box on every page searches all public content."""

from django.core.paginator import Paginator
from django.template.response import TemplateResponse

from wagtail.models import Page

RESULTS_PER_PAGE = 10
MAX_QUERY_LENGTH = 200


def search(request):
    query = request.GET.get("q", "").replace("\x00", "").strip()[:MAX_QUERY_LENGTH]
    # The SQLite backend puts each term in double quotes without escaping those inside it, so a quote
    # in the query is an FTS5 syntax error (a 500). Quotes carry no meaning in a plain-text search.
    terms = query.replace('"', " ").strip()
    results = Page.objects.live().public().specific().search(terms) if terms else Page.objects.none()
    page = Paginator(results, RESULTS_PER_PAGE).get_page(request.GET.get("seite"))
    return TemplateResponse(request, "search/search.html", {"search_query": query, "page_obj": page})
