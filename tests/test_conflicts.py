"""Concurrent edits: the later save detects the conflict; nothing is lost silently."""

from __future__ import annotations

import pytest
from tests_support import HEFEI, NORDHAFEN, account_id

from kam.analysis.merge import three_way
from kam.app import bootstrap
from kam.errors import ConflictError

BOTH_BACKENDS = True  # every test here runs on SQLCipher and on PostgreSQL


def test_three_way_merge() -> None:
    base = {"title": "经理", "phone": "1", "hometown": "长沙"}
    mine = {"title": "总监", "phone": "2"}
    theirs = {"title": "经理", "phone": "3", "hometown": "青岛"}
    m = three_way(base, mine, theirs)
    assert m.merged == {"title": "总监"}
    assert m.conflicts == {"phone": ("2", "3")}
    assert three_way(base, {"phone": "3"}, theirs).conflicts == {}  # we agree: no conflict


def test_two_sessions_on_one_file_detect_the_conflict(tmp_path) -> None:  # type: ignore[no-untyped-def]
    db = str(tmp_path / "shared.sqlite3")
    a, b = bootstrap(db), bootstrap(db)  # two app instances on the same file
    pid = a.services.people.create(a.services.accounts.create(name_en="X").id, name="王强").id
    seen_by_a = a.services.people.get(pid).version
    seen_by_b = b.services.people.get(pid).version
    a.services.people.update(pid, expected_version=seen_by_a, title="总监")
    with pytest.raises(ConflictError, match="changed by someone else"):
        b.services.people.update(pid, expected_version=seen_by_b, title="经理")
    assert b.services.people.get(pid).title == "总监"  # A's edit was not overwritten silently
    a.close()
    b.close()


def test_person_dialog_offers_reload_overwrite_merge(qtbot, demo_ctx, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QUndoStack

    import ui.person_dialog as pd

    row = next(r for r in demo_ctx.services.people.rows(account_id(demo_ctx.services, HEFEI)) if r.reports_to)
    dialog = pd.PersonDialog(demo_ctx.services, QUndoStack(), row.id, "en")
    qtbot.addWidget(dialog)
    demo_ctx.services.people.update(row.id, phone="+86 21 1111")  # someone else saves first
    dialog.fields["title"].setText("Chief Engineer")
    dialog.fields["phone"].setText("+86 21 2222")
    picked = {}
    real = pd.ConflictDialog

    def fake_conflict(base, mine, theirs, captions=None, parent=None):  # type: ignore[no-untyped-def]
        d = real(base, mine, theirs, captions, parent)
        picked["conflicts"] = d.merge.conflicts
        d.result_choice = "merge"
        return d

    monkeypatch.setattr(pd, "ConflictDialog", fake_conflict)
    dialog.save()
    p = demo_ctx.services.people.get(row.id)
    assert p.title == "Chief Engineer"  # my change where they did not touch the field
    assert p.phone == "+86 21 1111"  # theirs kept where both changed it
    assert "phone" in picked["conflicts"]


def test_autosave_does_not_overwrite_a_newer_save(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    aid = account_id(window.services, NORDHAFEN)
    window.open_account(aid)
    form = window.account_form
    window.services.accounts.update(aid, industry="Mobility")  # another instance saves first
    form.widgets["industry"].setText("Automotive & e-mobility")
    form.commit("industry")  # the dialog is not answered (modal recorded): reload, theirs stays
    assert window.services.accounts.get(aid).industry == "Mobility"
    assert form.widgets["industry"].text() == "Mobility"
