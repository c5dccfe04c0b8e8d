"""CSV export of report rows (pure)."""

from __future__ import annotations

import csv
import io
from typing import Any

from recruit.accounts.models import Account
from recruit.audit import service as audit
from recruit.extensions import db
from recruit.reporting.models import METRICS
from recruit.reporting.report import CUTS, ReportCut, Row, breakdown, totals

FIGURES = ("employers_posting", *METRICS)


def to_csv(rows: list[Row], cut: ReportCut, by: str | None) -> str:
    """One header row, then one row per key (or one totals row). A BOM lets Excel read UTF-8;
    a figure that does not apply to the cut is left empty."""
    out = io.StringIO()
    out.write("\ufeff")
    writer = csv.writer(out, lineterminator="\r\n")
    context = ["start", "end", "region_prefix", *CUTS]
    # the breakdown's own column is "key" (the cut columns may share its name: channel, group ...)
    writer.writerow((["by", "key"] if by else []) + context + list(FIGURES))
    query = cut.as_dict()
    for row in rows:
        values: list[Any] = ["" if v is None else (v.isoformat() if hasattr(v, "isoformat") else v)
                             for v in (query[c] for c in context)]
        figures = ["" if row.get(f) is None else row[f] for f in FIGURES]
        writer.writerow(([by, row["key"]] if by else []) + values + figures)
    return out.getvalue()


def export_csv(actor: Account, cut: ReportCut, by: str | None) -> str:
    """The CSV an operator downloads; the export (figures leaving the system) is audited."""
    rows = breakdown(cut, by) if by else [totals(cut)]
    audit.record(actor, "report.export", target_type="report", target_id=by or "totals",
                 region_code=cut.region_prefix, after={**cut.as_dict(), "by": by, "rows": len(rows)})
    db.session.commit()
    return to_csv(rows, cut, by)
