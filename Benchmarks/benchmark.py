#!/usr/bin/env python3
"""Side-by-side benchmark: mcred convert against the peers installed on this machine, on the same
synthetic registrar export (Benchmarks/generate-export.py), in the same run. Standard library only.

  Benchmarks/benchmark.py --mcred .build/release/mcred [--rows N] [--work DIR] [--no-file] [--no-small]

Runs, one after another (never two at once):
  mcred CSV -> NDJSON with --jobs 1 and with the default (all cores), to /dev/null, and once to a
  file (deleted after) so the cost of the disk shows separately; the same for XML; mcred at a tenth
  of the rows for the growth of peak memory; Miller (mlr --icsv --ojsonl cat), Python csv+json,
  xmllint --stream --noout and Python iterparse+json when installed (skipped, and said so, if not).
Prints wall time, records/s, input MB/s, peak RSS (from wait4) and the mcred/peer ratios.
"""
import argparse
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

PY_CSV = r"""
import csv, json, sys
with open(sys.argv[1], newline="", encoding="utf-8") as f, open(os.devnull, "w") as out:
    for row in csv.DictReader(f):
        out.write(json.dumps(row, ensure_ascii=False) + "\n")
"""
PY_XML = r"""
import json, sys
import xml.etree.ElementTree as ET
with open(os.devnull, "w") as out:
    for event, element in ET.iterparse(sys.argv[1]):
        if element.tag == "achievement":
            out.write(json.dumps({child.tag: child.text for child in element}, ensure_ascii=False) + "\n")
            element.clear()
"""


