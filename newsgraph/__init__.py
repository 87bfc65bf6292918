"""newsgraph: Russian-first news into a sourced knowledge base."""

__version__ = "0.1.0"
