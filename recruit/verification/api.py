from typing import Any

from flask.views import MethodView
from flask_smorest import Blueprint

from recruit.accounts.auth import access, current_account
from recruit.verification import schemas, service

blp = Blueprint("verification", __name__, url_prefix="/api/v1", description="重点群体身份核验")


@blp.route("/verification/memberships")
class Pending(MethodView):
    @access(blp, "operator", "admin")
    @blp.arguments(schemas.PendingQuery, location="query")
    @blp.response(200, schemas.PendingGroupMembershipSchema(many=True))
    def get(self, args: dict[str, Any]) -> Any:
        """待核验的重点群体身份（辖区内求职者；先申报先核验）"""
        return service.pending(current_account(), **args)


@blp.route("/verification/memberships/<int:membership_id>/approve")
class Approve(MethodView):
    @access(blp, "operator", "admin")
    @blp.arguments(schemas.ApproveSchema)
    @blp.response(200, schemas.GroupMembershipSchema)
    def post(self, data: dict[str, Any], membership_id: int) -> Any:
        """核验通过：此后计入定向推送、排序加权与分群体统计"""
        return service.decide(current_account(), membership_id, approve=True, **data)


@blp.route("/verification/memberships/<int:membership_id>/reject")
class Reject(MethodView):
    @access(blp, "operator", "admin")
    @blp.arguments(schemas.RejectSchema)
    @blp.response(200, schemas.GroupMembershipSchema)
    def post(self, data: dict[str, Any], membership_id: int) -> Any:
        """核验不通过（须写明原因，求职者可见）"""
        return service.decide(current_account(), membership_id, approve=False, **data)


@blp.route("/me/group-memberships")
class Mine(MethodView):
    @access(blp, "jobseeker")
    @blp.response(200, schemas.GroupMembershipSchema(many=True))
    def get(self) -> Any:
        """我的重点群体身份及核验结果（含不通过原因）"""
        return service.mine(current_account())
