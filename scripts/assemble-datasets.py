#!/usr/bin/env python3
"""Assembles the embedded Kazakhstan dataset's official figures from `multivector import` outputs.

Called by scripts/build-datasets.sh (which runs the importers on the raw files); also used by
scripts/validate-official-data.sh with --check to compare the committed figures with a fresh import.
Usage: assemble-datasets.py WORK_DIR DATASET_DIR [--check]
"""
import csv, glob, io, os, re, sys

FROM, TO = 1995, 2024
VERSION = "2026.12.0"   # bump when the figures change
POWERS = ["USA", "RUS", "CHN", "BRA", "IND", "ISR"]
BNS = "Bureau of National Statistics of the Republic of Kazakhstan"
IMF = "International Monetary Fund"
DESCRIPTION = f"""description: >
  Kazakhstan's ties with every partner, {FROM}-{TO}, from official statistics wherever they are
  published: goods trade with every partner and the world (Bureau of National Statistics of
  Kazakhstan 2018-2023, IMF Direction of Trade Statistics 1995-2020, and the partners' own DOTS
  figures as mirror), GDP of every actor (World Bank WDI), arms imports by supplier (SIPRI trade
  register, summed per delivery year) and UN General Assembly voting (Bailey, Strezhnev and Voeten).
  Hand-curated from publications, with the source on each row, where no official table exists:
  FDI by source country, crude oil exports by destination, memberships. One figure per row; gaps
  are left empty, never filled. See docs/data.md for coverage, known differences and pitfalls.
"""
FILES = {"official-trade.csv": ["bns", "dots-kaz", "dots-partners"], "official-gdp.csv": ["wdi"],
         "official-arms.csv": ["sipri"], "official-unga.csv": ["unga"]}

def rows(work, sub):
    for path in sorted(glob.glob(os.path.join(work, sub, "*.csv"))):
        with open(path, encoding="utf-8", newline="") as f:
            yield from csv.DictReader(f)

def retrieved(title):
    m = re.search(r"downloaded (\d{4}-\d{2}-\d{2})", title)
    return m.group(1) if m else ""

def licence(title):
    m = re.search(r"licence: (.*)\)$", title)
    return m.group(1) if m else ""

def source_of(sub, r):
    """(publisher, title, source_year, url, basis, licence, note): the public citation, never a local path."""
    t = r["title"]
    if sub == "bns":
        return (r["publisher"], re.sub(r" \(licence: .*\)$", "", t), r["source_year"], "https://stat.gov.kz/en/industries/economy/foreign-market/",
                r["basis"], licence(t), "official statistics of Kazakhstan (national statistical office)")
    if sub.startswith("dots"):
        who = r["reporter"] if r["basis"] == "reporter" else r["partner"]
        return (IMF, f"Direction of Trade Statistics (DOTS): goods exports FOB and imports CIF by partner, reporter {who} (retrieved {retrieved(t)})",
                r["source_year"], "https://data.imf.org/", r["basis"], licence(t),
                "official statistics (IMF DOTS)" + ("; mirror: the partner's own customs figures" if r["basis"] == "mirror" else ""))
    if sub == "wdi":
        return ("World Bank", f"World Development Indicators: GDP (current US$), NY.GDP.MKTP.CD (retrieved {retrieved(t)})", r["source_year"],
                "https://data.worldbank.org/indicator/NY.GDP.MKTP.CD", r["basis"], licence(t), "official statistics (World Bank WDI)")
    if sub == "sipri":
        return (r["publisher"], f"SIPRI Arms Transfers Database, trade register (data generated 3 Jan 2025; retrieved {retrieved(t)})", "2025",
                "https://www.sipri.org/databases/armstransfers", r["basis"], licence(t), "SIPRI database (trend-indicator values, not money)")
    if sub == "unga":
        return (r["publisher"], "Bailey, Strezhnev and Voeten, Estimating Dynamic State Preferences from United Nations Voting Data, "
                "J. Conflict Resolution 61(2) 2017: ideal point estimates (IdealpointestimatesAll_Jun2024)", "2024",
                "https://hdl.handle.net/1902.1/12379", r["basis"], licence(t), "research dataset built from official UN General Assembly roll calls")
    raise ValueError(sub)

def keep(sub, r, actors):
    y = int(r["year"])
    if y < FROM or y > TO:
        return False
    if sub in ("bns", "dots-kaz"):
        return r["reporter"] == "KAZ"
    if sub == "dots-partners":
        return r["reporter"] == "KAZ" and r["basis"] == "mirror"
    if sub == "sipri":
        return r["reporter"] == "KAZ"
    if sub == "wdi":
        return r["reporter"] in actors
    if sub == "unga":
        if r["dimension"] == "unga_ideal_point":
            return r["reporter"] in actors
        return r["reporter"] == "KAZ" and r["partner"] in POWERS
    return False

