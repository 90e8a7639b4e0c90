"""The home page, the abstract base every page type shares, plain content pages and the site settings."""

from django.db import models
from django.db.models import Q
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page, PageViewRestriction
from wagtail.search import index

from .blocks import BodyBlock, EntryPointBlock
from .routing import OneQueryRouteMixin


class BasePage(Page):
    """Common behaviour of every public page: a summary for listings, Open Graph and JSON-LD."""

    # Pages override these; the templates read them for meta tags and structured data.
    og_type = "website"

    class Meta:
        abstract = True

    def permissions_for_user(self, user):
        # Editors never delete or move pages themselves: the editorial rules replace Wagtail's tester.
        from editorial.permissions import EditorialPagePermissionTester

        return EditorialPagePermissionTester(user, self)

    def get_view_restrictions(self):
        """The view restrictions of this page and its ancestors, in one query instead of Wagtail's two.

        Wagtail first loads the ancestors to swap aliases for their source pages, then the restrictions. The
        ancestors' paths are prefixes of this page's path, so one query finds restrictions on them and on the
        pages any of them is an alias of. Checked on every page view (wagtail_hooks.check_view_restrictions).
        No query at all while the site chrome of the request knows that no page has a restriction.
        """
        from home.chrome import restricted_pages

        if restricted_pages() == ():
            return PageViewRestriction.objects.none()
        if self.alias_of_id:
            return super().get_view_restrictions()
        paths = [self.path[:end] for end in range(self.steplen, len(self.path) + 1, self.steplen)]
        pages = Page.objects.filter(path__in=paths)
        # Two subqueries, not a join: SQLite then reads the (tiny) restrictions table instead of every page.
        return PageViewRestriction.objects.filter(
            Q(page_id__in=pages.values("pk")) | Q(page_id__in=pages.filter(alias_of__isnull=False).values("alias_of"))
        )

    def get_meta_description(self):
        return self.search_description or getattr(self, "summary", "") or getattr(self, "teaser", "")

    def get_og_image(self):
        return getattr(self, "image", None)

    @property
    def image_alt_text(self):
        """The page's own alternative text for its image, else the image's description."""
        if getattr(self, "image_alt", ""):
            return self.image_alt
        image = getattr(self, "image", None)
        return getattr(image, "description", "") if image else ""

    def default_organisation_from_parent(self, field_name):
        """Content created under a partner belongs to that partner unless the editor chose otherwise."""
        if getattr(self, f"{field_name}_id") is not None or not (self.depth and self.path):
            return
        from partners.models import PartnerPage

        parent = PartnerPage.objects.filter(path=self.path[: -self.steplen]).first()
        if parent is not None:
            setattr(self, field_name, parent)

    def get_structured_data(self, request=None):
        """A schema.org object for this page, or None. Rendered as JSON-LD in the page head."""
        return None


class HomePage(OneQueryRouteMixin, BasePage):
    """The start page: welcome, ways in by life situation, featured offers, next lectures, latest news."""

    intro_heading = models.CharField(_("welcome heading"), max_length=120, default="Gemeinsam statt einsam")
    intro = models.TextField(_("welcome text"), max_length=600, blank=True)
    entry_points = StreamField(
        [("entry_point", EntryPointBlock())], verbose_name=_("ways in"), blank=True, max_num=6
    )
    featured_heading = models.CharField(_("heading for featured offers"), max_length=120, default="Angebote entdecken")

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("intro_heading"),
        FieldPanel("intro"),
        FieldPanel("entry_points"),
        FieldPanel("featured_heading"),
    ]
    search_fields = [*BasePage.search_fields, index.SearchField("intro")]

    max_count = 1
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "offers.OfferIndexPage",
        "events.EventIndexPage",
        "partners.PartnerIndexPage",
        "news.NewsIndexPage",
        "home.StandardPage",
    ]

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        from events.models import EventPage
        from news.models import NewsPage
        from offers.models import OfferPage

        context = super().get_context(request, *args, **kwargs)
        context["featured_offers"] = OfferPage.objects.live().public().featured().for_listing()[:6]
        context["upcoming_events"] = EventPage.objects.live().public().upcoming().for_listing()[:3]
        context["latest_news"] = NewsPage.objects.live().public().for_listing()[:3]
        return context


class StandardPage(BasePage):
    """A plain page: Impressum, Datenschutz, Barrierefreiheitserklärung, Über das Netzwerk."""

    intro = models.TextField(_("introduction"), max_length=600, blank=True)
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)

    content_panels = [*BasePage.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [*BasePage.search_fields, index.SearchField("intro"), index.SearchField("body")]

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage"]

    class Meta:
        verbose_name = _("standard page")


@register_setting(icon="cog")
class NetworkSettings(ClusterableModel, BaseSiteSetting):
    """Who runs the network and how to reach the coordination office; shown in header and footer."""

    network_name = models.CharField(
        _("network name"), max_length=120, default="MitMenschen – Netzwerk für Gemeinschaft"
    )
    region = models.CharField(_("region"), max_length=120, default="Kreis Soest")
    tagline = models.CharField(_("tagline"), max_length=200, blank=True)
    logo = models.ForeignKey(
        "wagtailimages.Image", verbose_name=_("logo"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="+",
    )
    office_name = models.CharField(_("coordination office"), max_length=150, blank=True)
    office_street = models.CharField(_("street and number"), max_length=150, blank=True)
    office_postcode = models.CharField(_("postcode"), max_length=10, blank=True)
    office_town = models.CharField(_("town"), max_length=100, blank=True)
    office_phone = models.CharField(_("phone"), max_length=40, blank=True)
    office_email = models.EmailField(_("e-mail"), blank=True)
    office_hours = models.CharField(_("office hours"), max_length=200, blank=True)

    panels = [
        MultiFieldPanel([FieldPanel("network_name"), FieldPanel("region"), FieldPanel("tagline"), FieldPanel("logo")],
                        heading=_("Network")),
        MultiFieldPanel(
            [
                FieldPanel("office_name"),
                FieldPanel("office_street"),
                FieldRowPanel([FieldPanel("office_postcode"), FieldPanel("office_town")]),
                FieldRowPanel([FieldPanel("office_phone"), FieldPanel("office_email")]),
                FieldPanel("office_hours"),
            ],
            heading=_("Coordination office"),
        ),
        InlinePanel("footer_links", heading=_("Footer links"), label=_("link")),
    ]

    class Meta:
        verbose_name = _("network settings")

    @cached_property
    def footer_link_list(self):
        return list(self.footer_links.select_related("link_page"))


class FooterLink(Orderable):
    """A link in the footer, to a page of the site or to another address."""

    setting = ParentalKey(NetworkSettings, related_name="footer_links", on_delete=models.CASCADE)
    label = models.CharField(_("label"), max_length=80)
    link_page = models.ForeignKey(
        "wagtailcore.Page", verbose_name=_("page"), null=True, blank=True,
        on_delete=models.CASCADE, related_name="+",
    )
    link_url = models.URLField(_("or address"), blank=True)

    panels = [FieldPanel("label"), FieldPanel("link_page"), FieldPanel("link_url")]

    @property
    def url(self):
        return self.link_page.url if self.link_page_id else self.link_url
