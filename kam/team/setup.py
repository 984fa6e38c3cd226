"""Team mode on PostgreSQL: our users as server roles, and rights the server enforces.

``kam team init --admin-url URL`` (idempotent) migrates the schema as the administrator, then sets up what
follows; a later kam that migrates the team database (opened by its owner: ``kam team init`` again, or any
command or the window with the owner's URL) sets it up again on the new schema in the same transaction
(``refresh_team``), so new tables get their privileges and policies without a second step:

* three group roles, ``kam_kam``, ``kam_vp`` and ``kam_admin``; every app user is
  a login role in one of them (``kam team add-user``) and a row in ``users`` with
  the same name — ``session_user`` is who is acting, whatever the client claims;
* table privileges: the audit trail is insert-only (SELECT and INSERT, never
  UPDATE or DELETE), users and settings are written by administrators (and VPs
  for settings), the dossier tables are read and written under row-level
  security;
* row-level security on ``accounts`` and on every table of the dossier (the
  same list the JSON dossier uses, so a new table is covered): a KAM reads and
  writes the accounts they own or are on the team of; a VP reads the accounts of
  the KAMs who report to them (directly or further down) and may write their
  plans and reviews (approve, return, sign off); an administrator sees all.
  Rows of child tables are visible when their parent row is. IP register items
  (and their attachments) are visible only to the people on the item's access
  list and to the KAM who owns the account; audit entries only to their author
  and administrators, and each must carry its author's name;
* our product catalogue (``product_lines``, ``product_mappings``) readable by all; product lines written by
  VPs and administrators only, the mapping of product texts onto lines by everyone (``CATALOGUE_WRITERS``); a
  dossier a KAM pushes or imports adds the lines the team lacks through ``kam_catalogue_line`` (adds, never
  changes);
* the sync of laptop replicas (``kam.sync``): every row of the dossier is stamped with the writing
  transaction's id as its server revision (``srv_rev``; a replica pulls from the oldest transaction still
  running when it last pulled, so a write that commits late is never skipped) and keeps its global id; each
  deletion leaves a tombstone (``sync_tombstones``, read by all: it holds only random ids); the batches a
  client pushed (``sync_batches``) are each user's own;
* ``kam_changes`` notifications (LISTEN/NOTIFY) when accounts, people, visits,
  plans, reviews or transactions change, carrying only table, operation and
  account id (ids reveal nothing; receivers re-read through their own rights).

This holds for anyone who connects with a KAM's credentials, ``psql`` included.
"""

from __future__ import annotations

import re
import secrets
from collections.abc import Iterator
from contextlib import closing
from dataclasses import dataclass

from sqlalchemy import Connection, text

from kam.errors import UserError
from kam.i18n import _
from kam.vocab import UserRole

GROUPS = {UserRole.KAM: "kam_kam", UserRole.VP: "kam_vp", UserRole.ADMIN: "kam_admin"}
CHANNEL = "kam_changes"
# Tables a VP may write for their team's accounts (approving, returning, signing off, tier history).
VP_WRITES = {"plans", "plan_events", "reviews", "review_ratings", "tier_snapshots"}
NOTIFYING = ("accounts", "people", "contacts", "plans", "plan_events", "reviews", "transactions", "feedback")
REGISTER = {"register_items", "register_access", "register_attachments"}
# Our product catalogue is shared by every account, so it is outside row-level security: everyone reads it.
# The product lines are the company's and change only by a sales VP or an administrator; the mapping of the ERP's
# product texts onto lines is corrected by whoever meets an unmapped text on their account's map (KAMs included:
# it is no secret, and leaving a KAM's transactions off the map would hide revenue). Table privileges enforce it.
CATALOGUE_WRITERS = {"product_lines": ("kam_vp", "kam_admin"),
                     "product_mappings": ("kam_kam", "kam_vp", "kam_admin")}
LOCAL_ONLY = {"sync_state", "sync_outbox", "sync_base", "sync_conflicts"}
_NAME = re.compile(r"[a-z_][a-z0-9_.\-]{0,62}")

