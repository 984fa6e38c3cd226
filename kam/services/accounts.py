"""Key accounts: create, edit, trash and restore, list, resolve by id or name; users."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import and_, func, or_, select, tuple_
from sqlalchemy.orm import Session

from kam.errors import NotFound, ValidationError
from kam.model import Account, AccountTeamMember, Contact, Person, TierSnapshot, User
from kam.model.base import utcnow
from kam.services import audit
from kam.services import base as v
from kam.services.base import Change, ServiceBase, check_version, get_or_404, snapshot
from kam.text import query_pattern, search_key
from kam.vocab import GroupRelation, KAType, Tier, UserRole

TEXT_FIELDS = {
    "name_zh": 300, "name_en": 300, "short_name": 100, "industry": 200, "region": 200,
    "country": 100, "address": 2000, "phone": 100, "fax": 100, "website": 300,
    "credit_rating": 50,
}
LONG_TEXT_FIELDS = (
    "product_structure", "market_and_sales", "financial_standing", "their_competitors",
    "strategy", "production_of_our_category", "consumption_of_our_category",
    "downstream_products", "downstream_customers", "usage_habits", "corporate_culture",
    "ways_of_working", "strengths", "weaknesses", "opportunities", "threats",
    "cultural_notes", "topics_to_avoid", "notes",
)
EDITABLE = frozenset(
    set(TEXT_FIELDS) | set(LONG_TEXT_FIELDS) | {
        "email", "ka_type", "owner_id", "cooperation_since", "contract_until", "currency",
        "parent_id", "group_relation", "annual_category_spend", "industry_position",
        "satisfaction",
    }
)


@dataclass(frozen=True)
class AccountRow:
    """One line of the account list."""

    id: int
    name_zh: str | None
    name_en: str | None
    tier: Tier | None
    ka_type: KAType
    owner: str | None
    people: int
    last_visit: dt.date | None
    search_key: str = ""
    owner_id: int | None = None

    @property
    def name(self) -> str:
        return self.name_zh or self.name_en or f"#{self.id}"


def clean_account_fields(session: Session, data: dict[str, Any], current: Account | None) -> dict[str, Any]:
    """Validate every given field; raise ValidationError naming the first bad one."""
    v.unknown_fields(data, EDITABLE, "an account")
    out: dict[str, Any] = {}
    for key, value in data.items():
        if key in TEXT_FIELDS:
            out[key] = v.text(value, key, max_len=TEXT_FIELDS[key])
        elif key in LONG_TEXT_FIELDS:
            out[key] = v.text(value, key, max_len=20000)
        elif key == "email":
            out[key] = v.email(value, key)
        elif key == "ka_type":
            out[key] = v.choice(KAType, value, key)
        elif key == "group_relation":
            out[key] = v.choice(GroupRelation, value, key, required=False)
        elif key in ("cooperation_since", "contract_until"):
            out[key] = v.date(value, key)
        elif key == "currency":
            out[key] = v.currency(value, key)
        elif key == "annual_category_spend":
            out[key] = v.money(value, key, nonneg=True)
        elif key in ("industry_position", "satisfaction"):
            out[key] = v.integer(value, key, lo=1, hi=5)
        elif key == "owner_id":
            out[key] = v.integer(value, key)
            if out[key] is not None and session.get(User, out[key]) is None:
                raise ValidationError(key, f"no user with id {out[key]}")
        elif key == "parent_id":
            out[key] = v.integer(value, key)
            _check_parent(session, current.id if current else None, out[key])
    merged = {f: getattr(current, f) for f in ("name_zh", "name_en")} if current else {}
    merged.update({k: out[k] for k in ("name_zh", "name_en") if k in out})
    if not merged.get("name_zh") and not merged.get("name_en"):
        raise ValidationError("name_zh", "an account needs a Chinese or an English name")
    return out


def _check_parent(session: Session, account_id: int | None, parent_id: int | None) -> None:
    if parent_id is None:
        return
    seen = {account_id}
    cur: int | None = parent_id
    while cur is not None:
        if cur in seen:
            raise ValidationError("parent_id", "an account cannot be inside its own group")
        seen.add(cur)
        parent = session.get(Account, cur)
        if parent is None:
            raise ValidationError("parent_id", f"no account with id {cur}")
        cur = parent.parent_id


class AccountService(ServiceBase):
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

    def delete(self, account_id: int) -> Change:
        """Move an account (with its dossier) to the trash; audited."""
        with self.unit() as s:
            acc = get_or_404(s, Account, account_id, "account")
            acc.deleted_at = utcnow()
            audit.record(s, self.actor, "account.delete", "account", acc.id, name=acc.display_name)
            return Change("account", acc.id, "delete")

    def restore(self, account_id: int) -> Change:
        """Bring an account back from the trash; audited."""
        with self.unit() as s:
            acc = s.get(Account, account_id)
            if acc is None or acc.deleted_at is None:
                raise NotFound(f"no account with id {account_id} in the trash")
            acc.deleted_at = None
            audit.record(s, self.actor, "account.restore", "account", acc.id, name=acc.display_name)
            return Change("account", acc.id, "restore")

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
                raise NotFound(f"{text!r} names several accounts (ids {ids}); use the id")
            raise NotFound(f"no account {text!r} (give its id or its exact name)")

    def rows(self, *, owner_id: int | None = None, query: str | None = None) -> list[AccountRow]:
        """The account list: one aggregated query, no per-account round trips."""
        with self.read() as s:
            people = (
                select(Person.account_id, func.count().label("n"))
                .where(Person.deleted_at.is_(None))
                .group_by(Person.account_id)
                .subquery()
            )
            visits = (
                select(Contact.account_id, func.max(Contact.occurred_on).label("last"))
                .where(Contact.done.is_(True))
                .group_by(Contact.account_id)
                .subquery()
            )
            latest = (
                select(TierSnapshot.account_id,
                       func.max(TierSnapshot.year * 10 + TierSnapshot.quarter).label("k"))
                .group_by(TierSnapshot.account_id)
                .subquery()
            )
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
            if query and query.strip():
                q = q.where(Account.search_key.like(query_pattern(query), escape="\\"))
            return [AccountRow(*r) for r in s.execute(q)]

    def add_team_member(self, account_id: int, user_id: int, team_role: str | None = None) -> Change:
        with self.unit() as s:
            get_or_404(s, Account, account_id, "account")
            get_or_404(s, User, user_id, "user")
            s.merge(AccountTeamMember(account_id=account_id, user_id=user_id,
                                      team_role=v.text(team_role, "team_role", max_len=100)))
            return Change("account_team", account_id, "update", {}, {"user_id": user_id})


class UserService(ServiceBase):
    def create(self, username: str, display_name: str, role: str | UserRole = UserRole.KAM,
               manager_id: int | None = None, email: str | None = None,
               is_executive: bool = False) -> Change:
        """Add one of our people; raises ValidationError (e.g. username taken)."""
        with self.unit() as s:
            uname = v.text(username, "username", required=True, max_len=64)
            assert uname is not None
            if s.scalar(select(User.id).where(User.username == uname)) is not None:
                raise ValidationError("username", f"{uname!r} is taken")
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
                raise NotFound(f"{ref!r} names several users; give the username")
            raise NotFound(f"no user {ref!r}")

    def role_of_actor(self) -> UserRole | None:
        """The acting user's role (None for someone who is not a kam user)."""
        if self.actor.user_id is None:
            return None
        with self.read() as s:
            user = s.get(User, self.actor.user_id)
            return user.role if user else None

    def by_username(self, username: str) -> User:
        with self.read() as s:
            user = s.scalar(select(User).where(User.username == username))
            if user is None:
                raise NotFound(f"no user {username!r}")
            return user


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
