from typing import Any

from flask.views import MethodView
from flask_smorest import Blueprint

from recruit.accounts.auth import PUBLIC, access, current_account
from recruit.campaigns import schemas, service
from recruit.reporting import report
from recruit.search import campaigns as search_campaigns
from recruit.search.schemas import VacancySearchResultSchema
from recruit.search.search_args import SearchArgs

blp = Blueprint("campaigns", __name__, url_prefix="/api/v1", description="专项活动与精准推送")


def _with_counters(campaigns: Any) -> Any:
    """Each campaign with its live counters (what the public may see is the schema's to decide:
    PublicCampaignSchema leaves out sensitive groups and small numbers)."""
    items = campaigns if isinstance(campaigns, list) else [campaigns]
    figures = report.campaign_counters([c.id for c in items])
    for c in items:
        c.counters = figures[c.id]
    return campaigns


@blp.route("/campaigns")
class Campaigns(MethodView):
    @access(blp, PUBLIC)
    @blp.arguments(schemas.ListArgs, location="query", error_status_code=400)
    @blp.response(200, schemas.PublicCampaignSchema(many=True))
    def get(self, args: dict[str, Any]) -> Any:
        """正在进行（或已结束）的专项活动与特色招聘专场，附实时计数"""
        return _with_counters(service.list_public(args["state"]))

    @access(blp, "operator", "admin")
    @blp.arguments(schemas.CampaignInSchema)
    @blp.response(201, schemas.StaffCampaignSchema)
    def post(self, data: dict[str, Any]) -> Any:
        """创建专项活动（运营人员限本辖区）"""
        return _with_counters(service.create(current_account(), data))


@blp.route("/operations/campaigns")
class ManagedCampaigns(MethodView):
    @access(blp, "operator", "admin")
    @blp.response(200, schemas.StaffCampaignSchema(many=True))
    def get(self) -> Any:
        """本辖区的专项活动（各状态），附实时计数（含各重点群体的录用人数）"""
        return _with_counters(service.list_managed(current_account()))


@blp.route("/operations/campaigns/<int:campaign_id>")
class ManagedCampaign(MethodView):
    @access(blp, "operator", "admin")
    @blp.response(200, schemas.StaffCampaignSchema)
    def get(self, campaign_id: int) -> Any:
        """本辖区的一个专项活动，附实时计数（含各重点群体的录用人数）"""
        return _with_counters(service.get_managed(current_account(), campaign_id))


@blp.route("/campaigns/<int:campaign_id>")
class CampaignDetail(MethodView):
    @access(blp, PUBLIC)
    @blp.response(200, schemas.PublicCampaignSchema)
    def get(self, campaign_id: int) -> Any:
        """专项活动详情（未开始的不公开），附实时计数"""
        return _with_counters(service.get_public(campaign_id))

    @access(blp, "operator", "admin")
    @blp.arguments(schemas.CampaignPatchSchema(partial=True))
    @blp.response(200, schemas.StaffCampaignSchema)
    def patch(self, data: dict[str, Any], campaign_id: int) -> Any:
        """修改专项活动（规则变化时重建相关岗位索引；已计入的数字不变）"""
        return _with_counters(service.update_campaign(current_account(), campaign_id, data))


@blp.route("/campaigns/<int:campaign_id>/vacancies")
class CampaignVacancies(MethodView):
    @access(blp, PUBLIC)
    @blp.arguments(schemas.CampaignSearchArgs, location="query", error_status_code=400)
    @blp.response(200, VacancySearchResultSchema)
    def get(self, args: SearchArgs, campaign_id: int) -> Any:
        """专场岗位：为目标群体排序"""
        return search_campaigns.search(campaign_id, args)


@blp.route("/campaigns/<int:campaign_id>/enrolments")
class Enrolments(MethodView):
    @access(blp, "employer")
    @blp.arguments(schemas.EnrolSchema)
    @blp.response(201, schemas.CampaignMembershipSchema)
    def post(self, data: dict[str, Any], campaign_id: int) -> Any:
        """用人单位为本单位已发布岗位报名专场"""
        return service.enrol(current_account(), campaign_id, data["vacancy_id"])


@blp.route("/campaigns/<int:campaign_id>/members/<int:vacancy_id>")
class Members(MethodView):
    @access(blp, "operator", "admin")
    @blp.response(200, schemas.CampaignMembershipSchema)
    def put(self, campaign_id: int, vacancy_id: int) -> Any:
        """运营人员将岗位加入专场"""
        return service.operator_set(current_account(), campaign_id, vacancy_id, removed=False)

    @access(blp, "operator", "admin")
    @blp.response(200, schemas.CampaignMembershipSchema)
    def delete(self, campaign_id: int, vacancy_id: int) -> Any:
        """运营人员将岗位移出专场（优先于纳入规则）"""
        return service.operator_set(current_account(), campaign_id, vacancy_id, removed=True)


@blp.route("/campaigns/<int:campaign_id>/push")
class Push(MethodView):
    @access(blp, "operator", "admin")
    @blp.arguments(schemas.PushArgs)
    @blp.response(200, schemas.PushRunSchema)
    def post(self, data: dict[str, Any], campaign_id: int) -> Any:
        """精准推送：为受众每人计算前 K 个匹配岗位（大批量请用 flask recruit push-campaign）"""
        return search_campaigns.push(campaign_id, top_k=data["top_k"], account=current_account())


@blp.route("/campaigns/<int:campaign_id>/funnel")
class Funnel(MethodView):
    @access(blp, "operator", "admin")
    @blp.response(200, schemas.FunnelSchema)
    def get(self, campaign_id: int) -> Any:
        """推送漏斗：推送 → 查看 → 投递 → 录用"""
        return service.funnel(current_account(), campaign_id)


@blp.route("/me/pushes")
class Feed(MethodView):
    @access(blp, "jobseeker")
    @blp.response(200, schemas.FeedItemSchema(many=True))
    def get(self) -> Any:
        """推送给我的岗位（附推荐理由）"""
        return service.feed(current_account())


@blp.route("/me/pushes/<int:push_id>/viewed")
class Viewed(MethodView):
    @access(blp, "jobseeker")
    @blp.response(200, schemas.FeedItemSchema)
    def post(self, push_id: int) -> Any:
        """标记已查看"""
        service.mark_viewed(current_account(), push_id)
        return next(i for i in service.feed(current_account(), limit=500) if i["id"] == push_id)
