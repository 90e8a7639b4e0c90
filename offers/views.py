"""Admin views for keeping offers current: the stale-offers report and the one-click confirmation."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import F
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.utils import get_valid_next_url_from_request
from wagtail.admin.views.reports import PageReportView
from wagtail.models import Page

import django_filters

from partners.models import PartnerPage
from taxonomy.models import District

from .models import OfferPage
from .review import Outcome, confirm_current


@require_POST
def confirm_offer_current(request, page_id):
    """"Angaben sind aktuell": a new revision reviewed today, through the same review as any edit."""
    page = get_object_or_404(Page, pk=page_id).specific
    if not isinstance(page, OfferPage):
        raise Http404
    perms = page.permissions_for_user(request.user)
    if not perms.can_edit():
        raise PermissionDenied
    next_url = get_valid_next_url_from_request(request) or reverse("wagtailadmin_pages:edit", args=[page.pk])
    if perms.page_locked():
        messages.error(request, _("The offer is locked; it cannot be confirmed right now."))
        return redirect(next_url)
    if not page.live:
        # A draft gets its review date when it is written; confirming must not publish or submit it.
        messages.error(request, _("Only published offers can be confirmed as up to date."))
        return redirect(next_url)

    with transaction.atomic():
        outcome = confirm_current(page, request.user)
    texts = {
        Outcome.PUBLISHED: _("Thank you! “%(title)s” is confirmed as up to date."),
        Outcome.SUBMITTED: _("Thank you! The confirmation for “%(title)s” has been submitted for review."),
        Outcome.SAVED: _("Thank you! The confirmation for “%(title)s” has been saved as a draft."),
    }
    messages.success(request, texts[outcome] % {"title": page.get_admin_display_title()})
    return redirect(next_url)


class StaleOfferFilterSet(WagtailFilterSet):
    provider = django_filters.ModelChoiceFilter(
        label=gettext_lazy("provider"), queryset=PartnerPage.objects.order_by("title"),
    )
    district = django_filters.ModelChoiceFilter(
        label=gettext_lazy("district or town"), queryset=District.objects.order_by("name"),
    )

    class Meta:
        model = OfferPage
        fields = ["provider", "district"]


class StaleOffersReportView(PageReportView):
    """Live offers not reviewed within the review period, oldest review first, for the moderators."""

    page_title = gettext_lazy("Offers to review")
    header_icon = "time"
    results_template_name = "offers/admin/stale_offers_results.html"
    filterset_class = StaleOfferFilterSet
    index_url_name = "offers_stale_report"
    index_results_url_name = "offers_stale_report_results"
    permission_required = "publish"
    list_export = ["title", "provider", "last_reviewed_date", "reminder_sent_at", "url"]
    export_headings = {
        "title": gettext_lazy("title"),
        "provider": gettext_lazy("provider"),
        "last_reviewed_date": gettext_lazy("last reviewed"),
        "reminder_sent_at": gettext_lazy("reminder sent at"),
        "url": "URL",
    }

    def get_queryset(self):
        publishable = self.permission_policy.instances_user_has_permission_for(self.request.user, "publish")
        self.queryset = (
            OfferPage.objects.live().stale()
            .filter(pk__in=publishable.values("pk"))
            .select_related("provider", "district")
            .annotate(reminder_sent_at=F("review_reminder__sent_at"))
            .prefetch_workflow_states()
            .order_by("last_reviewed_date", "title", "pk")
        )
        return super().get_queryset()
