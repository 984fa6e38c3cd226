"""Helpers shared by tests (not a test module)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def kam_cli(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """Run the installed `kam` command as a separate process (outside the checkout)."""
    return subprocess.run([sys.executable, "-m", "kam", *args], cwd=cwd, capture_output=True, text=True,
                          encoding="utf-8", env=dict(os.environ), timeout=300)
