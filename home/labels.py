"""The label of a choice value, read from its choices enum.

Django's get_FOO_display() builds a dict of all the field's choices on every call, hashing (and so
translating) each lazily translated label: about 15 µs a call, and a listing page makes dozens of calls.
The enum finds the member by value and translates only its label.
"""


def choice_label(choices, value):
    """The label of `value` in the Choices enum `choices`; the value itself if it is not a choice, as Django does."""
    try:
        return choices(value).label
    except ValueError:
        return value