def measure(command, stdout=subprocess.DEVNULL):
    """Wall seconds, peak RSS in MiB and exit status of one child process."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=stdout, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    return wall, usage.ru_maxrss / 1024, os.waitstatus_to_exitcode(status)


def generate(rows, form, path):
    if not os.path.exists(path):
        with open(path + ".part", "w") as out:
            subprocess.run([sys.executable, os.path.join(HERE, "generate-export.py"), str(rows), form], stdout=out, check=True)
        os.rename(path + ".part", path)
    return path


def cpu_model():
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown CPU"


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mcred", default=os.path.join(ROOT, ".build/release/mcred"))
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--work", help="folder for the generated exports (kept, reused by later runs)")
    parser.add_argument("--no-file", action="store_true", help="skip the run that writes NDJSON to a file")
    parser.add_argument("--no-small", action="store_true", help="skip the run at a tenth of the rows")
    args = parser.parse_args()

    work = args.work or os.path.join(tempfile.gettempdir(), "mcred-bench")
    os.makedirs(work, exist_ok=True)
    rows, cores = args.rows, os.cpu_count() or 1
    print(f"generating {rows:,} rows (CSV and XML) in {work} ...", file=sys.stderr)
    csv_path = generate(rows, "csv", os.path.join(work, f"export-{rows}.csv"))
    xml_path = generate(rows, "xml", os.path.join(work, f"export-{rows}.xml"))
    small = max(1, rows // 10)
    size = {path: os.path.getsize(path) for path in (csv_path, xml_path)}

    def mcred(path, form, jobs, output="/dev/null"):
        return [args.mcred, "convert", "-q", "--jobs", str(jobs), "--today", "2026-01-01",
                "--mapping", os.path.join(HERE, f"registrar-mapping-{form}.json"), "--ndjson", output, path]

    runs = []  # (name, input path, records, command, kind)
    runs.append((f"mcred CSV->ELM NDJSON --jobs 1, /dev/null", csv_path, rows, mcred(csv_path, "csv", 1), "mcred-csv"))
    runs.append((f"mcred CSV->ELM NDJSON --jobs {cores}, /dev/null", csv_path, rows, mcred(csv_path, "csv", cores), "mcred-csv"))
    out_file = os.path.join(work, "out.ndjson")
    if not args.no_file:
        runs.append((f"mcred CSV->ELM NDJSON --jobs {cores}, file", csv_path, rows, mcred(csv_path, "csv", cores, out_file), "mcred-csv"))
    if not args.no_small:
        small_csv = generate(small, "csv", os.path.join(work, f"export-{small}.csv"))
        size[small_csv] = os.path.getsize(small_csv)
        runs.append((f"mcred CSV->ELM NDJSON --jobs {cores}, /dev/null ({small:,} rows)", small_csv, small, mcred(small_csv, "csv", cores), "small"))
    runs.append((f"mcred XML->ELM NDJSON --jobs 1, /dev/null", xml_path, rows, mcred(xml_path, "xml", 1), "mcred-xml"))
    runs.append((f"mcred XML->ELM NDJSON --jobs {cores}, /dev/null", xml_path, rows, mcred(xml_path, "xml", cores), "mcred-xml"))
    skipped = []
    if shutil.which("mlr"):
        runs.append(("Miller mlr --icsv --ojsonl cat (flat JSON)", csv_path, rows, ["mlr", "--icsv", "--ojsonl", "cat", csv_path], "mlr"))
    else:
        skipped.append("Miller (mlr) is not installed")
    runs.append(("Python csv.DictReader + json.dumps (flat JSON)", csv_path, rows, [sys.executable, "-c", "import os\n" + PY_CSV, csv_path], "python-csv"))
    if shutil.which("xmllint"):
        runs.append(("xmllint --stream --noout (parse only)", xml_path, rows, ["xmllint", "--stream", "--noout", xml_path], "xmllint"))
    else:
        skipped.append("xmllint is not installed (apt-get install libxml2-utils)")
    runs.append(("Python iterparse + json.dumps (flat JSON)", xml_path, rows, [sys.executable, "-c", "import os\n" + PY_XML, xml_path], "python-xml"))

    load_before = os.getloadavg()
    results = []
    for name, path, records, command, kind in runs:
        print(f"running: {name} ...", file=sys.stderr)
        wall, rss, status = measure(command)
        note = ""
        if kind.startswith("mcred") or kind == "small":
            note = "" if status in (0, 1) else f"exit {status}!"
        elif status != 0:
            note = f"exit {status}!"
        if command[-2] == out_file and os.path.exists(out_file):
            note = f"{os.path.getsize(out_file) / 1e9:.1f} GB written"
            os.remove(out_file)
        results.append(dict(name=name, path=path, records=records, wall=wall, rss=rss, kind=kind, note=note))
    load_after = os.getloadavg()

    def best(kind):
        found = [r for r in results if r["kind"] == kind]
        return found[0] if found else None

    mlr, pycsv, xmllint = best("mlr"), best("python-csv"), best("xmllint")
    print()
    print(f"mcred benchmark: {rows:,} records; CSV {size[csv_path] / 1e6:.0f} MB, XML {size[xml_path] / 1e6:.0f} MB")
    print(f"machine: {cores} cores, {cpu_model()}, {platform.system()} {platform.release()}; "
          f"load average {load_before[0]:.2f} before, {load_after[0]:.2f} after")
    print()
    header = f"{'run':<58} {'wall s':>7} {'records/s':>10} {'MB/s':>7} {'peak RSS':>9}  comparison"
    print(header)
    print("-" * (len(header) + 20))
    for r in results:
        rate = r["records"] / r["wall"]
        mbs = size[r["path"]] / 1e6 / r["wall"]
        comparison = []
        if r["kind"] == "mcred-csv":
            if mlr:
                comparison.append(f"{rate / (mlr['records'] / mlr['wall']):.2f}x Miller's records/s")
            if pycsv:
                comparison.append(f"{rate / (pycsv['records'] / pycsv['wall']):.2f}x Python's")
        if r["kind"] == "mcred-xml" and xmllint:
            comparison.append(f"wall {r['wall'] / xmllint['wall']:.2f}x xmllint's")
        if r["note"]:
            comparison.append(r["note"])
        print(f"{r['name']:<58} {r['wall']:>7.1f} {rate:>10,.0f} {mbs:>7.1f} {r['rss']:>6.0f} MiB  {'; '.join(comparison)}")
    print()
    for kind, label in (("mcred-csv", "CSV"), ("mcred-xml", "XML")):
        found = [r for r in results if r["kind"] == kind and "/dev/null" in r["name"]]
        if len(found) >= 2:
            print(f"{label}: --jobs {cores} gives {found[0]['wall'] / found[1]['wall']:.2f}x the throughput of --jobs 1")
    small_run, large_run = best("small"), results[1]
    if small_run:
        growth = (large_run["rss"] / small_run["rss"] - 1) * 100
        print(f"peak RSS {large_run['rss']:.0f} MiB at {rows:,} records vs {small_run['rss']:.0f} MiB at {small:,}: {growth:+.0f} %")
    for reason in skipped:
        print(f"skipped: {reason}")


if __name__ == "__main__":
    main()
