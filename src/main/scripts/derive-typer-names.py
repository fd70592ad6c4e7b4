#!/usr/bin/env python3
"""Derive the name typer's world list of given names and surnames (world-names.tsv).

The name typer (`tigris train-typer`) learns what a person's name looks like from people's
names made of given names and surnames. The curated given-names.tsv holds mostly names of
the region Tigris was built on, so a person of another region (a Ghanaian, a Vietnamese, a
Colombian name) looked to it like a town. This script takes the given names and surnames of
every Latin-script locale of the npm package `@faker-js/faker` 10.6.0 (MIT licence, by the
Faker.js team and contributors), one row per name and kind, with the locales that list it,
so that the trainer can make names of one culture at a time.

Usage:
  python3 src/main/scripts/derive-typer-names.py [--npm-dir DIR] [--out src/main/resources/recognize/world-names.tsv]

Without --npm-dir the script runs `npm install` of the package into a temporary directory
(npm and node must be on the PATH). Standard library only; the output is deterministic.
"""
import argparse
import json
import os
import re
import subprocess
import tempfile

PACKAGE, VERSION = "@faker-js/faker", "10.6.0"
# Latin letters with their accents (and Azerbaijani's schwa), and the apostrophes and hyphens
# of names ("G'ulomov", "Kanellakis-Wood").
LETTER = r"A-Za-z\u00C0-\u024F\u0259\u1E00-\u1EFF"
# A name of one or two words (Vietnamese given names are two: "Anh Vũ").
LATIN = re.compile(rf"^[{LETTER}][{LETTER}'\u2019\-]+( [{LETTER}][{LETTER}'\u2019\-]+)?$")
# A locale whose lists are mostly in Latin script is kept; its other names are dropped one by one.
LATIN_SHARE = 0.8
# Locales that only re-export English's lists, or joke ones, add nothing of their own.
SKIP = {"fakerEN_BORK", "fakerBASE"}

DUMP = r"""
import * as F from '%s';
const flat = x => !x ? [] : Array.isArray(x) ? x : Object.values(x).flat();
const out = {};
for (const [k, v] of Object.entries(F)) {
  if (!k.startsWith('faker') || !v || !v.rawDefinitions) continue;
  const p = v.rawDefinitions.person || {};
  out[k] = {given: flat(p.first_name), surname: flat(p.last_name)};
}
console.log(JSON.stringify(out));
"""


def dump(npm_dir):
    entry = os.path.join(npm_dir, "node_modules", "@faker-js", "faker", "dist", "index.js")
    script = os.path.join(npm_dir, "dump-names.mjs")
    with open(script, "w", encoding="utf-8") as fh:
        fh.write(DUMP % entry)
    return json.loads(subprocess.check_output(["node", script], text=True))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--npm-dir")
    ap.add_argument("--out", default="src/main/resources/recognize/world-names.tsv")
    args = ap.parse_args()
    npm_dir = args.npm_dir
    if npm_dir is None:
        npm_dir = tempfile.mkdtemp(prefix="typer-names-")
        subprocess.check_call(["npm", "install", "--silent", "--no-audit", "--no-fund", "--prefix", npm_dir,
                               f"{PACKAGE}@{VERSION}"])
    lists = dump(npm_dir)
    english = lists["fakerEN"]
    rows = {}  # (kind, name) -> set of locales
    for locale in sorted(lists):
        if locale in SKIP:
            continue
        names = lists[locale]
        if locale != "fakerEN" and names == english:
            continue  # a locale that falls back to English's lists
        for kind in ("given", "surname"):
            own = names[kind]
            if locale != "fakerEN" and own == english[kind]:
                continue
            latin = [n.strip() for n in own if LATIN.match(n.strip())]
            if not own or len(latin) < LATIN_SHARE * len(own):
                continue
            for n in latin:
                rows.setdefault((kind, n), set()).add(locale[len("faker"):].lower())
    with open(args.out, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(f"# Given names and surnames of many cultures, from the npm package {PACKAGE} {VERSION}\n"
                 "# (MIT licence, the Faker.js team and contributors): its Latin-script locales' person\n"
                 "# name lists. Derived by src/main/scripts/derive-typer-names.py; read only by\n"
                 "# `tigris train-typer` to make people's names for the name typer's examples.\n")
        fh.write("kind\tname\tlocales\n")
        for (kind, name), locales in sorted(rows.items()):
            fh.write(f"{kind}\t{name}\t{','.join(sorted(locales))}\n")
    print(f"wrote {len(rows)} names to {args.out}")


if __name__ == "__main__":
    main()
