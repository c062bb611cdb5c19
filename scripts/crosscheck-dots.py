#!/usr/bin/env python3
"""An independent check of the embedded IMF DOTS figures of Kazakhstan against the publisher's workbooks.

The product reads the DOTS workbooks with Apache POI (ImfDotsWorkbookReader); this script reads them a
second way, with nothing but Python's zipfile and XML parser, and compares cell by cell, for Kazakhstan's
own workbook (reporter basis) and for the workbooks of its main partners (their figures about
Kazakhstan: mirror basis), every year 1995-2020 of the partners named below. A mismatch, a figure in one
and not the other, or an estimate flag lost on the way is printed and makes the exit status 1.

Usage: crosscheck-dots.py DOTS_DIR DATASET_DIR     (DOTS_DIR holds index.tsv and DOTS_*.xlsx)
"""
import csv, os, re, sys, zipfile
import xml.etree.ElementTree as ET

MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
# the publisher's spelling of the partners checked, and their codes in the dataset
PARTNERS = {"World": "WLD", "China, P.R.: Mainland": "CHN", "Russian Federation": "RUS", "United States": "USA",
            "European Union": "EU", "Italy": "ITA", "Netherlands, The": "NLD", "Germany": "DEU", "Korea, Rep. of": "KOR",
            "Turkey": "TUR", "Uzbekistan, Rep. of": "UZB", "France": "FRA", "Switzerland": "CHE", "United Kingdom": "GBR"}
KAZAKHSTAN = "Kazakhstan, Rep. of"
FROM, TO = 1995, 2020


def read_workbook(path):
    """{sheet name: {row label: {year: cell text}}} of a DOTS workbook (label in column B, years in row 7)."""
    z = zipfile.ZipFile(path)
    strings = []
    if "xl/sharedStrings.xml" in z.namelist():
        for si in ET.fromstring(z.read("xl/sharedStrings.xml")).iter(MAIN + "si"):
            strings.append("".join(t.text or "" for t in si.iter(MAIN + "t")))
    names = [s.get("name") for s in ET.fromstring(z.read("xl/workbook.xml")).iter(MAIN + "sheet")]
    out = {}
    for number, name in enumerate(names, start=1):
        rows = {}
        for row in ET.fromstring(z.read(f"xl/worksheets/sheet{number}.xml")).iter(MAIN + "row"):
            cells = {}
            for c in row.iter(MAIN + "c"):
                column = re.match(r"[A-Z]+", c.get("r")).group(0)
                v = c.find(MAIN + "v")
                if c.get("t") == "inlineStr":
                    cells[column] = "".join(t.text or "" for t in c.iter(MAIN + "t"))
                elif v is not None:
                    cells[column] = strings[int(v.text)] if c.get("t") == "s" else v.text
            rows[int(row.get("r"))] = cells
        years = {col: int(text) for col, text in rows.get(7, {}).items() if re.fullmatch(r"\d{4}", text.strip())}
        table = {}
        for r, cells in rows.items():
            label = cells.get("B", "").strip()
            if r > 7 and label:
                table[label] = {years[col]: text.strip() for col, text in cells.items() if col in years and text.strip()}
        out[name] = table
    return out


def parse(cell):
    """(value, estimate?) of a cell: '0.14 e' is an IMF estimate of 0.14."""
    estimate = cell.endswith(" e")
    return float(cell[:-2] if estimate else cell), estimate


def main():
    dots, dataset = sys.argv[1], sys.argv[2]
    files = {}
    with open(os.path.join(dots, "index.tsv"), encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            files.setdefault(row["reporter"], row["file"])
    basis = {}
    with open(os.path.join(dataset, "sources.csv"), encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            basis[row["source_id"]] = (row["publisher"], row["basis"])
    embedded = {}
    with open(os.path.join(dataset, "official-trade.csv"), encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            publisher, side = basis[row["source_id"]]
            if row["reporter"] == "KAZ" and publisher == "International Monetary Fund":
                embedded[(row["partner"], row["dimension"], int(row["year"]), side)] = (float(row["value"]), row["flag"] == "estimate")
    expected = {}
    # Kazakhstan's own report: sheet 1 its exports, sheet 2 its imports
    own = read_workbook(os.path.join(dots, files[KAZAKHSTAN]))
    for sheet, dimension in zip(own, ("exports", "imports")):
        for label, code in PARTNERS.items():
            for year, cell in own[sheet].get(label, {}).items():
                if FROM <= year <= TO:
                    expected[(code, dimension, year, "reporter")] = parse(cell)
    # a partner's report about Kazakhstan, turned round: its imports from Kazakhstan are Kazakhstan's exports
    for label, code in PARTNERS.items():
        if code in ("WLD", "EU") or label not in files:
            continue
        theirs = read_workbook(os.path.join(dots, files[label]))
        sheets = list(theirs)
        for sheet, dimension in zip(sheets, ("imports", "exports")):
            for year, cell in theirs[sheet].get(KAZAKHSTAN, {}).items():
                if FROM <= year <= TO:
                    expected[(code, dimension, year, "mirror")] = parse(cell)
    checked = problems = 0
    for key, (value, estimate) in sorted(expected.items()):
        checked += 1
        got = embedded.get(key)
        if value < 0:
            if got is not None:
                problems += 1
                print("a negative cell is embedded:", key, value)
            continue
        if got is None:
            problems += 1
            print("in the workbook, not embedded:", key, value)
        elif abs(got[0] - value) > 1e-9 * max(1.0, abs(value)) or got[1] != estimate:
            problems += 1
            print("differs:", key, "workbook", value, "estimate" if estimate else "", "embedded", got)
    partners = set(PARTNERS.values())
    for key in embedded:
        if key[0] in partners and FROM <= key[2] <= TO and key not in expected and (key[3] == "reporter" or key[0] not in ("WLD", "EU")):
            problems += 1
            print("embedded, not in the workbook:", key, embedded[key])
    print(f"crosscheck-dots: {checked} workbook cells of {len(PARTNERS)} partners read independently, {problems} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
