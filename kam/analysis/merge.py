"""Three-way merge of one record's fields after a version conflict (pure).

``base`` is what the user started editing, ``mine`` what they changed, ``theirs``
what is in the database now. A field only one side changed takes that side's
value; a field both changed differently is a conflict the user must decide.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Merge:
    merged: dict[str, Any]  # the values to save
    conflicts: dict[str, tuple[Any, Any]]  # field -> (mine, theirs), both changed differently


def three_way(base: Mapping[str, Any], mine: Mapping[str, Any], theirs: Mapping[str, Any]) -> Merge:
    merged: dict[str, Any] = {}
    conflicts: dict[str, tuple[Any, Any]] = {}
    for field, value in mine.items():
        original, current = base.get(field), theirs.get(field)
        if current in (original, value):  # they did not touch it, or agree with me
            merged[field] = value
        else:
            conflicts[field] = (value, current)
    return Merge(merged, conflicts)
