"""Form widgets for the public filter forms."""

from django import forms
from django.forms.utils import flatatt
from django.utils.html import format_html, format_html_join


class PlainSelect(forms.Select):
    """A <select> written out in Python, the same markup as Django's template-rendered one.

    Django renders one template per <option>; with the ~60 options of a directory's filters that was the
    largest single cost of a listing page (about 3 ms of 30).
    """

    def render(self, name, value, attrs=None, renderer=None):
        widget = self.get_context(name, value, attrs)["widget"]
        options = format_html_join(
            "",
            '<option value="{}"{}>{}</option>',
            (
                (option["value"], " selected" if option["selected"] else "", option["label"])
                for _group, choices, _index in widget["optgroups"]
                for option in choices
            ),
        )
        return format_html("<select name=\"{}\"{}>{}</select>", name, flatatt(widget["attrs"]), options)
