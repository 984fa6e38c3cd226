"""Key-account management: the core, with no screen."""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("kam")
except PackageNotFoundError:  # running from a checkout that was never installed
    __version__ = "0+unknown"

