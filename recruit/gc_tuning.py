"""The cyclic garbage collector around bulk work.

A bulk batch allocates hundreds of thousands of short-lived containers (rows, documents) that
live until the batch is written. Reference counting frees them either way; the cyclic collector
would also walk them, and everything older, again and again: measured, 40 % of the outbox
worker's document building (bench/import_vacancies.py, docs/performance.md).
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused() -> Iterator[None]:
    """No cyclic collection inside the block; cycles made in it wait for the next one after."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def settle_long_lived() -> None:
    """For a long-running process once it has loaded its tables and dictionaries: move what
    exists now out of the collector's sight for good (gc.freeze), since it lives until exit."""
    gc.collect()
    gc.freeze()
