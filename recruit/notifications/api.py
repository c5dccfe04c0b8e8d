from typing import Any

from flask.views import MethodView
from flask_smorest import Blueprint

from recruit.accounts.auth import access, current_account
from recruit.notifications import schemas, service

blp = Blueprint("notifications", __name__, url_prefix="/api/v1/me",
                description="通知：站内信收件箱、未读数、已读，以及按类型和渠道退订")


@blp.route("/notifications")
class Inbox(MethodView):
    @access(blp, "jobseeker")
    @blp.arguments(schemas.InboxArgs, location="query")
    @blp.response(200, schemas.InboxSchema)
    def get(self, args: dict[str, Any]) -> Any:
        """我的通知（最新在前，分页）"""
        return service.list_mine(current_account(), **args)


@blp.route("/notifications/unread-count")
class Unread(MethodView):
    @access(blp, "jobseeker")
    @blp.response(200, schemas.UnreadSchema)
    def get(self) -> Any:
        """未读通知数"""
        return {"unread": service.unread_count(current_account())}


@blp.route("/notifications/<int:notification_id>/read")
class Read(MethodView):
    @access(blp, "jobseeker")
    @blp.response(200, schemas.NotificationSchema)
    def post(self, notification_id: int) -> Any:
        """标记一条通知为已读（重复标记无变化）"""
        return service.mark_read(current_account(), notification_id)


@blp.route("/notifications/read-all")
class ReadAll(MethodView):
    @access(blp, "jobseeker")
    @blp.response(200, schemas.ReadAllSchema)
    def post(self) -> Any:
        """全部标记为已读"""
        return {"marked": service.mark_all_read(current_account())}


@blp.route("/notification-preferences")
class Preferences(MethodView):
    @access(blp, "jobseeker")
    @blp.response(200, schemas.PreferencesSchema)
    def get(self) -> Any:
        """通知设置：每种通知在每个渠道是否接收"""
        return service.preferences(current_account())

    @access(blp, "jobseeker")
    @blp.arguments(schemas.PreferencesUpdateSchema)
    @blp.response(200, schemas.PreferencesSchema)
    def put(self, data: dict[str, Any]) -> Any:
        """修改通知设置（只改列出的项），绑定或解除微信"""
        return service.set_preferences(current_account(), **data)
