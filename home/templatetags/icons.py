"""Decorative line icons, inlined as SVG: the text next to an icon carries the meaning (aria-hidden)."""

from django import template
from django.utils.safestring import mark_safe

register = template.Library()

SVG_OPEN = (
    '<svg class="icon" aria-hidden="true" focusable="false" width="24" height="24" viewBox="0 0 24 24" fill="none" '
    'stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">'
)

# One entry per icon: the shapes inside the 24×24 frame.
SHAPES = {
    'calendar': '<rect x="3" y="5" width="18" height="16" rx="2"/><path d="M3 10h18M8 3v4M16 3v4"/>',
    'clock': '<circle cx="12" cy="12" r="9"/><path d="M12 7v5l3 3"/>',
    'pin': '<path d="M12 21s-7-6.2-7-12a7 7 0 0 1 14 0c0 5.8-7 12-7 12z"/><circle cx="12" cy="9" r="2.5"/>',
    'euro': '<path d="M17 6.5a7 7 0 1 0 0 11M4 10h9M4 14h9"/>',
    'phone': '<path d="M5 3h4l2 5-2.5 1.5a11 11 0 0 0 6 6L16 13l5 2v4a2 2 0 0 1-2 2A16 16 0 0 1 3 5a2 2 0 0 1 2-2z"/>',
    'mail': '<rect x="3" y="5" width="18" height="14" rx="2"/><path d="m3 7 9 6 9-6"/>',
    'globe': '<circle cx="12" cy="12" r="9"/><path d="M3 12h18M12 3a14 14 0 0 1 0 18M12 3a14 14 0 0 0 0 18"/>',
    'info': '<circle cx="12" cy="12" r="9"/><path d="M12 11v6M12 7.5v.5"/>',
    'alert': '<path d="M12 3 2 20h20L12 3z"/><path d="M12 10v4M12 17v.5"/>',
    'search': '<circle cx="11" cy="11" r="7"/><path d="m20 20-4-4"/>',
    'arrow-right': '<path d="M5 12h14M13 6l6 6-6 6"/>',
    'arrow-left': '<path d="M19 12H5M11 6l-6 6 6 6"/>',
    'users': ('<circle cx="9" cy="8" r="3.5"/>'
              '<path d="M2.5 20a6.5 6.5 0 0 1 13 0M16 4.5a3.5 3.5 0 0 1 0 7M18 14a6 6 0 0 1 3.5 6"/>'),
    'check': '<path d="m5 12 5 5 9-10"/>',
    'book': '<path d="M4 19V5a2 2 0 0 1 2-2h14v14H6a2 2 0 0 0-2 2zm0 0a2 2 0 0 0 2 2h14"/>',
    'home': '<path d="M3 11 12 3l9 8M5 9.5V21h14V9.5"/>',
    'tag': '<path d="M3 3h8l10 10-8 8L3 11z"/><circle cx="7.5" cy="7.5" r="1.5"/>',
    'access': '<circle cx="12" cy="4.5" r="2"/><path d="M5 8.5l7 1.5 7-1.5M12 10v5m0 0-3.5 6M12 15l3.5 6"/>',
    'building': '<path d="M4 21V5l8-3v19M12 8h8v13M8 7v.5M8 11v.5M8 15v.5M16 12v.5M16 16v.5M2 21h20"/>',
}

# Built once: an icon is a dictionary lookup, not a template render (a listing shows dozens).
ICONS = {name: mark_safe(f"{SVG_OPEN}{shape}</svg>") for name, shape in SHAPES.items()}  # noqa: S308 - constants


@register.simple_tag
def icon(name):
    """{% icon "clock" %}: the named icon; an unknown name gives an empty frame, as the include did."""
    return ICONS.get(name) or mark_safe(f"{SVG_OPEN}</svg>")  # noqa: S308
