"""Form widgets for the public filter forms."""

from django import forms
from django.forms.utils import flatatt
from django.utils.html import format_html, format_html_join


class PlainSelect(forms.Select):
    """A <select> written out in Python, the same markup as Django's template-rendered one.

    Django renders one template per <option> and builds a dict of attributes for each first; with the ~60
    options of a directory's filters that was the largest single cost of a listing page. Option groups
    are not supported: the filter forms have none.
    """

    def render(self, name, value, attrs=None, renderer=None):
        values = {str(v) for v in self.format_value(value)}
        options, has_selected = [], False
        for option_value, label in self.choices:
            option_value = "" if option_value is None else str(option_value)
            # Only the first matching option is selected, as in Django's optgroups().
            selected = not has_selected and option_value in values
            has_selected |= selected
            options.append((option_value, " selected" if selected else "", label))
        return format_html(
            '<select name="{}"{}>{}</select>',
            name,
            flatatt(self.build_attrs(self.attrs, attrs)),
            format_html_join("", '<option value="{}"{}>{}</option>', options),
        )
