from typing import Any

from flask import Response, current_app, request
from flask.views import MethodView
from flask_smorest import Blueprint

from recruit import pagination
from recruit.accounts.auth import PUBLIC, access, current_account
from recruit.throttle import limit
from recruit.vacancies import importer, schemas, service

blp = Blueprint("vacancies", __name__, url_prefix="/api/v1", description="岗位")


@blp.route("/vacancies")
class Vacancies(MethodView):
    @access(blp, "employer")
    @blp.arguments(schemas.VacancyCreateSchema)
    @blp.response(201, schemas.VacancySchema)
    def post(self, data: dict[str, Any]) -> Any:
        """新建岗位：默认提交审核（自动筛查无问题即发布），submit=false 存为草稿"""
        return service.create(current_account(), data)


@blp.route("/vacancies/<int:vacancy_id>")
class VacancyDetail(MethodView):
    @access(blp, PUBLIC)
    @blp.response(200, schemas.VacancySchema)
    def get(self, vacancy_id: int) -> Any:
        """岗位详情（已发布岗位公开）"""
        return service.get_visible(vacancy_id, None)


@blp.route("/employers/me/vacancies")
class MyVacancies(MethodView):
    @access(blp, "employer")
    @blp.arguments(schemas.VacancyListArgs, location="query")
    @blp.response(200, schemas.OwnVacancySchema(many=True))
    @blp.paginate()
    def get(self, args: dict[str, Any], pagination_parameters: Any) -> Any:
        """本单位（或本机构代发）的岗位，各状态，含投递人数"""
        return pagination.answer(pagination_parameters, service.list_own(
            current_account(), status=args["status"], **pagination.window(pagination_parameters)))


@blp.route("/employers/me/vacancies/<int:vacancy_id>")
class MyVacancy(MethodView):
    @access(blp, "employer")
    @blp.response(200, schemas.VacancySchema)
    def get(self, vacancy_id: int) -> Any:
        """本单位的一个岗位（任何状态）"""
        return service.get_own(vacancy_id, current_account())

    @access(blp, "employer")
    @blp.arguments(schemas.VacancyUpdateSchema)
    @blp.response(200, schemas.VacancySchema)
    def patch(self, data: dict[str, Any], vacancy_id: int) -> Any:
        """修改岗位：已发布岗位改动实质内容将重新审核，仅改人数/截止时间不需审核"""
        return service.update(current_account(), vacancy_id, data)


@blp.route("/employers/me/vacancies/<int:vacancy_id>/submit")
class SubmitVacancy(MethodView):
    @access(blp, "employer")
    @blp.response(200, schemas.VacancySchema)
    def post(self, vacancy_id: int) -> Any:
        """提交审核（草稿）"""
        return service.submit(current_account(), vacancy_id)


@blp.route("/employers/me/vacancies/<int:vacancy_id>/close")
class CloseVacancy(MethodView):
    @access(blp, "employer")
    @blp.arguments(schemas.CloseSchema)
    @blp.response(200, schemas.VacancySchema)
    def post(self, data: dict[str, Any], vacancy_id: int) -> Any:
        """撤回（关闭）岗位"""
        return service.close(current_account(), vacancy_id, data["reason"])


@blp.route("/employers/me/vacancies/<int:vacancy_id>/transitions")
class VacancyTransitions(MethodView):
    @access(blp, "employer")
    @blp.response(200, schemas.TransitionSchema(many=True))
    @blp.paginate()
    def get(self, vacancy_id: int, pagination_parameters: Any) -> Any:
        """岗位的状态变更记录（谁、何时、从、到、理由）"""
        return pagination.of_list(pagination_parameters, service.transitions(current_account(), vacancy_id))


@blp.route("/review/vacancies")
class ReviewQueue(MethodView):
    @access(blp, "operator", "admin")
    @blp.arguments(schemas.ReviewQueueArgs, location="query")
    @blp.response(200, schemas.StaffVacancySchema(many=True))
    @blp.paginate()
    def get(self, args: dict[str, Any], pagination_parameters: Any) -> Any:
        """待人工审核的岗位（运营人员限本辖区）"""
        return pagination.answer(pagination_parameters, service.review_queue(
            current_account(), region=args["region"], **pagination.window(pagination_parameters)))


