"""URL routing in one query.

Wagtail's default `Page.route()` walks the URL one segment at a time and asks the database twice per
segment (the child by slug, then its specific object): six queries for /partner/caritas/sprechstunde/.
Every page stores its full URL path (`url_path`), so the pages along a URL can be found in one query. The
walk stops at the first page whose type routes its children itself (e.g. a RoutablePageMixin page), and
that page's own `route()` takes over exactly as it would have with Wagtail's walk.

The same query brings the pages along the URL, so the page shown gets its ancestors with it (for the
breadcrumbs, `route_ancestors`) instead of asking for them again.
"""

from django.contrib.contenttypes.models import ContentType
from django.http import Http404

from wagtail.models import Page


def _routes_like_page(content_type_id):
    model = ContentType.objects.get_for_id(content_type_id).model_class()
    return model is not None and model.route is Page.route


class OneQueryRouteMixin:
    """For the site's root page: resolve the whole URL path below it in one query."""

    def route(self, request, path_components):
        if not path_components:
            if self.get_deferred_fields():
                # The site chrome hands Wagtail this page without its own fields (home/chrome.py), enough to route
                # below it; shown itself, it is read in full like any other page.
                return super(OneQueryRouteMixin, type(self)._default_manager.get(pk=self.pk)).route(request, [])
            return super().route(request, path_components)
        prefixes = [self.url_path + "/".join(path_components[:n]) + "/" for n in range(1, len(path_components) + 1)]
        # No ORDER BY: the pages are keyed by depth, and Django's ordering costs CPU for every selected column.
        found = {
            page.depth: page
            for page in Page.objects.filter(url_path__in=prefixes, path__startswith=self.path).order_by()
        }
        # Follow the URL down as far as pages exist and route like Page.route; stop one page earlier otherwise.
        reached, consumed = None, 0
        for n in range(1, len(path_components) + 1):
            step = found.get(self.depth + n)
            if step is None:
                break
            reached, consumed = step, n
            if not _routes_like_page(step.content_type_id):
                break
        if reached is None:
            raise Http404  # no child has the first slug, as Page.route would find
        model = ContentType.objects.get_for_id(reached.content_type_id).model_class()
        # A page type may name what its template needs anyway (routing_queryset), to fetch it in the same query.
        queryset = model.routing_queryset() if hasattr(model, "routing_queryset") else model._default_manager
        page = queryset.get(pk=reached.pk)
        result = page.route(request, path_components[consumed:])
        shown = result[0] if result else None
        # Below a site root at the top of the tree (depth 2, under Wagtail's root) the pages above the one shown
        # are exactly the tree's root, this page and those found on the way.
        if shown is not None and self.depth == 2 and shown.depth > self.depth:
            ancestors = [self, *(p for p in found.values() if p.depth < shown.depth and shown.path.startswith(p.path))]
            if len(ancestors) == shown.depth - self.depth:  # every page between the home page and the one shown
                shown.route_ancestors = sorted(ancestors, key=lambda p: p.depth)
        return result
