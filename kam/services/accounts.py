"""Key accounts: create, edit, trash and restore, list, resolve by id or name; users."""

from __future__ import annotations

from collections.abc import Collection, Mapping
from contextlib import suppress
from typing import TYPE_CHECKING, Any

from sqlalchemy import and_, func, or_, select, tuple_
from sqlalchemy.orm import Session

from kam import validate as v
from kam.account_data import ACCOUNT_FIELDS as ACCOUNT_FIELDS  # readable without the ORM
from kam.account_data import TeamMember as TeamMember
from kam.account_data import team_in_order
from kam.account_list import AccountRow as AccountRow  # the list's line, readable without the ORM
from kam.errors import NotFound, ValidationError
from kam.i18n import _
from kam.model import (
    Account,
    AccountTeamMember,
    CategoryPurchases,
    Contact,
    Person,
    TierSnapshot,
    User,
)
from kam.model.account import account_name
from kam.model.base import utcnow
from kam.services import audit
from kam.services.base import Change, ServiceBase, check_version, get_or_404, snapshot
from kam.services.kept import as_was, step_back
from kam.text import is_chinese, query_pattern, search_key
from kam.vocab import TeamRole, Tier, UserRole, parse

if TYPE_CHECKING:
    from kam.analysis.wallet import WalletYear

def name_field(name: str) -> str:
    """Where a name typed in one box belongs: the Chinese name if it holds Chinese characters, else the
    English name (a new account from the window, a "Name" column of an import)."""
    return "name_zh" if is_chinese(name) else "name_en"


def clean_account_fields(session: Session, data: dict[str, Any], current: Account | None) -> dict[str, Any]:
    """Validate every given field; raise ValidationError naming the first bad one."""
    out = ACCOUNT_FIELDS.clean(data)
    if out.get("owner_id") is not None and session.get(User, out["owner_id"]) is None:
        raise ValidationError("owner_id", _("no user with id {id}").format(id=out["owner_id"]),
                              ACCOUNT_FIELDS["owner_id"].caption)
    if "parent_id" in out:
        _check_parent(session, current.id if current else None, out["parent_id"])
    merged = {f: getattr(current, f) for f in ("name_zh", "name_en")} if current else {}
    merged.update({k: out[k] for k in ("name_zh", "name_en") if k in out})
    if not merged.get("name_zh") and not merged.get("name_en"):
        raise ValidationError("name_zh", _("an account needs a Chinese or an English name"),
                              ACCOUNT_FIELDS["name_zh"].caption)
    return out


def _check_parent(session: Session, account_id: int | None, parent_id: int | None) -> None:
    if parent_id is None:
        return
    seen = {account_id}
    cur: int | None = parent_id
    while cur is not None:
        if cur in seen:
            raise ValidationError("parent_id", _("an account cannot be inside its own group"),
                                  ACCOUNT_FIELDS["parent_id"].caption)
        seen.add(cur)
        parent = session.get(Account, cur)
        if parent is None:
            raise ValidationError("parent_id", _("no account with id {id}").format(id=cur),
                                  ACCOUNT_FIELDS["parent_id"].caption)
        cur = parent.parent_id


