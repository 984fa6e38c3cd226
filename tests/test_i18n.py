"""The core's own messages in English, 简体 and 繁體 (gettext catalogues), and the language chosen once."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

import pytest
from tests_support import kam_cli

import kam
from kam import i18n
from kam.errors import ValidationError
from kam.services.accounts import ACCOUNT_FIELDS

REPO = Path(__file__).resolve().parent.parent


def test_catalogues_are_complete_and_compiled() -> None:
    """Every text marked in kam/ is translated into 简体 and 繁體, and the .mo files are built from the .po."""
    out = subprocess.run([sys.executable, str(REPO / "resources" / "locale" / "update.py"), "--check"],
                         capture_output=True, text=True)
    assert out.returncode == 0, out.stderr


def test_placeholders_survive_translation() -> None:
    """A translation keeps every {placeholder} of its English text (else .format() fails at the user's)."""
    from babel.messages.pofile import read_po

    for lang in i18n.LANGS[1:]:  # English is the source
        with (REPO / "resources" / "locale" / lang / "LC_MESSAGES" / "kam.po").open("rb") as fh:
            catalog = read_po(fh)
        for m in catalog:
            if m.id and m.string:
                ids = m.id if isinstance(m.id, tuple) else (m.id,)
                strings = m.string if isinstance(m.string, tuple) else (m.string,)
                want = set(re.findall(r"\{[^}]*\}", ids[0]))
                for s in strings:
                    assert set(re.findall(r"\{[^}]*\}", s)) == want, (lang, m.id, s)


@pytest.mark.parametrize(("lang", "expected"), [
    ("en", "Credit rating: is 60 characters long; at most 50 allowed"),
    ("zh_CN", "信用等级"),
    ("zh_TW", "信用等級"),
])
def test_a_validation_error_names_the_field_in_the_readers_language(lang: str, expected: str) -> None:
    with i18n.use_language(lang), pytest.raises(ValidationError) as err:
        ACCOUNT_FIELDS.clean({"credit_rating": "x" * 60})
    assert str(err.value).startswith(expected)
    assert err.value.field == "credit_rating"


@pytest.mark.parametrize(("tag", "lang"), [
    ("zh_CN.UTF-8", "zh_CN"), ("zh_TW.UTF-8", "zh_TW"), ("zh_HK", "zh_TW"), ("zh-Hant-TW", "zh_TW"),
    ("zh_SG", "zh_CN"), ("Chinese (Simplified)_China", "zh_CN"), ("en_GB.UTF-8", "en"), ("C", "en"),
    ("de_DE", None), ("", None),
])
def test_locale_tags(tag: str, lang: str | None) -> None:
    assert i18n.normalise(tag) == lang


def test_the_os_locale_decides_when_nothing_is_chosen(monkeypatch: pytest.MonkeyPatch) -> None:
    for var in ("KAM_LANG", "LC_ALL", "LC_MESSAGES", "LANGUAGE"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANG", "zh_TW.UTF-8")
    assert i18n.set_language(None) == "zh_TW"
    assert i18n._("is required") == "為必填項"
    with i18n.use_language("zh_CN"):
        assert i18n._("is required") == "为必填项"
    assert i18n.language() == "zh_TW"


def test_cli_messages_follow_lang(tmp_path: Path) -> None:
    db = tmp_path / "kam.sqlite3"
    assert kam_cli("--db", str(db), "init", cwd=tmp_path).returncode == 0
    out = kam_cli("--db", str(db), "--lang", "zh_CN", "people", "nobody", cwd=tmp_path)
    assert out.returncode == 1
    assert out.stderr.strip() == "kam: 没有客户 'nobody'（请给出编号或准确名称）"


def _user_error_classes(trees: dict[Path, ast.Module]) -> set[str]:
    """UserError and every class in kam/ derived from it (by name), plus the messages argparse shows."""
    names = {"UserError", "CardProblem", "ArgumentTypeError"}
    grew = True
    while grew:
        grew = False
        for tree in trees.values():
            for node in ast.walk(tree):
                if (isinstance(node, ast.ClassDef) and node.name not in names
                        and any(isinstance(b, ast.Name) and b.id in names for b in node.bases)):
                    names.add(node.name)
                    grew = True
    return names


def _is_translated(node: ast.expr) -> bool:
    """``_("…")``, ``ngettext(…)``, or either followed by ``.format(…)``; a literal or f-string is not."""
    if isinstance(node, ast.Call):
        func = node.func
        if isinstance(func, ast.Name) and func.id in ("_", "ngettext"):
            return True
        if isinstance(func, ast.Attribute) and func.attr == "format":
            return _is_translated(func.value)
        return True  # a message built by a function (which the same test checks where it raises)
    return not isinstance(node, (ast.Constant, ast.JoinedStr, ast.BinOp))


def test_every_message_the_core_raises_to_a_person_is_translated() -> None:
    """An error a person reads (UserError and its kin) carries a gettext text, never a bare literal."""
    root = Path(kam.__file__).parent
    trees = {p: ast.parse(p.read_text("utf-8")) for p in root.rglob("*.py")}
    families = _user_error_classes(trees)
    second = {"ValidationError", "DamagedDatabase", "CardProblem"}  # (field, reason), (path, message), (prop, message)
    offenders = []
    for path, tree in trees.items():
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call)):
                continue
            func = node.exc.func
            name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
            at = 1 if name in second else 0
            if name in families and len(node.exc.args) > at and not _is_translated(node.exc.args[at]):
                offenders.append(f"{path.relative_to(root)}:{node.lineno} {name}")
    assert sorted(offenders) == []


def test_every_sentence_the_command_line_prints_is_translated() -> None:
    """What `kam` prints (results, warnings) is a gettext text; only pure layout (``f"  {line}"``) is not."""
    root = Path(kam.__file__).parent
    offenders = []
    for path in sorted((root / "cli").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "print"
                    and node.args and isinstance(node.args[0], (ast.Constant, ast.JoinedStr))):
                continue
            arg = node.args[0]
            parts = [arg] if isinstance(arg, ast.Constant) else arg.values
            words = re.sub(r"\bkam( check)?:", "", "".join(str(p.value) for p in parts if isinstance(p, ast.Constant)))
            if re.search(r"[A-Za-z]{3,}", words):
                offenders.append(f"{path.name}:{node.lineno}")
    assert offenders == []
