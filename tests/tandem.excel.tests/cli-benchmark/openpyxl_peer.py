"""The openpyxl peer of the command-line Excel benchmark (docs/PERFORMANCE.md, "Excel end to end").

    python3 openpyxl_peer.py write <workbook.xlsx> [rows]   # writes a staffing workbook (write-only mode)
    python3 openpyxl_peer.py read <workbook.xlsx>           # reads every cell of it (read-only mode)

The workbook has Tandem's staffing layout (docs/EXCEL.md, "Staffing plan"): a sheet `Plan` with the plan's one
row and a sheet `Intervals` with one row per 15-minute interval (start, baseline, aht_seconds, scheduled), 300,000
rows by default. `write` is the peer of `tandem-cli export`, `read` that of `tandem-cli import`, and the workbook
`write` leaves is the one `tandem-cli import` reads. The values depend only on the row number, so every run
writes the same rows.
"""
import sys
from datetime import date, datetime, timedelta

from openpyxl import Workbook, load_workbook

START = datetime(2026, 1, 1)
QUARTER = timedelta(minutes=15)


def interval(i):
    """Row i of the Intervals sheet: start, baseline, aht_seconds, scheduled."""
    day = i % 96
    baseline = round(20 + 80 * (day % 48) / 48 + (i % 7) * 0.25, 2)
    aht = 180 + (i % 13) * 15
    scheduled = 5 + (day % 24)
    return START + i * QUARTER, baseline, float(aht), scheduled


def write(path, rows):
    last_day = (START + (rows - 1) * QUARTER).date()
    book = Workbook(write_only=True)
    plan = book.create_sheet("Plan")
    plan.append(["name", "interval_minutes", "start_date", "end_date", "service_level_share",
                 "answer_within_seconds", "aht_seconds", "shrinkage"])
    plan.append(["Benchmark plan", 15, START.date(), last_day, 0.8, 20.0, 300.0, 0.3])
    intervals = book.create_sheet("Intervals")
    intervals.append(["start", "baseline", "aht_seconds", "scheduled"])
    for i in range(rows):
        intervals.append(interval(i))
    book.save(path)


def read(path):
    book = load_workbook(path, read_only=True)
    cells = 0
    for sheet in book.worksheets:
        for row in sheet.iter_rows(values_only=True):
            for value in row:
                if value is not None:
                    cells += 1
    book.close()
    return cells


def main(argv):
    if len(argv) < 3 or argv[1] not in ("write", "read"):
        sys.exit(__doc__)
    if argv[1] == "write":
        write(argv[2], int(argv[3]) if len(argv) > 3 else 300_000)
    else:
        print(read(argv[2]), "cells")


if __name__ == "__main__":
    main(sys.argv)
