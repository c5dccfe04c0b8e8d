"""Place names for the pages: codes shown as names, and the province → city → county picker's data."""

from __future__ import annotations

from functools import cache

from recruit.codes import regions


def place(code: str | None) -> str:
    """'431230' -> '湖南省怀化市沅陵县'; an unknown code is shown as it is."""
    if not code:
        return ""
    return regions.full_name(code) or code


def _city_name(code: str) -> str:
    table = regions.regions()
    name = table.get(code[:4] + "00")
    if not name or name == "市辖区":  # municipalities: the province is the city
        return table.get(code[:2] + "0000", code[:4])
    return name


@cache
def picker() -> list[dict]:
    """[{code, name, cities: [{code, name, places: [(code, name)]}]}] over every workplace,
    the county-less prefecture cities (东莞 441900) included as their own only place."""
    table = regions.regions()
    provinces: dict[str, dict] = {}
    for code in sorted(regions.workplaces()):
        province = provinces.setdefault(code[:2], {"code": code[:2], "name": table.get(code[:2] + "0000", ""),
                                                   "cities": {}})
        city = province["cities"].setdefault(code[:4], {"code": code[:4], "name": _city_name(code),
                                                        "places": []})
        city["places"].append((code, table[code]))
    return [{**p, "cities": list(p["cities"].values())} for p in provinces.values()]


def picker_within(prefix: str | None) -> list[dict]:
    """picker() cut to an operator's region (a 2-, 4- or 6-digit prefix; None: the whole country)."""
    if not prefix:
        return picker()
    out = []
    for p in picker():
        if not prefix.startswith(p["code"]):
            continue
        cities = [{**c, "places": [(code, name) for code, name in c["places"] if code.startswith(prefix)]}
                  for c in p["cities"] if c["code"].startswith(prefix[:4]) or prefix.startswith(c["code"])]
        out.append({**p, "cities": [c for c in cities if c["places"]]})
    return out


def prefix_name(code: str) -> str:
    """A region prefix ('42', '4201', '420102') as a name; unknown codes as they are."""
    return regions.full_name(code.ljust(6, "0")) or code
