from __future__ import annotations

import dataclasses
from typing import Any

from flask import Response
from flask.views import MethodView
from flask_smorest import Blueprint

from recruit import replica
from recruit.accounts import scope
from recruit.accounts.auth import access, current_account
from recruit.reporting import export, key_enterprises, report, schemas, sentence

blp = Blueprint("reporting", __name__, url_prefix="/api/v1/reports", description="统计")


@blp.after_request
def _staleness(response: Response) -> Response:
    """Reports read the standby when one is configured: say how far behind it is (seconds)."""
    lag = replica.lag_seconds() if response.status_code < 400 else None
    if lag is not None:
        response.headers["X-Data-Lag-Seconds"] = f"{lag:g}"
    return response


def _scope(requested: str | None) -> str | None:
    """Operators see only their region; asking wider or elsewhere is refused."""
    return scope.narrow(current_account(), requested)


def _scoped(cut: report.ReportCut) -> report.ReportCut:
    """The cut with its region narrowed to the operator's scope."""
    return dataclasses.replace(cut, region_prefix=_scope(cut.region_prefix))


@blp.route("/headline")
class Headline(MethodView):
    @access(blp, "operator", "admin")
    @blp.arguments(schemas.ReportArgs, location="query")
    @blp.response(200, schemas.HeadlineSchema)
    def get(self, cut: report.ReportCut) -> report.Row:
        """核心指标：发布岗位单位数、岗位人次、投递简历数、录用数（时段或截至某日，可任意切分）"""
        return report.headline(_scoped(cut))


@blp.route("/breakdown")
class Breakdown(MethodView):
    @access(blp, "operator", "admin")
    @blp.arguments(schemas.BreakdownArgs, location="query")
    @blp.response(200, schemas.BreakdownSchema)
    def get(self, args: schemas.ReportBy) -> dict[str, Any]:
        """分组统计：按日序列、下一级地区，或按专项行动、群体、行业、职业、渠道"""
        cut, by = _scoped(args.cut), args.by
        assert by is not None  # required by BreakdownArgs
        return {**report.totals(cut), "by": by, "rows": report.breakdown(cut, by)}


@blp.route("/export.csv")
class Export(MethodView):
    @access(blp, "operator", "admin")
    @blp.arguments(schemas.ExportArgs, location="query")
    @blp.doc(responses={"200": {"description": "CSV（UTF-8，带 BOM，便于 Excel 打开）",
                                "content": {"text/csv": {"schema": {"type": "string"}}}}})
    def get(self, args: schemas.ReportBy) -> Response:
        """导出 CSV"""
        cut, by = _scoped(args.cut), args.by
        body = export.export_csv(current_account(), cut, by)
        name = f"report-{by or 'totals'}-{cut.end.isoformat()}.csv"
        return Response(body, mimetype="text/csv",
                        headers={"Content-Disposition": f'attachment; filename="{name}"'})


@blp.route("/sentence")
class Sentence(MethodView):
    @access(blp, "operator", "admin")
    @blp.arguments(schemas.SentenceArgs, location="query")
    @blp.response(200, schemas.SentenceSchema)
    def get(self, cut: report.ReportCut) -> dict[str, Any]:
        """报告用语：截至某日的累计数写成一句话（万、亿、“近”的规则见 docs）"""
        cut = _scoped(cut)
        figures = report.totals(cut)
        text = sentence.report_sentence(
            cut.end, employers=figures["employers_posting"],
            positions=figures["positions_posted"], resumes=figures["resumes_submitted"])
        return {"as_of": cut.end, "region_prefix": cut.region_prefix, "sentence": text,
                "figures": figures}


@blp.route("/key-enterprises")
class KeyEnterprises(MethodView):
    @access(blp, "operator", "admin")
    @blp.arguments(schemas.KeyEnterpriseArgs, location="query", error_status_code=400)
    @blp.response(200, schemas.KeyEnterprisesSchema)
    def get(self, args: dict[str, Any]) -> dict[str, Any]:
        """重点企业用工：每家企业及各地区的缺口人数与录用人数（缺口大的在前）"""
        prefix = _scope(args["region"])
        return {"region_prefix": prefix, "enterprises": key_enterprises.by_enterprise(prefix),
                "regions": key_enterprises.by_region(prefix)}
