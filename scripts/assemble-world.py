#!/usr/bin/env python3
"""Assembles the shipped `world` dataset (core/src/main/resources/datasets/world/) from `multivector import`
outputs: every IMF DOTS reporter's goods exports/imports by partner with the partners' mirror figures,
BNS for Kazakhstan, SIPRI arms imports, WDI GDP and the UNGA ideal points / agreement (docs/data.md).

Called by scripts/build-datasets.sh --world. Usage: assemble-world.py WORK_DIR DATASET_DIR SKIPPED_CELLS
Mirror figure: when B reports imports from A of v, A's exports to B on mirror basis are v (and the other
way round); DOTS partner WLD and the aggregate reporters (WLD, EU) give no mirror figures.
"""
import csv, glob, gzip, io, os, re, shutil, sys

FROM, TO = 1995, 2024
BNS = "Bureau of National Statistics of the Republic of Kazakhstan"
IMF = "International Monetary Fund"
AGGREGATE_REPORTERS = {"WLD", "EU"}
HEADER = ["reporter", "partner", "dimension", "year", "value", "unit", "source_id", "flag", "note"]


def rows(work, sub):
    for path in sorted(glob.glob(os.path.join(work, sub, "*.csv"))):
        with open(path, encoding="utf-8", newline="") as f:
            yield from csv.DictReader(f)


def licence(title):
    m = re.search(r"licence: (.*)\)$", title)
    return m.group(1) if m else ""


def retrieved(title):
    m = re.search(r"downloaded (\d{4}-\d{2}-\d{2})", title)
    return m.group(1) if m else ""


