from typing import Any

from flask.views import MethodView
from flask_smorest import Blueprint

from recruit.accounts.auth import access
from recruit.audit import schemas, service

blp = Blueprint("audit", __name__, url_prefix="/api/v1/admin", description="操作审计")


@blp.route("/audit")
class Audit(MethodView):
    @access(blp, "admin")
    @blp.arguments(schemas.AuditQuery, location="query")
    @blp.response(200, schemas.AuditEntrySchema(many=True))
    def get(self, args: dict[str, Any]) -> Any:
        """运营人员与管理员的操作记录（谁、做了什么、何时、前后状态），可筛选，最新在前"""
        return service.search(**args)
