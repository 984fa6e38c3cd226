"""The `kam` command: one module per group of subcommands; ``kam.cli.main`` parses and dispatches."""
