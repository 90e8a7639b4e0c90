"""Browser fixtures: Debian's Chromium driven by Playwright against a live server over the demo network.

The demo content is built once for the whole package and committed, so the server thread sees it on every
database; when the package is done the database is put back exactly as it was.
"""

from pathlib import Path
from types import SimpleNamespace

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.core.management.color import no_style
from django.db import connection, connections

import pytest
from playwright.sync_api import sync_playwright
from pytest_django.live_server_helper import LiveServer

from .targets import find_targets

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]

HERE = Path(__file__).parent


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(items):
    # Without a django_db test among the selected ones pytest-django creates no test database, and the
    # demo network would land in the development database. Marking every browser test rules that out.
    for item in items:
        if HERE in item.path.parents:
            item.add_marker(pytest.mark.django_db)
    # Browser tests run last: their package teardown flushes and restores the database, which nothing after
    # it should have to rely on.
    items[:] = sorted(items, key=lambda item: HERE in item.path.parents)


@pytest.fixture(scope="package", autouse=True)
def _orm_beside_playwright():
    # Playwright's sync API keeps an asyncio loop registered on the main thread, which makes Django refuse
    # ORM calls there (SynchronousOnlyOperation). Nothing here is async, so the check only gets in the way.
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
        yield


@pytest.fixture(scope="package")
def browser():
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} not found; install Debian's chromium package to run the browser tests")
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


def reset_sequences():
    """Point PostgreSQL's id sequences past the restored rows, as loaddata does; a no-op on SQLite."""
    statements = connection.ops.sequence_reset_sql(no_style(), apps.get_models())
    with connection.cursor() as cursor:
        for sql in statements:
            cursor.execute(sql)


@pytest.fixture(scope="package")
def demo_site(browser, django_db_setup, django_db_blocker):
    """The demo network served by a live server thread; yields its URL and pages the tests aim at."""
    # Once Playwright runs, Django keeps this thread's database connections apart from those opened
    # before (asgiref sees a running event loop). Starting the browser first means the demo content,
    # the server thread's shared SQLite connection and each test's transaction all use one connection.
    with django_db_blocker.unblock():
        before = connection.creation.serialize_db_to_string()
        call_command("demo_network", "--quiet")
        targets = find_targets()
    server = LiveServer("127.0.0.1")
    try:
        yield SimpleNamespace(url=server.url, host=f"{server.thread.host}:{server.thread.port}", **targets)
    finally:
        server.stop()
        with django_db_blocker.unblock():
            call_command("flush", interactive=False, verbosity=0, inhibit_post_migrate=True)
            connection.creation.deserialize_db_from_string(before)
            reset_sequences()
            ContentType.objects.clear_cache()
            # Leave no connection behind that pytest-django cannot see: PostgreSQL would refuse to drop the database.
            connections.close_all()


@pytest.fixture
def context(browser, demo_site):
    context = browser.new_context(base_url=demo_site.url, locale="de-DE", viewport={"width": 1280, "height": 900})
    context.set_default_timeout(10_000)
    yield context
    context.close()


@pytest.fixture
def page(context):
    return context.new_page()


@pytest.fixture
def no_js_page(browser, demo_site):
    context = browser.new_context(base_url=demo_site.url, locale="de-DE", java_script_enabled=False)
    context.set_default_timeout(10_000)
    yield context.new_page()
    context.close()
