"""What every public page needs besides its own content: the site, its settings and the sections of the menu.

They change only when an editor publishes, unpublishes, moves or deletes a page or saves the settings, yet
every page view used to ask the database for them: five queries, one of which walks the page tree. They are
now kept in the cache and dropped by the signals below when any of that happens. Every worker must see the
drop at its next request, so the cache has to be shared by the workers: a file cache by default, Redis with
REDIS_URL (settings/base.py). The page's own content is never cached.

Which pages carry a view restriction (usually none) is not cached across requests: restricted_pages() asks
once per request, and the page view's own check and every listing's public() share the answer.
"""

from contextvars import ContextVar

from django.core.cache import cache
from django.db import transaction
from django.db.models import prefetch_related_objects
from django.http.request import split_domain_port

from wagtail.models import Page, PageViewRestriction, Site
from wagtail.models.sites import get_site_for_hostname

CACHE_KEY = "site-chrome"
# A backstop for changes that bypass the signals (e.g. a shell session); the signals do the real work.
TIMEOUT = 600
# Host names are checked against ALLOWED_HOSTS before this runs, but keep the entry small whatever happens.
MAX_HOSTS = 16


# What is remembered for the request being served, for code that has no request at hand (restricted_pages()).
_request_memo = ContextVar("request_memo", default=None)


class SiteChrome:
    """The site of a host name, its network settings (with the footer links) and the live sections."""

    def __init__(self, site, settings, sections):
        self.site = site
        self.settings = settings
        self.sections = sections


def _build(hostname, port):
    from home.models import NetworkSettings

    try:
        site = get_site_for_hostname(hostname, port)
    except Site.DoesNotExist:
        return SiteChrome(None, None, [])
    settings = NetworkSettings.for_site(site)
    settings.__dict__["footer_link_list"] = list(settings.footer_links.select_related("link_page"))
    if settings.logo_id:
        prefetch_related_objects([settings], "logo__renditions")
    sections = list(site.root_page.get_children().live())
    return SiteChrome(site, settings, sections)


def chrome_for_request(request):
    """The chrome for the request's host name, from the cache when it is there."""
    if not hasattr(request, "_site_chrome"):
        host = (split_domain_port(request._get_raw_host())[0], request.get_port())
        entries = cache.get(CACHE_KEY) or {}
        chrome = entries.get(host)
        if chrome is None:
            chrome = _build(*host)
            if len(entries) >= MAX_HOSTS:
                entries = {}
            entries[host] = chrome
            cache.set(CACHE_KEY, entries, TIMEOUT)
        request._site_chrome = chrome
    return request._site_chrome


def attach_to_request(request):
    """Hand the cached objects to Wagtail's own per-request lookups, so they need no query either."""
    from home.models import NetworkSettings

    chrome = chrome_for_request(request)
    # Site.find_for_request() and BaseSiteSetting.for_request() keep their result on these attributes.
    request._wagtail_site = chrome.site
    if chrome.site is not None:
        # Wagtail routes every request from site.root_page.specific, one query for the home page's own fields
        # that routing below it never reads. The deferred form costs none; the home page itself is fetched in
        # full when it is the page shown (home.routing.OneQueryRouteMixin).
        root = chrome.site.root_page
        root.__dict__.setdefault("specific", root.specific_deferred)
    if chrome.settings is not None:
        chrome.settings._request = request
        setattr(request, NetworkSettings.get_cache_attr_name(), chrome.settings)


def read_restricted_pages():
    """(path, depth) of every page with a view restriction, read from the database now.

    Asked as "pages whose id is among the restrictions' page ids", so that the restrictions table (usually
    empty) is read first: as a join, SQLite without table statistics walked the whole page table (~1 ms).
    """
    restricted_ids = PageViewRestriction.objects.values("page_id")
    return tuple(Page.objects.filter(id__in=restricted_ids).order_by().values_list("path", "depth"))


def restricted_pages():
    """read_restricted_pages(), asked once per request; None outside a request."""
    memo = _request_memo.get()
    if memo is None:
        return None
    if "restricted" not in memo:
        memo["restricted"] = read_restricted_pages()
    return memo["restricted"]


def forget_restricted_pages(**kwargs):
    """A view restriction was saved or deleted during the request: ask again."""
    memo = _request_memo.get()
    if memo is not None:
        memo.pop("restricted", None)


def invalidate(**kwargs):
    """Drop the cached chrome once the change is committed (a reader before the commit would cache old data)."""
    transaction.on_commit(lambda: cache.delete(CACHE_KEY))


def invalidate_on_page_delete(sender, instance, **kwargs):
    if isinstance(instance, Page):
        invalidate()


def connect_signals():
    from django.db.models.signals import post_delete, post_save

    from wagtail.images import get_image_model
    from wagtail.signals import page_published, page_unpublished, post_page_move

    from home.models import FooterLink, NetworkSettings

    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(invalidate, dispatch_uid=f"site-chrome-{id(signal)}")
    post_delete.connect(invalidate_on_page_delete, dispatch_uid="site-chrome-page-delete")
    for model in (Site, NetworkSettings, FooterLink, get_image_model()):
        post_save.connect(invalidate, sender=model, dispatch_uid=f"site-chrome-save-{model.__name__}")
        post_delete.connect(invalidate, sender=model, dispatch_uid=f"site-chrome-delete-{model.__name__}")
    post_page_move.connect(forget_restricted_pages, dispatch_uid="restricted-pages-move")
    post_save.connect(forget_restricted_pages, sender=PageViewRestriction, dispatch_uid="restricted-pages-save")
    post_delete.connect(forget_restricted_pages, sender=PageViewRestriction, dispatch_uid="restricted-pages-delete")


class SiteChromeMiddleware:
    """Attaches the cached chrome to every request before Wagtail routes it."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        attach_to_request(request)
        token = _request_memo.set({})
        try:
            return self.get_response(request)
        finally:
            _request_memo.reset(token)
