"""The admin report of what people searched for, per month: most frequent queries and those that found nothing."""

from datetime import date

from django import forms
from django.db.models import Sum
from django.urls import reverse
from django.utils.dateformat import format as date_format
from django.utils.functional import cached_property
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _

from wagtail.admin.auth import permission_denied
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import NumberColumn, TitleColumn
from wagtail.admin.views.reports import ReportView

import django_filters

from .models import SearchQueryDay
from .roles import can_read_statistics

ALL, WITHOUT_RESULTS = "all", "none"


def month_start(day):
    return day.replace(day=1)


def next_month(day):
    return date(day.year + day.month // 12, day.month % 12 + 1, 1)


def month_choices():
    """This month and every month with statistics, newest first, as ("2026-03", "März 2026")."""
    months = {month_start(date.today())}
    months.update(SearchQueryDay.objects.dates("date", "month"))
    return [(f"{m:%Y-%m}", date_format(m, "F Y")) for m in sorted(months, reverse=True)]


def _keep(queryset, name, value):
    # The view applies the filters itself: the rows must be summed per query after the month is chosen.
    return queryset


class SearchQueryFilterSet(WagtailFilterSet):
    month = django_filters.ChoiceFilter(
        label=_("Month"), choices=month_choices, empty_label=None, method=_keep, widget=forms.Select,
    )
    show = django_filters.ChoiceFilter(
        label=_("Show"), empty_label=None, method=_keep, widget=forms.RadioSelect,
        choices=[(ALL, _("All queries")), (WITHOUT_RESULTS, _("Only queries that found nothing"))],
    )

    class Meta:
        model = SearchQueryDay
        fields = []


def public_search_url(row):
    """The query on the public search page, so a moderator sees what people got (searches by logged-in
    users are not counted)."""
    return f"{reverse('search')}?{urlencode({'q': row['query']})}"


class SearchQueryReportView(ReportView):
    """Per month: how often each query was searched and how often it found nothing. Moderators only."""

    page_title = _("Search queries")
    header_icon = "search"
    index_url_name = "searchstats_report"
    index_results_url_name = "searchstats_report_results"
    filterset_class = SearchQueryFilterSet
    is_searchable = True
    search_fields = ["query"]
    paginate_by = 50
    default_ordering = "-searches"
    columns = [
        TitleColumn("query", label=_("Search query"), sort_key="query", get_url=public_search_url),
        NumberColumn("searches", label=_("Searches"), sort_key="searches"),
        NumberColumn("misses", label=_("Of these without results"), sort_key="misses"),
    ]
    list_export = ["query", "searches", "misses"]
    export_headings = {
        "query": _("Search query"),
        "searches": _("Searches"),
        "misses": _("Of these without results"),
    }

    def dispatch(self, request, *args, **kwargs):
        if not can_read_statistics(request.user):
            return permission_denied(request)
        return super().dispatch(request, *args, **kwargs)

    def get_filterset_kwargs(self):
        kwargs = super().get_filterset_kwargs()
        kwargs["queryset"] = SearchQueryDay.objects.none()
        return kwargs

    def _cleaned(self, name):
        if self.filters is None or not self.filters.is_valid():
            return None
        return self.filters.form.cleaned_data.get(name) or None

    @cached_property
    def month(self):
        """The first day of the chosen month; this month unless another was chosen."""
        chosen = self._cleaned("month")
        if chosen:
            year, month = chosen.split("-")
            return date(int(year), int(month), 1)
        return month_start(date.today())

    @cached_property
    def only_without_results(self):
        return self._cleaned("show") == WITHOUT_RESULTS

    def get_page_subtitle(self):
        return date_format(self.month, "F Y")

    def get_ordering(self):
        ordering = self.request.GET.get("ordering")
        if ordering in self.get_valid_orderings():
            return ordering
        return "-misses" if self.only_without_results else self.default_ordering

    def get_queryset(self):
        rows = SearchQueryDay.objects.filter(date__gte=self.month, date__lt=next_month(self.month))
        if self.is_searching:
            rows = rows.filter(query__icontains=self.search_query)
        totals = rows.values("query").annotate(searches=Sum("searches"), misses=Sum("misses"))
        if self.only_without_results:
            totals = totals.filter(misses__gt=0)
        tiebreak = "query" if self.ordering.lstrip("-") != "query" else "searches"
        return totals.order_by(self.ordering, tiebreak)
