"""Frozen entry point of the `kam` command (console)."""

from kam.cli import main

raise SystemExit(main())
