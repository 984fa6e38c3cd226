"""An account's fields and its team's lines, without SQLAlchemy: shared by ``AccountService`` and the window's
first view (``kam.first_view``), which reads them through a plain DB-API connection."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from kam.fields import Field, FieldSet
from kam.i18n import N_
from kam.vocab import GroupRelation, KAType

ACCOUNT_FIELDS = FieldSet(N_("an account"), [
    Field("name_zh", N_("Chinese name"), group="basic"),
    Field("name_en", N_("English name"), group="basic"),
    Field("short_name", N_("Short name"), max_len=100, group="basic"),
    Field("ka_type", N_("Type"), "choice", choices=KAType, required=True, group="basic"),
    Field("industry", N_("Industry"), max_len=200, group="basic"),
    Field("region", N_("Region"), max_len=200, group="basic"),
    Field("country", N_("Country"), max_len=100, group="basic"),
    Field("address", N_("Address"), max_len=2000, group="basic"),
    Field("phone", N_("Phone"), max_len=100, group="basic"),
    Field("fax", N_("Fax"), max_len=100, group="basic"),
    Field("email", N_("E-mail"), "email", group="basic"),
    Field("website", N_("Website"), group="basic"),
    Field("cooperation_since", N_("Customer since"), "date", group="basic"),
    Field("contract_until", N_("Contract until"), "date", group="basic"),
    Field("industry_position", N_("Industry position (1–5)"), "score", group="basic"),
    Field("satisfaction", N_("Satisfaction (1–5)"), "score", group="basic"),
    Field("annual_category_spend", N_("Annual purchases of our category"), "money", group="basic"),
    Field("currency", N_("Currency"), "currency"),
    Field("owner_id", N_("Key account manager"), "ref"),
    Field("parent_id", N_("Group parent"), "ref"),
    Field("group_relation", N_("Relation to the group parent"), "choice", choices=GroupRelation),
    Field("product_structure", N_("Product structure"), "text", group="business"),
    Field("market_and_sales", N_("Market and sales"), "text", group="business"),
    Field("financial_standing", N_("Financial standing"), "text", group="business"),
    Field("credit_rating", N_("Credit rating"), max_len=50, group="business"),
    Field("their_competitors", N_("Their competitors"), "text", group="business"),
    Field("strategy", N_("Strategy"), "text", group="business"),
    Field("production_of_our_category", N_("Production of our category"), "text", group="business"),
    Field("consumption_of_our_category", N_("Use of our category"), "text", group="business"),
    Field("downstream_products", N_("Downstream products"), "text", group="business"),
    Field("downstream_customers", N_("Downstream customers"), "text", group="business"),
    Field("usage_habits", N_("Usage habits"), "text", group="business"),
    Field("corporate_culture", N_("Corporate culture"), "text", group="analysis"),
    Field("ways_of_working", N_("Ways of working"), "text", group="analysis"),
    Field("strengths", N_("Strengths"), "text", group="analysis"),
    Field("weaknesses", N_("Weaknesses"), "text", group="analysis"),
    Field("opportunities", N_("Opportunities"), "text", group="analysis"),
    Field("threats", N_("Threats"), "text", group="analysis"),
    Field("cultural_notes", N_("Cultural notes"), "text", group="analysis"),
    Field("topics_to_avoid", N_("Topics to avoid"), "text", group="analysis"),
    Field("notes", N_("Notes"), "text", group="analysis"),
])


@dataclass(frozen=True)
class TeamMember:
    """One of our people on an account: the owner (``is_owner``) or a team member with their role."""

    user_id: int
    display_name: str
    username: str
    team_role: str | None  # a TeamRole code or the role as written
    is_owner: bool



def team_in_order(owner: TeamMember | None, members: Iterable[TeamMember]) -> list[TeamMember]:
    """Our people on the account as the dossier lists them: the owner first (with their team role, if they
    also have one), then the team by name (``members``: the team's rows by name, the owner among them or not)."""
    rows = list(members)
    out = [m for m in rows if owner is None or m.user_id != owner.user_id]
    if owner is not None:
        role = next((m.team_role for m in rows if m.user_id == owner.user_id), None)
        out.insert(0, TeamMember(owner.user_id, owner.display_name, owner.username, role, True))
    return out