FUNCTIONS = """
CREATE OR REPLACE FUNCTION kam_me() RETURNS integer
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT id FROM users WHERE username = session_user AND active
$$;

CREATE OR REPLACE FUNCTION kam_is_admin() RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT coalesce((SELECT role = 'admin' FROM users WHERE username = session_user AND active), false)
$$;

-- the users who report to me, directly or further down (for a VP)
CREATE OR REPLACE FUNCTION kam_my_reports() RETURNS SETOF integer
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  WITH RECURSIVE down(id) AS (
    SELECT id FROM users WHERE manager_id = (SELECT kam_me())
    UNION
    SELECT u.id FROM users u JOIN down d ON u.manager_id = d.id
  ) SELECT id FROM down
$$;

-- accounts I may write: mine, or on whose team I am (administrators: all)
CREATE OR REPLACE FUNCTION kam_writable_accounts() RETURNS SETOF integer
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT id FROM accounts WHERE (SELECT kam_is_admin()) OR owner_id = (SELECT kam_me())
  UNION
  SELECT account_id FROM account_team WHERE user_id = (SELECT kam_me())
$$;

-- accounts my team owns, for a VP (read, and write plans and reviews)
CREATE OR REPLACE FUNCTION kam_team_accounts() RETURNS SETOF integer
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT id FROM accounts
  WHERE owner_id IN (SELECT kam_my_reports())
     OR id IN (SELECT account_id FROM account_team WHERE user_id IN (SELECT kam_my_reports()))
$$;

-- kam_writable_accounts() ∪ kam_team_accounts(), written out as one query: every policy evaluates it once per
-- table a statement reads (five times for the account list), and the two functions called from a select list
-- cost a VP of 5 000 accounts 42 ms a time against 7 ms for this.
-- ROWS 100, not the default 1 000: the planner charges building the policies' hash of these ids to every rescan
-- of a table read in a nested loop (it is built once, or never when kam_reads_all() holds), and at 1 000 it
-- read all a year's transactions for a VP's value scores (550 ms) instead of each account's through the index
-- (200 ms; 140 ms without row-level security).
CREATE OR REPLACE FUNCTION kam_readable_accounts() RETURNS SETOF integer
LANGUAGE sql STABLE SECURITY DEFINER ROWS 100 SET search_path = public, pg_temp AS $$
  SELECT id FROM accounts
  WHERE (SELECT kam_is_admin()) OR owner_id = (SELECT kam_me()) OR owner_id IN (SELECT kam_my_reports())
  UNION
  SELECT account_id FROM account_team WHERE user_id = (SELECT kam_me()) OR user_id IN (SELECT kam_my_reports())
$$;

-- whether I may read every account: an administrator, or a user (a VP) who owns or has reports owning every
-- account. The read policies test it first, once per statement (an initplan), and then skip the per-row look-up
-- in kam_readable_accounts(), whose 5 000 ids a VP's account list otherwise builds and hashes once per table it
-- reads (five times: 146 ms against 80 ms for the owner, who is not under row-level security). Checked per owner
-- (the index on accounts.owner_id), not per account.
CREATE OR REPLACE FUNCTION kam_reads_all() RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT (SELECT kam_is_admin()) OR ((SELECT kam_me()) IS NOT NULL
    AND NOT EXISTS (SELECT 1 FROM accounts WHERE owner_id IS NULL)
    AND NOT EXISTS (SELECT 1 FROM users u WHERE u.id <> (SELECT kam_me()) AND u.id NOT IN (SELECT kam_my_reports())
                    AND EXISTS (SELECT 1 FROM accounts a WHERE a.owner_id = u.id)))
$$;

CREATE OR REPLACE FUNCTION kam_plannable_accounts() RETURNS SETOF integer
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT kam_writable_accounts() UNION SELECT kam_team_accounts()
$$;

-- IP register items I may read: on the item's access list, or the account is mine
CREATE OR REPLACE FUNCTION kam_register_items() RETURNS SETOF integer
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT item_id FROM register_access WHERE user_id = (SELECT kam_me())
  UNION
  SELECT i.id FROM register_items i JOIN accounts a ON a.id = i.account_id WHERE a.owner_id = (SELECT kam_me())
$$;

-- the audit chain's last link, whoever wrote it (entries themselves stay private)
CREATE OR REPLACE FUNCTION kam_audit_tail(OUT id integer, OUT entry_hash text)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT id, entry_hash FROM audit_log ORDER BY id DESC LIMIT 1
$$;

-- a product line a pushed or imported dossier uses and the team catalogue lacks, added for a KAM (who may not
-- write product lines): never changes an existing line; its id
CREATE OR REPLACE FUNCTION kam_catalogue_line(p_code text, p_zh text, p_en text, p_tw text) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  found integer;
BEGIN
  IF (SELECT kam_me()) IS NULL THEN
    RAISE EXCEPTION 'not a kam user' USING ERRCODE = 'insufficient_privilege';
  END IF;
  SELECT id INTO found FROM product_lines WHERE code = p_code;
  IF found IS NULL THEN
    INSERT INTO product_lines (code, name_zh, name_en, name_zh_tw, position, created_at, updated_at, version)
    VALUES (p_code, p_zh, p_en, p_tw, coalesce((SELECT max(position) FROM product_lines), 0) + 1, now(), now(), 1)
    RETURNING id INTO found;
  END IF;
  RETURN found;
END
$$;

-- one of our people named by a laptop's dossier (a visit's attendee, a plan's author) whom the team database
-- lacks: added without a login (inactive), so every replica names the same person; never changes a user
CREATE OR REPLACE FUNCTION kam_sync_user(p_name text) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  found integer;
BEGIN
  IF (SELECT kam_me()) IS NULL THEN
    RAISE EXCEPTION 'not a kam user' USING ERRCODE = 'insufficient_privilege';
  END IF;
  SELECT id INTO found FROM users WHERE username = p_name;
  IF found IS NULL THEN
    INSERT INTO users (username, display_name, role, is_executive, active, version, created_at, updated_at)
    VALUES (p_name, p_name, 'kam', false, false, 1, now(), now())
    RETURNING id INTO found;
  END IF;
  RETURN found;
END
$$;

-- the sync's stamp: the row's server revision is the id of the transaction that writes it
CREATE OR REPLACE FUNCTION kam_srv_stamp() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  NEW.srv_rev := pg_current_xact_id()::text::bigint;
  IF NEW.gid IS NULL THEN
    NEW.gid := gen_random_uuid()::text;
  END IF;
  IF TG_OP = 'INSERT' THEN
    DELETE FROM sync_tombstones WHERE gid = NEW.gid;  -- the same row put back (undo of a delete)
  END IF;
  RETURN NEW;
END
$$;

CREATE OR REPLACE FUNCTION kam_srv_tombstone() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  IF OLD.gid IS NOT NULL THEN
    INSERT INTO sync_tombstones (gid, tbl, srv_rev, deleted_at)
    VALUES (OLD.gid, TG_TABLE_NAME, pg_current_xact_id()::text::bigint, now())
    ON CONFLICT (gid) DO UPDATE SET srv_rev = EXCLUDED.srv_rev, deleted_at = EXCLUDED.deleted_at;
  END IF;
  RETURN NULL;
END
$$;

CREATE OR REPLACE FUNCTION kam_notify() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  r record;
  acc integer;
BEGIN
  IF TG_OP = 'DELETE' THEN r := OLD; ELSE r := NEW; END IF;
  IF TG_TABLE_NAME = 'accounts' THEN
    acc := r.id;
  ELSIF TG_TABLE_NAME IN ('plan_events', 'reviews') THEN
    acc := (SELECT account_id FROM plans WHERE id = r.plan_id);
  ELSE
    acc := r.account_id;
  END IF;
  PERFORM pg_notify('kam_changes', json_build_object('table', TG_TABLE_NAME, 'op', lower(TG_OP),
                                                     'account_id', acc)::text);
  RETURN NULL;
END
$$;
"""


