from typing import Any

from flask import Response, current_app, jsonify
from flask.views import MethodView
from flask_jwt_extended import get_jwt, verify_jwt_in_request
from flask_jwt_extended.exceptions import JWTExtendedException
from flask_smorest import Blueprint
from jwt import PyJWTError

from recruit.accounts.auth import PUBLIC, access, current_account
from recruit.errors import ErrorSchema
from recruit.fairness import sampling as fairness
from recruit.search import cache, schemas, service
from recruit.search.search_args import SearchArgs
from recruit.throttle import limit

blp = Blueprint("search", __name__, url_prefix="/api/v1", description="岗位搜索与人岗匹配")
# schema instances, not classes: webargs builds a new schema (a deep copy of every field) for
# each request it is given a class for, a millisecond of the busiest endpoint
_SEARCH_ARGS = schemas.VacancySearchArgs()
_TYPEAHEAD_ARGS = schemas.TypeaheadArgs()
_MATCH_ARGS = schemas.MatchArgs()


def _audience() -> str:
    """Whom a cached page may be shared with: the caller's role, or public (no valid token)."""
    try:
        verify_jwt_in_request(optional=True)
        return str(get_jwt().get("role") or "public")
    except (JWTExtendedException, PyJWTError):
        return "public"


@blp.route("/search/vacancies")
class VacancySearch(MethodView):
    @access(blp, PUBLIC)
    @blp.arguments(_SEARCH_ARGS, location="query", error_status_code=400)
    @blp.response(200, schemas.VacancySearchResultSchema)
    @blp.alt_response(503, schema=ErrorSchema, description="搜索服务不可用")
    @limit("search")
    def get(self, args: SearchArgs) -> Response:
        """搜索已发布岗位：关键词、地区、职业、行业、薪资、学历、福利、距离；分面统计；游标翻页"""
        audience = _audience()
        page_key = cache.key(args, audience) if cache.cacheable(args) else None
        cached = cache.get(page_key) if page_key else None
        if cached is not None:
            fairness.record_cached_search(cached)
            response = current_app.response_class(cached, mimetype="application/json")
            response.headers["X-Search-Cache"] = "hit"
            return response
        result = service.search_vacancies(args)
        fairness.record_search(result)
        response = jsonify(schemas.dump_search_result(result))
        if page_key:
            cache.put(page_key, response.get_data(), (h["id"] for h in result["hits"]),
                      (h.get("expires_at") for h in result["hits"]))
        response.headers["X-Search-Cache"] = "miss" if page_key else "off"
        return response


@blp.route("/search/vacancies/typeahead")
class Typeahead(MethodView):
    @access(blp, PUBLIC)
    @blp.arguments(_TYPEAHEAD_ARGS, location="query", error_status_code=400)
    @blp.response(200, schemas.TypeaheadSchema)
    @limit("search")
    def get(self, args: dict[str, Any]) -> dict[str, Any]:
        """岗位名称联想"""
        return service.typeahead(args["prefix"], args["size"])


@blp.route("/me/recommendations")
class Recommendations(MethodView):
    @access(blp, "jobseeker")
    @blp.arguments(_MATCH_ARGS, location="query", error_status_code=400)
    @blp.response(200, schemas.RecommendationsSchema)
    def get(self, args: dict[str, Any]) -> dict[str, Any]:
        """为我推荐的岗位（每条附推荐理由）"""
        result = service.recommend_for(current_account(), args["size"])
        fairness.record_vacancies("recommendations", result["hits"])
        return result


@blp.route("/vacancies/<int:vacancy_id>/candidates")
class Candidates(MethodView):
    @access(blp, "employer")
    @blp.arguments(_MATCH_ARGS, location="query", error_status_code=400)
    @blp.response(200, schemas.CandidatesSchema)
    @limit("candidates")
    def get(self, args: dict[str, Any], vacancy_id: int) -> dict[str, Any]:
        """本单位岗位的人选推荐（仅对本单位可见的简历；不含身份与联系方式）"""
        result = service.candidates_for(current_account(), vacancy_id, args["size"])
        fairness.record_candidates(vacancy_id, result)
        return result
