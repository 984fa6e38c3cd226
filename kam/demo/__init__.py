"""The demo portfolio: a realistic set of key accounts, or N generated ones for benchmarks.

Everything is drawn from one seeded random generator, so the same command
gives the same portfolio (dates are relative to ``today``). Rows are built as
plain dicts with ids assigned here and inserted in bulk through SQLAlchemy
Core in one transaction: `kam demo --scale 5000` writes about 1.5 million rows.
"""

from __future__ import annotations

import datetime as dt
import random
from collections import defaultdict
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, func, select

from kam.demo import data as N
from kam.demo.data import (
    BEST,
    COMPLAINTS,
    CURATED,
    MINIMUM,
    NEXT_STEPS,
    OUR_USERS,
    OUTCOMES,
    PURPOSES,
    QUAL_OBJECTIVES,
    TIER_SHAPE,
    AccountSpec,
    account_texts,
)
from kam.errors import UserError
from kam.i18n import _
from kam.model import (
    Account,
    AccountTeamMember,
    AnnualPlan,
    Competitor,
    CompetitorRep,
    CompetitorRepRelation,
    Contact,
    ContactAttendee,
    ContactOurAttendee,
    CriterionScore,
    DecisionCriterion,
    DecisionStep,
    Department,
    Faction,
    FactionMember,
    Feedback,
    InfluenceLine,
    Person,
    PersonRole,
    PlanEvent,
    ProjectParticipant,
    PurchasingProject,
    QualObjective,
    QuantObjective,
    RegisterAccess,
    RegisterItem,
    ResourceNeed,
    StanceChange,
    StepActor,
    Transaction,
    User,
)
from kam.model.base import new_gid, table_of
from kam.security import register as crypto
from kam.startup import collector_paused
from kam.store.bulk import BackgroundInserts
from kam.text import search_key

LANG_INDEX = {"zh_CN": 0, "zh_TW": 1, "en": 2}


_DEMO_INFLUENCE_KINDS = ("former_colleague", "mentor", "classmate", "hometown")


class _Ids:
    def __init__(self, conn: Connection, tables: list[Any]) -> None:
        self.next: dict[str, int] = {}
        for t in tables:
            self.next[t.__tablename__] = (conn.scalar(select(func.max(t.id))) or 0) + 1

    def __call__(self, table: str) -> int:
        n = self.next[table]
        self.next[table] = n + 1
        return n


def _cents(x: float) -> Decimal:
    """``_d(x)`` for a Money column: the same value (both round correctly to the cent) at a third of the cost
    (a million transactions at ``--scale 5000`` take five each); only the exponent may differ (1.50, not 1.5),
    which the column does not keep."""
    return Decimal(format(x, ".2f"))


def _d(x: float, places: int = 2) -> Decimal:
    return Decimal(repr(round(x, places)))


