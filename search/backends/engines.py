"""German analysis for Wagtail's Elasticsearch and OpenSearch backends (shared by both).

Every text field names the built-in `german` analyzer itself, not through an index-wide default, because
some servers (osmem-server, used in the tests, among them) ignore index-wide default analyzers. The
documents carry the same Python preparation as on PostgreSQL: transliterations unified, compound parts and
feminine bases added from the indexed vocabulary.
"""

from modelsearch.index import AutocompleteField, SearchField
from modelsearch.query import Phrase, PlainText

from .. import analysis
from ..vocabulary import vocabulary
from .common import autocomplete_query_words, autocomplete_text, prune

# The engine's built-in German analyzer: lowercase, German stop words, german_normalization (umlauts, ß)
# and the light German stemmer. Custom analyzer chains with a stemmer misbehave on osmem-server, and a
# dictionary decompounder is not available there either, so compounds are split in Python (see above).
ANALYZER = "german"


class GermanMappingMixin:
    def get_field_mapping(self, field):
        name, mapping = super().get_field_mapping(field)
        if isinstance(field, SearchField) and mapping.get("type") == "text":
            mapping["analyzer"] = ANALYZER
        return name, mapping

    def get_mapping(self):
        mapping = super().get_mapping()
        for name, field_mapping in mapping["properties"].items():
            if name.startswith("_all_text"):
                field_mapping["analyzer"] = ANALYZER
        return mapping

    def _get_document_field_data(self, field, obj):
        name, value, edgengrams = super()._get_document_field_data(field, obj)
        if isinstance(value, str) and value:
            known = vocabulary.known()
            if isinstance(field, AutocompleteField):
                edgengrams = [autocomplete_text(value, known)]
            elif isinstance(field, SearchField):
                value = analysis.engine_text(value, known)
        return name, value, edgengrams


def _rewrite(query, words):
    return type(query)(" ".join(words), **({"operator": query.operator} if isinstance(query, PlainText) else {}))


class GermanQueryCompilerMixin:
    MATCH_NOTHING = {"bool": {"must_not": {"match_all": {}}}}

    def _words(self, query_string):
        return [analysis.umlaut_form(w) for w in analysis.query_words(query_string)]

    def get_inner_query(self):
        pruned = prune(self.query)
        if pruned is None:
            return self.MATCH_NOTHING
        self.query = pruned
        return super().get_inner_query()

    def _compile_plaintext_query(self, query, fields, boost=1.0):
        words = self._words(query.query_string)
        if not words:
            return self.MATCH_NOTHING
        return super()._compile_plaintext_query(_rewrite(query, words), fields, boost)

    def _compile_phrase_query(self, query, fields):
        words = self._words(query.query_string)
        if not words:
            return self.MATCH_NOTHING
        return super()._compile_phrase_query(Phrase(" ".join(words)), fields)


class GermanAutocompleteMixin(GermanQueryCompilerMixin):
    def _words(self, query_string):
        return autocomplete_query_words(query_string)


class FreshIndexMixin:
    """Make a published, changed or deleted page searchable at once, not after the engine's refresh interval."""

    def add_item(self, item):
        super().add_item(item)
        self.refresh()

    def delete_item(self, item):
        super().delete_item(item)
        self.refresh()


def german_backend(backend_class, mapping_class, query_compiler_class, autocomplete_class, name):
    """Subclass one of Wagtail's engine backends with the German mapping and query handling."""
    mapping = type(f"German{mapping_class.__name__}", (GermanMappingMixin, mapping_class), {})
    compiler = type(
        f"German{query_compiler_class.__name__}", (GermanQueryCompilerMixin, query_compiler_class),
        {"mapping_class": mapping},
    )
    autocomplete = type(
        f"German{autocomplete_class.__name__}", (GermanAutocompleteMixin, autocomplete_class),
        {"mapping_class": mapping},
    )

    index = type(f"German{backend_class.index_class.__name__}", (FreshIndexMixin, backend_class.index_class), {})

    return type(
        f"German{backend_class.__name__}", (backend_class,),
        {
            "mapping_class": mapping,
            "query_compiler_class": compiler,
            "autocomplete_query_compiler_class": autocomplete,
            "index_class": index,
            "vendor": name,
        },
    )
