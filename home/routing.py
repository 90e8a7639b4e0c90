"""URL routing in one query.

Wagtail's default `Page.route()` walks the URL one segment at a time and asks the database twice per
segment (the child by slug, then its specific object): six queries for /partner/caritas/sprechstunde/.
Every page stores its full URL path (`url_path`), so the pages along a URL can be found in one query. The
walk stops at the first page whose type routes its children itself (e.g. a RoutablePageMixin page), and
that page's own `route()` takes over exactly as it would have with Wagtail's walk.
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
            return super().route(request, path_components)
        prefixes = [self.url_path + "/".join(path_components[:n]) + "/" for n in range(1, len(path_components) + 1)]
        found = {
            depth: (pk, content_type_id)
            for pk, depth, content_type_id in Page.objects.filter(
                url_path__in=prefixes, path__startswith=self.path
            ).values_list("pk", "depth", "content_type_id")
        }
        # Follow the URL down as far as pages exist and route like Page.route; stop one page earlier otherwise.
        reached, consumed = None, 0
        for n in range(1, len(path_components) + 1):
            step = found.get(self.depth + n)
            if step is None:
                break
            reached, consumed = step, n
            if not _routes_like_page(step[1]):
                break
        if reached is None:
            raise Http404  # no child has the first slug, as Page.route would find
        pk, content_type_id = reached
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        # A page type may name what its template needs anyway (routing_queryset), to fetch it in the same query.
        queryset = model.routing_queryset() if hasattr(model, "routing_queryset") else model._default_manager
        page = queryset.get(pk=pk)
        return page.route(request, path_components[consumed:])
