from flask.views import MethodView
from flask_smorest import Blueprint

from recruit.accounts.auth import PUBLIC, access
from recruit.errors import ErrorSchema
from recruit.search import schemas, service

blp = Blueprint("search", __name__, url_prefix="/api/v1/search", description="岗位搜索")


@blp.route("/vacancies")
class VacancySearch(MethodView):
    @access(blp, PUBLIC)
    @blp.arguments(schemas.VacancySearchArgs, location="query")
    @blp.response(200, schemas.VacancySearchResultSchema)
    @blp.alt_response(503, schema=ErrorSchema, description="搜索服务不可用")
    def get(self, args):
        """按中文关键词、地区和薪资搜索已发布岗位"""
        return service.search_vacancies(args)