@dataclass(frozen=True)
class Link:
    table: str
    parent_col: str
    parent: str  # "accounts" or another dossier table


def _links() -> list[Link]:
    from kam.io.dossier_json import dossier_parts

    return [Link(p.table.name, p.parent.name, p.parent_table) for p in dossier_parts()]


def _write_condition(link: Link, by_name: dict[str, Link], accounts_fn: str) -> str:
    """A row of ``link.table`` may be written when its chain of parents ends in one of ``accounts_fn``."""
    if link.parent == "accounts":
        return f"{link.parent_col} IN (SELECT {accounts_fn}())"
    parent = by_name[link.parent]
    return f"{link.parent_col} IN (SELECT id FROM {parent.table} WHERE {_write_condition(parent, by_name, accounts_fn)})"


def policy_statements() -> Iterator[str]:
    """ENABLE ROW LEVEL SECURITY and the policies of every protected table (dropped and made again)."""
    links = _links()
    by_name = {link.table: link for link in links}
    yield "ALTER TABLE accounts ENABLE ROW LEVEL SECURITY"
    # "owner_id = kam_me()": a row being inserted is not yet seen by the functions' queries (INSERT … RETURNING
    # must pass the read policy too). "(SELECT f())" rather than "f()": evaluated once per query, not per row.
    # Reading: "(SELECT kam_reads_all())" first, so that whoever reads every account (an administrator, a VP
    # over the whole company) skips the per-row test; "AND account_id IS NOT NULL" keeps a row without an
    # account as hidden as the IN test leaves it. A KAM's rows of a table with an account_id are the same rows
    # read otherwise: "account_id = ANY (ARRAY(…))" (the ids made once per statement) is an index condition, so
    # only their accounts' rows are read (1 000 of 5 000 accounts: value scores and Pareto 3-4× faster), where
    # the IN test reads all rows and looks each up; with the short-cut OR-ed to it the array would be searched
    # row by row (seconds), hence one policy for KAMs and another for VPs and administrators.
    me, admin, everything = "(SELECT kam_me())", "(SELECT kam_is_admin())", "(SELECT kam_reads_all())"
    yield from _policies("accounts", f"{everything} OR owner_id = {me} OR id IN (SELECT kam_readable_accounts())",
                         f"{admin} OR id IN (SELECT kam_writable_accounts())",
                         insert_check=f"{admin} OR owner_id = {me}")
    for link in links:
        t = link.table
        yield f"ALTER TABLE {t} ENABLE ROW LEVEL SECURITY"
        kam_read = None
        if link.parent == "accounts":
            read = f"({everything} AND account_id IS NOT NULL) OR account_id IN (SELECT kam_readable_accounts())"
            kam_read = "account_id = ANY (ARRAY(SELECT kam_readable_accounts()))"
        else:
            read = f"{link.parent_col} IN (SELECT id FROM {link.parent})"  # the parent's own policy applies
        fn = "kam_plannable_accounts" if t in VP_WRITES else "kam_writable_accounts"
        write = _write_condition(link, by_name, fn)
        if t in ("register_items",):
            read = f"({read}) AND (id IN (SELECT kam_register_items()) OR account_id IN " \
                   "(SELECT id FROM accounts WHERE owner_id = (SELECT kam_me())))"
            write = f"({write}) AND (id IN (SELECT kam_register_items()) OR account_id IN " \
                    "(SELECT id FROM accounts WHERE owner_id = (SELECT kam_me())))"
            yield from _policies(t, read, write, insert_check=_write_condition(link, by_name, fn))
            continue
        yield from _policies(t, read, write, kam_read=kam_read)
    yield "ALTER TABLE sync_batches ENABLE ROW LEVEL SECURITY"
    for name in ("kam_read", "kam_insert"):
        yield f"DROP POLICY IF EXISTS {name} ON sync_batches"
    yield "CREATE POLICY kam_read ON sync_batches FOR SELECT USING (username = session_user)"
    yield "CREATE POLICY kam_insert ON sync_batches FOR INSERT WITH CHECK (username = session_user)"
    yield "ALTER TABLE sync_audit ENABLE ROW LEVEL SECURITY"  # a laptop's audit chain: its user's and admins'
    for name in ("kam_read", "kam_insert"):
        yield f"DROP POLICY IF EXISTS {name} ON sync_audit"
    yield "CREATE POLICY kam_read ON sync_audit FOR SELECT USING ((SELECT kam_is_admin()) OR uploaded_by = session_user)"
    yield "CREATE POLICY kam_insert ON sync_audit FOR INSERT WITH CHECK (uploaded_by = session_user)"
    yield "ALTER TABLE audit_log ENABLE ROW LEVEL SECURITY"
    yield "DROP POLICY IF EXISTS kam_read ON audit_log"
    yield "DROP POLICY IF EXISTS kam_insert ON audit_log"
    yield "CREATE POLICY kam_read ON audit_log FOR SELECT USING ((SELECT kam_is_admin()) OR username = session_user)"
    yield "CREATE POLICY kam_insert ON audit_log FOR INSERT WITH CHECK (username = session_user)"


