from typing import Any

from flask.views import MethodView
from flask_smorest import Blueprint

from recruit.accounts.auth import access, current_account
from recruit.errors import ErrorSchema
from recruit.saved_searches import schemas, service

blp = Blueprint("saved_searches", __name__, url_prefix="/api/v1/me/saved-searches",
                description="保存的搜索与新岗位提醒")


@blp.route("")
class SavedSearches(MethodView):
    @access(blp, "jobseeker")
    @blp.arguments(schemas.SavedSearchCreateSchema)
    @blp.response(201, schemas.SavedSearchSchema)
    def post(self, data: dict[str, Any]) -> Any:
        """保存一个搜索（关键词与筛选条件）"""
        return service.create(current_account(), **data)

    @access(blp, "jobseeker")
    @blp.response(200, schemas.SavedSearchSchema(many=True))
    def get(self) -> Any:
        """我保存的搜索"""
        return service.list_mine(current_account())


@blp.route("/<int:saved_id>")
class SavedSearchItem(MethodView):
    @access(blp, "jobseeker")
    @blp.arguments(schemas.SavedSearchUpdateSchema)
    @blp.response(200, schemas.SavedSearchSchema)
    def patch(self, data: dict[str, Any], saved_id: int) -> Any:
        """修改新岗位提醒方式（不提醒、即时、每日汇总）"""
        return service.update(current_account(), saved_id, **data)

    @access(blp, "jobseeker")
    @blp.response(204)
    def delete(self, saved_id: int) -> None:
        """删除保存的搜索"""
        service.delete(current_account(), saved_id)


@blp.route("/<int:saved_id>/new")
class NewVacancies(MethodView):
    @access(blp, "jobseeker")
    @blp.arguments(schemas.NewArgs, location="query")
    @blp.response(200, schemas.NewVacanciesSchema)
    @blp.alt_response(503, schema=ErrorSchema, description="搜索服务不可用")
    def get(self, args: dict[str, Any], saved_id: int) -> Any:
        """上次查看以来新发布的匹配岗位（读完最后一页后更新查看时间）"""
        return service.new_since_last_check(current_account(), saved_id, **args)
