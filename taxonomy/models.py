"""The network's shared vocabulary: themes, target groups and districts that offers, events and news use."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.models import DraftStateMixin, LockableMixin, RevisionMixin, WorkflowMixin
from wagtail.search import index


class TermQuerySet(models.QuerySet):
    def live(self):
        """The published terms: the only ones the public may see, as filter labels or on pages."""
        return self.filter(live=True)


class TaxonomyTerm(WorkflowMixin, DraftStateMixin, LockableMixin, RevisionMixin, index.Indexed, models.Model):
    """A term people filter by; the slug is what appears in filter URLs, so it stays stable.

    The public sees the names, so new terms and changes go through "Redaktionelle Prüfung" like pages do
    (Wagtail's snippet workflow: the mixins in the order Wagtail requires). A change to a live term waits as a
    revision; the row keeps the published name until the change is approved.
    """

    name = models.CharField(_("name"), max_length=80, unique=True)
    slug = models.SlugField(_("slug"), max_length=80, unique=True, allow_unicode=False)
    description = models.CharField(_("description"), max_length=255, blank=True)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    objects = TermQuerySet.as_manager()

    class Meta:
        abstract = True
        ordering = ["name"]

    def __str__(self):
        return self.name


class Theme(TaxonomyTerm):
    """A subject such as "Bewegung", "Trauer" or "Seelische Gesundheit"."""

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("theme")
        verbose_name_plural = _("themes")


class TargetGroup(TaxonomyTerm):
    """Who an offer is for, e.g. "Seniorinnen und Senioren", "Angehörige", "Alleinerziehende"."""

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("target group")
        verbose_name_plural = _("target groups")


class District(TaxonomyTerm):
    """A county or a town within it; towns point to their county so data can be shown per area."""

    class Kind(models.TextChoices):
        COUNTY = "county", _("county")
        TOWN = "town", _("town or municipality")

    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices, default=Kind.TOWN)
    parent = models.ForeignKey(
        "self",
        verbose_name=_("part of"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="children",
        limit_choices_to={"kind": "county"},
    )

    panels = [*TaxonomyTerm.panels, FieldPanel("kind"), FieldPanel("parent")]

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("district")
        verbose_name_plural = _("districts")


class OfferKind(TaxonomyTerm):
    """What sort of offer it is: meeting place, self-help group, counselling, course, visiting service …"""

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("kind of offer")
        verbose_name_plural = _("kinds of offer")
