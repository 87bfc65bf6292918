"""One error hierarchy for newsgraph.

    NewsgraphError
    ├── InputError        a document could not be read (bad bytes, format, size)
    ├── PipelineError     a pipeline was built with a missing requirement
    ├── StoreError        the database could not be opened or written
    └── GoldError         a gold file does not follow gold/FORMAT.md

Messages say what was expected, what came, and what to do.
"""

from __future__ import annotations


class NewsgraphError(Exception):
    """Base of every error newsgraph raises on purpose."""


class InputError(NewsgraphError):
    """A document could not be turned into an article."""


class PipelineError(NewsgraphError):
    """A pipeline component's requirements are not met."""


class StoreError(NewsgraphError):
    """The store could not be opened, migrated or written."""


class GoldError(NewsgraphError):
    """A gold file is malformed."""
