"""One account's whole dossier as JSON, and back.

The file holds the account and every row that belongs to it (people and the
org chart, factions, projects and their decision process, visits, complaints,
transactions, competitors, plans, reviews, tier history and, on request, the
IP register), read from the table definitions so a new table is carried
without touching this module.

Rows inside the dossier refer to each other by ``ref``, their position in
their table's list, never by database id, so the same dossier exported from
two databases is the same text: export → import into an empty database →
export gives identical JSON. Things outside the dossier are named: our users
by user name (created, inactive, when the target database lacks them) and a
parent account by its name (linked when it exists, reported otherwise).

Confidential parts — the IP register and the sensitive personal fields — are
left out unless asked for; with them, the register's content is written in
clear (it is decrypted with the unlocked register key and sealed again under
the target database's key on import), so the file must be kept like the
register itself. Exports with confidential parts are audited with a reason.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from enum import Enum
from pathlib import Path
from typing import Any, cast

from sqlalchemy import JSON, Column, Date, Table, or_, select, update
from sqlalchemy.engine import CursorResult
from sqlalchemy.exc import DataError, IntegrityError
from sqlalchemy.orm import Session

from kam.errors import UserError
from kam.i18n import _
from kam.model import SENSITIVE_PERSONAL_FIELDS, Account, Base, User
from kam.model.base import Money, SealedText, UTCDateTime, new_gid, table_of
from kam.model.sync import SYNC_TABLES
from kam.model.whitespace import CATALOGUE_TABLES
from kam.security import register as crypto
from kam.services import audit
from kam.services.base import ServiceBase
from kam.services.whitespace import WhitespaceService
from kam.vocab import UserRole

FORMAT = "kam-dossier"
FORMAT_VERSION = 1
OUTSIDE = {"users", "audit_log", "settings", "accounts", *CATALOGUE_TABLES, *SYNC_TABLES}
CONFIDENTIAL_TABLES = {"register_items", "register_access", "register_attachments"}
SKIPPED_COLUMNS = {"version", "origin", "gid", "srv_rev"}  # the locking counter starts again; origin belongs to a
# team push; a copy is a new row for the sync (its own global id, never synced)
MAX_FILE_BYTES = 512 * 1024 * 1024
_CHUNK = 500


@dataclass(frozen=True)
class Part:
    """A table of the dossier and the foreign key that ties its rows to the account (directly or via a parent)."""

    table: Table
    parent: Column[Any]

    @property
    def parent_table(self) -> str:
        return next(iter(self.parent.foreign_keys)).column.table.name

    @property
    def has_id(self) -> bool:
        return [c.name for c in self.table.primary_key.columns] == ["id"]


def dossier_parts() -> list[Part]:
    """Every table that belongs to one account, parents before children."""
    inside = {"accounts"}
    parts = []
    for t in Base.metadata.sorted_tables:
        if t.name in OUTSIDE:
            continue
        links = [c for c in t.columns for fk in c.foreign_keys
                 if fk.column.table.name in inside and fk.column.table.name != t.name and not c.nullable]
        direct = [c for c in links if next(iter(c.foreign_keys)).column.table.name == "accounts"]
        parent = next(iter(direct or links), None)
        if parent is None:
            raise AssertionError(f"table {t.name} belongs to no account: add it to OUTSIDE or give it a link")
        inside.add(t.name)
        parts.append(Part(t, parent))
    return parts


def _target(col: Column[Any]) -> str | None:
    fk = next(iter(col.foreign_keys), None)
    return fk.column.table.name if fk is not None else None


def encode_value(value: Any) -> Any:
    """A column's value as JSON holds it (the export, and the sync's wire format)."""
    if isinstance(value, Decimal):
        value = value.normalize()
        return format(value, "f")
    if isinstance(value, dt.datetime):
        return value.astimezone(dt.UTC).isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, bytes):
        return {"base64": base64.b64encode(value).decode("ascii")}
    return value


def _decode(col: Column[Any], value: Any) -> Any:
    if value is None:
        return None
    kind = col.type
    if isinstance(kind, Money):
        return Decimal(str(value))
    if isinstance(kind, UTCDateTime):
        parsed = dt.datetime.fromisoformat(value)
        if parsed.tzinfo is None:
            raise ValueError(f"{value!r} has no time zone")
        return parsed
    if isinstance(kind, Date):
        return dt.date.fromisoformat(value)
    if isinstance(value, dict | list) and not isinstance(kind, JSON):
        raise ValueError(f"{str(value)[:40]} is not a plain value")
    return value


@dataclass
class DossierResult:
    account_id: int
    account: str
    rows: dict[str, int] = field(default_factory=dict)
    created_users: list[str] = field(default_factory=list)
    stood_in_for: list[str] = field(default_factory=list)  # users the target lacks, replaced by the owner
    warnings: list[str] = field(default_factory=list)
    dry_run: bool = False


class _DryRun(Exception):  # control flow
    pass


class DossierTransfer(ServiceBase):
    # --- export

    def export_data(self, account_id: int, *, include_confidential: bool = False,
                    reason: str | None = None) -> dict[str, Any]:
        if include_confidential and not (reason and reason.strip()):
            raise UserError(_("say why the confidential parts are exported (a reason is recorded)"))
        key = self.vault.key() if include_confidential and self.vault is not None and self._has_register(
            account_id) else None
        with self.unit() as s:
            account = s.get(Account, account_id)
            if account is None or account.deleted_at is not None:
                raise UserError(_("no account #{account_id}").format(account_id=account_id))
            users = dict(s.execute(select(User.id, User.username)).all())
            names = dict(s.execute(select(Account.id, Account.name_zh)).all())
            acc_table = table_of(Account)
            head = s.execute(select(acc_table).where(acc_table.c.id == account_id)).mappings().one()
            acc = self._row(acc_table, head, {}, users, include_confidential, key, skip=("id",))
            acc["parent_id"] = names.get(head["parent_id"]) or (
                f"#{head['parent_id']}" if head["parent_id"] else None)
            refs: dict[str, dict[int, Any]] = {"accounts": {account_id: 0}}
            refs["product_lines"] = WhitespaceService.catalogue_codes(s)  # our catalogue, named by code
            tables: dict[str, list[dict[str, Any]]] = {}
            for part in dossier_parts():
                if part.parent_table not in refs or (part.table.name in CONFIDENTIAL_TABLES
                                                     and not include_confidential):
                    continue
                rows = list(self._select(s, part, list(refs[part.parent_table])))
                if part.has_id:
                    refs[part.table.name] = {r["id"]: i for i, r in enumerate(rows, 1)}
                out = [self._row(part.table, r, refs, users, include_confidential, key) for r in rows]
                if not part.has_id:  # link rows: ordered by content, not by ids of this database
                    out.sort(key=lambda r: json.dumps(r, sort_keys=True, ensure_ascii=False))
                tables[part.table.name] = out
            used = {r["line_id"] for r in tables.get("whitespace_cells", []) if r.get("line_id")}
            catalogue = WhitespaceService.catalogue_entries(s, used)
            if include_confidential:
                audit.record(s, self.actor, "export.dossier", "account", account_id, confidential=True,
                             reason=reason.strip() if reason else None)
        data = {"format": FORMAT, "version": FORMAT_VERSION, "confidential_included": include_confidential,
                "account": acc, "tables": tables}
        if catalogue:
            data["catalogue"] = catalogue
        return data

    def _has_register(self, account_id: int) -> bool:
        from kam.model import RegisterItem

        with self.read() as s:
            return s.scalar(select(RegisterItem.id).where(RegisterItem.account_id == account_id,
                                                          RegisterItem.deleted_at.is_(None)).limit(1)) is not None

    @staticmethod
    def _select(s: Session, part: Part, parent_ids: list[int]) -> Iterator[Any]:
        order = list(part.table.primary_key.columns)
        for i in range(0, max(len(parent_ids), 1), _CHUNK):
            chunk = parent_ids[i:i + _CHUNK]
            if not chunk:
                return
            q = select(part.table).where(part.parent.in_(chunk)).order_by(*order)
            if part.table.name == "register_items":  # an item in the trash is not exported (nor its files)
                q = q.where(part.table.c.deleted_at.is_(None))
            yield from s.execute(q).mappings()

    @staticmethod
    def _row(table: Table, row: Any, refs: dict[str, dict[int, int]], users: dict[int, str],
             confidential: bool, key: bytes | None, skip: tuple[str, ...] = ()) -> dict[str, Any]:
        out: dict[str, Any] = {}
        if [c.name for c in table.primary_key.columns] == ["id"] and table.name != "accounts":
            out["ref"] = refs[table.name][row["id"]]
        for col in table.columns:
            name = col.name
            if name in skip or name in SKIPPED_COLUMNS or (name == "id" and "ref" in out):
                continue
            value = row[name]
            target = _target(col)
            if target == "accounts" and table.name != "accounts":
                continue  # the dossier's own account
            if target == "users":
                value = users.get(value) if value is not None else None
            elif target is not None and table.name != "accounts":
                value = refs.get(target, {}).get(value) if value is not None else None
            elif isinstance(col.type, SealedText):
                raw = crypto.unseal_row(key, value, table.name, row["id"], row.get("gid"), name)
                value = None if raw is None else (
                    {"base64": base64.b64encode(raw).decode("ascii")} if name == "content" else raw.decode("utf-8"))
            elif table.name == "people" and name in SENSITIVE_PERSONAL_FIELDS and not confidential:
                value = None
            else:
                value = encode_value(value)
            out[name] = value
        return out

    def export(self, account_id: int, out: Path, *, include_confidential: bool = False,
               reason: str | None = None) -> dict[str, int]:
        data = self.export_data(account_id, include_confidential=include_confidential, reason=reason)
        write_json(out, data, self.db_file)
        return {name: len(rows) for name, rows in data["tables"].items()}

    # --- import

    def import_file(self, path: Path, *, dry_run: bool = False) -> DossierResult:
        return self.import_data(load_dossier(path), source=path.name, dry_run=dry_run)

    def import_data(self, data: Any, *, source: str = "dossier", dry_run: bool = False, origin: str | None = None,
                    owner: str | None = None) -> DossierResult:
        """Create the account and everything in the dossier, all or nothing.

        ``owner`` (a user name) becomes the account's owner, and stands in for users of the file that this
        database lacks (instead of adding them); ``origin`` is kept on the account (team push)."""
        check_dossier(data, source)
        parts = {p.table.name: p for p in dossier_parts()}
        unknown = sorted(set(data["tables"]) - set(parts))
        if unknown:
            raise UserError(_("{source}: unknown table(s) {value} (a newer kam wrote this file?)").format(source=source, value=', '.join(unknown)))
        sealed_rows = holds_register(data)
        key = self.vault.key() if sealed_rows and self.vault is not None else None
        if sealed_rows and key is None:
            raise UserError(_("the dossier holds IP register content: unlock the register first"))
        try:
            with self.unit() as s:
                result = self._import(s, data, parts, source, key, origin, owner)
                result.dry_run = dry_run
                if dry_run:
                    raise _DryRun
                audit.record(s, self.actor, "import.dossier", "account", result.account_id, file=source,
                             rows=sum(result.rows.values()))
        except _DryRun:
            pass
        except (IntegrityError, DataError) as exc:
            raise UserError(_("{source}: the dossier contradicts itself or this database ({value}); nothing was imported").format(source=source, value=str(exc.orig).splitlines()[0])) from None
        return result

    def _import(self, s: Session, data: dict[str, Any], parts: dict[str, Part], source: str,
                key: bytes | None, origin: str | None, owner: str | None) -> DossierResult:
        users = {name: uid for uid, name in s.execute(select(User.id, User.username))}
        result = DossierResult(0, "")
        if owner is not None and owner not in users:
            raise UserError(_("no user {owner} in the target database").format(owner=repr(owner)))

        def user_id(name: Any, where: str) -> int | None:
            if name is None:
                return None
            if not isinstance(name, str) or not name.strip() or len(name) > 64:
                raise UserError(_("{where}: {name} is not a user name").format(where=where, name=repr(name)))
            if name not in users and owner is not None:
                if name not in result.stood_in_for:
                    result.warnings.append(f"user {name} is not in the target database: {owner} stands in")
                    result.stood_in_for.append(name)
                return users[owner]
            if name not in users:
                user = User(username=name, display_name=name, role=UserRole.KAM, active=False)
                s.add(user)
                s.flush()
                users[name] = user.id
                result.created_users.append(name)
            return users[name]

        acc_table = table_of(Account)
        acc = dict(data["account"])
        if owner is not None:
            acc["owner_id"] = owner
        names = [n for n in (acc.get("name_zh"), acc.get("name_en")) if n]
        if not names:
            raise UserError(_("{source}: the account has no name").format(source=source))
        clash = s.scalar(select(Account.id).where(Account.deleted_at.is_(None),
                                                  or_(Account.name_zh.in_(names), Account.name_en.in_(names))))
        if clash is not None:
            raise UserError(_("{source}: an account named {value} already exists (#{clash}); nothing was imported").format(source=source, value=' / '.join(names), clash=clash))
        parent = acc.pop("parent_id", None)
        parent_id = None
        if parent is not None:
            parent_id = s.scalar(select(Account.id).where(or_(Account.name_zh == parent, Account.name_en == parent)))
            if parent_id is None:
                result.warnings.append(f"parent account {parent} is not in this database: not linked")
        values = self._values(acc_table, acc, f"{source} account", user_id, {}, skip=("parent_id",))
        values["parent_id"] = parent_id
        values["origin"] = origin
        account_id = _insert(s, acc_table, values)
        result.account_id, result.account = account_id, names[0]
        ids: dict[str, dict[Any, int]] = {}
        ids["product_lines"], created = WhitespaceService.ensure_catalogue(s, data.get("catalogue"), source)
        result.warnings += [f"product line {code} added to the catalogue" for code in created]
        for name, part in parts.items():
            rows = data["tables"].get(name)
            if rows is None:
                continue
            if not isinstance(rows, list):
                raise UserError(_("{source}: table {name} is not a list").format(source=source, name=name))
            result.rows[name] = self._insert(s, part, rows, source, account_id, ids, user_id, key)
        return result

    def _insert(self, s: Session, part: Part, rows: list[Any], source: str, account_id: int,
                ids: dict[str, dict[int, int]], user_id: Any, key: bytes | None) -> int:
        table = part.table
        referenced = any(_target(c) == table.name for p in dossier_parts() for c in p.table.columns)
        mapping: dict[int, int] = {}
        ids[table.name] = mapping
        deferred: list[tuple[int, str, int, Any]] = []  # new id, column, ref, updated_at
        sealed: list[tuple[int, dict[str, Any]]] = []
        bulk: list[dict[str, Any]] = []
        seen: set[tuple[Any, ...]] = set()
        for n, row in enumerate(rows, 1):
            where = f"{source} {table.name} row {n}"
            if not isinstance(row, dict):
                raise UserError(_("{where}: not an object").format(where=where))
            row = dict(row)
            ref = row.pop("ref", None)
            if part.has_id and (not isinstance(ref, int) or ref in mapping):
                raise UserError(_('{where}: missing or repeated "ref"').format(where=where))
            later = {c.name: row[c.name] for c in table.columns
                     if _target(c) == table.name and row.get(c.name) is not None}
            secrets = {c.name: row.pop(c.name, None) for c in table.columns if isinstance(c.type, SealedText)}
            values = self._values(table, row, where, user_id, ids, account_id=account_id, skip=tuple(later))
            for c in table.columns:
                if isinstance(c.type, SealedText):
                    values[c.name] = b"" if not c.nullable else None
            if part.has_id and not (later or secrets) and not referenced:
                bulk.append(values)
                mapping[ref] = 0
                continue
            if not part.has_id:
                pk = tuple(values.get(c.name) for c in table.primary_key.columns)
                if pk in seen:  # two users of the file stood in for by the same owner: one link is enough
                    continue
                seen.add(pk)
                s.execute(table.insert().values(**values))
                continue
            new_id = _insert(s, table, values)
            mapping[ref] = new_id
            deferred += [(new_id, col, value, values.get("updated_at")) for col, value in later.items()]
            if any(v is not None for v in secrets.values()):
                sealed.append((new_id, secrets))
        if bulk:
            s.execute(table.insert(), bulk)
        for new_id, col, ref_value, stamp in deferred:
            target = mapping.get(ref_value) if isinstance(ref_value, int) else None
            if target is None:
                raise UserError(_("{source} {name}: {col} refers to row {ref_value}, which is not in the file").format(source=source, name=table.name, col=col, ref_value=repr(ref_value)))
            extra = {"updated_at": stamp} if "updated_at" in table.c and stamp is not None else {}
            s.execute(update(table).where(table.c.id == new_id).values({col: target, **extra}))
        for new_id, secrets in sealed:
            gid = s.scalar(select(table.c.gid).where(table.c.id == new_id)) or new_gid()
            out: dict[str, Any] = {"gid": gid}
            for col, value in secrets.items():
                if value is None:
                    out[col] = None
                    continue
                raw = base64.b64decode(value["base64"]) if isinstance(value, dict) else str(value).encode("utf-8")
                out[col] = crypto.seal_row(key, raw, table.name, gid, col)  # type: ignore[arg-type]
            if "updated_at" in table.c:
                out["updated_at"] = s.scalar(select(table.c.updated_at).where(table.c.id == new_id))
            s.execute(update(table).where(table.c.id == new_id).values(out))
        return len(rows)

    @staticmethod
    def _values(table: Table, row: dict[str, Any], where: str, user_id: Any, ids: dict[str, dict[int, int]],
                *, account_id: int | None = None, skip: tuple[str, ...] = ()) -> dict[str, Any]:
        values: dict[str, Any] = {}
        known = {c.name for c in table.columns}
        extra = sorted(set(row) - known - {"ref"})
        if extra:
            raise UserError(_("{where}: unknown field(s) {value}").format(where=where, value=', '.join(extra)))
        for col in table.columns:
            name = col.name
            if col.primary_key and name == "id" or name in SKIPPED_COLUMNS or name in skip:
                continue
            target = _target(col)
            if target == "accounts" and table.name != "accounts":
                values[name] = account_id
                continue
            if name not in row:
                continue
            value = row[name]
            try:
                if target == "users":
                    values[name] = user_id(value, f"{where}, {name}")
                elif target is not None:
                    if value is None:
                        values[name] = None
                    elif not isinstance(value, int | str) or value not in ids.get(target, {}):
                        raise ValueError(f"refers to {target} row {value!r}, which is not in the file")
                    else:
                        values[name] = ids[target][value]
                else:
                    values[name] = _decode(col, value)
            except (ValueError, TypeError, InvalidOperation) as exc:
                raise UserError(_("{where}, {name}: {exc}").format(where=where, name=name, exc=exc)) from None
        return values


def check_dossier(data: Any, source: str) -> None:
    """Refuse, with one clear message, anything that is not a dossier this kam can read."""
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise UserError(_('{source}: not a kam dossier (no "format": "{FORMAT}")').format(source=source, FORMAT=FORMAT))
    if data.get("version") != FORMAT_VERSION:
        raise UserError(_("{source}: dossier format version {value}; this kam reads version {FORMAT_VERSION}").format(source=source, value=repr(data.get('version')), FORMAT_VERSION=FORMAT_VERSION))
    if not isinstance(data.get("account"), dict) or not isinstance(data.get("tables"), dict):
        raise UserError(_("{source}: the dossier has no account or no tables").format(source=source))


def load_dossier(path: Path) -> dict[str, Any]:
    """A dossier file read and checked (size cap, UTF-8, JSON, format), or a UserError saying where it is wrong."""
    path = path.expanduser()
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise UserError(_("cannot read {path}: {strerror}").format(path=path, strerror=exc.strerror)) from None
    if size > MAX_FILE_BYTES:
        raise UserError(_("{name} is {value} MiB; a dossier file may be at most {value2} MiB").format(name=path.name, value=size // 2**20, value2=MAX_FILE_BYTES // 2**20))
    try:
        data = json.loads(path.read_bytes().decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise UserError(_("{name}: not UTF-8 text (byte {start})").format(name=path.name, start=exc.start)) from None
    except json.JSONDecodeError as exc:
        raise UserError(_("{name} line {lineno}, column {colno}: not valid JSON ({msg})").format(name=path.name, lineno=exc.lineno, colno=exc.colno, msg=exc.msg)) from None
    check_dossier(data, path.name)
    return data  # type: ignore[no-any-return]


def holds_register(data: dict[str, Any]) -> bool:
    """Does the dossier carry IP register content (so the target's register must be unlocked to seal it)?"""
    return any(data["tables"].get(t) for t in ("register_items", "register_attachments"))


def write_json(out: Path, data: dict[str, Any], db: Path | None = None) -> None:
    """The dossier as JSON, through a part file renamed into place; never onto the database ``db``."""
    from kam.store.guard import write_atomically

    def fill(part: Path) -> None:
        with part.open("w", encoding="utf-8", newline="\n") as fh:
            json.dump(data, fh, ensure_ascii=False, indent=1, sort_keys=True)
            fh.write("\n")

    write_atomically(out, db, fill)


def _insert(s: Session, table: Table, values: dict[str, Any]) -> int:
    """Insert one row; its new id."""
    key = cast(CursorResult[Any], s.execute(table.insert().values(**values))).inserted_primary_key
    assert key is not None  # a single-row insert
    return int(key[0])
