"""Synthetic CV generator with gold spans (see tests/corpus/README.md and docs/corpus.md)."""
