"""The parsed arguments of a vacancy search: what the schema loads and the query builders take."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields
from typing import Any


@dataclass(frozen=True)
class SearchArgs:
    q: str | None = None
    region: str | None = None
    occupation: str | None = None
    industry: str | None = None
    salary_min: int | None = None
    salary_max: int | None = None
    education: str | None = None
    employment_type: tuple[str, ...] | None = None
    benefits: tuple[str, ...] | None = None
    published_within_days: int | None = None
    published_after: dt.datetime | None = None
    key_enterprise: bool | None = None
    welcomes: str | None = None
    campaign: int | None = None
    lat: float | None = None
    lon: float | None = None
    radius_km: float | None = None
    sort: str = "relevance"
    facets: bool = False
    diversify: int | None = None
    search_after: tuple[int | float | str, ...] | None = None
    page: int = 1
    per_page: int = 20
    # understood conditions switched off: a kind ("pay") or one of them ("place:武汉")
    off: frozenset[str] = frozenset()
    # fill a short page down the ladder and relax understood filters when nothing answers; off
    # for "what is new" checks of a saved search, which should not announce related postings
    fill: bool = True
    # a campaign's audience: vacancies welcoming these groups rank first (not a request parameter)
    boost_groups: tuple[str, ...] = ()

    @classmethod
    def of(cls, data: dict[str, object]) -> SearchArgs:
        """From loaded values: lists become tuples, unknown keys are an error."""
        known = {f.name for f in fields(cls)}
        unknown = set(data) - known
        if unknown:
            raise TypeError(f"unknown search arguments: {sorted(unknown)}")
        values: dict[str, Any] = {k: tuple(v) if isinstance(v, list) else v for k, v in data.items()}
        if "off" in values:
            values["off"] = frozenset(values["off"] or ())
        return cls(**values)

    @property
    def origin(self) -> dict[str, float] | None:
        return {"lat": self.lat, "lon": self.lon} if self.lat is not None and self.lon is not None else None

    def filters(self) -> dict[str, Any]:
        """The keyword arguments of queries.vacancy_filters."""
        # getattr, not asdict: asdict deep-copies every field (a tenth of a millisecond a search)
        return {k: getattr(self, k) for k in _FILTER_KEYS}


_FILTER_KEYS = ("region", "occupation", "industry", "salary_min", "salary_max", "education",
                "employment_type", "benefits", "published_within_days", "published_after",
                "key_enterprise", "welcomes", "campaign", "lat", "lon", "radius_km")
