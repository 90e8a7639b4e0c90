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
        (~1 ms at 10,000 pages) because the restrictions table is usually empty and has no statistics; the
        restricted pages are read first instead, starting from that tiny table (home.chrome), and during a
        request only once.
        """
        from home.chrome import read_restricted_pages, restricted_pages

        restricted = restricted_pages()
        if restricted is None:
            restricted = read_restricted_pages()
        q = Q()
        for path, depth in restricted:
            q |= Q(path__startswith=path, depth__gte=depth)
        return q if q else Q(pk__in=[])
