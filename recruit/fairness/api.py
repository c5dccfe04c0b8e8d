from typing import Any

from flask.views import MethodView
from flask_smorest import Blueprint

from recruit.accounts.auth import access, current_account
from recruit.fairness import schemas, service

blp = Blueprint("fairness", __name__, url_prefix="/api/v1", description="公平性监测：重点群体的曝光")


@blp.route("/campaigns/<int:campaign_id>/fairness")
class CampaignFairness(MethodView):
    @access(blp, "operator", "admin")
    @blp.arguments(schemas.FairnessArgs, location="query", error_status_code=400)
    @blp.response(200, schemas.FairnessSchema)
    def get(self, args: dict[str, Any], campaign_id: int) -> Any:
        """专项活动的公平性监测：各渠道、各重点群体的前十曝光占比与池中占比、比值、曝光后投递与录用率"""
        return service.report(current_account(), campaign_id, args["region"], args["days"])