def fmt(v):
    return v

def main():
    work, dataset = sys.argv[1], sys.argv[2]
    check = "--check" in sys.argv
    manifest_path = os.path.join(dataset, "manifest.yaml")
    manifest = open(manifest_path, encoding="utf-8").read()
    declared = set(re.findall(r"code: \"?([A-Z0-9+]+)\"?", manifest))
    names = {}
    with open(os.path.join(os.path.dirname(__file__), "..", "core/src/main/resources/org/multivector/imports/country-codes.csv"), encoding="utf-8") as f:
        for r in csv.DictReader(f):
            names[r["iso3"]] = (r["name"], r["status"], r["cow"])
    # trade and arms first: they decide which partners become actors; GDP and ideal points follow for them
    sources, out, partners = {}, {}, set()
    for name in ["official-trade.csv", "official-arms.csv", "official-gdp.csv", "official-unga.csv"]:
        lines = []
        actors = declared | partners
        for sub in FILES[name]:
            for r in rows(work, sub):
                if not keep(sub, r, actors):
                    continue
                src = source_of(sub, r)
                sid = sources.get(src)
                if sid is None:
                    prefix = {"bns": "bns", "wdi": "wdi", "sipri": "sipri", "unga": "unga"}.get(sub, "imf-dots")
                    sid = f"{prefix}-{len([s for s in sources if source_of_prefix(s) == prefix]) + 1}"
                    sources[src] = sid
                lines.append([r["reporter"], r["partner"], r["dimension"], r["year"], r["value"], r["unit"], sid, r.get("flag", ""), r["note"]])
                if name in ("official-trade.csv", "official-arms.csv"):
                    partners.add(r["partner"])
        out[name] = lines
    label_eu_composition(out["official-trade.csv"], {sid: src[4] for src, sid in sources.items()})
    if check:
        return compare(dataset, out, sources)
    for name, lines in out.items():
        with open(os.path.join(dataset, name), "w", encoding="utf-8", newline="") as f:
            w = csv.writer(f, lineterminator="\n")
            w.writerow(["reporter", "partner", "dimension", "year", "value", "unit", "source_id", "flag", "note"])
            w.writerows(sorted(lines, key=lambda l: (l[2], l[0], l[1], int(l[3]), l[6])))
    with open(os.path.join(dataset, "sources.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["source_id", "publisher", "title", "source_year", "url", "basis", "assumption", "licence", "note"])
        for src, sid in sorted(sources.items(), key=lambda kv: kv[1]):
            pub, title, year, url, basis, lic, note = src
            w.writerow([sid, pub, title, year, url, basis, "false", lic, note])
    for old in ["trade.csv", "gdp.csv", "arms.csv"]:
        p = os.path.join(dataset, old)
        if os.path.exists(p):
            os.remove(p)
    new = sorted(c for c in partners if c not in declared and c != "WLD")
    actor_lines = ["  # partners in the official statistics (BNS, IMF DOTS, SIPRI), added by scripts/build-datasets.sh"]
    for c in new:
        nm, status, cow = names.get(c, (c, "current", ""))
        kind = {"bloc": "bloc", "historical": "small_state", "aggregate": "aggregate"}.get(status, "small_state")
        nm = nm.replace('"', "'")
        actor_lines.append(f'  - {{code: {c}, name: "{nm}", kind: {kind}' + (f", cow: {cow}" if cow else "") + "}")
    manifest = re.sub(r"(?m)^version: .*$", f'version: "{VERSION}"', manifest)
    manifest = re.sub(r"(?m)^years: .*$", f"years: {{from: {FROM}, to: {TO}}}", manifest)
    manifest = re.sub(r"(?m)^title: .*$", f"title: Kazakhstan and its partners, {FROM}–{TO}", manifest)
    manifest = re.sub(r"(?m)^files: .*$", "files: [official-trade.csv, official-gdp.csv, official-arms.csv, official-unga.csv, fdi.csv, crude.csv, membership.csv]", manifest)
    preference = f'sourcePreference: ["{BNS}", "{IMF}"]'
    if "sourcePreference" in manifest:
        manifest = re.sub(r"(?m)^sourcePreference: .*$", lambda m: preference, manifest)
    else:
        manifest = re.sub(r"(?m)^(defaultBasis: .*)$", lambda m: m.group(1) + "\n" + preference, manifest)
    manifest = re.sub(r"(?ms)^description: >\n(  .*?\n)+(?=\S)", lambda m: DESCRIPTION, manifest)
    if "unga_agreement" not in manifest:
        manifest = re.sub(r"(?m)^(  - \{id: membership.*)$", r"""\1
  - {id: unga_agreement, name: UN General Assembly agreement, unit: share, kind: flow, description: "Share (0-1) of UN General Assembly roll-call votes in which the reporter voted as the partner did (Bailey, Strezhnev and Voeten 2017)."}
  - {id: unga_ideal_point, name: UN General Assembly ideal point, unit: ideal_point, kind: monadic, signed: true, description: "The reporter's yearly ideal point from UN General Assembly roll calls (Bailey, Strezhnev and Voeten 2017); negative for many states."}
  - {id: unga_ideal_distance, name: UN General Assembly ideal-point distance, unit: ideal_point, kind: flow, description: "Absolute difference of the reporter's and the partner's ideal points in the year; derived here from Bailey, Strezhnev and Voeten (2017)."}""", manifest)
    if new:
        if actor_lines[0] in manifest:
            actor_lines = actor_lines[1:]
        manifest = manifest.rstrip("\n") + "\n" + "\n".join(actor_lines) + "\n"
    open(manifest_path, "w", encoding="utf-8").write(manifest)
    print(f"assemble-datasets: {sum(len(l) for l in out.values())} official figures, {len(sources)} sources, {len(new)} new actors")

EU27 = "AUT BEL BGR HRV CYP CZE DNK EST FIN FRA DEU GRC HUN IRL ITA LVA LTU LUX MLT NLD POL PRT ROU SVK SVN ESP SWE".split()

def label_eu_composition(lines, basis_of):
    """Says in each EU figure's note which member states the publisher's aggregate covers.

    The publishers differ: IMF DOTS counts the 27 members of 2020 in every year; the BNS tables of
    2018-2022 still count the United Kingdom. The composition is read from the figures themselves: the
    aggregate is compared with the sum of the same source's member figures with and without the United
    Kingdom, and the note names the one it equals (to 0.1 %), or says neither does. Mirror figures come
    from each partner's own workbook, so on that basis the members of any source of the same publisher count.
    """
    def group(sid):
        return sid if basis_of[sid] == "reporter" else "mirror:" + sid.split("-")[0]
    by = {}
    for l in lines:
        by[(l[0], l[1], l[2], l[3], group(l[6]))] = float(l[4])
    for l in lines:
        if l[1] != "EU" or l[0] != "KAZ":
            continue
        total = float(l[4])
        g = group(l[6])
        s27 = sum(by.get((l[0], m, l[2], l[3], g), 0.0) for m in EU27)
        s28 = s27 + by.get((l[0], "GBR", l[2], l[3], g), 0.0)
        if abs(s27 - total) <= 1e-3 * total:
            label = "EU composition: EU-27 (the 27 member states of 2020, in every year)"
        elif abs(s28 - total) <= 1e-3 * total:
            label = "EU composition: EU-28 (the 27 member states of 2020 and the United Kingdom)"
        else:
            label = "EU composition: as published (equals neither the EU-27 nor the EU-28 sum of this source's member figures)"
        l[8] = label if not l[8] else l[8] + "; " + label

def source_of_prefix(src):
    pub = src[0]
    return {BNS: "bns", IMF: "imf-dots", "World Bank": "wdi"}.get(pub, "sipri" if "SIPRI" in src[1] else "unga")

def compare(dataset, fresh, sources):
    """Every committed official figure against the figure a fresh import of the raw files gives."""
    fresh_basis = {sid: src[4] for src, sid in sources.items()}
    with open(os.path.join(dataset, "sources.csv"), encoding="utf-8", newline="") as f:
        committed_basis = {r["source_id"]: r["basis"] for r in csv.DictReader(f)}
    want = {}
    for name, lines in fresh.items():
        for l in lines:
            want[(l[0], l[1], l[2], l[3], l[6].split("-")[0], fresh_basis[l[6]])] = float(l[4])
    checked = mismatched = missing = 0
    seen = set()
    for name in FILES:
        path = os.path.join(dataset, name)
        if not os.path.exists(path):
            continue
        with open(path, encoding="utf-8", newline="") as f:
            for r in csv.DictReader(f):
                checked += 1
                key = (r["reporter"], r["partner"], r["dimension"], r["year"], r["source_id"].split("-")[0],
                       committed_basis[r["source_id"]])
                seen.add(key)
                if key not in want:
                    missing += 1
                    if missing <= 10:
                        print("not in the raw files:", name, key)
                elif abs(want[key] - float(r["value"])) > 1e-9 * max(1.0, abs(want[key])):
                    mismatched += 1
                    if mismatched <= 10:
                        print("mismatch:", name, key, r["value"], "raw gives", want[key])
    left_out = [k for k in want if k not in seen]
    for k in left_out[:10]:
        print("in the raw files, not embedded:", k)
    print(f"validate-official-data: {checked} embedded official figures checked, {mismatched} mismatched, {missing} not found in the raw files, "
          f"{len(left_out)} in the raw files and not embedded")
    return 1 if mismatched or missing or left_out else 0

if __name__ == "__main__":
    sys.exit(main() or 0)
