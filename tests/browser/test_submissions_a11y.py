"""The public forms in a real browser: no axe-core violations in any state, and they work without JavaScript."""

import pytest

from submissions.models import Wish

from .checks import axe_violations, describe_violations

pytestmark = pytest.mark.browser

FORMS = {"offer proposal": "/angebot-melden/", "wish": "/angebot-wuenschen/"}


@pytest.mark.parametrize("kind", FORMS)
def test_form_has_no_axe_violations(page, kind):
    assert page.goto(FORMS[kind]).status == 200
    violations = axe_violations(page)
    assert not violations, f"axe-core on the {kind} form:\n{describe_violations(violations)}"


@pytest.mark.parametrize("kind", FORMS)
def test_form_with_errors_has_no_axe_violations(page, kind):
    page.goto(FORMS[kind])
    page.get_by_role("button", name="absenden").click()
    page.wait_for_load_state()
    summary = page.locator(".error-summary")
    assert summary.is_visible()
    # The summary links lead to the fields.
    first_link = summary.get_by_role("link").first
    target = first_link.get_attribute("href")
    assert page.locator(target).count() == 1
    violations = axe_violations(page)
    assert not violations, f"axe-core on the {kind} form with errors:\n{describe_violations(violations)}"


@pytest.mark.parametrize("url", ["/angebot-melden/danke/", "/angebot-wuenschen/danke/"])
def test_thank_you_pages_have_no_axe_violations(page, url):
    assert page.goto(url).status == 200
    violations = axe_violations(page)
    assert not violations, f"axe-core on {url}:\n{describe_violations(violations)}"


def test_wish_can_be_sent_without_javascript(no_js_page, settings, demo_site):
    settings.SUBMISSION_MIN_FILL_SECONDS = 0
    page = no_js_page
    page.goto("/angebot-wuenschen/")
    page.get_by_label("Welches Angebot fehlt Ihnen?").fill("Ein Kochkurs für Männer über 70")
    page.get_by_label("Ihr Name").fill("Heinz Beispiel")
    page.get_by_label("Ich bin einverstanden").check()
    page.get_by_role("button", name="Wunsch absenden").click()
    page.wait_for_url("**/angebot-wuenschen/danke/")
    assert Wish.objects.filter(what="Ein Kochkurs für Männer über 70", contact_name="Heinz Beispiel").exists()


def test_honeypot_is_out_of_reach(page):
    page.goto("/angebot-wuenschen/")
    trap = page.locator("input[name=homepage]")
    assert trap.get_attribute("tabindex") == "-1"
    box = trap.bounding_box()
    assert box is None or box["x"] + box["width"] <= 0  # off screen
    page.keyboard.press("Tab")
    for _ in range(60):
        assert page.evaluate("document.activeElement.name") != "homepage"
        page.keyboard.press("Tab")