def _policies(table: str, read: str, write: str, insert_check: str | None = None,
              kam_read: str | None = None) -> Iterator[str]:
    """The four policies of ``table``; with ``kam_read``, KAMs (kam_kam) read through that condition instead of
    ``read`` (the same rows, another plan), and VPs and administrators through ``read`` in ``kam_read_all``.

    The KAMs' policy keeps the name every kam version drops and makes again (``kam_read``): an older kam that
    runs ``kam team init`` again replaces it with its own, and the newer VP policy left beside it gives the
    same rows (permissive policies are OR-ed), so nobody reads more or slower than that version would."""
    for name in ("kam_read", "kam_read_all", "kam_read_own", "kam_insert", "kam_update", "kam_delete"):
        yield f"DROP POLICY IF EXISTS {name} ON {table}"
    if kam_read:
        yield f"CREATE POLICY kam_read ON {table} FOR SELECT TO kam_kam USING ({kam_read})"
        yield f"CREATE POLICY kam_read_all ON {table} FOR SELECT TO kam_vp, kam_admin USING ({read})"
    else:
        yield f"CREATE POLICY kam_read ON {table} FOR SELECT USING ({read})"
    yield f"CREATE POLICY kam_insert ON {table} FOR INSERT WITH CHECK ({insert_check or write})"
    yield f"CREATE POLICY kam_update ON {table} FOR UPDATE USING ({write}) WITH CHECK ({write})"
    yield f"CREATE POLICY kam_delete ON {table} FOR DELETE USING ({write})"


