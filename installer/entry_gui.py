"""Frozen entry point of the desktop app (no console window)."""

from kam.cli.main import gui_main

raise SystemExit(gui_main())