class AccountService(ServiceBase):
    fields = ACCOUNT_FIELDS

    def validate_field(self, name: str, value: Any) -> Any:
        """The value of one field as it would be stored; ValidationError (by caption) as the save would raise."""
        return ACCOUNT_FIELDS.clean_one(name, value)

    def create(self, **data: Any) -> Change:
        """Create an account from validated fields; raises ValidationError."""
        with self.unit() as s:
            fields = clean_account_fields(s, data, None)
            acc = Account(**fields)
            acc.search_key = search_key(acc.name_zh, acc.name_en, acc.short_name)
            s.add(acc)
            s.flush()
            return Change("account", acc.id, "create", {}, snapshot(acc, sorted(fields)))

    def update(self, account_id: int, expected_version: int | None = None, **data: Any) -> Change:
        """Change fields of an account; raises ValidationError, NotFound, ConflictError."""
        with self.unit() as s:
            acc = get_or_404(s, Account, account_id, "account")
            check_version(acc, expected_version, "account")
            fields = clean_account_fields(s, data, acc)
            before = snapshot(acc, sorted(fields))
            for k, val in fields.items():
                setattr(acc, k, val)
            acc.search_key = search_key(acc.name_zh, acc.name_en, acc.short_name)
            s.flush()
            return Change("account", acc.id, "update", before, snapshot(acc, sorted(fields)))

    def delete(self, account_id: int, before: Mapping[str, Any] | None = None) -> Change:
        """Move an account (with its dossier) to the trash; audited. As the undo of ``restore`` (``before``: its
        change's ``before``) the row is exactly as it was in the trash; the change's ``before`` undoes this."""
        with self.unit() as s:
            acc = get_or_404(s, Account, account_id, "account")
            kept = as_was(acc)
            if not step_back(s, acc, before):
                acc.deleted_at = utcnow()
            audit.record(s, self.actor, "account.delete", "account", acc.id, name=acc.display_name)
            return Change("account", acc.id, "delete", kept)

    def restore(self, account_id: int, before: Mapping[str, Any] | None = None) -> Change:
        """Bring an account back from the trash; audited. As the undo of ``delete`` (``before``: its change's
        ``before``) the row is exactly as before the move, version and ``updated_at`` included."""
        with self.unit() as s:
            acc = s.get(Account, account_id)
            if acc is None or acc.deleted_at is None:
                raise NotFound(_("no account with id {account_id} in the trash").format(account_id=account_id))
            kept = as_was(acc)
            if not step_back(s, acc, before):
                acc.deleted_at = None
            audit.record(s, self.actor, "account.restore", "account", acc.id, name=acc.display_name)
            return Change("account", acc.id, "restore", kept)

    def trash(self) -> list[Account]:
        with self.read() as s:
            return list(s.scalars(select(Account).where(Account.deleted_at.is_not(None))))

    def get(self, account_id: int) -> Account:
        with self.read() as s:
            return get_or_404(s, Account, account_id, "account")

    def resolve(self, ref: str | int) -> Account:
        """An account by id or by exact Chinese or English name; raises NotFound."""
        with self.read() as s:
            text = str(ref).strip()
            if text.isdigit():
                acc = s.get(Account, int(text))
                if acc is not None and acc.deleted_at is None:
                    return acc
            matches = list(s.scalars(
                select(Account).where(
                    Account.deleted_at.is_(None),
                    or_(Account.name_zh == text, Account.name_en == text,
                        Account.short_name == text),
                )
            ))
            if len(matches) == 1:
                return matches[0]
            if len(matches) > 1:
                ids = ", ".join(str(a.id) for a in matches)
                raise NotFound(_("{name!r} names several accounts (ids {ids}); use the id").format(name=text, ids=ids))
            raise NotFound(_("no account {name!r} (give its id or its exact name)").format(name=text))

    def names(self) -> dict[int, str]:
        """Every live account's name by id: one light query, for tables that print names beside figures
        (``rows`` also counts people and visits, which such a table does not need)."""
        with self.read() as s:
            return {aid: account_name(zh, en, aid) for aid, zh, en in s.execute(
                select(Account.id, Account.name_zh, Account.name_en).where(Account.deleted_at.is_(None)))}

    def list_keys(self) -> list[tuple[int, str, str]]:
        """Every live account's (id, name, search key): what orders and searches the account list, without the
        aggregates of ``rows`` (the window reads those for the lines it shows first)."""
        with self.read() as s:
            return [(aid, account_name(zh, en, aid), key or "") for aid, zh, en, key in s.execute(
                select(Account.id, Account.name_zh, Account.name_en, Account.search_key)
                .where(Account.deleted_at.is_(None)).order_by(Account.id))]

    def rows(self, *, owner_id: int | None = None, query: str | None = None,
             ids: Collection[int] | None = None) -> list[AccountRow]:
        """The account list: one aggregated query, no per-account round trips (``ids``: only these accounts'
        lines, each aggregate read for them alone: a page of a large portfolio)."""
        with self.read() as s:
            def only(q: Any, column: Any) -> Any:
                return q if ids is None else q.where(column.in_(list(ids)))

            people = only(
                select(Person.account_id, func.count().label("n"))
                .where(Person.deleted_at.is_(None)), Person.account_id
            ).group_by(Person.deleted_at, Person.account_id).subquery()  # the index's order (kam.account_list)
            visits = only(
                select(Contact.account_id, func.max(Contact.occurred_on).label("last"))
                .where(Contact.done.is_(True)), Contact.account_id
            ).group_by(Contact.account_id).subquery()
            latest = only(
                select(TierSnapshot.account_id,
                       func.max(TierSnapshot.year * 10 + TierSnapshot.quarter).label("k")), TierSnapshot.account_id
            ).group_by(TierSnapshot.account_id).subquery()
            q = (
                select(Account.id, Account.name_zh, Account.name_en, TierSnapshot.tier,
                       Account.ka_type, User.display_name, func.coalesce(people.c.n, 0),
                       visits.c.last, func.coalesce(Account.search_key, ""), Account.owner_id)
                .outerjoin(User, User.id == Account.owner_id)
                .outerjoin(people, people.c.account_id == Account.id)
                .outerjoin(visits, visits.c.account_id == Account.id)
                .outerjoin(latest, latest.c.account_id == Account.id)
                .outerjoin(TierSnapshot, and_(
                    TierSnapshot.account_id == Account.id,
                    TierSnapshot.year * 10 + TierSnapshot.quarter == latest.c.k,
                ))
                .where(Account.deleted_at.is_(None))
                .order_by(Account.id)
            )
            if owner_id is not None:
                q = q.where(Account.owner_id == owner_id)
            q = only(q, Account.id)
            if query and query.strip():
                q = q.where(Account.search_key.like(query_pattern(query), escape="\\"))
            return [AccountRow(*r) for r in s.execute(q)]

    def add_team_member(self, account_id: int, user_id: int, team_role: str | None = None) -> Change:
        """Put one of our people on the account team with their role (a ``TeamRole`` in any language, or free
        text); someone already on it gets the new role."""
        with self.unit() as s:
            get_or_404(s, Account, account_id, "account")
            get_or_404(s, User, user_id, "user")
            before = s.get(AccountTeamMember, (account_id, user_id))
            old = {"user_id": user_id, "team_role": before.team_role} if before is not None else {}
            role = v.text(team_role, "team_role", max_len=100)
            if role is not None:
                with suppress(ValueError):  # else a role of its own, kept as written
                    role = parse(TeamRole, role, "team_role").value
            s.merge(AccountTeamMember(account_id=account_id, user_id=user_id, team_role=role))
            return Change("account_team", account_id, "update", old, {"user_id": user_id, "team_role": role})

    def remove_team_member(self, account_id: int, user_id: int) -> Change:
        """Take one of our people off the account team (the people they cover keep them as owner)."""
        with self.unit() as s:
            member = s.get(AccountTeamMember, (account_id, user_id))
            if member is None:
                raise NotFound(_("user {id} is not on this account's team").format(id=user_id))
            old = {"user_id": user_id, "team_role": member.team_role}
            s.delete(member)
            return Change("account_team", account_id, "update", old, {})

    def set_category_purchases(self, account_id: int, year: int, amount: Any) -> Change:
        """The customer's purchases of our category in ``year`` (from every supplier); ``None`` removes the year."""
        with self.unit() as s:
            get_or_404(s, Account, account_id, "account")
            y = v.integer(year, "year", lo=2000, hi=2100, required=True)
            value = v.money(amount, "amount", nonneg=True)
            row = s.get(CategoryPurchases, (account_id, y))
            before = {"year": y, "amount": row.amount if row is not None else None}
            if value is None:
                if row is not None:
                    s.delete(row)
            elif row is None:
                s.add(CategoryPurchases(account_id=account_id, year=y, amount=value))
            else:
                row.amount = value
            return Change("category_purchases", account_id, "update", before, {"year": y, "amount": value})

    def wallet(self, account_id: int) -> list[WalletYear]:
        """Share of wallet by year: the customer's category purchases, our sales, our share (newest first)."""
        with self.read() as s:
            get_or_404(s, Account, account_id, "account")
            # imported here: `kam accounts` never needs it (start-up time)
            from kam.analysis.wallet import wallet_by_year

            return wallet_by_year(s, account_id)

    def team(self, account_id: int) -> list[TeamMember]:
        """Our people on the account: the owner first, then the team by name."""
        with self.read() as s:
            acc = get_or_404(s, Account, account_id, "account")
            rows = s.execute(select(User.id, User.display_name, User.username, AccountTeamMember.team_role)
                             .join(AccountTeamMember, AccountTeamMember.user_id == User.id)
                             .where(AccountTeamMember.account_id == account_id)
                             .order_by(User.display_name)).all()
            owner = s.get(User, acc.owner_id) if acc.owner_id is not None else None
            return team_in_order(
                TeamMember(owner.id, owner.display_name, owner.username, None, True) if owner is not None else None,
                [TeamMember(uid, name, uname, role, False) for uid, name, uname, role in rows])


