"""Network members: welfare associations, clinics, clubs, the self-help contact point and their profiles."""

from django import forms
from django.db import models
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import PageManager
from wagtail.search import index

from home.blocks import RICH_TEXT_FEATURES
from home.labels import choice_label
from home.mixins import AddressFields
from home.models import BasePage
from home.pagination import PublishedPagesPaginator
from home.queries import SitePageQuerySet

PARTNERS_PER_PAGE = 24


class PartnerIndexPage(BasePage):
    """The directory of all network members."""

    intro = models.TextField(_("introduction"), max_length=600, blank=True)

    content_panels = [*BasePage.content_panels, FieldPanel("intro")]
    max_count = 1
    parent_page_types = ["home.HomePage"]
    subpage_types = ["partners.PartnerPage"]

    class Meta:
        verbose_name = _("partner directory")

    def get_context(self, request, *args, **kwargs):
        from .forms import PartnerFilterForm

        context = super().get_context(request, *args, **kwargs)
        form = PartnerFilterForm(request.GET or None)
        partners = form.filter(PartnerPage.objects.public().child_of(self).for_listing())
        page = PublishedPagesPaginator(partners, PARTNERS_PER_PAGE).get_page(request.GET.get("seite"))
        context.update(filter_form=form, page_obj=page, partners=page.object_list)
        return context


# A partner card shows no logo; the row's other columns (contact, address, description) are not read either.
CARD_FIELDS = ("title", "url_path", "kind", "summary", "town", "district__name")


class PartnerPageQuerySet(SitePageQuerySet):
    def for_listing(self):
        """What a partner card (components/partner_card.html) reads."""
        return self.select_related("district").only(*CARD_FIELDS).order_by("title", "path")


class PartnerPage(AddressFields, BasePage):
    """A member organisation's profile; its offers, events and news live beneath it."""

    class Kind(models.TextChoices):
        WELFARE = "welfare", _("welfare association")
        CLINIC = "clinic", _("clinic or health service")
        AUTHORITY = "authority", _("public authority")
        CLUB = "club", _("club or association")
        SELF_HELP = "self_help", _("self-help contact point")
        CHURCH = "church", _("church community")
        INITIATIVE = "initiative", _("citizens' initiative")
        OTHER = "other", _("other")

    kind = models.CharField(_("kind of organisation"), max_length=20, choices=Kind.choices, default=Kind.OTHER)
    summary = models.CharField(_("summary"), max_length=300, help_text=_("One or two plain sentences."))
    description = RichTextField(_("description"), features=RICH_TEXT_FEATURES, blank=True)
    logo = models.ForeignKey(
        "wagtailimages.Image", verbose_name=_("logo"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="+",
    )
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    website = models.URLField(_("website"), blank=True)
    districts_served = ParentalManyToManyField(
        "taxonomy.District", verbose_name=_("districts served"), blank=True, related_name="partners"
    )

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("kind"),
        FieldPanel("summary"),
        FieldPanel("description"),
        FieldPanel("logo"),
        *AddressFields.address_panels,
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("phone"), FieldPanel("email")]), FieldPanel("website")],
            heading=_("Contact"),
        ),
        FieldPanel("districts_served", widget=forms.CheckboxSelectMultiple),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("summary", boost=2),
        index.SearchField("description"),
        index.SearchField("town"),
        index.FilterField("kind"),
    ]

    parent_page_types = ["partners.PartnerIndexPage"]
    subpage_types = ["offers.OfferPage", "events.EventPage", "news.NewsPage"]

    objects = PageManager.from_queryset(PartnerPageQuerySet)()

    class Meta:
        verbose_name = _("partner")
        verbose_name_plural = _("partners")

    @property
    def kind_label(self):
        """get_kind_display() without translating every choice (home.labels): partner cards show it."""
        return choice_label(self.Kind, self.kind)

    def get_og_image(self):
        return self.logo

    def get_context(self, request, *args, **kwargs):
        from events.models import EventPage
        from news.models import NewsPage
        from offers.models import OfferPage

        context = super().get_context(request, *args, **kwargs)
        # Capped lists: the partner page stays cheap however much a partner publishes; the directories
        # behind the "all" links paginate the rest.
        context["offers"] = OfferPage.objects.live().public().filter(provider=self).for_listing()[:12]
        context["events"] = EventPage.objects.live().public().filter(organisers=self).upcoming().for_listing()[:6]
        context["news"] = NewsPage.objects.live().public().filter(author_organisation=self).for_listing()[:6]
        return context

    def get_structured_data(self, request=None):
        data = {
            "@context": "https://schema.org",
            "@type": "Organization",
            "name": self.title,
            "description": self.summary,
            "url": self.get_full_url(request),
        }
        if self.has_address:
            data["address"] = self.postal_address()
        if self.phone:
            data["telephone"] = self.phone
        if self.email:
            data["email"] = self.email
        if self.website:
            data["sameAs"] = [self.website]
        return data
