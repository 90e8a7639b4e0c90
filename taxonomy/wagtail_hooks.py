"""Admin screens for the taxonomies, built on Wagtail's SnippetViewSet.

Terms are moderated snippets: a new term is a draft until "Redaktionelle Prüfung" approves it. The public must
never see a draft term, so everything that attaches terms to public content offers live terms only: the snippet
choosers (kind of offer, district, the home page's teaser blocks) and the check boxes for themes and target
groups. A term that pages still use cannot be unpublished (it would stay visible on them); delete it instead,
which detaches it, or remove it from the pages first.
"""

from django.contrib import messages
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.shortcuts import redirect
from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms.models import register_form_field_override
from wagtail.models import Page, ReferenceIndex
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.chooser import ChooseResultsView, ChooseView, SnippetChooserViewSet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup, UnpublishView

from .models import District, OfferKind, TargetGroup, TaxonomyTerm, Theme


class LiveTermsMixin:
    def get_object_list(self):
        return super().get_object_list().live()


class LiveTermChooseView(LiveTermsMixin, ChooseView):
    pass


class LiveTermChooseResultsView(LiveTermsMixin, ChooseResultsView):
    pass


class TermChooserViewSet(SnippetChooserViewSet):
    choose_view_class = LiveTermChooseView
    choose_results_view_class = LiveTermChooseResultsView

    def on_register(self):
        super().on_register()
        # The chooser widget for foreign keys to terms (Wagtail registers only the widget): the form field also
        # accepts live terms only, so a draft term's id sent by hand is refused, not stored.
        register_form_field_override(
            models.ForeignKey, to=self.model,
            override={"widget": self.widget_class, "queryset": self.model.objects.live()},
        )


def live_terms_for_many_to_many(db_field):
    """Themes and target groups are check boxes on pages: only live terms are offered."""
    if issubclass(db_field.related_model, TaxonomyTerm):
        return {"queryset": db_field.related_model.objects.live()}
    return None


register_form_field_override(models.ManyToManyField, override=live_terms_for_many_to_many)


def pages_using(term):
    """The pages (draft or live) that carry the term: through a foreign key or many-to-many field, or in a
    StreamField block (Wagtail's reference index, which does not cover many-to-many fields)."""
    ids = set()
    for relation in term._meta.get_fields(include_hidden=True):
        if relation.auto_created and not relation.concrete and issubclass(relation.related_model, Page):
            ids.update(relation.related_model._base_manager.filter(**{relation.field.name: term})
                       .values_list("pk", flat=True))
    page_type = ContentType.objects.get_for_model(Page)
    ids.update(int(pk) for pk in ReferenceIndex.get_references_to(term).filter(base_content_type=page_type)
               .values_list("object_id", flat=True))
    return Page.objects.filter(pk__in=ids)


class TermUnpublishView(UnpublishView):
    def unpublish(self):
        in_use = pages_using(self.object)
        if in_use.exists():
            messages.error(self.request, _(
                "“%(term)s” is used by %(count)d page(s) and stays published. Remove it from those pages first, "
                "or delete the term."
            ) % {"term": self.object, "count": in_use.count()})
            return redirect(self.get_next_url())
        return super().unpublish()


class TermViewSet(SnippetViewSet):
    list_display = ["name", "slug"]
    search_fields = ["name"]
    ordering = ["name"]
    chooser_viewset_class = TermChooserViewSet
    unpublish_view_class = TermUnpublishView


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
