"""Admin wiring: the search query report for moderators; Wagtail's own "Search terms" report is replaced by it."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .roles import can_read_statistics
from .views import SearchQueryReportView


class SearchQueryMenuItem(MenuItem):
    def is_shown(self, request):
        return can_read_statistics(request.user)


@hooks.register("register_admin_urls")
def register_search_report_urls():
    return [
        path("reports/search-queries/", SearchQueryReportView.as_view(), name="searchstats_report"),
        path("reports/search-queries/results/", SearchQueryReportView.as_view(results_only=True),
             name="searchstats_report_results"),
    ]


@hooks.register("register_reports_menu_item")
def register_search_report_menu_item():
    return SearchQueryMenuItem(
        _("Search queries"), reverse("searchstats_report"), name="search-queries", icon_name="search", order=1310,
    )


@hooks.register("construct_reports_menu")
def hide_wagtail_search_terms(request, menu_items):
    # The search page records its queries here, not in Wagtail's Query hits, which would stay empty.
    menu_items[:] = [item for item in menu_items if item.name != "search-terms"]