class UserService(ServiceBase):
    def create(self, username: str, display_name: str, role: str | UserRole = UserRole.KAM,
               manager_id: int | None = None, email: str | None = None,
               is_executive: bool = False) -> Change:
        """Add one of our people; raises ValidationError (e.g. username taken)."""
        with self.unit() as s:
            uname = v.text(username, "username", required=True, max_len=64)
            assert uname is not None
            if s.scalar(select(User.id).where(User.username == uname)) is not None:
                raise ValidationError("username", _("{uname} is taken").format(uname=repr(uname)))
            user = User(
                username=uname,
                display_name=v.text(display_name, "display_name", required=True, max_len=200),
                role=v.choice(UserRole, role, "role"),
                manager_id=v.integer(manager_id, "manager_id"),
                email=v.email(email),
                is_executive=bool(is_executive),
            )
            s.add(user)
            s.flush()
            return Change("user", user.id, "create", {}, {"username": uname})

    def list(self) -> list[User]:
        with self.read() as s:
            return list(s.scalars(select(User).order_by(User.display_name)))

    def resolve(self, ref: str) -> User:
        """A user by username or exact display name; raises NotFound."""
        with self.read() as s:
            users = list(s.scalars(select(User).where(or_(User.username == ref, User.display_name == ref))))
            if len(users) == 1:
                return users[0]
            if users:
                raise NotFound(_("{name!r} names several users; give the username").format(name=ref))
            raise NotFound(_("no user {name!r}").format(name=ref))

    def may_change_settings(self) -> bool:
        """Whether the acting user may change the database's shared settings (Settings › Value scoring,
        Register attachment limit): a sales VP, an administrator, or someone working alone."""
        from kam.services.rights import settings_rights

        with self.read() as s:
            return settings_rights(s, self.actor)



def latest_tiers(session: Session) -> dict[int, Tier]:
    """The newest tier snapshot of every account."""
    key = TierSnapshot.year * 10 + TierSnapshot.quarter
    latest = select(TierSnapshot.account_id, func.max(key).label("k")).group_by(
        TierSnapshot.account_id
    )
    rows = session.execute(
        select(TierSnapshot.account_id, TierSnapshot.tier).where(
            tuple_(TierSnapshot.account_id, key).in_(latest)
        )
    )
    return {a: t for a, t in rows}
