#!/usr/bin/env python3
"""Builds the dashboard map's world outline (detente-app/.../static/world.json) from the npm package world-atlas.

world-atlas 2.0.2 (ISC licence) packages Natural Earth's 1:110m country boundaries (public domain) as TopoJSON.
The dashboard cannot reach map tiles offline, so it draws this outline with ECharts instead.

Usage (from the repository root; `npm pack` only downloads the package's tarball):
    mkdir -p /tmp/atlas && cd /tmp/atlas && npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz && cd -
    python3 scripts/build_world_outline.py /tmp/atlas/package/countries-110m.json \\
        detente-app/src/main/resources/detente/server/static/world.json

Decodes the TopoJSON arcs (delta-encoded, quantized) into a GeoJSON FeatureCollection of country polygons with
their names, coordinates rounded to 0.01 degree to keep the file small. Antarctica is left out, and rings across
the antimeridian are unwrapped past 180 degrees east.
"""
import json
import sys


def main(source, target):
    topo = json.load(open(source, encoding="utf-8"))
    scale = topo["transform"]["scale"]
    translate = topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append([round(x * scale[0] + translate[0], 2), round(y * scale[1] + translate[1], 2)])
        arcs.append(points)

    def ring(indexes):
        out = []
        for i in indexes:
            points = arcs[i] if i >= 0 else list(reversed(arcs[~i]))
            out.extend(points if not out else points[1:])
        # A ring across the antimeridian (Russia's Chukotka, Fiji) would be drawn as a line across the whole map:
        # its western points are moved past 180 degrees east instead.
        if any(abs(a[0] - b[0]) > 180 for a, b in zip(out, out[1:])):
            out = [[x + 360 if x < 0 else x, y] for x, y in out]
        return out

    features = []
    for g in topo["objects"]["countries"]["geometries"]:
        if g.get("properties", {}).get("name") == "Antarctica":
            continue  # a ring around the pole, drawn as a band on a flat map; no news is placed there
        if g["type"] == "Polygon":
            geometry = {"type": "Polygon", "coordinates": [ring(r) for r in g["arcs"]]}
        elif g["type"] == "MultiPolygon":
            geometry = {"type": "MultiPolygon", "coordinates": [[ring(r) for r in p] for p in g["arcs"]]}
        else:
            continue
        features.append({"type": "Feature", "properties": {"name": g.get("properties", {}).get("name", "")},
                         "geometry": geometry})
    with open(target, "w", encoding="utf-8") as out:
        json.dump({"type": "FeatureCollection",
                   "source": "Natural Earth 1:110m countries (public domain) via world-atlas 2.0.2 (ISC)",
                   "features": features}, out, separators=(",", ":"))


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
