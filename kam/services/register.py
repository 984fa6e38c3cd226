"""The confidential IP register: metadata for everyone, content only through the unlocked vault.

Content (title, description, storage location, notes, attachment names and
bytes) is sealed per field (``kam.security.register``); metadata (reference,
kind, classification, dates, status) stays readable so reminders about items
due back work while the register is locked. Every opening of content is
written to the audit trail.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from kam import validate as v
from kam.errors import NotFound, UserError, ValidationError
from kam.i18n import _
from kam.model import Account, RegisterAccess, RegisterAttachment, RegisterItem, Setting, User
from kam.model.base import new_gid, table_of, utcnow
from kam.security import register as crypto
from kam.security.register import RegisterLocked, RegisterVault, WrappedKey
from kam.services import audit
from kam.services.base import Change, ServiceBase, get_or_404
from kam.services.kept import as_was, put_back, step_back
from kam.services.kept import rows as kept_rows
from kam.services.records import people_of_account, users_by_id
from kam.services.rights import require_settings_rights
from kam.vocab import Classification, IPKind, IPStatus

CONTENT_FIELDS = ("title", "description", "storage_location", "notes")
ATTACHMENT_FIELDS = ("filename", "content")
# Items still in our hands: these are reminded of before they are due back, and overdue after.
STILL_HELD = (IPStatus.HELD, IPStatus.RETURN_DUE)
# What happens to an item at the end: given back to the customer or destroyed (with the date).
CLOSED = (IPStatus.RETURNED, IPStatus.DESTROYED)
# What ``update_item`` edits: the metadata and the sealed content (status changes by close_item/reopen_item).
METADATA_FIELDS = ("reference", "kind", "classification", "customer_owner_id", "received_on", "agreement_ref",
                   "return_due")


def return_overdue(status: IPStatus, return_due: dt.date | None, today: dt.date) -> bool:
    """Still held by us after the date it was due back to the customer."""
    return status in STILL_HELD and return_due is not None and return_due < today


def _live(s: Session, item_id: int) -> RegisterItem:
    """An item on the register (not in the trash); one in the trash is refused in one line."""
    item = s.get(RegisterItem, item_id)
    if item is None:
        raise NotFound(_("no register item with id {id}").format(id=item_id))
    if item.deleted_at is not None:
        raise NotFound(_("{reference} is in the trash (File › Trash… restores it)").format(reference=item.reference))
    return item


MAX_ATTACHMENT_SETTING = "register.max_attachment_mb"
DEFAULT_MAX_ATTACHMENT_MB = 50


class RegisterService(ServiceBase):
    @property
    def _vault(self) -> RegisterVault:
        assert self.vault is not None, "Services.build gives every service the session's vault"
        return self.vault

    # --- the key

    def _wrapped(self) -> WrappedKey | None:
        with self.read() as s:
            row = s.get(Setting, crypto.KEY_SETTING)
            return WrappedKey.from_json(row.value) if row else None

    def is_set_up(self) -> bool:
        return self._wrapped() is not None

    @property
    def unlocked(self) -> bool:
        return self._vault.unlocked

    def set_up(self, passphrase: str) -> None:
        """Create the register key under ``passphrase``; content stored before is encrypted now."""
        if self.is_set_up():
            raise UserError(_("the register already has a passphrase; change it instead"))
        key = crypto.new_key()
        wrapped = crypto.wrap(key, passphrase)
        with self.unit() as s:
            s.add(Setting(key=crypto.KEY_SETTING, value=wrapped.to_json(),
                          note="IP register key, wrapped with the register passphrase (Argon2id + AES-GCM)"))
            for item in s.scalars(select(RegisterItem)):
                for f in CONTENT_FIELDS:
                    setattr(item, f, self._seal(key, self._unseal(None, item, f), item, f))
            for att in s.scalars(select(RegisterAttachment)):
                for f in ATTACHMENT_FIELDS:
                    setattr(att, f, self._seal(key, self._unseal(None, att, f), att, f))
            audit.record(s, self.actor, "register.passphrase_set", "register", None)
        self._vault.unlock(key)

    def unlock(self, passphrase: str) -> None:
        wrapped = self._wrapped()
        if wrapped is None:
            raise UserError(_("the register has no passphrase yet; choose one first"))
        key = crypto.unwrap(wrapped, passphrase)
        self._vault.unlock(key)
        with contextlib.suppress(DBAPIError):  # a database this user may not write: old envelopes still open
            self._upgrade_sealing(key)

    def lock(self) -> None:
        self._vault.lock()

    def change_passphrase(self, old: str, new: str) -> None:
        """Re-wrap the register key under a new passphrase (nothing is re-encrypted); audited."""
        wrapped = self._wrapped()
        if wrapped is None:
            raise UserError(_("the register has no passphrase yet"))
        key = crypto.unwrap(wrapped, old)
        rewrapped = crypto.wrap(key, new)
        with self.unit() as s:
            row = s.get(Setting, crypto.KEY_SETTING)
            assert row is not None
            row.value = rewrapped.to_json()
            audit.record(s, self.actor, "register.passphrase_change", "register", None)
        self._vault.unlock(key)

    @staticmethod
    def _seal(key: bytes, text: str | bytes | None, row: RegisterItem | RegisterAttachment,
              field: str) -> bytes | None:
        """Seal a field of a row, bound to the row's global id (given one first if it has none yet)."""
        if row.gid is None:
            row.gid = new_gid()
        raw = text.encode("utf-8") if isinstance(text, str) else text
        return crypto.seal_row(key, raw, row.__tablename__, row.gid, field)

    @staticmethod
    def _unseal(key: bytes | None, row: RegisterItem | RegisterAttachment, field: str) -> bytes | None:
        return crypto.unseal_row(key, getattr(row, field), row.__tablename__, row.id, row.gid, field)

    def _open(self, key: bytes | None, row: RegisterItem | RegisterAttachment, field: str) -> str | None:
        raw = self._unseal(key, row, field)
        return None if raw is None else raw.decode("utf-8")

    def _upgrade_sealing(self, key: bytes) -> int:
        """Seal again, bound to their global ids, the envelopes written before the sync (bound to row ids) or
        before the register had a key; returns how many rows changed (audited when some did). Only what this
        user may write is touched (on a team server row-level security decides); content is never stored
        in clear, and neither version nor ``updated_at`` moves (the content is the same)."""
        from sqlalchemy import or_, update

        done = 0
        with self.unit() as s:
            for model, fields in ((RegisterItem, CONTENT_FIELDS), (RegisterAttachment, ATTACHMENT_FIELDS)):
                t = table_of(model)
                older = or_(*(func.substr(t.c[f], 1, 1) != crypto.SEALED_GID for f in fields))
                for row in s.execute(select(t).where(older)).mappings().all():
                    old = [f for f in fields if row[f] is not None and row[f][:1] != crypto.SEALED_GID]
                    if not old:
                        continue
                    gid = row["gid"] or new_gid()
                    values: dict[str, Any] = {"gid": gid}
                    for f in old:
                        plain = crypto.unseal_row(key, row[f], t.name, row["id"], None, f)
                        values[f] = crypto.seal_row(key, plain, t.name, gid, f)
                    changed = s.execute(update(t).where(t.c.id == row["id"]).values(values))
                    done += getattr(changed, "rowcount", 0) or 0
            if done:
                audit.record(s, self.actor, "register.reseal", "register", None, rows=done)
        return done

    # --- items

    def add_item(self, account_id: int, reference: str, title: str, *,
                 access_user_ids: list[int] | None = None, **data: Any) -> Change:
        """Register an item entrusted to us; content fields are encrypted, the entry is audited."""
        if not self.is_set_up():
            raise UserError(_("choose a register passphrase before adding items (content is encrypted with it)"))
        key = self._vault.key()
        content = {"title": v.text(title, "title", required=True, max_len=500),
                   "description": v.text(data.get("description"), "description"),
                   "storage_location": v.text(data.get("storage_location"), "storage_location"),
                   "notes": v.text(data.get("notes"), "notes")}
        with self.unit() as s:
            get_or_404(s, Account, account_id, "account")
            owner = data.get("customer_owner_id")
            if owner is not None:
                people_of_account(s, account_id, [owner], "customer_owner_id")
            item = RegisterItem(
                account_id=account_id,
                reference=v.text(reference, "reference", required=True, max_len=100),
                kind=v.choice(IPKind, data.get("kind") or "drawing", "kind"),
                classification=v.choice(Classification, data.get("classification") or "confidential",
                                        "classification"),
                customer_owner_id=owner,
                received_on=v.date(data.get("received_on"), "received_on"),
                agreement_ref=v.text(data.get("agreement_ref"), "agreement_ref", max_len=200),
                return_due=v.date(data.get("return_due"), "return_due"),
                status=v.choice(IPStatus, data.get("status") or "held", "status"),
                title=b"",  # sealed below, once the row's global id (part of the associated data) exists
            )
            s.add(item)
            s.flush()
            for f, text in content.items():
                setattr(item, f, self._seal(key, text, item, f))
            for uid in users_by_id(s, access_user_ids or [], "access_user_ids"):
                s.add(RegisterAccess(item_id=item.id, user_id=uid))
            audit.record(s, self.actor, "register.create", "register_item", item.id, reference=item.reference)
            return Change("register_item", item.id, "create")

    def remove_item(self, item_id: int) -> Change:
        """Take an item off the register with its attachments and access list (the undo of registering it);
        audited. The change's ``before`` holds the whole rows, for ``put_back_item``."""
        with self.unit() as s:
            item = get_or_404(s, RegisterItem, item_id, "register item")
            kept = {"item": kept_rows(s, RegisterItem, RegisterItem.id == item_id),
                    "attachments": kept_rows(s, RegisterAttachment, RegisterAttachment.item_id == item_id),
                    "access": kept_rows(s, RegisterAccess, RegisterAccess.item_id == item_id)}
            s.execute(delete(RegisterAttachment).where(RegisterAttachment.item_id == item_id))
            s.execute(delete(RegisterAccess).where(RegisterAccess.item_id == item_id))
            audit.record(s, self.actor, "register.remove", "register_item", item.id, reference=item.reference)
            s.delete(item)
            return Change("register_item", item_id, "delete", kept)

    def put_back_item(self, kept: Mapping[str, Any]) -> Change:
        """Register again an item ``remove_item`` took off, as it was: same id, sealed content, version and
        timestamps, with its attachments and access list (the redo of registering it); audited."""
        [row] = kept["item"]
        with self.unit() as s:
            get_or_404(s, Account, row["account_id"], "account")
            if s.get(RegisterItem, row["id"]) is not None:
                raise UserError(_("{reference} is on the register already").format(reference=row["reference"]))
            put_back(s, RegisterItem, kept["item"])
            put_back(s, RegisterAttachment, kept["attachments"])
            users = set(s.scalars(select(User.id).where(User.id.in_([r["user_id"] for r in kept["access"]]))))
            put_back(s, RegisterAccess, [r for r in kept["access"] if r["user_id"] in users])
            audit.record(s, self.actor, "register.create", "register_item", row["id"], reference=row["reference"])
            return Change("register_item", row["id"], "restore")

    def delete_item(self, item_id: int, before: Mapping[str, Any] | None = None) -> Change:
        """Move an item to the trash: it leaves the register, the prints, the exports and the reminders, keeps
        its content, attachments and access list, and ``restore_item`` brings it back; audited."""
        with self.unit() as s:
            item = _live(s, item_id)
            kept = as_was(item)
            if not step_back(s, item, before):  # as the undo of restore_item: exactly as it was in the trash
                item.deleted_at = utcnow()
            audit.record(s, self.actor, "register.delete", "register_item", item.id, reference=item.reference)
            return Change("register_item", item.id, "delete", kept)

    def restore_item(self, item_id: int, before: Mapping[str, Any] | None = None) -> Change:
        """Bring an item back from the trash (the undo of ``delete_item``: with its change's ``before``, exactly
        as before the move, version and ``updated_at`` included); audited."""
        with self.unit() as s:
            item = s.get(RegisterItem, item_id)
            if item is None or item.deleted_at is None:
                raise NotFound(_("no register item {id} in the trash").format(id=item_id))
            kept = as_was(item)
            if not step_back(s, item, before):
                item.deleted_at = None
            audit.record(s, self.actor, "register.restore", "register_item", item.id, reference=item.reference)
            return Change("register_item", item.id, "restore", kept)

    def update_item(self, item_id: int, **fields: Any) -> dict[str, Any]:
        """Change an item's metadata and content (content needs the unlocked register and is sealed again);
        audited with the names of the fields changed, never their content. Returns the previous values of
        the fields changed (``update_item(item_id, **previous)`` undoes it)."""
        unknown = sorted(set(fields) - set(METADATA_FIELDS) - set(CONTENT_FIELDS))
        if unknown:
            raise UserError(_("a register item has no field {field}").format(field=", ".join(unknown)))
        clean: dict[str, Any] = {}
        for f, value in fields.items():
            if f == "reference":
                clean[f] = v.text(value, "reference", required=True, max_len=100)
            elif f == "title":
                clean[f] = v.text(value, "title", required=True, max_len=500)
            elif f in ("description", "storage_location", "notes"):
                clean[f] = v.text(value, f)
            elif f == "agreement_ref":
                clean[f] = v.text(value, f, max_len=200)
            elif f == "kind":
                clean[f] = v.choice(IPKind, value, "kind")
            elif f == "classification":
                clean[f] = v.choice(Classification, value, "classification")
            elif f in ("received_on", "return_due"):
                clean[f] = v.date(value, f)
            else:
                clean[f] = v.integer(value, f)
        key = self._vault.key() if any(f in CONTENT_FIELDS for f in clean) else None
        with self.unit() as s:
            item = _live(s, item_id)
            if clean.get("customer_owner_id") is not None:
                people_of_account(s, item.account_id, [clean["customer_owner_id"]], "customer_owner_id")
            received = clean.get("received_on", item.received_on)
            due = clean.get("return_due", item.return_due)
            if received is not None and due is not None and due < received:
                raise ValidationError("return_due", _("is before the date the item was received"))
            previous: dict[str, Any] = {}
            for f, value in clean.items():
                if f in CONTENT_FIELDS:
                    assert key is not None
                    old = self._open(key, item, f)
                    if old != value:
                        previous[f] = old
                        setattr(item, f, self._seal(key, value, item, f))
                elif getattr(item, f) != value:
                    previous[f] = getattr(item, f)
                    setattr(item, f, value)
            if previous:
                audit.record(s, self.actor, "register.update", "register_item", item.id,
                             reference=item.reference, fields=sorted(previous))
            return previous

    def close_item(self, item_id: int, status: str | IPStatus, on: dt.date | str | None) -> Change:
        """Mark an item returned to the customer or destroyed, on a date (not in the future, not before it
        was received); who did it is the acting user, in the audit trail. ``reopen_item`` undoes it."""
        closing = v.choice(IPStatus, status, "status")
        if closing not in CLOSED:
            raise ValidationError("status", _("an item is closed as returned or destroyed"))
        day = v.date(on, "closed_on", required=True)
        if day > dt.date.today():
            raise ValidationError("closed_on", _("is in the future"))
        with self.unit() as s:
            item = _live(s, item_id)
            if item.status in CLOSED:
                raise UserError(_("{reference} is already returned or destroyed").format(reference=item.reference))
            if item.received_on is not None and day < item.received_on:
                raise ValidationError("closed_on", _("is before the date the item was received"))
            item.status, item.closed_on = closing, day
            audit.record(s, self.actor, f"register.{closing.value}", "register_item", item.id,
                         reference=item.reference, on=day)
            return Change("register_item", item.id, "update")

    def reopen_item(self, item_id: int, status: str | IPStatus = IPStatus.HELD) -> Change:
        """Put a returned or destroyed item back in our hands (``status`` held or return due; the undo of
        closing it); audited."""
        back = v.choice(IPStatus, status, "status")
        if back not in STILL_HELD:
            raise ValidationError("status", _("an item reopens as held or return due"))
        with self.unit() as s:
            item = _live(s, item_id)
            if item.status not in CLOSED:
                raise UserError(_("{reference} is not returned or destroyed").format(reference=item.reference))
            item.status, item.closed_on = back, None
            audit.record(s, self.actor, "register.reopen", "register_item", item.id,
                         reference=item.reference, status=back)
            return Change("register_item", item.id, "update")

    def access(self, item_id: int) -> list[int]:
        """The ids of our users who may open an item's content."""
        with self.read() as s:
            get_or_404(s, RegisterItem, item_id, "register item")
            return list(s.scalars(select(RegisterAccess.user_id).where(RegisterAccess.item_id == item_id)
                                  .order_by(RegisterAccess.user_id)))

    def set_access(self, item_id: int, user_ids: list[int]) -> list[int]:
        """Set who of our users may open an item's content; audited with the list before and after. Returns
        the previous list (``set_access(item_id, previous)`` undoes it)."""
        with self.unit() as s:
            item = _live(s, item_id)
            wanted = users_by_id(s, user_ids, "access_user_ids")
            before = list(s.scalars(select(RegisterAccess.user_id).where(RegisterAccess.item_id == item_id)
                                    .order_by(RegisterAccess.user_id)))
            if wanted == before:
                return before
            s.execute(delete(RegisterAccess).where(RegisterAccess.item_id == item_id))
            s.flush()
            for uid in wanted:
                s.add(RegisterAccess(item_id=item_id, user_id=uid))
            audit.record(s, self.actor, "register.access", "register_item", item.id,
                         reference=item.reference, before=before, after=wanted)
            return before

    def items(self, account_id: int) -> list[dict[str, Any]]:
        """Metadata of an account's items, with the title only while the register is unlocked."""
        key = self._vault.key_or_none()
        with self.read() as s:
            items = list(s.scalars(select(RegisterItem).where(RegisterItem.account_id == account_id,
                                                              RegisterItem.deleted_at.is_(None))
                                   .order_by(RegisterItem.reference)))
            counts = dict(s.execute(select(RegisterAttachment.item_id, func.count())
                                    .where(RegisterAttachment.item_id.in_([i.id for i in items]))
                                    .group_by(RegisterAttachment.item_id)).all())
        out = []
        today = dt.date.today()
        for it in items:
            try:
                title = self._open(key, it, "title")
            except RegisterLocked:
                title = None
            out.append({"id": it.id, "reference": it.reference, "kind": it.kind, "classification": it.classification,
                        "received_on": it.received_on, "agreement_ref": it.agreement_ref,
                        "return_due": it.return_due, "overdue": return_overdue(it.status, it.return_due, today),
                        "status": it.status, "closed_on": it.closed_on, "title": title,
                        "customer_owner_id": it.customer_owner_id,
                        "attachments": counts.get(it.id, 0)})
        return out

    def open_item(self, item_id: int) -> dict[str, str | None]:
        """The content of one item; every opening is written to the audit trail."""
        key = self._vault.key()
        with self.unit() as s:
            it = _live(s, item_id)
            content = {f: self._open(key, it, f) for f in CONTENT_FIELDS}
            audit.record(s, self.actor, "register.view", "register_item", it.id, reference=it.reference)
            return content

    # --- attachments

    def max_attachment_bytes(self) -> int:
        with self.read() as s:
            row = s.get(Setting, MAX_ATTACHMENT_SETTING)
        return int(row.value if row else DEFAULT_MAX_ATTACHMENT_MB) * 1024 * 1024

    def set_max_attachment_mb(self, mb: int | None) -> int | None:
        """The largest file a register item may hold (None: back to the default); returns the value stored
        before (None: there was none), which undoes it. Raises NotAllowed unless the actor may change settings
        (``kam.services.rights.may_change_settings``)."""
        value = None if mb is None else v.integer(mb, "max_attachment_mb", lo=1, hi=2048, required=True)
        with self.unit() as s:
            require_settings_rights(s, self.actor)
            row = s.get(Setting, MAX_ATTACHMENT_SETTING)
            before = None if row is None else int(row.value)
            if value is None:
                if row is not None:
                    s.delete(row)
            else:
                s.merge(Setting(key=MAX_ATTACHMENT_SETTING, value=value, note="largest register attachment, MiB"))
            return before

    def attach(self, item_id: int, filename: str, data: bytes, media_type: str | None = None) -> Change:
        """Attach a file (drawing, PDF) to an item: encrypted, with the plaintext's SHA-256; audited."""
        key = self._vault.key()
        limit = self.max_attachment_bytes()
        if len(data) > limit:
            raise UserError(_("{filename} is {value:.1f} MiB; register attachments are limited to {value2} MiB (setting {MAX_ATTACHMENT_SETTING})").format(filename=filename, value=len(data) / 1048576, value2=limit // 1048576, MAX_ATTACHMENT_SETTING=MAX_ATTACHMENT_SETTING))
        name = v.text(filename, "filename", required=True, max_len=255)
        with self.unit() as s:
            item = _live(s, item_id)
            att = RegisterAttachment(item_id=item.id, filename=b"", content=b"", size=len(data),
                                     sha256=hashlib.sha256(data).hexdigest(),
                                     media_type=v.text(media_type, "media_type", max_len=100))
            s.add(att)
            s.flush()
            att.filename = self._seal(key, name, att, "filename") or b""
            att.content = self._seal(key, data, att, "content") or b""
            audit.record(s, self.actor, "register.attach", "register_item", item.id,
                         reference=item.reference, size=len(data), sha256=att.sha256)
            return Change("register_attachment", att.id, "create")

    def remove_attachment(self, attachment_id: int) -> Change:
        """Take an attachment off its item (the undo of attaching it); audited. The change's ``before`` holds
        the whole row, for ``put_back_attachment``."""
        with self.unit() as s:
            att = s.get(RegisterAttachment, attachment_id)
            if att is None:
                raise NotFound(_("no register attachment {id}").format(id=attachment_id))
            kept = {"attachment": kept_rows(s, RegisterAttachment, RegisterAttachment.id == attachment_id)}
            audit.record(s, self.actor, "register.detach", "register_item", att.item_id, attachment=att.id)
            s.delete(att)
            return Change("register_attachment", attachment_id, "delete", kept)

    def put_back_attachment(self, kept: Mapping[str, Any]) -> Change:
        """Attach again a file ``remove_attachment`` took off, as it was (same id, sealed bytes, timestamps: the
        redo of attaching it); audited."""
        [row] = kept["attachment"]
        with self.unit() as s:
            item = _live(s, row["item_id"])
            if s.get(RegisterAttachment, row["id"]) is not None:
                raise UserError(_("this file is attached already"))
            put_back(s, RegisterAttachment, kept["attachment"])
            audit.record(s, self.actor, "register.attach", "register_item", item.id,
                         reference=item.reference, size=row["size"], sha256=row["sha256"])
            return Change("register_attachment", row["id"], "restore")

    def attachments(self, item_id: int) -> list[dict[str, Any]]:
        key = self._vault.key_or_none()
        with self.read() as s:
            rows = list(s.scalars(select(RegisterAttachment).where(RegisterAttachment.item_id == item_id)
                                  .order_by(RegisterAttachment.id)))
        out = []
        for a in rows:
            try:
                name = self._open(key, a, "filename")
            except RegisterLocked:
                name = None
            out.append({"id": a.id, "filename": name, "size": a.size, "sha256": a.sha256,
                        "media_type": a.media_type})
        return out

    def save_attachment(self, attachment_id: int, out: Path) -> Path:
        """Write an attachment's content to ``out`` (checked, audited; never onto the database or its
        backups). Raises RegisterLocked, NotFound, TamperedContent, OwnFileRefused, UserError."""
        _name, data = self.open_attachment(attachment_id)
        return self.write_file(out, lambda part: part.write_bytes(data))

    def open_attachment(self, attachment_id: int) -> tuple[str, bytes]:
        """Name and bytes of an attachment, checked against its SHA-256; audited."""
        key = self._vault.key()
        with self.unit() as s:
            att = s.get(RegisterAttachment, attachment_id)
            if att is None:
                raise NotFound(_("no register attachment {attachment_id}").format(attachment_id=attachment_id))
            name = self._open(key, att, "filename") or ""
            data = self._unseal(key, att, "content") or b""
            if hashlib.sha256(data).hexdigest() != att.sha256:
                raise crypto.TamperedContent(_("attachment {name} does not match its recorded SHA-256").format(name=name))
            item = s.get(RegisterItem, att.item_id)
            audit.record(s, self.actor, "register.view_attachment", "register_item", att.item_id,
                         reference=item.reference if item else None, attachment=att.id)
            return name, data