def grant_statements() -> Iterator[str]:
    from kam.model import Base

    groups = ", ".join(GROUPS.values())
    yield f"GRANT USAGE ON SCHEMA public TO {groups}"
    yield f"REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC, {groups}"
    yield f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {groups}"
    yield f"GRANT SELECT ON alembic_version TO {groups}"
    for table in Base.metadata.sorted_tables:
        name = table.name
        if name == "audit_log":
            yield f"GRANT SELECT, INSERT ON audit_log TO {groups}"  # insert-only: no UPDATE, no DELETE
        elif name == "users":
            yield f"GRANT SELECT ON users TO {groups}"
            yield "GRANT INSERT, UPDATE ON users TO kam_admin"
        elif name == "settings":
            yield f"GRANT SELECT ON settings TO {groups}"
            yield "GRANT INSERT, UPDATE, DELETE ON settings TO kam_vp, kam_admin"
        elif name == "sync_batches":
            yield f"GRANT SELECT, INSERT ON sync_batches TO {groups}"
        elif name == "sync_audit":
            yield f"GRANT SELECT, INSERT ON sync_audit TO {groups}"  # insert-only, like the audit trail
        elif name == "sync_tombstones":
            yield f"GRANT SELECT ON sync_tombstones TO {groups}"
        elif name in LOCAL_ONLY:
            continue  # a laptop replica's own bookkeeping: nobody's business on the server
        elif name in CATALOGUE_WRITERS:
            yield f"GRANT SELECT ON {name} TO {groups}"
            yield f"GRANT INSERT, UPDATE, DELETE ON {name} TO {', '.join(CATALOGUE_WRITERS[name])}"
        else:
            yield f"GRANT SELECT, INSERT, UPDATE, DELETE ON {name} TO {groups}"
    for fn in ("kam_me()", "kam_is_admin()", "kam_my_reports()", "kam_writable_accounts()", "kam_team_accounts()",
               "kam_readable_accounts()", "kam_reads_all()", "kam_plannable_accounts()", "kam_register_items()", "kam_audit_tail()",
               "kam_catalogue_line(text, text, text, text)", "kam_sync_user(text)"):
        yield f"REVOKE ALL ON FUNCTION {fn} FROM PUBLIC"
        yield f"GRANT EXECUTE ON FUNCTION {fn} TO {groups}"


def synced_tables() -> list[str]:
    """The tables whose rows travel between replicas: accounts and the whole dossier, parents first."""
    return ["accounts", *(link.table for link in _links())]


def trigger_statements() -> Iterator[str]:
    for table in synced_tables():
        yield f"DROP TRIGGER IF EXISTS kam_srv_stamp ON {table}"
        yield (f"CREATE TRIGGER kam_srv_stamp BEFORE INSERT OR UPDATE ON {table} "
               "FOR EACH ROW EXECUTE FUNCTION kam_srv_stamp()")
        yield f"DROP TRIGGER IF EXISTS kam_srv_tombstone ON {table}"
        yield (f"CREATE TRIGGER kam_srv_tombstone AFTER DELETE ON {table} "
               "FOR EACH ROW EXECUTE FUNCTION kam_srv_tombstone()")
    # a pushed batch reorders a project's steps in any order (checked once the batch is applied: kam.sync.engine)
    yield ("DO $$ BEGIN IF NOT (SELECT condeferrable FROM pg_constraint WHERE conname = "
           "'uq_decision_steps_project_id_position') THEN "
           "ALTER TABLE decision_steps DROP CONSTRAINT uq_decision_steps_project_id_position, "
           "ADD CONSTRAINT uq_decision_steps_project_id_position UNIQUE (project_id, position) DEFERRABLE; "
           "END IF; END $$")
    for table in NOTIFYING:
        yield f"DROP TRIGGER IF EXISTS kam_notify ON {table}"
        yield (f"CREATE TRIGGER kam_notify AFTER INSERT OR UPDATE OR DELETE ON {table} "
               "FOR EACH ROW EXECUTE FUNCTION kam_notify()")


