#!/usr/bin/env python3
"""Score cross-source event clusters (tg:EventCluster) against cluster gold.

Usage: score_clusters.py --endpoint http://localhost:3030/kg/sparql --set DIR [--set DIR ...]
                         [--json OUT] [--min KEY=VALUE ...]

Each DIR holds gold/*.json (GOLD-FORMAT.md) and clusters.json: {"clusters": [[{"doc": FILE,
"event": "INDEX"}, ...], ...]}, the gold events (0-based indexes into that file's "events")
that report one real-world event. Graph events are matched to gold events per document
exactly as score.py matches them (its match_entities and match_events are imported).

Figures are pairwise "same event" links:
  link_p   links the graph makes between events of the set's documents (two reports in one
           tg:EventCluster) that join two gold events of one gold cluster; a link with an end
           that matches no gold event counts as wrong. None when the graph makes no link.
  link_r   gold links (pairs in one gold cluster) whose two events matched graph events that
           share a cluster.
  link_r_ceiling  gold links whose two events were both extracted (matched) at all: the most
           clustering can reach with the extraction as it is.
--min link_p=0.85 makes the exit status 1 when a figure is below the bar (a None passes: no
link made, no wrong link).
"""
import argparse
import glob
import itertools
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from score import DocView, match_entities, match_events, sparql  # noqa: E402


def gold_to_graph(gold_dir, endpoint):
    """{(doc, event index): graph event IRI} for the gold events that matched, and the sources."""
    mapping, sources = {}, set()
    for path in sorted(glob.glob(os.path.join(gold_dir, "*.json"))):
        with open(path, encoding="utf-8") as fh:
            gold = json.load(fh)
        sources.add(gold["source"])
        view = DocView(endpoint, gold["source"])
        if not view.found:
            continue
        iri_to_gold = {iri: gid for gid, iri in match_entities(gold.get("entities", []), view).items()}

        def ids(iris):
            return {iri_to_gold.get(i, i) for i in iris}

        for gi, vi in match_events(gold.get("events", []), view, ids).items():
            mapping[(gold["source"], str(gi))] = view.events[vi]["iri"]
    return mapping, sources


def graph_clusters(endpoint, sources):
    """{event IRI: cluster IRI} for the reports of the given documents."""
    rows = sparql(endpoint, """
      SELECT ?c ?r ?src WHERE {
        ?c a tg:EventCluster ; tg:report ?r .
        ?r prov:wasDerivedFrom/tg:sourceName ?src .
      }""")
    return {r["r"]: r["c"] for r in rows if r["src"] in sources}


def score_set(endpoint, set_dir):
    with open(os.path.join(set_dir, "clusters.json"), encoding="utf-8") as fh:
        gold_clusters = json.load(fh)["clusters"]
    mapping, sources = gold_to_graph(os.path.join(set_dir, "gold"), endpoint)
    cluster_of = graph_clusters(endpoint, sources)
    gold_cluster_of = {}
    for n, cluster in enumerate(gold_clusters):
        for ref in cluster:
            gold_cluster_of[(ref["doc"], ref["event"])] = n
    graph_to_gold = {iri: ref for ref, iri in mapping.items()}

    gold_links = [pair for cluster in gold_clusters
                  for pair in itertools.combinations([(r["doc"], r["event"]) for r in cluster], 2)]
    extracted = [(a, b) for a, b in gold_links if a in mapping and b in mapping]
    found = [(a, b) for a, b in extracted
             if cluster_of.get(mapping[a]) is not None and cluster_of.get(mapping[a]) == cluster_of.get(mapping[b])]

    members = {}
    for iri, c in cluster_of.items():
        members.setdefault(c, []).append(iri)
    graph_links, wrong = [], []
    for c, iris in sorted(members.items()):
        for a, b in itertools.combinations(sorted(iris), 2):
            ga, gb = graph_to_gold.get(a), graph_to_gold.get(b)
            ok = ga is not None and gb is not None and ga in gold_cluster_of \
                and gold_cluster_of.get(ga) == gold_cluster_of.get(gb)
            graph_links.append((a, b))
            if not ok:
                wrong.append({"cluster": c, "a": a, "b": b, "gold_a": ga, "gold_b": gb})
    return {"gold_links": len(gold_links), "extracted_links": len(extracted), "found_links": len(found),
            "graph_links": len(graph_links), "correct_links": len(graph_links) - len(wrong),
            "wrong": wrong}


def figures(s):
    return {
        "link_p": (s["correct_links"] / s["graph_links"]) if s["graph_links"] else None,
        "link_r": (s["found_links"] / s["gold_links"]) if s["gold_links"] else None,
        "link_r_ceiling": (s["extracted_links"] / s["gold_links"]) if s["gold_links"] else None,
    }


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--endpoint", required=True)
    ap.add_argument("--set", action="append", required=True)
    ap.add_argument("--json")
    ap.add_argument("--min", action="append", default=[])
    args = ap.parse_args()
    result, total = {"sets": {}}, {}
    for set_dir in args.set:
        s = score_set(args.endpoint, set_dir)
        result["sets"][os.path.basename(os.path.normpath(set_dir))] = {**s, **figures(s)}
        for k, v in s.items():
            if isinstance(v, int):
                total[k] = total.get(k, 0) + v
    result.update(total)
    result.update(figures(total))
    if args.json:
        with open(args.json, "w", encoding="utf-8") as fh:
            json.dump(result, fh, indent=2)
    print(json.dumps(result, indent=2))

    def fmt(v):
        return "n/a" if v is None else f"{v:.3f}"
    summary = (f"links: precision {fmt(result['link_p'])} ({total['correct_links']}/{total['graph_links']}) "
               f"recall {fmt(result['link_r'])} ({total['found_links']}/{total['gold_links']}) "
               f"recall ceiling {fmt(result['link_r_ceiling'])} ({total['extracted_links']}/{total['gold_links']})")
    failed = []
    for bar in args.min:
        key, value = bar.split("=")
        if result.get(key) is not None and result[key] < float(value):
            failed.append(f"{key} {result[key]:.3f} < {value}")
    if failed:
        print("below bar: " + "; ".join(failed) + " | " + summary)
        sys.exit(1)
    print(summary)


if __name__ == "__main__":
    main()
