"""The completion report's XLSX and CSV exports against the fastest plain writer of each format, fed
by one SQL query, in the same run; and the peak memory of the XLSX export.

On the generated population (bench/population.py: 10,000 learners × 30 courses = 300,000 learner ×
course rows):
- measured: `academy.reports.export` for the whole installation, XLSX and CSV: the report rows
  streamed from SQL, each cell neutralised and typed, the summary, the per-course sheet;
- baselines: the report's own SQL statement run once on the bare DB-API cursor, its raw tuples
  written with the csv module, and with XlsxWriter in constant-memory mode (`write_row`, no
  formats, no summary);
- memory: the XLSX export in a child process, its peak resident set (VmHWM; ru_maxrss elsewhere).
Targets: ≤ 1.5× each; ≤ 200 MB.

Run: python bench/bench_exports.py [--smoke]
"""

from __future__ import annotations

import argparse
import csv
import resource
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

import xlsxwriter  # type: ignore[import-untyped]
from population import build_population  # bench/population.py: the scripts run from this folder
from timing import median_time

from literacy_app.services.academy import Academy
from literacy_app.services.config import AppConfig
from literacy_app.services.report_queries import course_row_statement
from literacy_app.services.report_rows import ReportFilter
from literacy_app.services.reports import ReportFormat

RATIO_TARGET = 1.5
MEMORY_TARGET_MB = 200
ADMIN, PASSWORD = "基准管理员", "password-123"


def report_sql(academy: Academy) -> str:
    """The report's statement as plain SQL (its values written in), for the bare cursor."""
    statement = course_row_statement(academy.library(), ReportFilter(), date.today())
    return str(statement.compile(academy.engine, compile_kwargs={"literal_binds": True}))


def plain_csv(academy: Academy, sql: str, path: Path) -> int:
    with academy.engine.connect() as connection, path.open("w", newline="") as stream:
        rows = connection.exec_driver_sql(sql).cursor.fetchall()
        csv.writer(stream).writerows(rows)
        return len(rows)


def plain_xlsx(academy: Academy, sql: str, path: Path) -> int:
    book = xlsxwriter.Workbook(str(path), {"constant_memory": True})
    sheet = book.add_worksheet()
    count = 0
    with academy.engine.connect() as connection:
        for count, row in enumerate(connection.exec_driver_sql(sql).cursor, start=1):
            sheet.write_row(count, 0, row)
    book.close()
    return count


def open_academy(data_dir: Path, content: list[str]) -> Academy:
    return Academy(AppConfig.resolve(data_dir, None, content))


def peak_memory_child(data_dir: Path, content: list[str], out: Path) -> None:
    """Run in a child process: export the XLSX and print the peak resident set in MB."""
    academy = open_academy(data_dir, content)
    admin = academy.accounts.sign_in(ADMIN, PASSWORD)
    academy.reports.export(admin, ReportFilter(), ReportFormat.XLSX, out)
    academy.close()
    print(peak_resident_mb())


def peak_resident_mb() -> float:
    """This process's peak resident set. Linux's ru_maxrss also counts the parent's size at the
    moment the child was spawned (it survives exec), so /proc's VmHWM, which does not, comes first."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024  # kB
    except OSError:
        pass
    scale = 1024 * 1024 if sys.platform == "darwin" else 1024  # bytes on macOS, KB on Linux
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / scale


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--smoke", action="store_true", help="a small population: checks it runs")
    parser.add_argument("--peak-child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.peak_child:
        data_dir, out, *content = args.peak_child
        peak_memory_child(Path(data_dir), content, Path(out))
        return
    learners, repeats = (200, 1) if args.smoke else (10_000, 3)
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        population = build_population(folder, learners=learners)
        content = [str(p) for p in population.content_paths]
        academy = population.open()
        admin = academy.accounts.create_first_administrator(ADMIN, PASSWORD)
        sql = report_sql(academy)
        out = folder / "out"
        out.mkdir()

        def export(format: ReportFormat) -> int:
            path = out / f"report.{format.value}"
            return academy.reports.export(admin, ReportFilter(), format, path).rows

        rows = export(ReportFormat.CSV)
        assert plain_csv(academy, sql, out / "plain.csv") == rows
        assert plain_xlsx(academy, sql, out / "plain.xlsx") == rows
        print(f"population: {learners} learners, {rows} learner × course rows")
        for format, plain in ((ReportFormat.XLSX, plain_xlsx), (ReportFormat.CSV, plain_csv)):
            ours = median_time(lambda format=format: export(format), repeats)
            base = median_time(
                lambda plain=plain, format=format: plain(academy, sql, out / f"p.{format.value}"),
                repeats,
            )
            print(
                f"{format.value.upper()} export / plain writer fed by one query = "
                f"{ours / base:.2f}x ({ours:.2f} s vs {base:.2f} s; target ≤ {RATIO_TARGET:g}x)"
            )
        academy.close()
        child = subprocess.run(
            [sys.executable, __file__, "--peak-child", str(population.data_dir),
             str(out / "peak.xlsx"), *content],
            capture_output=True, text=True, check=True,
        )  # fmt: skip
        peak = float(child.stdout.strip().splitlines()[-1])
        print(f"XLSX export peak memory: {peak:.0f} MB (target ≤ {MEMORY_TARGET_MB} MB)")


if __name__ == "__main__":
    main()
