"""The spaCy pipeline: the English model plus one registered component per extractor.

Entry points: `builder.build_pipeline`, `builder.make_doc`, `serialize.to_json`, `runner.process_stream`.
"""