def init_team(conn: Connection) -> None:
    """Roles, privileges, functions, policies and triggers; the schema must already be at head."""
    if conn.dialect.name != "postgresql":
        raise UserError(_("team mode needs a PostgreSQL database (postgresql+psycopg://…)"))
    for group in GROUPS.values():
        exists = conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": group}).scalar()
        if not exists:
            conn.exec_driver_sql(f"CREATE ROLE {group} NOLOGIN")
    conn.exec_driver_sql(FUNCTIONS)
    for statement in (*grant_statements(), *policy_statements(), *trigger_statements()):
        conn.exec_driver_sql(statement)
    for table in synced_tables():  # rows from before the sync (or written with gid left out) get their global id
        conn.exec_driver_sql(f"UPDATE {table} SET gid = gen_random_uuid()::text WHERE gid IS NULL")


def is_team_database(conn: Connection) -> bool:
    """Whether ``kam team init`` has set this database up (its accounts are under row-level security)."""
    if conn.dialect.name != "postgresql":
        return False
    return bool(conn.execute(text("SELECT relrowsecurity FROM pg_class WHERE oid = to_regclass('accounts')"))
                .scalar())


def refresh_team(conn: Connection) -> None:
    """After a migration: a team database's privileges, functions, policies and triggers made again for the new
    schema (a table a later kam added is otherwise readable by its owner only); nothing on another database."""
    if is_team_database(conn):
        init_team(conn)


def check_username(name: str) -> str:
    if not _NAME.fullmatch(name or ""):
        raise UserError(_("user name {name}: use lower-case letters, digits, '_', '.' or '-' (a database role)").format(name=repr(name)))
    return name


def add_user(conn: Connection, username: str, role: UserRole, display_name: str | None = None,
             manager: str | None = None, password: str | None = None, email: str | None = None) -> str:
    """A login role in the role's group and the matching ``users`` row; returns the password."""
    from psycopg import sql

    username = check_username(username)
    password = password or secrets.token_urlsafe(18)
    raw = conn.connection.dbapi_connection
    assert raw is not None
    manager_id = None
    if manager:
        manager_id = conn.execute(text("SELECT id FROM users WHERE username = :m"), {"m": manager}).scalar()
        if manager_id is None:
            raise UserError(_("--manager {manager}: no such user (add them first)").format(manager=manager))
    known = conn.execute(text("SELECT 1 FROM users WHERE username = :u"), {"u": username}).scalar()
    exists = conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r AND rolcanlogin"),
                          {"r": username}).scalar()
    if known and exists:
        raise UserError(_("user {username} already has a login (to reset the password: ALTER ROLE … PASSWORD)").format(username=username))
    with closing(raw.cursor()) as cur:
        verb = sql.SQL("ALTER ROLE {} WITH LOGIN PASSWORD {}") if exists else \
            sql.SQL("CREATE ROLE {} WITH LOGIN PASSWORD {}")
        cur.execute(verb.format(sql.Identifier(username), sql.Literal(password)))
        for group in GROUPS.values():
            cur.execute(sql.SQL("REVOKE {} FROM {}").format(sql.Identifier(group), sql.Identifier(username)))
        cur.execute(sql.SQL("GRANT {} TO {}").format(sql.Identifier(GROUPS[role]), sql.Identifier(username)))
    if known:  # one of our people already in the database (a pushed dossier, a former local file): a login now
        changes = {"role": role.value, "active": True} | {k: v for k, v in (
            ("manager_id", manager_id), ("display_name", display_name), ("email", email)) if v is not None}
        sets = ", ".join(f"{k} = :{k}" for k in changes)
        conn.execute(text(f"UPDATE users SET {sets}, version = version + 1, updated_at = now() "
                          "WHERE username = :username"), changes | {"username": username})
    else:
        conn.execute(text("INSERT INTO users (username, display_name, role, manager_id, email, is_executive, "
                          "active, version, created_at, updated_at) VALUES (:u, :d, :r, :m, :e, false, true, 1, "
                          "now(), now())"),
                     {"u": username, "d": display_name or username, "r": role.value, "m": manager_id, "e": email})
    return password
