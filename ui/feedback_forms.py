"""The forms of a complaint or other feedback: what was received (new or edited), and how it was resolved."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtWidgets import QWidget

from kam.vocab import FeedbackKind, RoutedTo, label
from ui.projects import FieldForm


class FeedbackForm(FieldForm):
    """Subject, kind, what the customer said, who raised it and when, where it is routed, who answers first,
    severity and the response target."""

    def __init__(self, lang: str, people: list[tuple[int, str]], users: list[tuple[int, str]],
                 item: Any | None = None, me: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Feedback") if item else self.tr("New feedback"), parent)
        get = (lambda k: getattr(item, k)) if item is not None else (lambda _k: None)
        self.line("subject", self.tr("Subject"), get("subject"), self.tr("e.g. noise from the prototype"))
        self.choice("kind", self.tr("Kind"), [(label(k, lang), k.value) for k in FeedbackKind],
                    (get("kind") or FeedbackKind.COMPLAINT).value)
        self.text("description", self.tr("What the customer said"), get("description"))
        self.choice("raised_by_id", self.tr("Raised by"), [("—", None), *((n, pid) for pid, n in people)],
                    get("raised_by_id"))
        received = get("received_at") or dt.datetime.now(dt.UTC)
        self.line("received_at", self.tr("Received"), f"{received.astimezone():%Y-%m-%d %H:%M}", "YYYY-MM-DD HH:MM")
        routed = get("routed_to") if item is not None else RoutedTo.QUALITY
        self.choice("routed_to", self.tr("Route to"), [("—", None), *((label(r, lang), r.value) for r in RoutedTo)],
                    routed.value if routed is not None else None)
        self.choice("first_responder_id", self.tr("First responder"), [("—", None), *((n, uid) for uid, n in users)],
                    get("first_responder_id") if item is not None else me)
        self.choice("severity", self.tr("Severity"),
                    [(self.tr("Low"), 1), (self.tr("Medium"), 2), (self.tr("High"), 3)], get("severity") or 2)
        self.line("response_target_hours", self.tr("Answer within (hours)"), get("response_target_hours") or 24)
        self.finish()
        self.resize(520, 400)


class ResolveForm(FieldForm):
    """How it was resolved, and how satisfied the customer is (1–5)."""

    def __init__(self, subject: str, item: Any, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Resolve: %1").replace("%1", subject), parent)
        self.text("resolution", self.tr("How was it resolved?"), item.resolution)
        self.choice("satisfaction", self.tr("Customer satisfaction (1–5)"),
                    [("—", None), *(("★" * n + "☆" * (5 - n), n) for n in range(1, 6))], item.satisfaction or 4)
        self.finish()
        self.resize(460, 240)
