"""Ranking metrics for the relevance_v2 set. Pure functions, standard library only.

    ranked_refs  the engine's result list, best first, as vacancy external_refs (may contain refs the
                 grades do not know: they count as grade 0; a repeated ref counts only the first time)
    grades       {external_ref: grade 0..3} for the query, from grading.grades_for(query, vacancies);
                 refs missing from it are grade 0

Both functions return None when the query has nothing to find (no vacancy with a positive grade for
NDCG, none at or above relevant_min for recall). Such queries are left out of the means; how an engine
behaves on them is reported separately (zero-result rate, false hits) — see RULES.md.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence


def _dedup(ranked_refs: Iterable[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for ref in ranked_refs:
        if ref not in seen:
            seen.add(ref)
            out.append(ref)
    return out


def dcg(gains: Sequence[float]) -> float:
    """Discounted cumulative gain of grades in rank order: sum (2^g - 1) / log2(rank + 1), rank from 1."""
    return sum((2.0 ** g - 1.0) / math.log2(i + 2) for i, g in enumerate(gains))


def ndcg_at_k(ranked_refs: Sequence[str], grades: Mapping[str, int], k: int = 10) -> float | None:
    """NDCG@k with exponential gain (2^grade - 1) and log2 discount.

    The ideal ranking is the k best grades among ALL graded vacancies (every vacancy in the set is
    graded, so the ideal is known exactly, not estimated from the engine's own results).
    Returns a value in [0, 1], or None when no vacancy has a grade > 0.
    """
    ideal = sorted((g for g in grades.values() if g > 0), reverse=True)[:k]
    if not ideal:
        return None
    got = [grades.get(ref, 0) for ref in _dedup(ranked_refs)[:k]]
    return dcg(got) / dcg(ideal)


def recall_at_k(ranked_refs: Sequence[str], grades: Mapping[str, int], k: int = 50, relevant_min: int = 2,
                capped: bool = True) -> float | None:
    """Share of the relevant vacancies (grade >= relevant_min) found in the top k.

    capped=True (the default, and what the report uses) divides by min(R, k), R = number of relevant
    vacancies, so a perfect engine scores 1.0 even when a broad query (大专, 日结) has hundreds of
    relevant vacancies and only k can be shown. capped=False divides by R (classic recall).
    Returns None when R == 0.
    """
    relevant = {ref for ref, g in grades.items() if g >= relevant_min}
    if not relevant:
        return None
    found = sum(1 for ref in _dedup(ranked_refs)[:k] if ref in relevant)
    return found / (min(len(relevant), k) if capped else len(relevant))


def false_hits_at_k(ranked_refs: Sequence[str], grades: Mapping[str, int], k: int = 10, relevant_min: int = 1) -> int:
    """How many of the top k are graded below relevant_min (for no-answer queries: shown junk)."""
    return sum(1 for ref in _dedup(ranked_refs)[:k] if grades.get(ref, 0) < relevant_min)


def mean(values: Iterable[float | None]) -> float | None:
    """Mean over the values that are not None (None when there are none)."""
    xs = [v for v in values if v is not None]
    return sum(xs) / len(xs) if xs else None


if __name__ == "__main__":  # tiny self-test
    g = {"a": 3, "b": 2, "c": 1, "d": 0}
    assert ndcg_at_k(["a", "b", "c"], g) == 1.0
    assert abs(ndcg_at_k(["c", "b", "a"], g) - dcg([1, 2, 3]) / dcg([3, 2, 1])) < 1e-12
    assert ndcg_at_k(["x", "y"], g) == 0.0
    assert ndcg_at_k(["a"], {"a": 0}) is None
    assert recall_at_k(["a", "x", "b"], g, k=50) == 1.0
    assert recall_at_k(["a", "a", "x"], g, k=50) == 0.5
    assert recall_at_k(["a"], {f"r{i}": 2 for i in range(100)} | {"a": 3}, k=50) == 1 / 50
    assert recall_at_k(["a"], {"a": 1}) is None
    assert false_hits_at_k(["d", "x", "a"], g, k=10) == 2
    print("metrics self-test ok")
