"""Frozen entry point of the `kam` command (console)."""

from kam.cli.main import main

raise SystemExit(main())
