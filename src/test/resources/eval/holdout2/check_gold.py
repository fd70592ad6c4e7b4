#!/usr/bin/env python3
"""Consistency check for the holdout2 gold files (standard library only).

Usage: python3 check_gold.py [--dev DIR]
Checks every gold/*.json against docs/<source>: valid JSON and fields as in
GOLD-FORMAT.md, every evidence and cue verbatim in the document, every entity
id used by an event or claim declared in the file, names and aliases present
in the text, and (with --dev) the same type for ids shared with the dev gold.
Exit status 1 on any error.
"""
import argparse, glob, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ENTITY_TYPES = {"Person", "ArmedGroup", "GovernmentBody", "Organization", "Country", "Region", "City", "Facility"}
EVENT_TYPES = {"Agree", "Consult", "Support", "Concede", "Cooperate", "Aid", "Retreat", "Request", "Accuse",
               "Reject", "Threaten", "Protest", "Sanction", "Mobilize", "Coerce", "Assault"}
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--dev", help="directory of dev gold files to compare entity types with")
    args = ap.parse_args()
    errors, warnings = [], []
    dev_types = {}
    if args.dev:
        for p in glob.glob(os.path.join(args.dev, "*.json")):
            for e in json.load(open(p, encoding="utf-8"))["entities"]:
                dev_types.setdefault(e["id"], set()).add(e["type"])
    files = sorted(glob.glob(os.path.join(HERE, "gold", "*.json")))
    if not files:
        sys.exit("no gold files")
    for path in files:
        name = os.path.basename(path)
        try:
            gold = json.load(open(path, encoding="utf-8"))
        except ValueError as exc:
            errors.append(f"{name}: invalid JSON: {exc}")
            continue
        err = lambda msg: errors.append(f"{name}: {msg}")
        if set(gold) != {"source", "published", "entities", "events", "claims"}:
            err(f"top-level keys {sorted(gold)}")
        if gold.get("source") != name[:-5] + ".txt":
            err(f"source {gold.get('source')!r} does not match file name")
        doc_path = os.path.join(HERE, "docs", gold.get("source", ""))
        if not os.path.exists(doc_path):
            err(f"document {doc_path} missing")
            continue
        text = open(doc_path, encoding="utf-8").read()
        low = text.lower()
        words = len(text.split())
        if not 250 <= words <= 700:
            warnings.append(f"{name}: document has {words} words")
        pub = gold.get("published")
        if pub is not None and not DATE.match(pub):
            err(f"bad published date {pub!r}")
        ids = set()
        for e in gold["entities"]:
            if set(e) != {"id", "name", "type", "aliases"}:
                err(f"entity keys {sorted(e)}")
            if e["id"] in ids:
                err(f"duplicate entity id {e['id']}")
            ids.add(e["id"])
            if not SLUG.match(e["id"]):
                err(f"id not a slug: {e['id']}")
            if e["type"] not in ENTITY_TYPES:
                err(f"bad type {e['type']} for {e['id']}")
            for form in [e["name"]] + e["aliases"]:
                if not re.search(r"(?<!\w)" + re.escape(form) + r"(?!\w)", text):
                    if form.lower() in low:
                        warnings.append(f"{name}: {form!r} of {e['id']} only found ignoring case/word boundaries")
                    else:
                        err(f"surface form {form!r} of {e['id']} not in text")
            if dev_types.get(e["id"]) and e["type"] not in dev_types[e["id"]]:
                warnings.append(f"{name}: {e['id']} typed {e['type']} here, {dev_types[e['id']]} in dev")
        for i, v in enumerate(gold["events"]):
            tag = f"event {i} ({v.get('type')})"
            if set(v) != {"type", "date", "place", "agents", "targets", "killed", "injured", "evidence"}:
                err(f"{tag} keys {sorted(v)}")
            if v["type"] not in EVENT_TYPES:
                err(f"{tag}: bad event type")
            if v["date"] is not None and not DATE.match(v["date"]):
                err(f"{tag}: bad date {v['date']!r}")
            if v["place"] is not None and v["place"] not in ids:
                err(f"{tag}: place {v['place']} not an entity")
            for role in ("agents", "targets"):
                for x in v[role]:
                    if x not in ids:
                        err(f"{tag}: {role[:-1]} {x} not an entity")
            for k in ("killed", "injured"):
                if v[k] is not None and not isinstance(v[k], int):
                    err(f"{tag}: {k} not an integer")
            if v["evidence"] not in text:
                err(f"{tag}: evidence not verbatim: {v['evidence']!r}")
        for i, c in enumerate(gold["claims"]):
            tag = f"claim {i}"
            if set(c) != {"claimant", "cue", "direct"}:
                err(f"{tag} keys {sorted(c)}")
            if c["claimant"] is not None and c["claimant"] not in ids:
                err(f"{tag}: claimant {c['claimant']} not an entity")
            if c["cue"] not in text:
                err(f"{tag}: cue not verbatim: {c['cue']!r}")
            n = len(c["cue"].split())
            if not 4 <= n <= 10:
                warnings.append(f"{name}: {tag} cue has {n} words: {c['cue']!r}")
            if not isinstance(c["direct"], bool):
                err(f"{tag}: direct not a boolean")
        print(f"{name}: {words} words, {len(gold['entities'])} entities, "
              f"{len(gold['events'])} events, {len(gold['claims'])} claims")
    for w in warnings:
        print("warning:", w)
    for e in errors:
        print("ERROR:", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
