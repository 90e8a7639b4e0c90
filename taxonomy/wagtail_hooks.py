"""Admin screens for the taxonomies, built on Wagtail's SnippetViewSet."""

from django.utils.translation import gettext_lazy as _

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import District, OfferKind, TargetGroup, Theme


class TermViewSet(SnippetViewSet):
    list_display = ["name", "slug"]
    search_fields = ["name"]
    ordering = ["name"]


class ThemeViewSet(TermViewSet):
    model = Theme
    icon = "tag"


class TargetGroupViewSet(TermViewSet):
    model = TargetGroup
    icon = "group"


class DistrictViewSet(TermViewSet):
    model = District
    icon = "site"
    list_display = ["name", "kind", "parent"]
    list_filter = ["kind"]


class OfferKindViewSet(TermViewSet):
    model = OfferKind
    icon = "list-ul"


class TaxonomyGroup(SnippetViewSetGroup):
    menu_label = _("Taxonomies")
    menu_icon = "tag"
    menu_order = 300
    items = (ThemeViewSet, TargetGroupViewSet, DistrictViewSet, OfferKindViewSet)


register_snippet(TaxonomyGroup)
