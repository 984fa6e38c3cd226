"""Guards against a Qt binding regression that would crash the org chart.

PySide6 6.12.0 drops a reference to None on every void setter of a
QGraphicsItem that is in a scene; on CPython 3.11 the interpreter aborts once
None's count reaches zero (a few thousand calls: one large org chart). The
dependency pin excludes it; this test fails if an upgrade brings it back.
"""

from __future__ import annotations

import sys

import pytest
from PySide6.QtWidgets import QGraphicsRectItem, QGraphicsScene


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12 on")
def test_graphics_item_setters_keep_none_alive(qapp) -> None:  # type: ignore[no-untyped-def]
    scene = QGraphicsScene()
    items = [scene.addRect(0, 0, 5, 5) for _ in range(200)]
    before = sys.getrefcount(None)
    for item in items:
        item.setPos(1, 1)
        item.setOpacity(0.5)
        item.setToolTip("x")
    lost = before - sys.getrefcount(None)
    assert lost < 100, f"the Qt binding dropped {lost} references to None ({len(items) * 3} calls)"
    assert isinstance(items[0], QGraphicsRectItem)
