from typing import Any

from flask.views import MethodView
from flask_smorest import Blueprint

from recruit.accounts.auth import access, current_account
from recruit.contacts import schemas, service
from recruit.jobseekers.schemas import ApplicantSchema
from recruit.throttle import limit

blp = Blueprint("contacts", __name__, url_prefix="/api/v1", description="简历查看与联系请求")


@blp.route("/resumes/<int:jobseeker_id>")
class Resume(MethodView):
    @access(blp, "employer")
    @blp.response(200, ApplicantSchema)
    @limit("resume_view")
    def get(self, jobseeker_id: int) -> Any:
        """查看求职者简历（按简历公开范围；联系方式在投递或同意联系请求后才显示）"""
        return service.view_resume(current_account(), jobseeker_id)


@blp.route("/resumes/<int:jobseeker_id>/contact-requests")
class RequestContact(MethodView):
    @access(blp, "employer")
    @blp.arguments(schemas.ContactRequestCreateSchema)
    @blp.response(201, schemas.ContactRequestSchema)
    @blp.alt_response(200, schema=schemas.ContactRequestSchema, description="已请求过：返回原请求")
    @limit("contact_request")
    def post(self, data: dict[str, Any], jobseeker_id: int) -> Any:
        """请求求职者公开联系方式"""
        request, created = service.request_contact(current_account(), jobseeker_id, **data)
        return request, 201 if created else 200


@blp.route("/me/contact-requests")
class MyContactRequests(MethodView):
    @access(blp, "jobseeker")
    @blp.response(200, schemas.ContactRequestSchema(many=True))
    def get(self) -> Any:
        """用人单位发给我的联系请求"""
        return service.list_mine(current_account())


@blp.route("/me/contact-requests/<int:request_id>/accept")
class Accept(MethodView):
    @access(blp, "jobseeker")
    @blp.response(200, schemas.ContactRequestSchema)
    def post(self, request_id: int) -> Any:
        """同意：该单位可看到我的手机号和姓名"""
        return service.respond(current_account(), request_id, accept=True)


@blp.route("/me/contact-requests/<int:request_id>/decline")
class Decline(MethodView):
    @access(blp, "jobseeker")
    @blp.response(200, schemas.ContactRequestSchema)
    def post(self, request_id: int) -> Any:
        """拒绝：该单位不能再次请求"""
        return service.respond(current_account(), request_id, accept=False)
