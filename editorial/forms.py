"""Admin page forms that keep partner editors inside their own organisation."""

from wagtail.admin.forms import WagtailAdminPageForm

from .roles import is_moderator, partners_edited_by


class OwnOrganisationPageForm(WagtailAdminPageForm):
    """Limits the fields that name an organisation to the partners the editor works for.

    Page permissions cover where a page lives, not whom it names; without this an editor could publish an offer
    in another organisation's name through review that does not look at that field.
    """

    organisation_fields = ()

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        user = self.for_user
        if user is None or is_moderator(user):
            return
        own = partners_edited_by(user)
        for name in self.organisation_fields:
            if name in self.fields:
                self.fields[name].queryset = own
