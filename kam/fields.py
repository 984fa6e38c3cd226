"""Field metadata, declared once: what each editable field is called, its kind, limits and choices.

The service validates with it (``FieldSet.clean``), a form is built from it and
asks it while the user types (``Field.clean``, through the service's
``validate_field``), and an error names the field by its caption in the
reader's language. A form never has limits of its own (calibre's
``field_metadata``; STYLE.md §13).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Literal

from kam.errors import ValidationError
from kam.i18n import _

Kind = Literal["line", "text", "email", "date", "money", "score", "choice", "integer", "currency", "ref"]

LINE_MAX = 300
TEXT_MAX = 20000


@dataclass(frozen=True)
class Field:
    name: str
    label: str  # an N_() text: the caption on a form and the field's name in an error message
    kind: Kind = "line"
    max_len: int | None = None  # default: LINE_MAX for a line, TEXT_MAX for a text
    required: bool = False
    choices: type[StrEnum] | None = None  # kind "choice"
    lo: int | None = None  # kind "integer"
    hi: int | None = None
    group: str = ""  # the box of a form it sits in
    sensitive: bool = False  # personal data that is printed or exported only deliberately

    @property
    def caption(self) -> str:
        """The field's name in the current language."""
        return _(self.label)

    @property
    def limit(self) -> int:
        return self.max_len or (TEXT_MAX if self.kind == "text" else LINE_MAX)

    def clean(self, value: Any) -> Any:
        """The value as stored, or ValidationError naming this field by its caption."""
        from kam import validate as v

        try:
            if self.kind in ("line", "text"):
                return v.text(value, self.name, required=self.required, max_len=self.limit)
            if self.kind == "email":
                return v.email(value, self.name)
            if self.kind == "date":
                return v.date(value, self.name, required=self.required)
            if self.kind == "money":
                return v.money(value, self.name, required=self.required, nonneg=True)
            if self.kind == "score":
                return v.integer(value, self.name, lo=1, hi=5, required=self.required)
            if self.kind == "choice":
                assert self.choices is not None
                return v.choice(self.choices, value, self.name, required=self.required)
            if self.kind == "currency":
                return v.currency(value, self.name)
            return v.integer(value, self.name, lo=self.lo, hi=self.hi, required=self.required)
        except ValidationError as exc:
            raise ValidationError(self.name, exc.reason, self.caption) from None


class FieldSet(Mapping[str, Field]):
    """The editable fields of one kind of record, in form order."""

    def __init__(self, what: str, fields: Iterable[Field]) -> None:
        self.what = what  # an N_() text: "an account", "a person"
        self._fields = {f.name: f for f in fields}

    def __getitem__(self, name: str) -> Field:
        return self._fields[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self._fields)

    def __len__(self) -> int:
        return len(self._fields)

    def group(self, group: str) -> list[Field]:
        return [f for f in self._fields.values() if f.group == group]

    def check_known(self, data: Mapping[str, Any], extra: Iterable[str] = ()) -> None:
        """Refuse a field this kind of record does not have."""
        allowed = set(self._fields) | set(extra)
        unknown = sorted(set(data) - allowed)
        if unknown:
            raise ValidationError(unknown[0], _("is not a field of {what}").format(what=_(self.what)))

    def clean(self, data: Mapping[str, Any]) -> dict[str, Any]:
        """Every given field cleaned (ValidationError names the first bad one); unknown fields refused."""
        self.check_known(data)
        return {name: self._fields[name].clean(value) for name, value in data.items()}

    def clean_one(self, name: str, value: Any) -> Any:
        """One field, as a form asks while the user types."""
        self.check_known({name: value})
        return self._fields[name].clean(value)
