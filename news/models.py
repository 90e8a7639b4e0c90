"""News from the network and its members, with RSS and Atom feeds."""

from datetime import date

from django.db import models
from django.db.models import Prefetch
from django.utils.translation import gettext_lazy as _

from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.images import get_image_model
from wagtail.models import PageManager
from wagtail.search import index

from taggit.models import TaggedItemBase

from editorial.forms import OwnOrganisationPageForm
from home.blocks import BodyBlock
from home.models import BasePage
from home.pagination import PublishedPagesPaginator
from home.queries import SitePageQuerySet

NEWS_PER_PAGE = 12
LISTING_IMAGE_FILTER = "fill-480x320"


class NewsIndexPage(RoutablePageMixin, BasePage):
    """The news listing; its feeds live at feed/ (RSS) and atom/ (Atom)."""

    intro = models.TextField(_("introduction"), max_length=600, blank=True)

    content_panels = [*BasePage.content_panels, FieldPanel("intro")]
    max_count = 1
    parent_page_types = ["home.HomePage"]
    subpage_types = ["news.NewsPage"]

    class Meta:
        verbose_name = _("news listing")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        news = NewsPage.objects.public().for_listing()
        page = PublishedPagesPaginator(news, NEWS_PER_PAGE).get_page(request.GET.get("seite"))
        context.update(page_obj=page, news_items=page.object_list)
        return context

    @path("feed/", name="rss")
    def rss_feed(self, request):
        from .feeds import NewsRssFeed

        return NewsRssFeed(self)(request)

    @path("atom/", name="atom")
    def atom_feed(self, request):
        from .feeds import NewsAtomFeed

        return NewsAtomFeed(self)(request)


class NewsPageTag(TaggedItemBase):
    content_object = ParentalKey("news.NewsPage", related_name="tagged_items", on_delete=models.CASCADE)


# What a news card (components/news_card.html) reads, of the 80 columns a news item has with its author.
CARD_FIELDS = ("title", "url_path", "image", "publication_date", "teaser", "author_organisation__title")


class NewsPageQuerySet(SitePageQuerySet):
    def for_listing(self):
        images = get_image_model().objects.prefetch_renditions(LISTING_IMAGE_FILTER)
        return (
            self.select_related("author_organisation")
            .only(*CARD_FIELDS)
            .prefetch_related(Prefetch("image", queryset=images))
            .order_by("-publication_date", "-pk")
        )


class NewsPageForm(OwnOrganisationPageForm):
    organisation_fields = ("author_organisation",)


class NewsPage(BasePage):
    """A news item: what happened, what is new, what is coming."""

    og_type = "article"

    publication_date = models.DateField(_("date"), default=date.today)
    author_organisation = models.ForeignKey(
        "partners.PartnerPage", verbose_name=_("author organisation"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="news",
        help_text=_("Leave empty for news from the coordination office."),
    )
    teaser = models.CharField(_("teaser"), max_length=300, help_text=_("One or two plain sentences for listings."))
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)
    image = models.ForeignKey(
        "wagtailimages.Image", verbose_name=_("image"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="+",
    )
    image_alt = models.CharField(_("alternative text"), max_length=250, blank=True)
    tags = ClusterTaggableManager(through=NewsPageTag, verbose_name=_("tags"), blank=True)
    related_offers = ParentalManyToManyField(
        "offers.OfferPage", verbose_name=_("related offers"), blank=True, related_name="related_news"
    )
    related_events = ParentalManyToManyField(
        "events.EventPage", verbose_name=_("related events"), blank=True, related_name="related_news"
    )

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("publication_date"),
        FieldPanel("author_organisation"),
        FieldPanel("teaser"),
        FieldPanel("body"),
        MultiFieldPanel([FieldPanel("image"), FieldPanel("image_alt")], heading=_("Image")),
        FieldPanel("tags"),
        FieldPanel("related_offers"),
        FieldPanel("related_events"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("teaser", boost=2),
        index.SearchField("body"),
        index.RelatedFields("tags", [index.SearchField("name")]),
        index.FilterField("publication_date"),
    ]

    base_form_class = NewsPageForm
    parent_page_types = ["news.NewsIndexPage", "partners.PartnerPage"]
    subpage_types = []

    objects = PageManager.from_queryset(NewsPageQuerySet)()

    class Meta:
        verbose_name = _("news item")
        verbose_name_plural = _("news items")
        indexes = [models.Index(fields=["publication_date"], name="news_publication_date_idx")]


    def save(self, *args, **kwargs):
        self.default_organisation_from_parent("author_organisation")
        super().save(*args, **kwargs)

    def get_structured_data(self, request=None):
        data = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": self.title,
            "description": self.teaser,
            "datePublished": self.publication_date.isoformat(),
            "url": self.get_full_url(request),
        }
        if self.author_organisation_id:
            data["author"] = {"@type": "Organization", "name": self.author_organisation.title}
        return data
