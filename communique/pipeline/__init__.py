"""The spaCy pipeline: the English model plus one registered component per extractor.

Entry points: `builder.build_pipeline`, `builder.make_doc`, `serialize.to_json`, `runner.process_stream`.
The package itself is callable: `communique.pipeline()` returns a ready spaCy `Language` whose
`nlp(text)` runs every extractor (see `communique.notebook.pipeline`).
"""

import sys
import types


class _CallablePackage(types.ModuleType):
    def __call__(self, model=None, **kwargs):
        from communique.notebook import pipeline

        return pipeline(model, **kwargs)


sys.modules[__name__].__class__ = _CallablePackage
