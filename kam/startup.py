"""The cyclic garbage collector during a kam process's start-up (issue #19).

Starting makes long-lived objects and next to no garbage: the modules and classes of SQLAlchemy, the 48 models,
Qt and the front end, the mappers. Each collection while they are made scans all of them again for nothing, and
the first full one after them scans them all (measured on the demo brief: ≈ 0.2 s of 1.2 s spent collecting,
0.1 s of it one full collection set off by the font parse, scanning every SQLAlchemy object).

So the process entry point (``kam``, ``kam-gui``, ``python -m kam``) calls ``pause()`` first, and ``settle()`` is
called once the database is open (``kam.app.open_app``), or when the command (or the window's attempt to open
the database, ``ui.app.Launcher.attach``) ends without one:
the objects made so far move to the permanent generation (``gc.freeze``: never scanned again; they live as long
as the process) and collection resumes as usual. Code that calls ``kam.cli.main.main(argv)`` itself (the tests)
is not paused: both are no-ops unless ``pause()`` turned the collector off.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

_paused = False


def pause() -> None:
    """Turn the collector off for the start-up (if it is on)."""
    global _paused
    if gc.isenabled():
        gc.disable()
        _paused = True


def settle() -> None:
    """The start-up is over: what it made is frozen and the collector is on again (once; only after pause())."""
    global _paused
    if _paused:
        _paused = False
        gc.freeze()
        gc.enable()


@contextmanager
def collector_paused() -> Iterator[None]:
    """The cyclic collector off for a burst of allocation without cycles (a bulk load's rows, a list model's
    lines): each collection would otherwise scan all the process's objects again for nothing. On again after
    (if it was on: the start-up's pause is left alone)."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()
