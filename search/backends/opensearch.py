"""Wagtail's OpenSearch 3 backend (client: opensearch-py 3) with German analysis.

Use as WAGTAILSEARCH_BACKENDS["default"]["BACKEND"] = "search.backends.opensearch" (set OPENSEARCH_URL).
"""

import importlib.util
import sys
import sysconfig
from pathlib import Path


def _import_opensearchpy():
    # opensearch-py imports the PyPI package "events" (`from events import Events`), which this project's
    # own `events` app shadows. Load the real one under that name just while opensearch-py is imported.
    if "opensearchpy" in sys.modules:
        return
    path = Path(sysconfig.get_paths()["purelib"]) / "events" / "__init__.py"
    if not path.exists():
        return
    spec = importlib.util.spec_from_file_location("events", path, submodule_search_locations=[str(path.parent)])
    module = importlib.util.module_from_spec(spec)
    ours = sys.modules.get("events")
    sys.modules["events"] = module
    try:
        spec.loader.exec_module(module)
        import opensearchpy  # noqa: F401
    finally:
        if ours is not None:
            sys.modules["events"] = ours
        else:
            del sys.modules["events"]


_import_opensearchpy()

from modelsearch.backends import opensearch3 as base  # noqa: E402

from .engines import german_backend  # noqa: E402

SearchBackend = german_backend(
    base.OpenSearch3SearchBackend, base.OpenSearch3Mapping, base.OpenSearch3SearchQueryCompiler,
    base.OpenSearch3AutocompleteQueryCompiler, "opensearch",
)
