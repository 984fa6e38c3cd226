"""The demo's whitespace maps: our catalogue (the demo products under five lines and a service line) and, for
every demo account, its plants and divisions with a realistic grid — some cells ours, some a competitor's,
some open."""

from __future__ import annotations

import datetime as dt
import random
from collections import defaultdict
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, func, select, update

from kam.model import Account, Competitor, Transaction
from kam.model.base import table_of
from kam.model.whitespace import BusinessUnit, ProductLine, WhitespaceCell
from kam.services.whitespace import LineRow, Resolver, period
from kam.vocab import CellStatus, Holder, UnitKind

# code, 简体, English, 繁體; products under it: code (a word of the demo's product texts), 简体, English, 繁體
LINES = [
    ("BRG", "精密轴承", "Precision bearings", "精密軸承", [("P4", "精密轴承 P4", "Bearing P4", "精密軸承 P4")]),
    ("MOT", "电机与传动", "Motors & drives", "馬達與傳動", [("S200", "伺服电机 S200", "Servo motor S200", "伺服馬達 S200"),
                                                     ("R90", "减速机 R90", "Gear reducer R90", "減速機 R90")]),
    ("CTL", "传感与控制", "Sensing & control", "感測與控制", [("K7", "工业传感器 K7", "Industrial sensor K7", "工業感測器 K7"),
                                                      ("PLC-X", "控制器 PLC-X", "Controller PLC-X", "控制器 PLC-X")]),
    ("HYD", "液压与密封", "Hydraulics & seals", "液壓與密封", [("HV-30", "液压阀组 HV-30", "Valve block HV-30",
                                                        "液壓閥組 HV-30"),
                                                       ("FKM", "密封件 FKM", "Seals FKM", "密封件 FKM")]),
    ("MAT", "特种材料", "Special materials", "特殊材料", [("T9", "特种钢材 T9", "Special steel T9", "特殊鋼材 T9")]),
    ("SVC", "维保服务", "Maintenance services", "維修保養服務", []),
]
UNITS = {
    "zh": [("总部工厂", UnitKind.PLANT), ("武汉工厂", UnitKind.PLANT), ("华南事业部", UnitKind.DIVISION),
           ("海外子公司", UnitKind.SUBSIDIARY), ("西北区域", UnitKind.REGION)],
    "en": [("Main plant", UnitKind.PLANT), ("Second plant", UnitKind.PLANT), ("Aftermarket division",
                                                                          UnitKind.DIVISION),
           ("Asia subsidiary", UnitKind.SUBSIDIARY), ("Export region", UnitKind.REGION)],
}
NOTES = {"zh": ["年度招标在三月", "技术部在评估替代方案", "采购希望减少供应商数量", "对交期很敏感"],
         "en": ["Annual tender in March", "Engineering is evaluating alternatives", "Purchasing wants fewer suppliers",
                "Sensitive to lead times"]}


def _insert(conn: Connection, model: Any, **values: Any) -> int:
    key = conn.execute(table_of(model).insert().values(**values)).inserted_primary_key
    assert key is not None
    return int(key[0])


def catalogue(conn: Connection) -> list[LineRow]:
    """Our demo catalogue (added once; an existing catalogue is left as it is)."""
    if not conn.scalar(select(func.count()).select_from(ProductLine)):
        for pos, (code, zh, en, tw, products) in enumerate(LINES, 1):
            line = _insert(conn, ProductLine, code=code, name_zh=zh, name_en=en, name_zh_tw=tw, position=pos)
            for sub, (pcode, pzh, pen, ptw) in enumerate(products, 1):
                _insert(conn, ProductLine, code=pcode, name_zh=pzh, name_en=pen, name_zh_tw=ptw, parent_id=line,
                        position=sub)
    return [LineRow(r.id, r.code, r.name_zh, r.name_en, r.parent_id, r.position, r.version, r.name_zh_tw)
            for r in conn.execute(select(table_of(ProductLine)))]


def load(conn: Connection, today: dt.date, seed: int, account_ids: list[int]) -> int:
    """Business units and cells for each of ``account_ids``; returns the rows written."""
    rng = random.Random(seed + 21)
    lines = catalogue(conn)
    resolver = Resolver(lines, {})
    tops = [ln for ln in lines if ln.parent_id is None]
    start, end = period(today)
    written = 0
    for aid in account_ids:
        acc = conn.execute(select(Account.name_zh, Account.currency).where(Account.id == aid)).one()
        words = "zh" if acc.name_zh else "en"
        picks = UNITS[words][:rng.randint(3, 5)]
        units = [_insert(conn, BusinessUnit, account_id=aid, name=name, kind=kind, takes_unassigned=i == 0,
                         position=i + 1) for i, (name, kind) in enumerate(picks)]
        written += len(units)
        tx = conn.execute(select(Transaction.id).where(Transaction.account_id == aid)
                          .order_by(Transaction.id)).scalars().all()
        for k, uid in enumerate(units[1:], 1):  # the other units bought some of the lines
            ids = [t for i, t in enumerate(tx) if i % (len(units) + 1) == k]
            if ids:
                conn.execute(update(table_of(Transaction)).where(Transaction.id.in_(ids))
                             .values(business_unit_id=uid))
        current: dict[tuple[int, int], Decimal] = defaultdict(Decimal)
        rows = conn.execute(select(Transaction.product, Transaction.business_unit_id, func.sum(Transaction.amount))
                            .where(Transaction.account_id == aid, Transaction.occurred_on >= start,
                                   Transaction.occurred_on <= end, Transaction.currency == acc.currency)
                            .group_by(Transaction.product, Transaction.business_unit_id))
        for product, unit, amount in rows:
            found = resolver.line_of(product)
            if found is not None:
                current[(unit or units[0], found)] += Decimal(amount)
        competitors = conn.execute(select(Competitor.id).where(Competitor.account_id == aid)).scalars().all()
        scale = max(current.values(), default=Decimal(2_000_000))
        for uid in units:
            for line in tops:
                have = current.get((uid, line.id), Decimal(0))
                cell: dict[str, Any] = {"note": rng.choice(NOTES[words]) if rng.random() < 0.2 else None}
                if have:
                    cell.update(holder=Holder.US, status=CellStatus.OURS,
                                potential=(have * Decimal(str(round(rng.uniform(1.1, 2.6), 2)))).quantize(Decimal(1)))
                elif rng.random() < 0.25:
                    continue  # nothing known yet: an empty cell
                else:
                    potential = (scale * Decimal(str(round(rng.uniform(0.2, 1.4), 2)))).quantize(Decimal(1000))
                    roll = rng.random()
                    if competitors and roll < 0.5:
                        cell.update(holder=Holder.COMPETITOR, competitor_id=rng.choice(competitors),
                                    status=rng.choice([CellStatus.TARGETED, CellStatus.NOT_PURSUED, CellStatus.LOST]))
                    elif roll < 0.7:
                        cell.update(holder=Holder.IN_HOUSE, status=CellStatus.NOT_PURSUED)
                    else:
                        cell.update(holder=Holder.NOBODY, status=CellStatus.TARGETED)
                    cell["potential"] = potential
                _insert(conn, WhitespaceCell, account_id=aid, unit_id=uid, line_id=line.id,
                        currency=acc.currency, **cell)
                written += 1
    return written
