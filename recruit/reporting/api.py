from flask.views import MethodView
from flask_smorest import Blueprint

from recruit.accounts.auth import access, current_account
from recruit.errors import Forbidden
from recruit.reporting import schemas, service

blp = Blueprint("reporting", __name__, url_prefix="/api/v1/reports", description="统计")


def _scope(requested: str | None) -> str | None:
    """Operators see only their region; asking wider or elsewhere is refused."""
    account = current_account()
    if account.role == "admin":
        return requested
    own = account.region_prefix
    if requested is None:
        return own
    if not requested.startswith(own):
        raise Forbidden("该地区不在您的管辖范围内", code="out_of_region")
    return requested


@blp.route("/headline")
class Headline(MethodView):
    @access(blp, "operator", "admin")
    @blp.arguments(schemas.HeadlineArgs, location="query")
    @blp.response(200, schemas.HeadlineSchema)
    def get(self, args):
        """四项核心指标：发布岗位单位数、岗位人次、投递简历数、录用数"""
        return service.headline(start=args["start"], end=args["end"],
                                region_prefix=_scope(args["region"]))
