"""Form widgets for the public filter forms."""

from django import forms
from django.forms.utils import flatatt
from django.utils.html import conditional_escape
from django.utils.safestring import mark_safe


class PlainSelect(forms.Select):
    """A <select> written out in Python, the same markup as Django's template-rendered one.

    Django renders one template per <option> and builds a dict of attributes for each first; with the ~60
    options of a directory's filters that was the largest single cost of a listing page. Each option is one
    f-string of escaped parts here (format_html per option cost 3 ms per listing). Option groups are not
    supported: the filter forms have none.
    """

    def render(self, name, value, attrs=None, renderer=None):
        values = {str(v) for v in self.format_value(value)}
        options, has_selected = [], False
        for option_value, label in self.choices:
            option_value = "" if option_value is None else str(option_value)
            # Only the first matching option is selected, as in Django's optgroups().
            selected = not has_selected and option_value in values
            has_selected |= selected
            options.append(f'<option value="{conditional_escape(option_value)}"{" selected" if selected else ""}>'
                           f"{conditional_escape(label)}</option>")
        attributes = flatatt(self.build_attrs(self.attrs, attrs))
        return mark_safe(f'<select name="{conditional_escape(name)}"{attributes}>{"".join(options)}</select>')  # noqa: S308
