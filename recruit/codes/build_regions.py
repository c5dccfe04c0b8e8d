"""Regenerate codes/data/regions.json (GB/T 2260 divisions in use) from python-stdnum's table.

Run by hand when python-stdnum updates its table: python -m recruit.codes.build_regions
The project ships the JSON so that validation never depends on a package's data file layout.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from stdnum import numdb

OUT = Path(__file__).parent / "data" / "regions.json"
# "[-2010]崇文区" was abolished in 2010; "[1986-]房山区" is current
_VALIDITY = re.compile(r"^\[(\d*)-(\d*)\]")


def build() -> dict[str, str]:
    db = numdb.get("cn/loc")
    regions: dict[str, str] = {}
    for prov, prov_props, counties in _walk(db):
        regions[prov + "0000"] = prov_props["province"]
        for suffix, props in counties:
            # a code may have carried several names over time: the last one is today's
            name = props.get("county", "").split(",")[-1]
            m = _VALIDITY.match(name)
            if m and m.group(2):
                continue  # abolished
            name = _VALIDITY.sub("", name)
            code = prov + suffix
            if code.endswith("0000") or name == "市辖区":
                continue  # the province itself, and the placeholder of a city's districts
            regions[code] = name
    return dict(sorted(regions.items()))


def _walk(db: Any) -> Iterator[tuple[str, dict[str, str], list[tuple[str, dict[str, str]]]]]:
    # numdb rows: (length, low, high, properties, children)
    for _, prov, _, prov_props, children in db.prefixes:
        yield prov, prov_props, [(low, props) for _, low, _, props, _ in children]


if __name__ == "__main__":
    data = build()
    OUT.write_text(json.dumps(data, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"wrote {len(data)} regions to {OUT}")
