"""The shared vocabulary: ordering, uniqueness of filter slugs, counties and towns, and the admin screens."""

from django.db import IntegrityError, transaction
from django.urls import reverse

import pytest

from taxonomy.models import District, OfferKind, TargetGroup, Theme

from ..factories import CountyFactory, DistrictFactory, ThemeFactory


@pytest.mark.django_db
def test_terms_are_listed_alphabetically():
    for name in ("Trauer", "Bewegung", "Kultur"):
        ThemeFactory(name=name)
    assert [str(theme) for theme in Theme.objects.all()] == ["Bewegung", "Kultur", "Trauer"]


@pytest.mark.django_db
@pytest.mark.parametrize("field", ["name", "slug"])
def test_name_and_slug_are_unique(field):
    Theme.objects.create(name="Bewegung", slug="bewegung")
    values = {"name": "Anders", "slug": "anders", field: "Bewegung" if field == "name" else "bewegung"}
    with pytest.raises(IntegrityError), transaction.atomic():
        Theme.objects.create(**values)


@pytest.mark.django_db
def test_county_knows_its_towns():
    county = CountyFactory(name="Kreis Soest", slug="kreis-soest")
    soest = DistrictFactory(name="Soest", parent=county)
    werl = DistrictFactory(name="Werl", parent=county)
    DistrictFactory(name="Arnsberg")
    assert county.kind == District.Kind.COUNTY
    assert set(county.children.all()) == {soest, werl}


@pytest.mark.django_db
def test_county_with_towns_cannot_be_deleted():
    county = CountyFactory()
    DistrictFactory(parent=county)
    with pytest.raises(IntegrityError), transaction.atomic():
        county.delete()


@pytest.mark.django_db
@pytest.mark.parametrize("model", [Theme, TargetGroup, District, OfferKind], ids=lambda m: m.__name__)
def test_admin_listing_and_add_form_render(admin_client, model):
    model.objects.create(name="Eintrag", slug="eintrag")
    opts = model._meta
    listing = admin_client.get(reverse(f"wagtailsnippets_{opts.app_label}_{opts.model_name}:list"))
    assert listing.status_code == 200
    assert "Eintrag" in listing.content.decode()
    add = admin_client.get(reverse(f"wagtailsnippets_{opts.app_label}_{opts.model_name}:add"))
    assert add.status_code == 200
