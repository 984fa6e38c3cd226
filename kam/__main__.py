from kam.cli import main

raise SystemExit(main())