def main():
    work, dataset, skipped_cells = sys.argv[1], sys.argv[2], int(sys.argv[3])
    repo = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
    names = {}
    with open(os.path.join(repo, "core/src/main/resources/org/multivector/imports/country-codes.csv"), encoding="utf-8") as f:
        for r in csv.DictReader(f):
            names[r["iso3"]] = (r["name"], r["status"], r["cow"])
    sources = {}  # source_id -> (publisher, title, source_year, url, basis, licence, note)
    by_country, common, actors, years = {}, [], set(), set()

    def add(target, r, sid, reporter=None, partner=None, dimension=None, note=None):
        rep = reporter or r["reporter"]
        par = partner or r["partner"]
        line = [rep, par, dimension or r["dimension"], r["year"], r["value"], r["unit"], sid, r.get("flag", ""),
                r["note"] if note is None else note]
        actors.update((rep, par))
        years.add(int(r["year"]))
        if target == "common":
            common.append(line)
        else:
            by_country.setdefault(rep, []).append(line)

    def in_range(r):
        return FROM <= int(r["year"]) <= TO

    # IMF DOTS: each reporter's own figures, and the mirror figures they give about their partners
    for r in rows(work, "dots"):
        if not in_range(r):
            continue
        rep, par = r["reporter"], r["partner"]
        lic, when = licence(r["title"]), retrieved(r["title"])
        sid = f"imf-dots-{rep}"
        if sid not in sources:
            sources[sid] = (IMF, f"Direction of Trade Statistics (DOTS): goods exports FOB and imports CIF by partner, reporter {names.get(rep, (rep,))[0]} (retrieved {when})",
                            r["source_year"], "https://data.imf.org/", "reporter", lic, "official statistics (IMF DOTS)")
        add("country", r, sid)
        if rep in AGGREGATE_REPORTERS or par in AGGREGATE_REPORTERS or par == rep:
            continue
        mid = f"imf-dots-{rep}-mirror"
        if mid not in sources:
            sources[mid] = (IMF, f"Direction of Trade Statistics (DOTS): goods exports FOB and imports CIF by partner, reporter {names.get(rep, (rep,))[0]} (retrieved {when})",
                            r["source_year"], "https://data.imf.org/", "mirror", lic,
                            f"official statistics (IMF DOTS); mirror: {names.get(rep, (rep,))[0]}'s own customs figures about its partner")
        flipped = "imports" if r["dimension"] == "exports" else "exports"
        add("country", r, mid, reporter=par, partner=rep, dimension=flipped)

    # BNS: Kazakhstan's own trade tables (preferred over DOTS for Kazakhstan, see sourcePreference)
    for r in rows(work, "bns"):
        if in_range(r) and r["reporter"] == "KAZ":
            sid = "bns-" + r["basis"]
            if sid not in sources:
                sources[sid] = (r["publisher"], re.sub(r" \(licence: .*\)$", "", re.sub(r": [^:]*\.xls", "", r["title"])), r["source_year"],
                                "https://stat.gov.kz/en/industries/economy/foreign-market/", r["basis"], licence(r["title"]),
                                "official statistics of Kazakhstan (national statistical office)")
            add("country", r, sid)

    for r in rows(work, "sipri"):
        if in_range(r):
            sources.setdefault("sipri", (r["publisher"], "SIPRI Arms Transfers Database, trade register (retrieved " + retrieved(r["title"]) + ")", "2025",
                                         "https://www.sipri.org/databases/armstransfers", r["basis"], licence(r["title"]),
                                         "SIPRI database (trend-indicator values, not money)"))
            add("country", r, "sipri")

    for r in rows(work, "wdi"):
        if in_range(r):
            sources.setdefault("wdi-gdp", ("World Bank", f"World Development Indicators: GDP (current US$), NY.GDP.MKTP.CD (retrieved {retrieved(r['title'])})",
                                           r["source_year"], "https://data.worldbank.org/indicator/NY.GDP.MKTP.CD", r["basis"], licence(r["title"]),
                                           "official statistics (World Bank WDI)"))
            add("common", r, "wdi-gdp")

    for r in rows(work, "unga"):
        if in_range(r):
            sources.setdefault("unga", (r["publisher"], "Bailey, Strezhnev and Voeten, Estimating Dynamic State Preferences from United Nations Voting Data, "
                                        "J. Conflict Resolution 61(2) 2017: ideal point estimates (IdealpointestimatesAll_Jun2024)", "2024",
                                        "https://hdl.handle.net/1902.1/12379", r["basis"], licence(r["title"]),
                                        "research dataset built from official UN General Assembly roll calls"))
            add("common" if r["dimension"] == "unga_ideal_point" else "country", r, "unga")

    if os.path.isdir(dataset):
        shutil.rmtree(dataset)
    os.makedirs(os.path.join(dataset, "common"))
    os.makedirs(os.path.join(dataset, "by-country"))

    def write_gz(path, lines):
        # mtime=0: the same figures give the same bytes, so a rebuild changes only the files whose figures changed
        with io.TextIOWrapper(gzip.GzipFile(path, "wb", compresslevel=9, mtime=0), encoding="utf-8", newline="") as f:
            w = csv.writer(f, lineterminator="\n")
            w.writerow(HEADER)
            w.writerows(sorted(lines, key=lambda l: (l[2], l[0], l[1], int(l[3]), l[6])))

    write_gz(os.path.join(dataset, "common", "monadic.csv.gz"), common)
    for code, lines in by_country.items():
        write_gz(os.path.join(dataset, "by-country", f"{code}.csv.gz"), lines)
    with open(os.path.join(dataset, "sources.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["source_id", "publisher", "title", "source_year", "url", "basis", "assumption", "licence", "note"])
        for sid in sorted(sources):
            pub, title, year, url, basis, lic, note = sources[sid]
            w.writerow([sid, pub, title, year, url, basis, "false", lic, note])

    actor_lines = []
    for c in sorted(actors):
        nm, status, cow = names.get(c, (c, "aggregate", ""))
        if c == "WLD":
            nm, status = "World (reported total)", "aggregate"
        kind = {"bloc": "bloc", "aggregate": "aggregate", "world": "aggregate", "other": "aggregate"}.get(status, "small_state")
        if c == "EU":
            kind = "aggregate"
        nm = nm.replace('"', "'")
        actor_lines.append(f'  - {{code: {c}, name: "{nm}", kind: {kind}' + (f", cow: {cow}" if cow else "") + "}")
    lo, hi = min(years), max(years)
    total = len(common) + sum(len(l) for l in by_country.values())
    manifest = f"""# Written by scripts/build-datasets.sh --world (scripts/assemble-world.py); see docs/data.md, "The world dataset".
name: world
title: "Every country's goods trade, arms imports, GDP and UN voting, {lo}-{hi}"
version: "2026.12.0"
description: >
  Every IMF DOTS reporter's goods exports and imports by partner (with the partners' mirror figures),
  Kazakhstan's own BNS trade tables, SIPRI arms imports by supplier, World Bank WDI GDP and the UN General
  Assembly ideal points and agreement of Bailey, Strezhnev and Voeten (2017), {lo}-{hi}. One figure per row,
  each with its source in sources.csv; gaps are left empty, never filled. Per-country files are read lazily.
focal: USA
years: {{from: {lo}, to: {hi}}}
defaultBasis: reporter
sourcePreference: ["{BNS}", "{IMF}"]
files: [common/monadic.csv.gz]
byCountry: by-country
dimensions:
  - {{id: exports, name: Goods exports, unit: USD_M, kind: flow, description: "Reporter's goods exports to partner (FOB), current US$ millions."}}
  - {{id: imports, name: Goods imports, unit: USD_M, kind: flow, description: "Reporter's goods imports from partner (CIF), current US$ millions."}}
  - {{id: trade, name: Goods trade turnover, unit: USD_M, kind: flow, description: "Total goods trade with partner as stated by the source (BNS); never computed here."}}
  - {{id: arms_imports, name: Arms imports, unit: TIV_M, kind: flow, description: "Arms imports from supplier in SIPRI trend-indicator values (millions)."}}
  - {{id: gdp, name: GDP, unit: USD_M, kind: monadic, description: "Gross domestic product in current US$ millions (World Bank WDI NY.GDP.MKTP.CD); partner = reporter."}}
  - {{id: unga_agreement, name: UN General Assembly agreement, unit: share, kind: flow, description: "Share (0-1) of UN General Assembly roll-call votes in which the reporter voted as the partner did (Bailey, Strezhnev and Voeten 2017)."}}
  - {{id: unga_ideal_point, name: UN General Assembly ideal point, unit: ideal_point, kind: monadic, signed: true, description: "The reporter's yearly ideal point from UN General Assembly roll calls (Bailey, Strezhnev and Voeten 2017); negative for many states."}}
  - {{id: unga_ideal_distance, name: UN General Assembly ideal-point distance, unit: ideal_point, kind: flow, description: "Absolute difference of the reporter's and the partner's ideal points in the year; derived here from Bailey, Strezhnev and Voeten (2017)."}}
actors:
""" + "\n".join(actor_lines) + "\n"
    open(os.path.join(dataset, "manifest.yaml"), "w", encoding="utf-8").write(manifest)
    print(f"assemble-world: {total} figures ({len(common)} monadic), {len(by_country)} per-country files, {len(actors)} actors, "
          f"{len(sources)} sources, years {lo}-{hi}; {skipped_cells} negative DOTS cells skipped (not zero, not made positive)")


if __name__ == "__main__":
    main()
