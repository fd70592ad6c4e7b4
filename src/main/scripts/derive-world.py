#!/usr/bin/env python3
"""Derive the world map drawn on Tigris' researcher pages from Natural Earth.

The npm package `world-atlas` 2.0.2 (ISC licence for the packaging) ships Natural Earth's
Admin 0 country boundaries, version 4.1.0, as TopoJSON; Natural Earth's data is in the
public domain. This script reads the 1:50m file, decodes its arcs into one outline per
country, simplifies every ring (Douglas-Peucker, tolerance in degrees), drops rings too
small to see on a regional map, and writes a compact TSV the server loads once.

Output columns (tab-separated, after '#' comment lines):
  name    the country's Natural Earth name
  rings   its rings separated by '|'; each ring is 'lon lat' pairs separated by ';',
          in hundredths of a degree (integers), first point not repeated at the end

Usage:
  python3 src/main/scripts/derive-world.py [--input countries-50m.json]
                                           [--output src/main/resources/org/w3id/tigris/web/map/countries.tsv]

Without --input the script runs `npm pack world-atlas@2.0.2` into a temporary directory
(npm must be on the PATH) and reads the file from there. Standard library only; the output
is deterministic (countries sorted by name) so re-running it yields the same file.
"""
import argparse
import json
import os
import subprocess
import tarfile
import tempfile

PACKAGE = "world-atlas@2.0.2"
TOLERANCE = 0.06          # degrees: about 6 km, below what a regional map shows
MIN_RING_EXTENT = 0.25    # degrees: islands smaller than this are left out
HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_OUTPUT = os.path.join(HERE, "..", "resources", "org", "w3id", "tigris", "web", "map", "countries.tsv")


def fetch_topology():
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["npm", "pack", PACKAGE, "--silent"], cwd=tmp, check=True, stdout=subprocess.DEVNULL)
        archive = next(name for name in os.listdir(tmp) if name.endswith(".tgz"))
        with tarfile.open(os.path.join(tmp, archive)) as tar:
            return json.load(tar.extractfile("package/countries-50m.json"))


def decode_arcs(topology):
    """Delta-decoded, de-quantized arcs as lists of (lon, lat)."""
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def ring(arcs, indexes):
    points = []
    for index in indexes:
        arc = arcs[index] if index >= 0 else list(reversed(arcs[~index]))
        points.extend(arc if not points else arc[1:])
    return points


def unwrapped(points):
    """Longitudes made continuous: a ring crossing the antimeridian runs past 180 instead of
    jumping to -180, which would draw a line across the whole map."""
    out = [points[0]]
    for lon, lat in points[1:]:
        previous = out[-1][0]
        while lon - previous > 180:
            lon -= 360
        while previous - lon > 180:
            lon += 360
        out.append((lon, lat))
    return out


def simplify(points, tolerance):
    """Douglas-Peucker, iterative."""
    if len(points) < 3:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        (x1, y1), (x2, y2) = points[first], points[last]
        dx, dy = x2 - x1, y2 - y1
        norm = (dx * dx + dy * dy) ** 0.5
        worst, at = 0.0, -1
        for i in range(first + 1, last):
            px, py = points[i]
            if norm == 0:
                distance = ((px - x1) ** 2 + (py - y1) ** 2) ** 0.5
            else:
                distance = abs(dy * px - dx * py + x2 * y1 - y2 * x1) / norm
            if distance > worst:
                worst, at = distance, i
        if worst > tolerance:
            keep[at] = True
            stack.append((first, at))
            stack.append((at, last))
    return [p for p, k in zip(points, keep) if k]


def encode(points):
    out, last = [], None
    for lon, lat in points:
        pair = (round(lon * 100), round(lat * 100))
        if pair != last:
            out.append(f"{pair[0]} {pair[1]}")
            last = pair
    if len(out) > 1 and out[0] == out[-1]:
        out.pop()
    return ";".join(out)


def countries(topology):
    arcs = decode_arcs(topology)
    for geometry in topology["objects"]["countries"]["geometries"]:
        polygons = geometry["arcs"] if geometry["type"] == "MultiPolygon" else [geometry["arcs"]]
        rings = []
        for polygon in polygons:
            for indexes in polygon:
                points = ring(arcs, indexes)
                lons = [p[0] for p in points]
                lats = [p[1] for p in points]
                if max(max(lons) - min(lons), max(lats) - min(lats)) < MIN_RING_EXTENT:
                    continue
                simplified = simplify(unwrapped(points), TOLERANCE)
                if len(simplified) >= 4:
                    rings.append(encode(simplified))
                    # A ring across the antimeridian is drawn on both of its sides.
                    if max(p[0] for p in simplified) > 180:
                        rings.append(encode([(lon - 360, lat) for lon, lat in simplified]))
                    if min(p[0] for p in simplified) < -180:
                        rings.append(encode([(lon + 360, lat) for lon, lat in simplified]))
        if rings:
            yield geometry["properties"]["name"], rings


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--input")
    parser.add_argument("--output", default=DEFAULT_OUTPUT)
    args = parser.parse_args()
    if args.input:
        with open(args.input, encoding="utf-8") as fh:
            topology = json.load(fh)
    else:
        topology = fetch_topology()
    rows = sorted(countries(topology))
    os.makedirs(os.path.dirname(os.path.abspath(args.output)), exist_ok=True)
    with open(args.output, "w", encoding="utf-8", newline="\n") as out:
        out.write("# Country outlines for the researcher pages' maps: Natural Earth 1:50m Admin 0 countries,\n")
        out.write("# version 4.1.0 (public domain), from the npm package world-atlas 2.0.2, simplified by\n")
        out.write(f"# src/main/scripts/derive-world.py (Douglas-Peucker, {TOLERANCE} degrees; rings under\n")
        out.write(f"# {MIN_RING_EXTENT} degrees across left out).\n")
        out.write("# name<TAB>rings: rings separated by '|', each 'lon lat' pairs in hundredths of a degree\n")
        out.write("# separated by ';'.\n")
        for name, rings in rows:
            out.write(name.replace("\t", " ") + "\t" + "|".join(rings) + "\n")
    print(f"{len(rows)} countries written to {args.output}")


if __name__ == "__main__":
    main()
