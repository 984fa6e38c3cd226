from kam import startup

startup.pause()  # (before the imports: see kam.startup)

from kam.cli.main import main  # noqa: E402

raise SystemExit(main())
