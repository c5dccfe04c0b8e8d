import marshmallow as ma

from recruit.notifications.models import CHANNELS, KINDS


class InboxArgs(ma.Schema):
    page = ma.fields.Integer(load_default=1, validate=ma.validate.Range(min=1, max=1000))
    per_page = ma.fields.Integer(load_default=20, validate=ma.validate.Range(min=1, max=100))
    unread = ma.fields.Boolean(load_default=False, metadata={"description": "只看未读"})


class NotificationSchema(ma.Schema):
    id = ma.fields.Integer()
    kind = ma.fields.String(metadata={"description": "saved_search_alert 岗位提醒 | campaign_push 专场推送"
                                                     " | application_status 投递进展"
                                                     " | contact_request 联系请求"})
    title = ma.fields.String()
    body = ma.fields.String()
    data = ma.fields.Dict(metadata={"description": "跳转所需的编号，如 application_id、campaign_id"})
    created_at = ma.fields.DateTime()
    read_at = ma.fields.DateTime(allow_none=True)


class InboxSchema(ma.Schema):
    items = ma.fields.List(ma.fields.Nested(NotificationSchema))
    total = ma.fields.Integer()
    page = ma.fields.Integer()
    per_page = ma.fields.Integer()


class UnreadSchema(ma.Schema):
    unread = ma.fields.Integer()


class ReadAllSchema(ma.Schema):
    marked = ma.fields.Integer(metadata={"description": "本次标记为已读的条数"})


class PreferenceSchema(ma.Schema):
    kind = ma.fields.String(required=True, validate=ma.validate.OneOf(KINDS))
    channel = ma.fields.String(required=True, validate=ma.validate.OneOf(CHANNELS),
                               metadata={"description": "in_app 站内信 | sms 短信 | wechat 微信订阅消息"})
    enabled = ma.fields.Boolean(required=True)


class PreferencesSchema(ma.Schema):
    preferences = ma.fields.List(ma.fields.Nested(PreferenceSchema))
    wechat_bound = ma.fields.Boolean(metadata={"description": "是否已绑定微信（小程序 openid）"})


class PreferencesUpdateSchema(ma.Schema):
    preferences = ma.fields.List(ma.fields.Nested(PreferenceSchema), load_default=list,
                                 validate=ma.validate.Length(max=len(KINDS) * len(CHANNELS)))
    wechat_openid = ma.fields.String(load_default=None, validate=ma.validate.Regexp(
        r"^[A-Za-z0-9_-]{0,64}$", error="openid 格式不正确"),
        metadata={"description": "小程序 wx.login 换得的 openid；空字符串表示解除绑定"})
