"""The import wizard (preview, column mapping, check, import with progress) and the export menu."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWizard
from sqlalchemy import select
from tests_support import GROUP, account_id

from kam.model import Person


def _people_file(tmp_path: Path) -> Path:
    path = tmp_path / "联系人.csv"
    path.write_bytes("姓名,职务,部门,微信号码,直属上级,Fax\n张伟,总经理,总经办,zw01,,1\n李强,采购经理,采购部,lq02,张伟,2\n"
                     .encode("gbk"))
    return path


def test_import_wizard_previews_maps_checks_and_imports(qtbot, window, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from ui.import_wizard import ImportWizard

    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: QMessageBox.StandardButton.Ok)
    account = window.current_account or window.services.accounts.rows()[0].id
    wizard = ImportWizard(window.services, account)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.path.setText(str(tmp_path / "missing.csv"))
    wizard.next()
    assert wizard.currentPage() is wizard.file_page
    assert "does not exist" in wizard.file_page.error.text()
    wizard.file_page.path.setText(str(_people_file(tmp_path)))
    wizard.next()
    page = wizard.preview_page
    assert wizard.currentPage() is page
    assert page.table.item(1, 0).text() == "张伟"  # GBK read without mojibake; row 0 holds the field choices
    assert page.combos["姓名"].currentData() == "name"
    assert page.combos["微信号码"].currentData() == ""
    assert "微信号码" in page.info.text()  # unknown columns are listed
    page.combos["微信号码"].setCurrentIndex(page.combos["微信号码"].findData("wechat"))
    wizard.next()
    check = wizard.check_page
    assert check.isComplete()
    assert "Would create 2" in check.report.toPlainText()
    assert "Fax" in check.report.toPlainText()
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.import_result is not None
    assert wizard.import_result.created == 2
    with window.services.people.read() as s:
        li = s.scalars(select(Person).where(Person.name == "李强", Person.account_id == account)).one()
        boss = s.get(Person, li.reports_to_id)
        assert (li.wechat, boss.name) == ("lq02", "张伟")


def test_import_wizard_refuses_a_bad_file_and_keeps_nothing(qtbot, window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from ui.import_wizard import ImportWizard

    path = tmp_path / "bad.csv"
    path.write_text("姓名,直属上级\n张伟,王强\n", encoding="utf-8")
    wizard = ImportWizard(window.services, window.services.accounts.rows()[0].id)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.path.setText(str(path))
    wizard.next()
    wizard.next()
    check = wizard.check_page
    assert not check.isComplete()
    assert 'bad.csv row 2, column "直属上级": no person "王强"' in check.report.toPlainText()
    check.skip_invalid.setChecked(True)  # the user may choose to leave the row's reporting line out
    assert check.isComplete()
    # the person is imported; only the reporting line is left out, and the report says so (not "row left out")
    assert "imported without this part" in check.report.toPlainText()
    assert "Rows in error, left out" not in check.report.toPlainText()


def test_export_menu_writes_each_format(window, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import csv
    import json

    from openpyxl import load_workbook
    from PySide6.QtWidgets import QFileDialog

    sv = window.services
    aid = account_id(sv, GROUP)
    window.open_account(aid)
    people = sv.people.rows(aid)
    for kind, name in (("accounts", "a.xlsx"), ("people", "p.csv"), ("vcard", "p.vcf"), ("ics", "c.ics"),
                       ("dossier", "d.json")):
        target = tmp_path / name
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, t=target, **k: (str(t), ""))
        window.menu_actions[f"export_{kind}"].trigger()
        assert target.exists(), kind
    sheet = load_workbook(tmp_path / "a.xlsx").active
    assert sheet.max_row - 1 == len(sv.accounts.rows())  # a header and one row per account
    with (tmp_path / "p.csv").open(encoding="utf-8-sig", newline="") as fh:
        assert sorted(r["name"] for r in csv.DictReader(fh)) == sorted(p.name for p in people)
    assert (tmp_path / "p.vcf").read_text("utf-8").count("BEGIN:VCARD") == len(people)
    assert "BEGIN:VCALENDAR" in (tmp_path / "c.ics").read_text("utf-8")
    dossier = json.loads((tmp_path / "d.json").read_text("utf-8"))
    assert GROUP in json.dumps(dossier, ensure_ascii=False)
    assert len([p for p in dossier["tables"]["people"] if p["deleted_at"] is None]) == len(people)
