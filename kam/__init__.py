"""Key-account management: the core, with no screen."""

from __future__ import annotations

from typing import Any


def __getattr__(name: str) -> Any:
    # The version is looked up on demand: importlib.metadata costs ~30 ms at start-up.
    if name == "__version__":
        from importlib.metadata import PackageNotFoundError, version

        try:
            return version("kam")
        except PackageNotFoundError:  # running from a checkout that was never installed
            return "0+unknown"
    raise AttributeError(name)
