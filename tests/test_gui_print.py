"""Print / export with a page preview."""

from __future__ import annotations

from tests_support import DINGXIN, GROUP, NORDHAFEN, account_id

from ui.print_dialog import PrintDialog


def test_preview_and_save_a_brief(qtbot, demo_ctx, tmp_path) -> None:  # type: ignore[no-untyped-def]
    d = PrintDialog(demo_ctx.services, account_id(demo_ctx.services, DINGXIN), "zh_TW")
    qtbot.addWidget(d)
    assert d.selected_attendees()  # the defaults are ticked
    assert d.preview()
    assert d.pages_layout.count() >= 1
    out = d.save_to(tmp_path / "brief.pdf")
    assert out is not None
    assert out.read_bytes().startswith(b"%PDF")


def test_confidential_needs_a_reason(qtbot, demo_ctx) -> None:  # type: ignore[no-untyped-def]
    d = PrintDialog(demo_ctx.services, account_id(demo_ctx.services, GROUP), "en", kind="plan")
    qtbot.addWidget(d)
    d.confidential.setChecked(True)
    assert not d.preview()
    assert "reason" in d.status.text()
    d.reason.setText("for the CEO's visit")
    assert d.preview()


def test_review_pack_from_the_dialog(qtbot, demo_ctx) -> None:  # type: ignore[no-untyped-def]
    d = PrintDialog(demo_ctx.services, account_id(demo_ctx.services, NORDHAFEN), "en", kind="review")
    qtbot.addWidget(d)
    assert not d.confidential.isEnabled()
    assert d.preview()
