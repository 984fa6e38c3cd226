from kam.cli.main import main

raise SystemExit(main())
