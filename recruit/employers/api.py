from typing import Any

from flask.views import MethodView
from flask_smorest import Blueprint

from recruit import pagination
from recruit.accounts.auth import access, current_account
from recruit.contacts import resume_views
from recruit.employers import schemas, service, verification

blp = Blueprint("employers", __name__, url_prefix="/api/v1/employers", description="用人单位")


@blp.route("")
class Employers(MethodView):
    @access(blp, "employer")
    @blp.arguments(schemas.EmployerCreateSchema)
    @blp.response(201, schemas.EmployerSchema)
    def post(self, data: dict[str, Any]) -> Any:
        """登记用人单位（当前账号成为其管理员）"""
        return service.register(current_account(), **data)


@blp.route("/me")
class MyEmployer(MethodView):
    @access(blp, "employer")
    @blp.response(200, schemas.EmployerSchema)
    def get(self) -> Any:
        """本账号所属用人单位"""
        return service.of_account(current_account())

    @access(blp, "employer")
    @blp.arguments(schemas.EmployerUpdateSchema)
    @blp.response(200, schemas.EmployerSchema)
    def patch(self, data: dict[str, Any]) -> Any:
        """修改单位资料（仅管理员；统一社会信用代码不可改）"""
        return service.update_profile(current_account(), data)


@blp.route("/me/members")
class Members(MethodView):
    @access(blp, "employer")
    @blp.response(200, schemas.MemberSchema(many=True))
    @blp.paginate()
    def get(self, pagination_parameters: Any) -> Any:
        """本单位的成员账号"""
        return pagination.answer(pagination_parameters, service.members(
            current_account(), **pagination.window(pagination_parameters)))


@blp.route("/me/members/<int:member_id>")
class Member(MethodView):
    @access(blp, "employer")
    @blp.response(204)
    def delete(self, member_id: int) -> None:
        """移除成员（仅管理员；管理员本人不能被移除；记入审计日志）"""
        service.remove_member(current_account(), member_id)


@blp.route("/me/invitations")
class Invitations(MethodView):
    @access(blp, "employer")
    @blp.arguments(schemas.InviteSchema)
    @blp.response(201, schemas.InvitationSchema)
    def post(self, data: dict[str, Any]) -> Any:
        """邀请成员（仅管理员）：对方用该手机号注册用人单位账号后接受邀请"""
        return service.invite(current_account(), data["phone"])


@blp.route("/invitations")
class MyInvitations(MethodView):
    @access(blp, "employer")
    @blp.response(200, schemas.InvitationSchema(many=True))
    @blp.paginate()
    def get(self, pagination_parameters: Any) -> Any:
        """发给本账号手机号、尚未接受的邀请"""
        return pagination.of_list(pagination_parameters, service.my_invitations(current_account()))


@blp.route("/invitations/<int:invitation_id>/accept")
class AcceptInvitation(MethodView):
    @access(blp, "employer")
    @blp.arguments(schemas.AcceptInvitationSchema)
    @blp.response(200, schemas.EmployerSchema)
    def post(self, data: dict[str, Any], invitation_id: int) -> Any:
        """接受邀请，加入该单位（须本账号手机号的短信验证码，purpose=invitation）"""
        return service.accept(current_account(), invitation_id, data["code"])


@blp.route("/me/agencies")
class Agencies(MethodView):
    @access(blp, "employer")
    @blp.response(200, schemas.PartnerSchema(many=True))
    @blp.paginate()
    def get(self, pagination_parameters: Any) -> Any:
        """本单位授权代发岗位的人力资源服务机构"""
        return pagination.answer(pagination_parameters, service.partners(
            current_account(), as_agency=False, **pagination.window(pagination_parameters)))

    @access(blp, "employer")
    @blp.arguments(schemas.AuthoriseAgencySchema)
    @blp.response(201, schemas.PartnerSchema)
    def post(self, data: dict[str, Any]) -> Any:
        """授权人力资源服务机构代发岗位（仅管理员）"""
        return service.authorise_agency(current_account(), data["credit_code"])


@blp.route("/me/agencies/<int:agency_id>")
class Agency(MethodView):
    @access(blp, "employer")
    @blp.response(204)
    def delete(self, agency_id: int) -> None:
        """撤销授权（仅管理员）"""
        service.revoke_agency(current_account(), agency_id)


@blp.route("/me/clients")
class Clients(MethodView):
    @access(blp, "employer")
    @blp.response(200, schemas.PartnerSchema(many=True))
    @blp.paginate()
    def get(self, pagination_parameters: Any) -> Any:
        """（人力资源服务机构）授权本机构代发岗位的用人单位"""
        return pagination.answer(pagination_parameters, service.partners(
            current_account(), as_agency=True, **pagination.window(pagination_parameters)))


@blp.route("/verification-queue")
class VerificationQueue(MethodView):
    @access(blp, "operator", "admin")
    @blp.arguments(schemas.VerificationQueueArgs, location="query")
    @blp.response(200, schemas.EmployerSchema(many=True))
    @blp.paginate()
    def get(self, args: dict[str, Any], pagination_parameters: Any) -> Any:
        """待核验的用人单位（运营人员限本辖区；先登记先核验）"""
        return pagination.answer(pagination_parameters, verification.pending(
            current_account(), region=args.get("region"), **pagination.window(pagination_parameters)))


@blp.route("/<int:employer_id>/verify")
class Verify(MethodView):
    @access(blp, "operator", "admin")
    @blp.arguments(schemas.VerifySchema)
    @blp.response(200, schemas.EmployerSchema)
    def post(self, data: dict[str, Any], employer_id: int) -> Any:
        """核验通过：此后可发布岗位、查看简历和人选（记入审计日志）"""
        return verification.decide(current_account(), employer_id, approve=True, reason=data.get("note"))


@blp.route("/<int:employer_id>/reject")
class RejectVerification(MethodView):
    @access(blp, "operator", "admin")
    @blp.arguments(schemas.RejectVerificationSchema)
    @blp.response(200, schemas.EmployerSchema)
    def post(self, data: dict[str, Any], employer_id: int) -> Any:
        """核验不通过（须写明原因，单位可见；记入审计日志）"""
        return verification.decide(current_account(), employer_id, approve=False, reason=data["reason"])


@blp.route("/resume-view-flags")
class ResumeViewFlags(MethodView):
    @access(blp, "operator", "admin")
    @blp.response(200, schemas.ResumeViewFlagSchema(many=True))
    def get(self) -> Any:
        """近7天查看简历数远超其在招人数的单位（运营人员限本辖区）"""
        return resume_views.flagged(current_account())


@blp.route("/<int:employer_id>")
class EmployerForStaff(MethodView):
    @access(blp, "operator", "admin")
    @blp.response(200, schemas.EmployerSchema)
    def get(self, employer_id: int) -> Any:
        """用人单位详情（运营人员限本辖区）"""
        return service.for_staff(current_account(), employer_id)


@blp.route("/<int:employer_id>/flags")
class EmployerFlags(MethodView):
    @access(blp, "operator", "admin")
    @blp.arguments(schemas.EmployerFlagsSchema)
    @blp.response(200, schemas.EmployerSchema)
    def patch(self, data: dict[str, Any], employer_id: int) -> Any:
        """设置重点企业（及人社服务专员）、扶贫车间/扶贫龙头企业标记"""
        return service.set_flags(current_account(), employer_id, data)
