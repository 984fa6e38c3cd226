"""The database's shared settings (value scoring, the register's attachment limit) are a sales VP's or an
administrator's to change, or anyone's who works alone; the window does not offer them to anyone else."""

from __future__ import annotations

import pytest

from kam.app import AppContext
from kam.errors import NotAllowed
from kam.services.rights import may_change_settings
from kam.vocab import UserRole

SCORING = {"current_threshold": 70, "potential_threshold": 60}


def test_may_change_settings_by_role_and_alone() -> None:
    assert may_change_settings(UserRole.VP, False)
    assert may_change_settings(UserRole.ADMIN, False)
    assert not may_change_settings(UserRole.KAM, False)
    assert not may_change_settings(None, False)
    assert may_change_settings(UserRole.KAM, True)
    assert may_change_settings(None, True)


def _team(ctx: AppContext) -> None:
    users = ctx.services.users
    users.create("chen.vp", "陈志远", "vp")
    users.create("wang.admin", "王建国", "admin")
    users.create("li.na", "李娜", "kam")


def test_a_kam_of_a_shared_database_is_refused(ctx: AppContext) -> None:
    _team(ctx)
    ctx.act_as("li.na")
    sv = ctx.services
    assert not sv.users.may_change_settings()
    limit, state = sv.register.max_attachment_bytes(), sv.analysis.scoring_state()
    with pytest.raises(NotAllowed, match="only a sales VP or an administrator"):
        sv.register.set_max_attachment_mb(5)
    with pytest.raises(NotAllowed, match="only a sales VP or an administrator"):
        sv.analysis.apply_scoring(SCORING)
    with pytest.raises(NotAllowed):
        sv.analysis.save_scoring(SCORING)
    with pytest.raises(NotAllowed):
        sv.analysis.restore_scoring(state)
    assert sv.register.max_attachment_bytes() == limit
    assert sv.analysis.scoring_state() == state
    ctx.act_as("nobody")  # not a user of the database at all
    with pytest.raises(NotAllowed):
        sv.register.set_max_attachment_mb(5)


@pytest.mark.parametrize("who", ["chen.vp", "wang.admin"])
def test_a_vp_or_an_administrator_changes_settings(ctx: AppContext, who: str) -> None:
    _team(ctx)
    ctx.act_as(who)
    sv = ctx.services
    assert sv.users.may_change_settings()
    sv.register.set_max_attachment_mb(5)
    assert sv.register.max_attachment_bytes() == 5 * 1048576
    change = sv.analysis.apply_scoring(SCORING)
    assert sv.analysis.scoring_config().current_threshold == 70
    sv.analysis.restore_scoring(dict(change.before))
    assert sv.analysis.scoring_state()["scoring"] is None


def test_someone_working_alone_changes_settings(ctx: AppContext) -> None:
    sv = ctx.services
    assert sv.users.may_change_settings()  # no users at all yet
    sv.register.set_max_attachment_mb(3)
    sv.users.create("li.na", "李娜", "kam")
    ctx.act_as("li.na")
    assert sv.users.may_change_settings()  # the database's only user
    sv.analysis.save_scoring(SCORING)
    sv.register.set_max_attachment_mb(4)
    assert sv.register.max_attachment_bytes() == 4 * 1048576


def test_the_window_does_not_offer_the_settings_to_a_kam(window) -> None:  # type: ignore[no-untyped-def]
    """The demo has a VP, an administrator and KAMs; the window acts as the KAM li.na."""
    for key in ("scoring", "attachment_limit"):
        action = window.menu_actions[key]
        assert not action.isEnabled()
        assert "Only a sales VP or an administrator" in action.toolTip()
    assert window.settings_menu.toolTipsVisible()
    assert window.menu_actions["preferences"].isEnabled()  # the user's own preferences stay theirs


def test_the_window_offers_the_settings_to_the_vp(vp_window) -> None:  # type: ignore[no-untyped-def]
    for key in ("scoring", "attachment_limit"):
        assert vp_window.menu_actions[key].isEnabled()
        assert "Only" not in vp_window.menu_actions[key].toolTip()
