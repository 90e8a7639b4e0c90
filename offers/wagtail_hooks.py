"""Admin wiring for keeping offers current: the report for moderators and the "details are up to date" button."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets import Button
from wagtail.models import Page
from wagtail.permissions import policy_registry

from .models import OfferPage
from .views import StaleOffersReportView, confirm_offer_current


class StaleOffersMenuItem(MenuItem):
    def is_shown(self, request):
        return policy_registry.get_by_type(Page).user_has_permission(request.user, "publish")


@hooks.register("register_admin_urls")
def register_offer_review_urls():
    return [
        path("reports/stale-offers/", StaleOffersReportView.as_view(), name="offers_stale_report"),
        path("reports/stale-offers/results/", StaleOffersReportView.as_view(results_only=True),
             name="offers_stale_report_results"),
        path("offers/<int:page_id>/confirm-current/", confirm_offer_current, name="offers_confirm_current"),
    ]


@hooks.register("register_log_actions")
def register_offer_log_actions(actions):
    actions.register_action(
        "offers.confirm_current", _("Confirm details are up to date"), _("Details confirmed as up to date"),
    )


@hooks.register("register_reports_menu_item")
def register_stale_offers_menu_item():
    return StaleOffersMenuItem(
        _("Offers to review"), reverse("offers_stale_report"), name="stale-offers", icon_name="time", order=1050,
    )


def confirm_button(page, user, priority):
    if not page.live or not issubclass(page.specific_class or Page, OfferPage):
        return
    perms = page.permissions_for_user(user)
    if not perms.can_edit() or perms.page_locked():
        return
    # A POST with the CSRF token and the current address as "next", through Wagtail's own action controller.
    yield Button(
        _("Details are up to date"),
        icon_name="check",
        priority=priority,
        attrs={
            "data-controller": "w-action",
            "data-action": "w-action#post",
            "data-w-action-url-value": reverse("offers_confirm_current", args=[page.pk]),
        },
    )


@hooks.register("register_page_header_buttons")
def offer_header_buttons(page, user, view_name, next_url=None):
    yield from confirm_button(page, user, priority=25)


@hooks.register("register_page_listing_more_buttons")
def offer_listing_buttons(page, user, next_url=None):
    yield from confirm_button(page, user, priority=15)