class DemoBuilder:
    """Builds rows in memory, then writes them in bulk (one table at a time)."""

    def __init__(self, conn: Connection, today: dt.date, seed: int, *, lean: bool = False,
                 register_key: bytes | None = None) -> None:
        self.conn = conn
        self.register_key = register_key  # register items are written only when their content can be sealed
        self.today = today
        self.rng = random.Random(seed)
        self.lean = lean  # --scale: fewer visits and texts per account
        self.rows: dict[Any, list[dict[str, Any]]] = defaultdict(list)
        self.ids = _Ids(conn, [User, Account, Department, Person, Faction, InfluenceLine,
                               StanceChange, PurchasingProject, DecisionStep, DecisionCriterion,
                               Competitor, CompetitorRep, RegisterItem, Contact, Feedback,
                               AnnualPlan, PlanEvent, QuantObjective, QualObjective,
                               ResourceNeed, Transaction])
        self.now = dt.datetime.combine(today, dt.time(9, 0), dt.UTC)
        self.users: dict[str, int] = {}
        self.kams: list[int] = []
        self.keys: dict[tuple[str, str], str] = {}

    def add(self, model: Any, **row: Any) -> int | None:
        self.rows[model].append(row)
        return row.get("id")

    def stamp(self) -> dict[str, Any]:
        return {"created_at": self.now, "updated_at": self.now}

    # --- our side

    def users_once(self) -> None:
        existing = dict(self.conn.execute(select(User.username, User.id)).all())
        for uname, name, role, manager, is_exec in OUR_USERS:
            if uname in existing:
                self.users[uname] = existing[uname]
                continue
            uid = self.ids("users")
            self.users[uname] = uid
            self.add(User, id=uid, username=uname, display_name=name, role=role,
                     manager_id=self.users.get(manager) if manager else None,
                     email=f"{uname}@example.com", is_executive=is_exec, active=True,
                     version=1, **self.stamp())
        self.kams = [self.users[u] for u, _, r, _, _ in OUR_USERS if r == "kam"]

    # --- one account

    def account(self, spec: AccountSpec, parent_id: int | None = None, owner: int | None = None) -> int:
        rng, today = self.rng, self.today
        li = LANG_INDEX[spec.script]
        shape = TIER_SHAPE[spec.tier]
        aid = self.ids("accounts")
        owner = owner or rng.choice(self.kams)
        years = rng.randint(*shape["years"])
        since = today - dt.timedelta(days=int(years * 365.25) + rng.randint(10, 300))
        revenue = rng.uniform(*shape["revenue"])
        texts = account_texts(spec, li) if not self.lean else {}
        self.add(Account, id=aid, name_zh=spec.name_zh, name_en=spec.name_en,
                 short_name=None, search_key=search_key(spec.name_zh, spec.name_en), ka_type=spec.ka_type, industry=spec.industry,
                 region=spec.region, country=spec.country,
                 phone=f"+86 21 {rng.randint(5000_0000, 6999_9999)}",
                 fax=None, email=f"info@{_domain(spec.name_en)}", website=f"https://www.{_domain(spec.name_en)}",
                 owner_id=owner, cooperation_since=since, contract_until=today.replace(month=12, day=31),
                 currency="CNY", parent_id=parent_id, group_relation=spec.relation,
                 annual_category_spend=_d(revenue / rng.uniform(0.25, 0.7)),
                 industry_position=rng.randint(*shape["pos"]), satisfaction=rng.randint(*shape["sat"]),
                 version=1, deleted_at=None, **texts, **self.stamp())
        self.add(AccountTeamMember, account_id=aid, user_id=self.users["chen.vp"], team_role="Sponsor")
        people = self.org(aid, spec, li, owner)
        self.transactions(aid, revenue, shape)
        competitors = self.competitors(aid, li, people)
        self.project(aid, li, people, competitors, revenue)
        self.contacts(aid, people, owner, li)
        self.feedback(aid, li, people, owner)
        self.register(aid, li, people, owner)
        self.plan(aid, revenue, shape, owner, li)
        return aid

    def org(self, aid: int, spec: AccountSpec, li: int, owner: int) -> list[dict[str, Any]]:
        """An org tree: top → department heads → managers → staff (≥ 3 levels)."""
        rng = self.rng
        n = spec.people
        deps = {}
        for key, zh, tw, en, function in N.DEPARTMENTS:
            did = self.ids("departments")
            deps[key] = did
            self.add(Department, id=did, account_id=aid, name=(zh, tw, en)[li], function=function,
                     notes=None, version=1)
        people: list[dict[str, Any]] = []
        domain = _domain(spec.name_en)  # the same for everyone of the account

        def person(level: int, dep: str, title: tuple[str, str, str], boss: int | None) -> dict[str, Any]:
            pid = self.ids("people")
            name, latin = self.name(li)
            stance = rng.choices(["supporter", "neutral", "opposer", "unknown"], [40, 35, 15, 10])[0]
            influence = max(1, min(5, 6 - level + rng.choice([-1, 0, 0, 1]) if level > 1 else 5))
            key_person = level <= 2 or (not self.lean and rng.random() < 0.3)
            row = dict(id=pid, account_id=aid, name=name, name_latin=latin, title=title[li],
                       search_key=self.search_key(name, latin),
                       department_id=deps[dep], reports_to_id=boss, stance=stance,
                       influence=influence,
                       coverage_owner_id=owner if rng.random() < {1: 0.9, 2: 0.8, 3: 0.5}.get(level, 0.1) else None,
                       email=f"{latin.lower().replace(' ', '.')}.{pid}@{domain}",
                       phone=None, mobile=f"+86 13{rng.randint(100000000, 999999999)}", wechat=None,
                       external_id=None, notes=None, version=1, deleted_at=None, anonymised_at=None,
                       data_source="business card / meetings", consent_basis="legitimate interest",
                       consent_on=None, **self.stamp(), **(self.profile(li) if key_person else _no_profile()))
            self.add(Person, **row)
            people.append(dict(row, level=level, dep=dep))
            return people[-1]

        top = person(1, "mgmt", N.TOP_TITLE, None)
        heads = {}
        for key in ("purch", "rd", "prod", "qa", "fin"):
            heads[key] = person(2, key, N.HEAD_TITLES[key], top["id"])
        remaining = max(0, n - 6)
        managers: list[dict[str, Any]] = []
        n_managers = max(1, min(remaining // 4, 10))
        for i in range(min(n_managers, remaining)):
            key = ("purch", "rd", "prod", "qa", "fin")[i % 5]
            managers.append(person(3, key, N.MANAGER_TITLE, heads[key]["id"]))
        for _n in range(remaining - len(managers)):
            boss = rng.choice(managers)
            person(4, boss["dep"], rng.choice(N.STAFF_TITLES), boss["id"])
        self.roles(people)
        self.factions(aid, li, people, heads)
        self.stance_history(people, owner)
        return people

    def search_key(self, name: str, latin: str) -> str:
        """``kam.text.search_key(name, latin)``, made once per name: a generated portfolio repeats its names."""
        key = self.keys.get((name, latin))
        if key is None:
            key = self.keys[name, latin] = search_key(name, latin)
        return key

    def name(self, li: int) -> tuple[str, str]:
        rng = self.rng
        if li == 2:
            first, last = rng.choice(N.WESTERN_FIRST), rng.choice(N.WESTERN_LAST)
            return f"{first} {last}", f"{first} {last}"
        sur = rng.choice(N.SURNAMES)
        given = [rng.choice(N.GIVEN) for _ in range(rng.choice((1, 2, 2)))]
        native = sur[li] + "".join(g[li] for g in given)
        latin = f"{sur[2]} {''.join(g[2] for g in given).capitalize()}"
        return native, latin

    def profile(self, li: int) -> dict[str, Any]:
        rng = self.rng
        born = self.today.year - rng.randint(32, 60)
        bday = dt.date(born, rng.randint(1, 12), rng.randint(1, 28))
        home, school, hobby, career = (rng.choice(x) for x in (N.HOMETOWNS, N.SCHOOLS, N.HOBBIES, N.CAREER))
        j = 2 if li == 2 else li
        return dict(gender=rng.choice(["M", "F"]), birthday=bday, birth_year=born,
                    health=None, education=("硕士", "碩士", "Master's degree")[j], school=school[j],
                    background=None, personality=("务实，重数据", "務實，重數據", "pragmatic, data-driven")[j],
                    abilities=None, family=None, hometown=home[j], hobbies=hobby[j],
                    colleague_relations=None, role_in_company=None, career_plans=career[j],
                    personal_note=None)

    def roles(self, people: list[dict[str, Any]]) -> None:
        rng = self.rng
        for p in people:
            roles = set()
            if p["level"] == 1:
                roles.add("decision_maker")
            elif p["level"] == 2:
                roles.add({"purch": "negotiator", "fin": "decision_maker"}.get(p["dep"], "influencer"))
                if p["dep"] == "purch" and rng.random() < 0.5:
                    roles.add("influencer")
            elif p["level"] == 3:
                roles.add("negotiator" if p["dep"] == "purch" else "influencer")
            elif rng.random() < 0.5:
                roles.add("executor")
            for r in sorted(roles):
                self.add(PersonRole, person_id=p["id"], role=r)
            p["roles"] = roles

    def factions(self, aid: int, li: int, people: list[dict[str, Any]], heads: dict[str, dict[str, Any]]) -> None:
        rng = self.rng
        names = [(("技术派", "技術派", "Engineering camp"), "rd"), (("财务派", "財務派", "Finance camp"), "fin")]
        for (label, dep) in names:
            fid = self.ids("factions")
            leader = heads[dep]["id"]
            self.add(Faction, id=fid, account_id=aid, name=label[li], leader_id=leader,
                     description=None, version=1)
            members = {leader} | {p["id"] for p in people if p["dep"] == dep and p["level"] == 3}
            members |= {p["id"] for p in rng.sample(people, min(2, len(people)))}
            for m in sorted(members):
                self.add(FactionMember, faction_id=fid, person_id=m)
        wanted = min(4, len(people) // 6 + 1)
        pairs: set[tuple[int, int]] = set()
        for _n in range(50 * wanted):  # bounded: small orgs may have few valid pairs
            if len(pairs) == wanted:
                break
            a, b = rng.sample(people, 2)
            if a["level"] >= b["level"] or (a["id"], b["id"]) in pairs or b["reports_to_id"] == a["id"]:
                continue
            pairs.add((a["id"], b["id"]))
            # why, from the ids (the random sequence, and so the rest of the demo, stays as it was); one in
            # five not known
            kinds = [*_DEMO_INFLUENCE_KINDS, None]
            self.add(InfluenceLine, id=self.ids("influence_lines"), account_id=aid, source_id=a["id"],
                     target_id=b["id"], strength=rng.randint(1, 3), note=None, version=1,
                     kind=kinds[(a["id"] * 7 + b["id"]) % len(kinds)])

    def stance_history(self, people: list[dict[str, Any]], owner: int) -> None:
        """Initial stance a year ago, and a move for some people since."""
        rng = self.rng
        year_ago = self.today - dt.timedelta(days=365)
        for p in people:
            if p["level"] > 3 and self.lean:
                continue
            first = p["stance"]
            moved = rng.random() < 0.25
            if moved:
                first = rng.choice([s for s in ("supporter", "neutral", "opposer") if s != p["stance"]])
            self.add(StanceChange, id=self.ids("stance_history"), person_id=p["id"], changed_on=year_ago,
                     old_stance=None, new_stance=first, source="import", visit_id=None,
                     recorded_by_id=owner, recorded_at=self.now, note=None)
            if moved:
                self.add(StanceChange, id=self.ids("stance_history"), person_id=p["id"],
                         changed_on=self.today - dt.timedelta(days=rng.randint(10, 300)),
                         old_stance=first, new_stance=p["stance"], source="manual", visit_id=None,
                         recorded_by_id=owner, recorded_at=self.now, note=None)

    def transactions(self, aid: int, revenue: float, shape: dict[str, Any]) -> None:
        """Three years of monthly ERP lines; the latest year at ``revenue``, earlier ones lower."""
        rng, today = self.rng, self.today
        products = rng.sample(N.PRODUCTS, 3 if self.lean else 5)
        start = dt.date(today.year - 3, today.month, 1)
        month = start
        rows = self.rows[Transaction]
        growth = rng.uniform(0.05, 0.2)
        uniform, randint, ids, cents = rng.uniform, rng.randint, self.ids, _cents  # (a million lines at scale)
        mcr_low, mcr_high = shape["mcr"]
        margin_low, margin_high = shape["margin"]
        while month <= today:
            age_years = (today - month).days / 365.25
            monthly = revenue / 12 / (1 + growth) ** age_years
            lines_per_month = (5 + month.month % 2) if self.lean else 4
            for k in range(lines_per_month):
                prod, unit = products[(k + month.month) % len(products)]
                amount = monthly / lines_per_month * uniform(0.7, 1.3)
                price = uniform(800, 12000)
                qty = max(1, round(amount / price))
                gross = qty * price
                discount = gross * uniform(mcr_low, mcr_high) * 0.6
                fin = gross * uniform(mcr_low, mcr_high) * 0.4
                net = gross - discount
                day = month + dt.timedelta(days=randint(0, 27))
                if day > today:
                    continue
                tid = ids("transactions")
                rows.append({"id": tid, "account_id": aid, "occurred_on": day, "product": prod,
                             "quantity": Decimal(qty), "unit": unit, "unit_price": cents(price),
                             "amount": cents(net), "discount": cents(discount), "financial_cost": cents(fin),
                             "gross_profit": cents(net * uniform(margin_low, margin_high)),
                             "currency": "CNY", "external_ref": f"SO{aid:05d}-{tid}"})
            month = (month.replace(day=28) + dt.timedelta(days=4)).replace(day=1)

    def competitors(self, aid: int, li: int, people: list[dict[str, Any]]) -> list[int]:
        rng = self.rng
        ids = []
        for zh, en in rng.sample(N.COMPETITORS, 2):
            cid = self.ids("competitors")
            ids.append(cid)
            self.add(Competitor, id=cid, account_id=aid, name=en if li == 2 else zh,
                     products_used=rng.choice(N.PRODUCTS)[0], customer_satisfaction=rng.randint(2, 4),
                     estimated_share_pct=rng.randint(10, 45),
                     strengths=None if self.lean else ("价格低，响应快", "價格低，回應快", "lower price, fast response")[li],
                     weaknesses=None if self.lean else ("质量波动", "品質波動", "inconsistent quality")[li],
                     notes=None, version=1, **self.stamp())
            if self.lean:
                continue
            rep = self.ids("competitor_reps")
            rname, _ = self.name(li)
            self.add(CompetitorRep, id=rep, competitor_id=cid, name=rname,
                     style=("关系型，常请客户吃饭", "關係型，常請客戶吃飯", "relationship seller, frequent dinners")[li],
                     notes=None, version=1)
            for p in rng.sample(people, min(2, len(people))):
                self.add(CompetitorRepRelation, rep_id=rep, person_id=p["id"], closeness=rng.randint(1, 3), note=None)
        return ids

    def project(self, aid: int, li: int, people: list[dict[str, Any]], competitors: list[int], revenue: float) -> None:
        rng, today = self.rng, self.today
        prid = self.ids("projects")
        start = today - dt.timedelta(days=rng.randint(60, 200))
        names = ("年度框架采购", "年度框架採購", "Annual framework purchase")
        self.add(PurchasingProject, id=prid, account_id=aid, name=f"{today.year + 1} {names[li]}",
                 procurement_plan=None if self.lean else ("替换现有供应商的 30% 份额", "替換現有供應商的 30% 份額", "move 30% of volume from the incumbent")[li],
                 problem_to_solve=None if self.lean else ("降低停机率，统一备件", "降低停機率，統一備件", "reduce downtime, standardise spare parts")[li],
                 budget=_d(revenue * rng.uniform(0.3, 0.8)), currency="CNY", start_on=start,
                 decision_due=today + dt.timedelta(days=rng.randint(30, 120)), status="active",
                 our_offer=None, notes=None, version=1, **self.stamp())
        by_dep = defaultdict(list)
        for p in people:
            by_dep[p["dep"]].append(p)
        actors_for = {0: "rd", 1: "rd", 2: "qa", 3: "purch", 4: "prod", 5: "qa", 6: "purch", 7: "mgmt", 8: "purch"}
        steps = N.DECISION_STEPS if not self.lean else N.DECISION_STEPS[::3]
        span = (today + dt.timedelta(days=90) - start).days
        for i, step in enumerate(steps):
            planned = start + dt.timedelta(days=span * i // len(steps))
            done = planned < today - dt.timedelta(days=7)
            sid = self.ids("decision_steps")
            self.add(DecisionStep, id=sid, project_id=prid, position=i + 1, name=step[li],
                     planned_on=planned, actual_on=planned + dt.timedelta(days=rng.randint(0, 10)) if done else None,
                     status="done" if done else ("in_progress" if planned <= today + dt.timedelta(days=20) else "planned"),
                     notes=None, version=1)
            dep = actors_for.get(i, "mgmt")
            cands = sorted(by_dep[dep], key=lambda p: p["level"])[:2] or people[:1]
            for p in cands:
                self.add(StepActor, step_id=sid, person_id=p["id"], action=None)
        for p in people:
            for r in sorted(p.get("roles", ())):
                if p["level"] <= 3 and r != "executor":
                    self.add(ProjectParticipant, project_id=prid, person_id=p["id"], role=r)
        if self.lean:
            return
        for zh, tw, en, weight in N.CRITERIA:
            cid = self.ids("decision_criteria")
            self.add(DecisionCriterion, id=cid, project_id=prid, name=(zh, tw, en)[li], weight=weight,
                     our_score=rng.randint(2, 5), notes=None, version=1)
            for comp in competitors:
                self.add(CriterionScore, criterion_id=cid, competitor_id=comp, score=rng.randint(2, 5))

    def contacts(self, aid: int, people: list[dict[str, Any]], owner: int, li: int) -> None:
        rng, today = self.rng, self.today
        key = [p for p in people if p["level"] <= 3]
        n = 6 if self.lean else rng.randint(14, 24)
        execs = [self.users["chen.vp"], self.users["wang.ceo"]]
        for i in range(n):
            planned = i == n - 1
            recent = rng.random() < 0.75
            ago = rng.randint(3, 200) if recent else rng.randint(200, 720)
            day = today + dt.timedelta(days=rng.randint(5, 25)) if planned else today - dt.timedelta(days=ago)
            with_exec = rng.random() < 0.2
            cid = self.ids("contacts")
            kind = "executive_meeting" if with_exec else rng.choice(["visit", "visit", "visit", "call"])
            self.add(Contact, id=cid, account_id=aid, kind=kind, occurred_on=day, done=not planned,
                     location=None, purpose=rng.choice(PURPOSES)[li],
                     best_outcome=rng.choice(BEST)[li] if planned else None,
                     minimum_outcome=rng.choice(MINIMUM)[li] if planned else None,
                     outcome=None if planned else rng.choice(OUTCOMES)[li],
                     next_steps=None if planned else rng.choice(NEXT_STEPS)[li], with_executive=with_exec,
                     recorded_by_id=owner, version=1, **self.stamp())
            weights = [4 if p["level"] == 1 else 3 if p["level"] == 2 else 1 for p in key]
            chosen = {p["id"] for p in rng.choices(key, weights, k=rng.randint(1, 3))}
            for pid in sorted(chosen):
                self.add(ContactAttendee, contact_id=cid, person_id=pid)
            self.add(ContactOurAttendee, contact_id=cid, user_id=owner)
            if with_exec:
                self.add(ContactOurAttendee, contact_id=cid, user_id=rng.choice(execs))

    def feedback(self, aid: int, li: int, people: list[dict[str, Any]], owner: int) -> None:
        rng = self.rng
        for i in range(2 if self.lean else rng.randint(2, 5)):
            open_ = i == 0 and rng.random() < 0.6
            received = self.now - dt.timedelta(days=rng.randint(2, 45) if open_ else rng.randint(30, 500),
                                               hours=rng.randint(0, 12))
            responded = None if open_ and rng.random() < 0.5 else received + dt.timedelta(hours=rng.randint(2, 40))
            resolved = None if open_ else received + dt.timedelta(days=rng.randint(2, 20))
            subj = rng.choice(COMPLAINTS)
            self.add(Feedback, id=self.ids("feedback"), account_id=aid,
                     kind=rng.choice(["complaint", "complaint", "suggestion", "product_feedback"]),
                     subject=subj[li], description=None, raised_by_id=rng.choice(people)["id"],
                     received_at=received, first_responder_id=owner,
                     routed_to=rng.choice(["quality", "rd", "manufacturing", "logistics"]),
                     severity=rng.randint(1, 3), response_target_hours=24, responded_at=responded,
                     resolved_at=resolved,
                     status="resolved" if resolved else ("responded" if responded else "open"),
                     resolution=None, satisfaction=rng.randint(3, 5) if resolved else None,
                     version=1, **self.stamp())

    def register(self, aid: int, li: int, people: list[dict[str, Any]], owner: int) -> None:
        rng, today, key = self.rng, self.today, self.register_key
        if key is None:
            return

        def seal(text: str | None, row: str, field: str) -> bytes | None:
            return crypto.seal_row(key, text.encode("utf-8") if text is not None else None,
                                   "register_items", row, field)

        for i in range(1 if self.lean else rng.randint(1, 3)):
            iid = self.ids("register_items")
            gid = new_gid()
            kind = rng.choice(["drawing", "specification", "formula", "process"])
            title = {"drawing": ("总装图 A3-", "總裝圖 A3-", "General assembly drawing A3-"),
                     "specification": ("技术规格书 V", "技術規格書 V", "Technical specification V"),
                     "formula": ("密封胶配方 F-", "密封膠配方 F-", "Sealant formula F-"),
                     "process": ("热处理工艺卡 P-", "熱處理工藝卡 P-", "Heat treatment process card P-")}[kind][li]
            received = today - dt.timedelta(days=rng.randint(30, 700))
            self.add(RegisterItem, id=iid, gid=gid, account_id=aid, reference=f"IP-{aid:04d}-{i + 1:02d}", kind=kind,
                     classification=rng.choice(["confidential", "secret", "strictly_secret"]),
                     customer_owner_id=rng.choice(people)["id"], received_on=received,
                     agreement_ref=f"NDA-{received.year}-{aid:04d}",
                     return_due=today + dt.timedelta(days=rng.randint(-20, 400)), status="held", closed_on=None,
                     title=seal(f"{title}{rng.randint(100, 999)}", gid, "title"),
                     description=seal(("客户提供，仅限项目组使用", "客戶提供，僅限專案組使用", "Customer-supplied; project team only")[li], gid, "description"),
                     storage_location=seal("PLM vault / 加密柜 3 号", gid, "storage_location"),
                     notes=seal(None, gid, "notes"),
                     version=1, **self.stamp())
            self.add(RegisterAccess, item_id=iid, user_id=owner)

    def plan(self, aid: int, revenue: float, shape: dict[str, Any], owner: int, li: int) -> None:
        rng, year = self.rng, self.today.year
        status = rng.choice(["approved", "approved", "approved", "submitted", "draft", "returned"])
        pid = self.ids("plans")
        self.add(AnnualPlan, id=pid, account_id=aid, year=year, plan_version=1, status=status,
                 based_on_id=None, submit_by=dt.date(year - 1, 12, 20), summary=None, author_id=owner,
                 version=1, **self.stamp())
        created = self.now - dt.timedelta(days=340)
        self.add(PlanEvent, id=self.ids("plan_events"), plan_id=pid, action="create", from_status=None,
                 to_status="draft", by_id=owner, at=created, comment=None)
        vp = self.users["chen.vp"]
        by_status: dict[str, list[tuple[str, str, str, int, str | None]]] = {"submitted": [("submitted", "draft", "submitted", owner, None)],
                 "returned": [("submitted", "draft", "submitted", owner, None),
                              ("returned", "submitted", "returned", vp,
                               ("请上调 Q4 销售目标，并补充高层拜访计划", "請上調 Q4 銷售目標，並補充高層拜訪計劃",
                                "raise the Q4 sales target and add executive visits")[li])],
                 "approved": [("submitted", "draft", "submitted", owner, None),
                              ("approved", "submitted", "approved", vp, None)]}
        steps = by_status.get(status, [])
        for i, (action, old, new, by, comment) in enumerate(steps, start=1):
            self.add(PlanEvent, id=self.ids("plan_events"), plan_id=pid, action=action, from_status=old,
                     to_status=new, by_id=by, at=created + dt.timedelta(days=3 * i), comment=comment)
        target_rev = _d(revenue * 1.1 / 10000, 0) * 10000
        margin = sum(shape["margin"]) / 2
        objectives = [("revenue", "CNY", target_rev, (0.2, 0.25, 0.25, 0.3)),
                      ("gross_profit", "CNY", _d(float(target_rev) * margin / 10000, 0) * 10000, (0.2, 0.25, 0.25, 0.3)),
                      ("rep_visits", "visits", Decimal(24), (0.25, 0.25, 0.25, 0.25)),
                      ("exec_visits", "visits", Decimal(4), (0.25, 0.25, 0.25, 0.25)),
                      ("trainings", "sessions", Decimal(2), (0, 0.5, 0, 0.5))]
        for i, (metric, unit, target, split) in enumerate(objectives, start=1):
            q = [(target * Decimal(repr(x))).quantize(Decimal(1)) for x in split[:3]]
            q.append(target - sum(q))
            self.add(QuantObjective, id=self.ids("quant_objectives"), plan_id=pid, position=i, metric=metric,
                     label=None, product=None, unit=unit, annual_target=target, q1=q[0], q2=q[1], q3=q[2],
                     q4=q[3], manual_actuals=None, version=1)
        if self.lean:
            return
        for i, text in enumerate(QUAL_OBJECTIVES, start=1):
            self.add(QualObjective, id=self.ids("qual_objectives"), plan_id=pid, position=i, description=text[li],
                     owner_id=owner, due_on=dt.date(year, 3 * i + 3, 28), status=rng.choice(["open", "in_progress", "done"]),
                     evidence=None, version=1)
        self.add(ResourceNeed, id=self.ids("resource_needs"), plan_id=pid, position=1, kind="executive",
                 who=("王建国（总裁）", "王建國（總裁）", "Wang Jianguo (CEO)")[li],
                 purpose=("高层互访，巩固战略合作", "高層互訪，鞏固戰略合作", "executive exchange to anchor the partnership")[li],
                 task=("Q2 拜访客户总经理", "Q2 拜訪客戶總經理", "visit the customer's MD in Q2")[li],
                 deadline=dt.date(year, 6, 30), status="open", version=1)
        self.add(ResourceNeed, id=self.ids("resource_needs"), plan_id=pid, position=2, kind="technical",
                 who=("技术服务部", "技術服務部", "Technical service department")[li],
                 purpose=("驻厂支持新产线调试", "駐廠支援新產線調試", "on-site support for the new line")[li],
                 task=("派两名工程师驻厂两周", "派兩名工程師駐廠兩週", "two engineers on site for two weeks")[li],
                 deadline=dt.date(year, 9, 30), status="open", version=1)

    # --- writing

    def flush(self, sink: BackgroundInserts) -> int:
        """Hand every collected row to ``sink``, parents before children; returns the row count."""
        total = 0
        order = [User, Account, AccountTeamMember, Department, Person, PersonRole, Faction, FactionMember,
                 InfluenceLine, Competitor, CompetitorRep, CompetitorRepRelation, PurchasingProject,
                 ProjectParticipant, DecisionStep, StepActor, DecisionCriterion, CriterionScore,
                 Contact, ContactAttendee, ContactOurAttendee, StanceChange, Feedback, RegisterItem,
                 RegisterAccess, AnnualPlan, PlanEvent, QuantObjective, QualObjective, ResourceNeed,
                 Transaction]
        for model in order:
            total += sink.insert(table_of(model), self.rows.pop(model, []))
        assert not self.rows, f"rows left unwritten: {list(self.rows)}"
        return total


def _domain(name_en: str) -> str:
    word = "".join(ch for ch in name_en.split()[0].lower() if ch.isalnum()) or "customer"
    return f"{word}.example.com"


def _no_profile() -> dict[str, Any]:
    return dict(gender=None, birthday=None, birth_year=None, health=None, education=None, school=None,
                background=None, personality=None, abilities=None, family=None, hometown=None,
                hobbies=None, colleague_relations=None, role_in_company=None, career_plans=None,
                personal_note=None)


def is_empty(conn: Connection) -> bool:
    return not conn.scalar(select(func.count()).select_from(Account))


DEMO_REGISTER_PASSPHRASE = "demo-register"  # fictional data; printed by `kam demo`, in the README


def load(conn: Connection, today: dt.date, *, scale: int | None = None, seed: int = 2026,
         progress: Callable[[str], None] | None = None, register_key: bytes | None = None) -> dict[str, int]:
    """Write the demo portfolio (or ``scale`` generated accounts) through ``conn``'s transaction.

    IP register items are included when ``register_key`` (the unlocked register key) is given.
    """
    if scale is not None and scale < 1:
        raise UserError(_("--scale must be at least 1"))
    b = DemoBuilder(conn, today, seed, lean=scale is not None, register_key=register_key)
    b.users_once()
    accounts = 0
    written = 0
    # SQLite writes each batch on a second thread while the next accounts are made (kam.store.bulk); the
    # cyclic garbage collector waits: the rows are millions of dicts, lists and tuples without a cycle among
    # them, which each collection would scan again (at --scale 1000: 0.6 s in 2 400 collections, 7 of them full)
    with BackgroundInserts(conn) as sink, collector_paused():
        if scale is None:
            ids: list[int] = []
            for spec in CURATED:
                parent = ids[spec.parent] if spec.parent is not None else None
                owner = b.users["lin.yating"] if spec.script == "zh_TW" else (
                    b.users["anna.weber"] if spec.script == "en" else None)
                ids.append(b.account(spec, parent, owner))
            accounts = len(ids)
        else:
            tiers = ["platinum", "gold", "iron", "lead"]
            types = ["economic", "important", "group", "strategic"]
            for i in range(scale):
                sur = N.SURNAMES[i % len(N.SURNAMES)]
                g = N.GIVEN[(i // len(N.SURNAMES)) % len(N.GIVEN)]
                script = ("zh_CN", "zh_CN", "zh_TW", "en")[i % 4]
                li = LANG_INDEX[script]
                base_en = f"{sur[2]}{g[2]} Industrial {i + 1}"
                spec = AccountSpec(None if script == "en" else f"{sur[li]}{g[li]}实业{i + 1}号", base_en, script,
                                   types[i % 4], "制造业", "华东", "CN", tiers[(i // 4) % 4], 50)
                b.account(spec)
                accounts += 1
                if progress and (i + 1) % 500 == 0:
                    progress(_("generated {done}/{scale} accounts, {written} rows written").format(
                        done=i + 1, scale=scale, written=sink.written))
                # batches of ≈ 25 000 transactions (125 accounts): memory stays bounded, and the writer's last
                # batch, which nothing overlaps, stays short
                if len(b.rows[Transaction]) > 25_000:
                    written += b.flush(sink)
        written += b.flush(sink)
    if scale is None:  # every demo account gets its whitespace map
        from kam.demo import whitespace

        written += whitespace.load(conn, today, seed, ids)
    return {"accounts": accounts, "rows": written}
