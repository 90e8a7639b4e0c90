"""Only moderation decides which offers the home page features."""

from django.urls import reverse

import pytest

from .admin_forms import edit_form_data

pytestmark = pytest.mark.django_db


@pytest.mark.usefixtures("editorial")
class TestFeaturedField:
    def test_editor_does_not_see_the_field(self, client, editorial):
        client.force_login(editorial.caritas_editor)
        data = edit_form_data(client, reverse("wagtailadmin_pages:edit", args=[editorial.live_offer.pk]))
        assert "title" in data
        assert "is_featured" not in data

    def test_moderator_sees_the_field(self, client, editorial):
        client.force_login(editorial.moderator)
        response = client.get(reverse("wagtailadmin_pages:edit", args=[editorial.live_offer.pk]))
        assert 'name="is_featured"' in response.content.decode()

    def test_editor_cannot_smuggle_the_value_in(self, client, editorial):
        client.force_login(editorial.caritas_editor)
        url = reverse("wagtailadmin_pages:edit", args=[editorial.live_offer.pk])
        response = client.post(url, {**edit_form_data(client, url), "is_featured": "on"})
        assert response.status_code == 302
        assert not editorial.live_offer.get_latest_revision_as_object().is_featured