@blp.route("/review/vacancies/<int:vacancy_id>")
class ReviewDetail(MethodView):
    @access(blp, "operator", "admin")
    @blp.response(200, schemas.StaffVacancySchema)
    def get(self, vacancy_id: int) -> Any:
        """审核用：岗位详情与自动筛查结果"""
        return service.get_for_staff(current_account(), vacancy_id)


@blp.route("/review/vacancies/<int:vacancy_id>/approve")
class Approve(MethodView):
    @access(blp, "operator", "admin")
    @blp.arguments(schemas.ApproveSchema)
    @blp.response(200, schemas.StaffVacancySchema)
    def post(self, data: dict[str, Any], vacancy_id: int) -> Any:
        """审核通过并发布"""
        return service.approve(current_account(), vacancy_id, data["note"])


@blp.route("/review/vacancies/<int:vacancy_id>/reject")
class Reject(MethodView):
    @access(blp, "operator", "admin")
    @blp.arguments(schemas.RejectSchema)
    @blp.response(200, schemas.StaffVacancySchema)
    def post(self, data: dict[str, Any], vacancy_id: int) -> Any:
        """退回（理由用人单位可见；修改后回到草稿）"""
        return service.reject(current_account(), vacancy_id, data["reason"])


@blp.before_request
def _large_uploads() -> None:
    # uploads of up to 10,000 rows exceed the API's usual body limit
    if request.endpoint == "vacancies.VacancyImports" and request.method == "POST":
        request.max_content_length = current_app.config["IMPORT_MAX_BYTES"]


@blp.route("/employers/me/vacancy-imports")
class VacancyImports(MethodView):
    @access(blp, "employer")
    @blp.response(200, schemas.ImportSummarySchema(many=True))
    @blp.paginate()
    def get(self, pagination_parameters: Any) -> Any:
        """本单位的批量导入记录（不含逐行错误；见单次记录或错误行文件）"""
        return pagination.answer(pagination_parameters,
                     importer.batches(current_account(), **pagination.window(pagination_parameters)))

    @access(blp, "employer")
    @blp.arguments(schemas.ImportOptionsSchema, location="query")
    @blp.arguments(schemas.ImportFileSchema, location="files")
    @blp.response(201, schemas.ImportBatchSchema)
    @limit("import")
    def post(self, options: dict[str, Any], files: dict[str, Any]) -> Any:
        """批量导入岗位（CSV/XLSX，按岗位编号幂等：有变化则更新，相同则跳过）；逐行报告错误"""
        upload = files["file"]
        return importer.upload(current_account(), filename=upload.filename or "upload.csv",
                               data=upload.read(), submit=options["submit"],
                               employer_id=options["employer_id"])


@blp.route("/employers/me/vacancy-imports/template.csv")
class ImportTemplate(MethodView):
    @access(blp, PUBLIC)
    @blp.response(200, content_type="text/csv")
    def get(self) -> Response:
        """导入模板（列说明见文档）"""
        return _csv(importer.template_csv(), "vacancy-import-template.csv")


@blp.route("/employers/me/vacancy-imports/<int:batch_id>")
class VacancyImport(MethodView):
    @access(blp, "employer")
    @blp.response(200, schemas.ImportBatchSchema)
    def get(self, batch_id: int) -> Any:
        """一次导入的结果"""
        return importer.get_batch(current_account(), batch_id)


@blp.route("/employers/me/vacancy-imports/<int:batch_id>/errors.csv")
class VacancyImportErrors(MethodView):
    @access(blp, "employer")
    @blp.response(200, content_type="text/csv")
    def get(self, batch_id: int) -> Response:
        """错误行文件（行号、列、原因）"""
        batch = importer.get_batch(current_account(), batch_id)
        return _csv(importer.errors_csv(batch), f"import-{batch.id}-errors.csv")


def _csv(data: bytes, name: str) -> Response:
    return Response(data, mimetype="text/csv",
                    headers={"Content-Disposition": f'attachment; filename="{name}"'})
