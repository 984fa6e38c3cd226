"""Helpers shared by the `kam` subcommands (opening the database, printing tables and JSON)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from kam.errors import UserError


def ctx_for(args: argparse.Namespace) -> Any:
    from kam.app import bootstrap
    from kam.cli.prompts import ask_db_passphrase

    return bootstrap(args.db, user=args.user, ask_passphrase=ask_db_passphrase,
                     encrypt_new=not getattr(args, "plain", False))


def emit_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n")


def table(rows: list[list[str]], headers: list[str]) -> None:
    from unicodedata import east_asian_width

    def width(s: str) -> int:
        return sum(2 if east_asian_width(c) in "WF" else 1 for c in s)

    cols = [max([width(h)] + [width(r[i]) for r in rows]) for i, h in enumerate(headers)]

    def line(cells: list[str]) -> str:
        return "  ".join(c + " " * (w - width(c)) for c, w in zip(cells, cols, strict=True)).rstrip()

    print(line(headers))
    print(line(["-" * w for w in cols]))
    for r in rows:
        print(line(r))


# --- commands


def write_pdf(out: Path, data: bytes) -> None:
    out = out.expanduser()
    if not out.parent.is_dir():
        raise UserError(f"folder {out.parent} does not exist")
    tmp = out.with_name(out.name + ".part")
    tmp.write_bytes(data)
    tmp.replace(out)  # never leave a half-written PDF under the real name
