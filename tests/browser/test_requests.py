"""Pages load everything from the site itself: no third-party request, no broken asset, styles applied."""

from urllib.parse import urlsplit

import pytest

pytestmark = pytest.mark.browser

PAGES = {
    "home": lambda site: site.home_url,
    "offer directory": lambda site: site.offer_index.url,
    "offer": lambda site: site.offer_in_town.url,
}


def failure(request):
    """Why a request failed, or None."""
    if request.failure:
        return request.failure
    response = request.response()
    return f"HTTP {response.status}" if response and response.status >= 400 else None


@pytest.mark.parametrize("kind", PAGES)
def test_only_first_party_requests(page, demo_site, kind):
    requests = []
    page.on("request", lambda request: requests.append(request))
    page.goto(PAGES[kind](demo_site), wait_until="networkidle")
    # Lazy images further down load only when scrolled to; they must come from the site too.
    page.evaluate("window.scrollTo(0, document.body.scrollHeight)")
    page.wait_for_load_state("networkidle")

    foreign = [request.url for request in requests if urlsplit(request.url).netloc != demo_site.host]
    assert not foreign, f"the {kind} asks other hosts: {foreign}"
    broken = [f"{request.url} ({problem})" for request in requests if (problem := failure(request))]
    assert not broken, f"the {kind} has broken assets: {broken}"


def test_stylesheet_is_applied(page, demo_site):
    page.goto(demo_site.offer_index.url)
    # The skip link waits above the top edge until it gets focus; without the CSS it would sit in view.
    assert page.locator(".skip-link").bounding_box()["y"] < 0
    assert page.evaluate("getComputedStyle(document.documentElement).fontSize") == "18px"
