"""The project's search backends: Wagtail's backends with German analysis (see docs/search.md)."""
