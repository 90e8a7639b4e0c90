"""On PostgreSQL a query that a connection repeats is prepared, and planned once (DB_PREPARED_STATEMENTS)."""

from django.db import connection

import pytest

from offers.models import OfferPage

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL-specific: prepared statements"),
]


def prepared_statements():
    with connection.cursor() as cursor:
        cursor.execute("SELECT statement FROM pg_prepared_statements")
        return [statement for (statement,) in cursor.fetchall()]


def test_a_repeated_query_is_prepared(site_tree):
    for slug in ["a", "b", "c"]:
        list(OfferPage.objects.live().filter(slug=slug))
    assert any('"offers_offerpage"' in statement and '"slug" = $1' in statement for statement in prepared_statements())


def test_a_query_sent_once_is_not(site_tree):
    list(OfferPage.objects.filter(title="nur einmal gefragt"))
    assert not any('"title" = $1' in statement for statement in prepared_statements())
