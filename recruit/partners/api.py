from typing import Any

from flask import current_app, send_file
from flask.views import MethodView
from flask_smorest import Blueprint

from recruit.accounts.auth import access, current_account
from recruit.errors import NotFound
from recruit.partners import feed, schemas, service
from recruit.partners.auth import partner_access

blp = Blueprint("partners", __name__, url_prefix="/api/v1",
                description="合作招聘平台：岗位变更流、每日快照与密钥管理")


@blp.route("/stream")
class Stream(MethodView):
    @partner_access(blp, "feed:read")
    @blp.arguments(schemas.StreamArgs, location="query", error_status_code=400)
    @blp.response(200, schemas.StreamPageSchema)
    def get(self, args: dict[str, Any]) -> Any:
        """岗位变更流：已发布、已修改、已下线的岗位，按游标续读，不漏不乱

        先载入每日快照，再从快照的 cursor 读起；has_more 为 false 时已追上。"""
        return feed.page(args["since"], args["limit"])


@blp.route("/stream/snapshot")
class Snapshot(MethodView):
    @partner_access(blp, "feed:read")
    @blp.response(200, description="JSON Lines：首行 {\"snapshot\": {\"cursor\": …}}，"
                                   "其后每行一个已发布岗位，末行 {\"end\": {\"vacancies\": n}}",
                  content_type="application/x-ndjson")
    def get(self) -> Any:
        """最新的每日快照文件（全部已发布岗位及其一致的游标）"""
        path = feed.latest_snapshot(current_app.config["FEED_SNAPSHOT_DIR"])
        if path is None:
            raise NotFound("尚无快照")
        response = send_file(path, mimetype="application/x-ndjson", as_attachment=True,
                             download_name=path.name, max_age=0)
        response.headers["X-Feed-Cursor"] = feed.snapshot_cursor(path)
        return response


@blp.route("/admin/partner-keys")
class PartnerKeys(MethodView):
    @access(blp, "admin")
    @blp.response(200, schemas.PartnerKeySchema(many=True))
    def get(self) -> Any:
        """合作平台密钥列表（只有前缀，没有密钥）"""
        return service.list_keys()

    @access(blp, "admin")
    @blp.arguments(schemas.PartnerKeyInSchema)
    @blp.response(201, schemas.NewPartnerKeySchema)
    def post(self, data: dict[str, Any]) -> Any:
        """为合作平台创建密钥（完整密钥只返回这一次；记入审计）"""
        row, key = service.create_key(current_account(), data)
        row.key = key
        return row


@blp.route("/admin/partner-keys/<int:key_id>/revoke")
class RevokePartnerKey(MethodView):
    @access(blp, "admin")
    @blp.response(200, schemas.PartnerKeySchema)
    def post(self, key_id: int) -> Any:
        """吊销密钥（立即生效；记入审计）"""
        return service.revoke_key(current_account(), key_id)
