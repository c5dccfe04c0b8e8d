from typing import Any

from flask.views import MethodView
from flask_smorest import Blueprint

from recruit import pagination
from recruit.accounts.auth import access, current_account
from recruit.applications import schemas, service
from recruit.errors import ErrorSchema

PAGE_SIZE, MAX_PAGE_SIZE = 50, 200


blp = Blueprint("applications", __name__, url_prefix="/api/v1", description="投递与录用")


@blp.route("/vacancies/<int:vacancy_id>/applications")
class VacancyApplications(MethodView):
    @access(blp, "jobseeker")
    @blp.arguments(schemas.IdempotencyHeaderSchema, location="headers", as_kwargs=True)
    @blp.arguments(schemas.ApplySchema)
    @blp.response(201, schemas.ApplicationSchema)
    @blp.alt_response(200, schema=schemas.ApplicationSchema, description="重试或已投递过：返回原记录")
    @blp.alt_response(409, schema=ErrorSchema, description="岗位已停止招聘或已过截止时间")
    def post(self, data: dict[str, Any], vacancy_id: int, idempotency_key: str | None) -> tuple[Any, int]:
        """投递简历（幂等：Idempotency-Key，且同一岗位只有一条有效投递）"""
        application, created = service.apply(current_account(), vacancy_id,
                                             idempotency_key=idempotency_key, **data)
        return application, 201 if created else 200

    @access(blp, "employer")
    @blp.arguments(schemas.ApplicationListArgs, location="query")
    @blp.response(200, schemas.EmployerApplicationSchema(many=True))
    @blp.paginate(page_size=PAGE_SIZE, max_page_size=MAX_PAGE_SIZE)
    def get(self, args: dict[str, Any], vacancy_id: int, pagination_parameters: Any) -> Any:
        """本单位岗位的投递人（分页，总数见 X-Pagination；身份证号始终脱敏；撤回投递后联系方式重新隐藏）"""
        items, pagination_parameters.item_count = service.list_for_vacancy(
            current_account(), vacancy_id, **args, **pagination.window(pagination_parameters))
        return items


@blp.route("/me/applications")
class MyApplications(MethodView):
    @access(blp, "jobseeker")
    @blp.arguments(schemas.ApplicationListArgs, location="query")
    @blp.response(200, schemas.ApplicationSchema(many=True))
    @blp.paginate(page_size=PAGE_SIZE, max_page_size=MAX_PAGE_SIZE)
    def get(self, args: dict[str, Any], pagination_parameters: Any) -> Any:
        """我的投递（分页，总数见 X-Pagination；含状态和每次变化）"""
        items, pagination_parameters.item_count = service.list_mine(
            current_account(), **args, **pagination.window(pagination_parameters))
        return items


@blp.route("/me/applications/<int:application_id>")
class MyApplication(MethodView):
    @access(blp, "jobseeker")
    @blp.response(200, schemas.ApplicationSchema)
    def get(self, application_id: int) -> Any:
        """一条投递及其历史"""
        return service.get_mine(current_account(), application_id)


@blp.route("/me/applications/<int:application_id>/withdraw")
class Withdraw(MethodView):
    @access(blp, "jobseeker")
    @blp.arguments(schemas.HireSchema)
    @blp.response(200, schemas.ApplicationSchema)
    @blp.alt_response(409, schema=ErrorSchema, description="已有结果，不能撤回")
    def post(self, data: dict[str, Any], application_id: int) -> Any:
        """撤回投递（尚无结果时）"""
        return service.withdraw(current_account(), application_id, reason=data["note"])


@blp.route("/applications/<int:application_id>/status")
class Move(MethodView):
    @access(blp, "employer")
    @blp.arguments(schemas.MoveSchema)
    @blp.response(200, schemas.EmployerApplicationSchema)
    @blp.alt_response(409, schema=ErrorSchema, description="当前状态不允许，或招聘人数已满")
    def post(self, data: dict[str, Any], application_id: int) -> Any:
        """推进投递：已查看 → 面试 → 录用意向 → 录用，或不录用（须填原因）"""
        return service.move(current_account(), application_id, **data)


@blp.route("/applications/<int:application_id>/hire")
class Hire(MethodView):
    @access(blp, "employer")
    @blp.arguments(schemas.HireSchema)
    @blp.response(200, schemas.EmployerApplicationSchema)
    @blp.alt_response(409, schema=ErrorSchema, description="当前状态不允许，或招聘人数已满")
    def post(self, data: dict[str, Any], application_id: int) -> Any:
        """录用（不会超过岗位招聘人数）"""
        return service.hire(current_account(), application_id, **data)
