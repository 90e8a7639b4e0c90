"""The query set every directory's page type builds on."""

from django.db.models import Q

from wagtail.query import PageQuerySet


def unread_columns(relation, model, *read):
    """For QuerySet.defer(): every column of `model`, reached through `relation`, except those in `read`.

    A page fetched with select_related() often reads one or two fields of a related object (a provider's
    title, a district's name), while Django compiles and loads every column: a partner page brings 40.
    """
    return [f"{relation}__{field.name}" for field in model._meta.concrete_fields
            if not field.primary_key and field.name not in read]


class SitePageQuerySet(PageQuerySet):
    def private_q(self):
        """Pages in a private section, as Wagtail's, without its join of restrictions and pages.

        Every listing asks this through public(). SQLite plans Wagtail's join by scanning the page table
        (~1 ms at 10,000 pages) because the restrictions table is usually empty and has no statistics;
        reading the restricted page ids first is a lookup in a tiny table, and a second query follows only
        when a private section exists. During a request the site chrome knows them already (home/chrome.py).
        """
        from wagtail.models import Page, PageViewRestriction

        from home.chrome import restricted_pages

        restricted = restricted_pages()
        if restricted is None:
            page_ids = list(PageViewRestriction.objects.values_list("page_id", flat=True))
            restricted = Page.objects.filter(pk__in=page_ids).values_list("path", "depth") if page_ids else []
        q = Q()
        for path, depth in restricted:
            q |= Q(path__startswith=path, depth__gte=depth)
        return q if q else Q(pk__in=[])
