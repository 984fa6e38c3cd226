"""Import benchmarks (issue #8 targets): 100 000 transaction rows from CSV ≤ 10 s; 10 000 people from XLSX ≤ 10 s.

Run: python bench/bench_import.py   (uses a throwaway encrypted database; KAM_DB_KEY is set here)
"""

from __future__ import annotations

import os
import random
import resource
import tempfile
import time
from pathlib import Path

os.environ.setdefault("KAM_DB_KEY", "b7" * 32)


def main() -> None:
    from openpyxl import Workbook

    from kam.app import bootstrap

    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        ctx = bootstrap(str(work / "bench.sqlite3"))
        for i in range(20):
            ctx.services.accounts.create(name_zh=f"客户{i}", ka_type="economic")
        rng = random.Random(1)
        csv_path = work / "erp.csv"
        with csv_path.open("w", encoding="gb18030") as fh:
            fh.write("单据日期,客户,品名,数量,单价,折扣,财务费用,毛利,币种,单号\n")
            for n in range(100_000):
                fh.write(f"2026/{rng.randint(1, 12)}/{rng.randint(1, 28)},客户{rng.randint(0, 19)},产品{n % 300},"
                         f"{rng.randint(1, 5000)},\"{rng.randint(1, 9999)}.50\",0,0,{rng.randint(1, 99999)},人民币,D-{n}\n")
        t = time.perf_counter()
        r = ctx.services.imports.import_transactions(csv_path)
        print(f"100 000 transactions from a GB18030 CSV: {time.perf_counter() - t:.1f} s "
              f"({r.created} rows; target ≤ 10 s)")
        wb = Workbook(write_only=True)
        ws = wb.create_sheet("联系人")
        ws.append(["公司名称", "姓名", "职务", "部门", "邮箱", "直属上级"])
        for n in range(10_000):  # 20 accounts, each a binary tree of 500 people (9 levels)
            k = n // 20
            boss = f"员工{((k - 1) // 2) * 20 + n % 20}" if k else None
            ws.append([f"客户{n % 20}", f"员工{n}", "工程师", f"部门{n % 30}", f"e{n}@example.cn", boss])
        xlsx = work / "people.xlsx"
        wb.save(xlsx)
        t = time.perf_counter()
        r = ctx.services.imports.import_people(xlsx)
        print(f"10 000 people from XLSX: {time.perf_counter() - t:.1f} s ({r.created} created; target ≤ 10 s)")
        vcf = work / "phone.vcf"
        with vcf.open("w", encoding="utf-8", newline="") as fh:
            for n in range(10_000):  # an old Android export: vCard 2.1, quoted-printable UTF-8
                qp = "".join(f"={b:02X}" for b in f"联系人{n}".encode())
                fh.write(f"BEGIN:VCARD\r\nVERSION:2.1\r\nFN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:{qp}\r\n"
                         f"ORG:客户{n % 20}\r\nTEL;CELL:138{n:08d}\r\nEMAIL:v{n}@example.cn\r\nEND:VCARD\r\n")
        t = time.perf_counter()
        r = ctx.services.imports.import_vcards(vcf)
        print(f"10 000 vCards (2.1, quoted-printable): {time.perf_counter() - t:.1f} s ({r.created} created)")
        t = time.perf_counter()
        data = ctx.services.transfer.export_data(1)
        exported = time.perf_counter() - t
        rows = sum(len(v) for v in data["tables"].values())
        print(f"dossier of one account to JSON: {rows} rows in {exported:.2f} s")
        print(f"peak memory (RSS): {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB")
        ctx.close()


if __name__ == "__main__":
    main()
