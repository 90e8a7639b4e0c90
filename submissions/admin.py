"""Admin views for moderators: wishes (status, filters, CSV export) and a read-only list of offer proposals."""

from django.utils.translation import gettext_lazy as _

from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic import IndexView
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy

from .models import OfferProposal, Wish

# A cell starting with one of these is run as a formula by spreadsheet programs (CSV injection).
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def defuse_formula(value):
    text = "" if value is None else str(value)
    return f"'{text}" if text.startswith(FORMULA_PREFIXES) else text


class WishIndexView(IndexView):
    """Exports what the public typed so that a spreadsheet shows it as text and never runs it as a formula."""

    def get_base_queryset(self):
        return super().get_base_queryset().select_related("district", "theme", "target_group")

    def preprocess_field_value(self, field, value, export_format):
        value = super().preprocess_field_value(field, value, export_format)
        # Phone numbers hold only digits and + ( ) / -, which cannot call a function: "+49 …" stays as it is.
        if export_format == self.FORMAT_CSV and isinstance(value, str) and field != "contact_phone":
            return defuse_formula(value)
        return value


class WishViewSet(ModelViewSet):
    model = Wish
    icon = "help"
    menu_label = _("Wishes")
    url_prefix = "wuensche"
    name = "submissions_wish"
    index_view_class = WishIndexView
    copy_view_enabled = False
    inspect_view_enabled = True
    list_display = ["__str__", "district", "target_group", "theme", "status", "created_at"]
    list_filter = ["status", "district", "theme", "target_group"]
    search_fields = ["what", "moderator_note"]
    list_export = ["created_at", "what", "target_group", "age_group", "district", "theme", "status",
                   "moderator_note", "contact_name", "contact_email", "contact_phone"]
    export_headings = {"__str__": _("Wish")}
    export_filename = "wuensche"
    ordering = ["-created_at"]


class ReadOnlyPolicy(ModelPermissionPolicy):
    """Proposals are looked at and deleted, never edited: the offer itself is edited as a page."""

    def user_has_permission(self, user, action):
        return action not in {"add", "change"} and super().user_has_permission(user, action)

    def users_with_any_permission(self, actions):
        return super().users_with_any_permission([a for a in actions if a not in {"add", "change"}])


class ProposalIndexView(IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().select_related("page")


class OfferProposalViewSet(ModelViewSet):
    model = OfferProposal
    index_view_class = ProposalIndexView
    icon = "form"
    menu_label = _("Offer proposals")
    url_prefix = "angebotsvorschlaege"
    name = "submissions_proposal"
    copy_view_enabled = False
    inspect_view_enabled = True
    list_display = [Column("__str__", label=_("offer proposal")), "decision", "created_at", "decided_at",
                    "purged_at"]
    list_filter = ["decision"]
    search_fields = ["organisation", "name", "email"]
    inspect_view_fields = ["page", "organisation", "name", "email", "phone", "consent_at", "created_at",
                           "decision", "decided_at", "purged_at"]
    form_fields = []


class SubmissionsGroup(ViewSetGroup):
    menu_label = _("Public forms")
    menu_icon = "form"
    menu_order = 250
    items = (WishViewSet, OfferProposalViewSet)
