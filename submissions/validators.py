"""Text checks shared by the public forms: no invisible control characters in anything people send in."""

import unicodedata

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

# Embedding, override and isolate marks reorder how text is shown ("Trojan Source"); nobody types them.
BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
LINE_BREAKS = frozenset("\n\r")
MESSAGE = _("This entry contains invisible control characters. Please type the text again instead of pasting it.")


def _forbidden(char, allowed):
    if char in allowed:
        return False
    if char in BIDI_CONTROLS:
        return True
    # Cc: control characters including NUL; Cs: lone surrogates, which no valid text contains.
    return unicodedata.category(char) in {"Cc", "Cs"}


def validate_single_line(value):
    if any(_forbidden(char, allowed=frozenset()) for char in value):
        raise ValidationError(MESSAGE, code="control_characters")


def validate_multi_line(value):
    if any(_forbidden(char, allowed=LINE_BREAKS | {"\t"}) for char in value):
        raise ValidationError(MESSAGE, code="control_characters")
