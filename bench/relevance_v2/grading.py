"""Graded relevance for the relevance_v2 set: grade(query, vacancy) -> 0..3.

Pure Python, no third-party packages. The rules are written out in RULES.md; this module is
their only implementation. A grade depends on the query's annotated `intent` and on the
vacancy's structured import fields plus the hidden ground-truth fields written by
generate_vacancies.py (job_kind, pay_cycle, pay_rate, schedule). It never looks at the
title or description text, and never at occupation_code (employers pick it carelessly on
purpose).

    3  right job and every stated condition met
    2  right job with a soft (preferred) condition missed,
       or a sibling job / a job the annotator listed as also_ok, with every condition met
    1  a related job with no hard condition broken (or a sibling with a soft miss)
    0  unrelated job, or any hard (must) condition broken
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

HERE = Path(__file__).resolve().parent

EDUCATION_ORDER = ["none", "junior_middle", "senior_high", "associate", "bachelor", "master", "doctorate"]
EDU_RANK = {code: i for i, code in enumerate(EDUCATION_ORDER)}

# a query's wanted benefit -> is it satisfied by the vacancy's benefit codes?
_BENEFIT_OK = {
    "room_and_board": lambda b: "room_and_board" in b or {"meals", "housing"} <= b,
    "meals": lambda b: "meals" in b or "room_and_board" in b,
    "housing": lambda b: "housing" in b or "room_and_board" in b,
    "social_insurance": lambda b: "social_insurance" in b or "social_insurance_housing_fund" in b,
}

# salary floor: a vacancy whose range reaches the floor but starts below this share of it
# is a soft miss (月入过万 vs a 6000-12000 job)
SALARY_FLOOR_SOFT_SHARE = 0.75
WORKDAYS_PER_MONTH = 26
HOURS_PER_DAY = 8


@lru_cache(maxsize=1)
def taxonomy() -> dict:
    return json.loads((HERE / "job_kinds.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _tables() -> tuple[dict, dict, dict]:
    tax = taxonomy()
    kind_family = {k: v["family"] for k, v in tax["kinds"].items()}
    family_sector = {f: v["sector"] for f, v in tax["families"].items()}
    related: dict[str, set[str]] = {f: set() for f in tax["families"]}
    for f, v in tax["families"].items():
        for r in v["related"]:
            related[f].add(r)
            related[r].add(f)  # the relation is symmetric
    return kind_family, family_sector, related


def job_level(job: dict | None, job_kind: str) -> int:
    """How well the vacancy's ground-truth job kind fits the query's job part (3/2/1/0)."""
    if not job:
        return 3  # the query names no job: any job fits
    kind_family, family_sector, related = _tables()
    fam = kind_family.get(job_kind)
    sec = family_sector.get(fam)
    kinds = set(job.get("kinds", []))
    fams = set(job.get("families", []))
    secs = set(job.get("sectors", []))
    if job_kind in kinds or fam in fams or sec in secs:
        return 3
    if job_kind in job.get("also_ok", []):
        return 2
    intended = {kind_family[k] for k in kinds if k in kind_family} | fams
    if fam in intended:
        return 2  # sibling: same family
    if job_kind in job.get("related", []):
        return 1
    if any(fam in related[f] for f in intended):
        return 1
    return 0


def daily_wage_max(v: dict) -> float:
    """The best daily pay the vacancy offers, from its hidden pay_rate (else salary_max / 26)."""
    rate = v.get("pay_rate") or {}
    unit = rate.get("unit")
    if unit == "day":
        return rate["max"]
    if unit == "hour":
        return rate["max"] * HOURS_PER_DAY
    return v["salary_max"] / WORKDAYS_PER_MONTH


def condition(key: str, want, v: dict) -> str:
    """'ok', 'miss' or 'soft' for one condition of the intent against one vacancy."""
    if key == "salary_min":
        if v["salary_max"] < want:
            return "miss"
        return "soft" if v["salary_min"] < SALARY_FLOOR_SOFT_SHARE * want else "ok"
    if key == "salary_max":
        return "miss" if v["salary_min"] > want else "ok"
    if key == "daily_wage_min":
        if daily_wage_max(v) < want:
            return "miss"
        # met only as a monthly equivalent (salary_max / 26): the seeker asked for a day rate
        return "ok" if (v.get("pay_rate") or {}).get("unit") in ("day", "hour") else "soft"
    if key == "employment_types":
        return "ok" if v["employment_type"] in want else "miss"
    if key == "education_max":
        return "ok" if EDU_RANK[v["education_min"] or "none"] <= EDU_RANK[want] else "miss"
    if key == "education_min":
        return "ok" if EDU_RANK[v["education_min"] or "none"] >= EDU_RANK[want] else "miss"
    if key == "experience_max_years":
        return "ok" if (v["experience_min_years"] or 0) <= want else "miss"
    if key == "region_prefixes":
        return "ok" if any(v["region_code"].startswith(p) for p in want) else "miss"
    if key == "groups":
        return "ok" if set(want) & set(v["welcomed_groups"]) else "miss"
    if key == "benefits":
        have = set(v["benefits"])
        return "ok" if all(_BENEFIT_OK.get(b, lambda h, b=b: b in h)(have) for b in want) else "miss"
    if key == "pay_cycle":
        return "ok" if v.get("pay_cycle") in want else "miss"
    if key == "schedule":
        return "ok" if set(want) <= set(v.get("schedule", [])) else "miss"
    raise KeyError(f"unknown intent condition {key!r}")


def grade(query: dict, vacancy: dict) -> int:
    """Grade 0..3 of one vacancy for one query (see RULES.md)."""
    intent = query["intent"]
    soft = False
    for key, want in intent.get("must", {}).items():
        c = condition(key, want, vacancy)
        if c == "miss":
            return 0
        soft = soft or c == "soft"
    level = job_level(intent.get("job"), vacancy["job_kind"])
    if level == 0:
        return 0
    for key, want in intent.get("prefer", {}).items():
        if condition(key, want, vacancy) != "ok":
            soft = True
    return max(1, level - 1) if soft else level


def grades_for(query: dict, vacancies: Iterable[dict], nonzero_only: bool = False) -> dict[str, int]:
    """{external_ref: grade} for every vacancy (or only those graded >= 1)."""
    out = {}
    for v in vacancies:
        g = grade(query, v)
        if g or not nonzero_only:
            out[v["external_ref"]] = g
    return out


def load_queries(path: Path | str = HERE / "queries.jsonl") -> list[dict]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def load_vacancies(path: Path | str = HERE / "vacancies.jsonl") -> list[dict]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


# the fields a runner must NOT upload (ground truth only); employer_name becomes the employer's name
HIDDEN_FIELDS = ("job_kind", "pay_cycle", "pay_rate", "schedule")
