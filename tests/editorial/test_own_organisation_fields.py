"""Partner editors can only name their own organisation as provider, author or organiser."""


import pytest

from events.models import EventPage
from news.models import NewsPage
from offers.models import OfferPage
from tests.editorial.admin_forms import edit_form_data


def form_for(page_class, user):
    form_class = page_class.get_edit_handler().get_form_class()
    return form_class(instance=page_class(), for_user=user)


@pytest.mark.django_db
class TestOrganisationChoices:
    @pytest.mark.parametrize(("page_class", "field"), [
        (OfferPage, "provider"), (NewsPage, "author_organisation"), (EventPage, "organisers"),
    ])
    def test_partner_editor_sees_only_own_organisation(self, editorial, page_class, field):
        choices = set(form_for(page_class, editorial.caritas_editor).fields[field].queryset)
        assert choices == {editorial.caritas.specific}

    def test_moderator_sees_every_organisation(self, editorial):
        choices = set(form_for(OfferPage, editorial.moderator).fields["provider"].queryset)
        assert {editorial.caritas.specific, editorial.awo.specific} <= choices

    def test_other_organisation_as_provider_is_refused(self, editorial, client):
        client.force_login(editorial.caritas_editor)
        url = f"/admin/pages/{editorial.live_offer.pk}/edit/"
        data = edit_form_data(client, url)
        data["provider"] = [str(editorial.awo.pk)]
        response = client.post(url, data)
        assert response.status_code == 200  # the form comes back with an error instead of saving
        assert "provider" in response.context["form"].errors
        latest = editorial.live_offer.get_latest_revision_as_object()
        assert latest.provider_id == editorial.caritas.pk
