"""Text at 200 % and a 320 px wide window need no sideways scrolling (WCAG 1.4.4 and 1.4.10)."""

from urllib.parse import urlencode

import pytest

from .checks import horizontal_overflow, overflowing_elements

pytestmark = pytest.mark.browser

PAGES = {
    "home": lambda site: site.home_url,
    "offer directory": lambda site: f"{site.offer_index.url}?{urlencode(site.paged_filter)}&seite=2",
    "offer": lambda site: site.offer_in_town.url,
    "event": lambda site: site.upcoming_event.url,
}
LAYOUTS = {
    "text 200 %": {"viewport": {"width": 1280, "height": 900}, "font_size": "200%"},
    "320 px": {"viewport": {"width": 320, "height": 640}, "font_size": None},
}


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("kind", PAGES)
def test_no_horizontal_scrolling(browser, demo_site, kind, layout):
    settings = LAYOUTS[layout]
    context = browser.new_context(base_url=demo_site.url, locale="de-DE", viewport=settings["viewport"])
    try:
        page = context.new_page()
        page.goto(PAGES[kind](demo_site))
        if settings["font_size"]:
            page.evaluate("size => { document.documentElement.style.fontSize = size; }", settings["font_size"])
        overflow = horizontal_overflow(page)
        culprits = "\n".join(overflowing_elements(page)) if overflow > 1 else ""
        assert overflow <= 1, f"the {kind} at {layout} scrolls sideways by {overflow}px; sticking out:\n{culprits}"
    finally:
        context.close()
