#!/usr/bin/env python3
"""Interoperability: DuckDB and pyarrow read the warehouse nianbao writes and agree with
DataFusion (`nianbao sql`) on every table's row count, per partition. Then every Python example
of the README marked `# tested by tests/interop/run.py` runs against the same warehouse (as
`data/warehouse`) and must succeed and print something.

The readers come from PyPI into a virtualenv this script creates (.venv at the repository root).
If the registry cannot be reached the check is skipped with a loud message, never silently.
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
VENV = ROOT / ".venv"
TARGET = Path(os.environ.get("CARGO_TARGET_DIR", ROOT / "target"))
NIANBAO = TARGET / "debug" / "nianbao"
TABLES = ["reports", "metrics", "sections", "checks", "rejects", "agencies"]
# One file each, no province/year partitions.
UNPARTITIONED = ["rejects", "agencies"]


def ensure_venv():
    python = VENV / "bin" / "python"
    if not python.exists():
        subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=True)
    req = Path(__file__).with_name("requirements.txt")
    stamp = VENV / ".requirements"
    if stamp.exists() and stamp.read_text() == req.read_text():
        return python
    result = subprocess.run([str(python), "-m", "pip", "install", "--quiet", "-r", str(req)], capture_output=True, text=True)
    if result.returncode != 0:
        print("!" * 72)
        print("SKIPPED: could not install DuckDB/pyarrow from PyPI; interop NOT checked")
        print(result.stderr[-2000:])
        print("!" * 72)
        sys.exit(0)
    stamp.write_text(req.read_text())
    return python


def build_warehouse(work: Path) -> Path:
    inputs = work / "input"
    shutil.copytree(ROOT / "data" / "samples", inputs)
    (inputs / "empty.txt").write_bytes(b"")
    (inputs / "random.bin").write_bytes(bytes((i * 2654435761 >> 7) & 0xFF for i in range(4000)))
    # Generated reports with agencies' consecutive years (seed 42 draws two series in its first
    # 60): their checks across years lie in a file of their own beside the partition's.
    subprocess.run([str(NIANBAO), "synth", "--out", str(work / "synth"), "--docs", "60", "--seed", "42"],
                   check=True, stdout=subprocess.DEVNULL)
    shutil.copytree(work / "synth" / "docs", inputs / "synth")
    subprocess.run([str(NIANBAO), "run", "--input", str(inputs), "--warehouse", str(work / "warehouse"),
                    "--landing", str(work / "landing")], check=True, stdout=subprocess.DEVNULL)
    across = list((work / "warehouse" / "current" / "checks").glob("*/*/across-years.parquet"))
    if not across:
        sys.exit("the interop warehouse has no checks across years: the corpus draws no series")
    return work / "warehouse"


def datafusion_counts(warehouse: Path):
    counts = {}
    for table in TABLES:
        group = "province, year" if table not in UNPARTITIONED else "'' AS province, 0 AS year"
        by = "GROUP BY province, year" if table not in UNPARTITIONED else ""
        sql = f"SELECT {group}, count(*) AS n FROM {table} {by}"
        out = subprocess.run([str(NIANBAO), "sql", "--warehouse", str(warehouse), "--format", "json", "-e", sql],
                             check=True, capture_output=True, text=True).stdout
        counts[table] = {(r["province"], r["year"]): r["n"] for r in json.loads(out)}
    return counts


READER = r'''
import json, sys
import duckdb, pyarrow.dataset as ds
snapshot = sys.argv[1]
tables = sys.argv[2:]
out = {"duckdb": {}, "pyarrow": {}}
con = duckdb.connect()
for t in tables:
    path = f"{snapshot}/{t}"
    unpartitioned = t in ("rejects", "agencies")
    files = f"{path}/**/*.parquet" if not unpartitioned else f"{path}/*.parquet"
    import glob
    if not glob.glob(files, recursive=True):
        out["duckdb"][t] = []; out["pyarrow"][t] = []; continue
    if not unpartitioned:
        rows = con.execute(f"SELECT province, year, count(*) FROM read_parquet('{files}', hive_partitioning=true) GROUP BY 1, 2").fetchall()
        out["duckdb"][t] = [[p, int(y), n] for p, y, n in rows]
        table = ds.dataset(path, format="parquet", partitioning="hive").to_table()
        counts = {}
        for p, y in zip(table.column("province").to_pylist(), table.column("year").to_pylist()):
            counts[(p, int(y))] = counts.get((p, int(y)), 0) + 1
        out["pyarrow"][t] = [[p, y, n] for (p, y), n in counts.items()]
    else:
        n = con.execute(f"SELECT count(*) FROM read_parquet('{files}')").fetchone()[0]
        out["duckdb"][t] = [["", 0, n]]
        out["pyarrow"][t] = [["", 0, ds.dataset(path, format="parquet").count_rows()]]
print(json.dumps(out))
'''


MARKER = "# tested by tests/interop/run.py"


def readme_examples():
    """The ```python blocks of README.md that carry the marker."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks, inside, current = [], False, []
    for line in text.splitlines():
        if not inside and line.strip() == "```python":
            inside, current = True, []
        elif inside and line.strip() == "```":
            inside = False
            if any(MARKER in l for l in current):
                blocks.append("\n".join(current))
        elif inside:
            current.append(line)
    return blocks


def run_examples(python, warehouse: Path):
    passed = failed = 0
    examples = readme_examples()
    if not examples:
        print("FAIL README has no tested examples")
        return 0, 1
    with tempfile.TemporaryDirectory(prefix="nianbao-readme-") as cwd:
        (Path(cwd) / "data").mkdir()
        os.symlink(warehouse, Path(cwd) / "data" / "warehouse")
        for i, code in enumerate(examples, 1):
            result = subprocess.run([str(python), "-c", code], cwd=cwd, capture_output=True, text=True)
            first = code.strip().splitlines()[1] if len(code.strip().splitlines()) > 1 else code
            if result.returncode == 0 and result.stdout.strip():
                passed += 1
                print(f"ok   README example {i}: {first.strip()[:60]}")
            else:
                failed += 1
                print(f"FAIL README example {i}: {first.strip()[:60]}\n{result.stdout}\n{result.stderr[-2000:]}")
    return passed, failed


def main():
    if not NIANBAO.exists():
        sys.exit(f"{NIANBAO} not built (run `make build`)")
    python = ensure_venv()
    passed = failed = 0
    with tempfile.TemporaryDirectory(prefix="nianbao-interop-") as tmp:
        warehouse = build_warehouse(Path(tmp))
        expected = datafusion_counts(warehouse)
        snapshot = os.path.realpath(warehouse / "current")
        out = subprocess.run([str(python), "-c", READER, snapshot, *TABLES], check=True, capture_output=True, text=True).stdout
        readers = json.loads(out)
        for engine, tables in readers.items():
            for table in TABLES:
                got = {(p, y): n for p, y, n in tables[table]}
                want = expected[table]
                if got == want:
                    passed += 1
                    print(f"ok   {engine:8} {table:9} {sum(got.values())} rows in {len(got)} partitions")
                else:
                    failed += 1
                    print(f"FAIL {engine:8} {table:9} got {got} want {want}")
        p, f = run_examples(python, warehouse)
        passed, failed = passed + p, failed + f
    print(f"interop: {passed} passed, {failed} failed")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
