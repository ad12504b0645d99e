"""Policy knowledge base: structure-aware chunks, hybrid retrieval (jieba BM25 + Chroma vectors), ask.

Importing this package is cheap. The embedder, Chroma and jieba are loaded only by the modules that
use them (``embed``, ``vectors``, ``keywords``), so a ``check`` that only looks up a policy reference
(``refs``) or a document's validity (``meta``) touches nothing but SQLite and YAML.
"""
