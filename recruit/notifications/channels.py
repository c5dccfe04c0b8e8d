"""The outside channels of notifications, behind one interface each.

SMS reuses recruit.notify.sms (development sink `sms_outbox`, or Alibaba Cloud `SendSms` with
the SMS_TEMPLATE_NOTICE template and one `${title}` parameter). WeChat subscription messages
(mini program `subscribeMessage.send`): the development sink `wechat_outbox`, or the real API
(WECHAT_PROVIDER=wechat). A gateway raises ChannelError when the message did not get through;
the delivery task retries it later. The development sinks write in the caller's transaction, so
a delivery is marked sent in the same commit that records what was sent.
"""
from __future__ import annotations

import datetime as dt
import json
import threading
import time
import urllib.request
from dataclasses import dataclass
from typing import Any, Protocol

from flask import current_app

from recruit import clock
from recruit.extensions import db
from recruit.notifications.models import WechatOutbox
from recruit.notify import sms

# WeChat's `thing` values hold at most 20 characters
_THING = 20


class ChannelError(Exception):
    """The gateway did not take the message; the text is kept on the delivery row."""


@dataclass(frozen=True)
class Outgoing:
    kind: str
    title: str
    body: str
    created_at: dt.datetime
    phone: str | None
    openid: str | None
    data: dict[str, Any]


class Channel(Protocol):
    def send(self, message: Outgoing) -> None: ...


class SmsChannel:
    def __init__(self, gateway: sms.Gateway):
        self.gateway = gateway

    def send(self, message: Outgoing) -> None:
        if not message.phone:
            raise ChannelError("no phone")
        try:
            self.gateway.send(sms.SmsMessage(message.phone, "notice", {"title": message.title[:30]}))
        except sms.SmsError as exc:
            raise ChannelError(f"sms: {exc}") from exc


@dataclass(frozen=True)
class WechatRequest:
    method: str
    url: str
    headers: dict[str, str]
    body: bytes


def subscribe_body(message: Outgoing, *, template_id: str, state: str) -> dict[str, Any]:
    """The JSON of subscribeMessage.send: touser (openid), template_id, page (where a tap lands in
    the mini program), miniprogram_state, lang and data {key: {value}}. Our templates use
    thing1 (title), thing2 (body) and time3 (when it happened, CST)."""
    return {
        "touser": message.openid, "template_id": template_id,
        "page": f"pages/notifications/index?kind={message.kind}",
        "miniprogram_state": state, "lang": "zh_CN",
        "data": {"thing1": {"value": message.title[:_THING]},
                 "thing2": {"value": message.body[:_THING]},
                 "time3": {"value": message.created_at.astimezone(clock.CST).strftime("%Y-%m-%d %H:%M")}},
    }


class WechatDevSink:
    """Writes the body it would send into `wechat_outbox` (caller's transaction)."""

    def __init__(self, templates: dict[str, str], state: str):
        self.templates, self.state = templates, state

    def send(self, message: Outgoing) -> None:
        if not message.openid:
            raise ChannelError("no openid")
        template = self.templates.get(message.kind, f"dev-{message.kind}")
        db.session.add(WechatOutbox(openid=message.openid, template_id=template,
                                    body=subscribe_body(message, template_id=template, state=self.state)))


class WechatSubscribe:
    """The real API: an access token from /cgi-bin/stable_token (cached until shortly before it
    expires), then POST /cgi-bin/message/subscribe/send?access_token=... with the JSON body.
    errcode 0 is success; anything else (43101: the person has no subscription left) fails."""

    _lock = threading.Lock()
    _token: tuple[str, float] | None = None

    def __init__(self, *, appid: str, secret: str, base: str, templates: dict[str, str], state: str,
                 timeout: float):
        self.appid, self.secret, self.base = appid, secret, base.rstrip("/")
        self.templates, self.state, self.timeout = templates, state, timeout

    def token_request(self) -> WechatRequest:
        body = {"grant_type": "client_credential", "appid": self.appid, "secret": self.secret}
        return WechatRequest("POST", f"{self.base}/cgi-bin/stable_token",
                             {"Content-Type": "application/json"}, json.dumps(body).encode())

    def build(self, message: Outgoing, token: str) -> WechatRequest:
        template = self.templates.get(message.kind)
        if not template:
            raise ChannelError(f"no WeChat template for {message.kind}")
        body = subscribe_body(message, template_id=template, state=self.state)
        return WechatRequest("POST", f"{self.base}/cgi-bin/message/subscribe/send?access_token={token}",
                             {"Content-Type": "application/json"},
                             json.dumps(body, ensure_ascii=False).encode())

    def _call(self, request: WechatRequest) -> dict[str, Any]:
        try:
            with urllib.request.urlopen(urllib.request.Request(  # noqa: S310 - configured https base
                    request.url, data=request.body, headers=request.headers, method=request.method),
                    timeout=self.timeout) as response:
                answer: dict[str, Any] = json.loads(response.read() or b"{}")
                return answer
        except (OSError, ValueError) as exc:
            raise ChannelError(f"wechat: {type(exc).__name__}") from exc

    def _access_token(self) -> str:
        with self._lock:
            cached = type(self)._token
            if cached and cached[1] > time.monotonic():
                return cached[0]
            answer = self._call(self.token_request())
            if "access_token" not in answer:
                raise ChannelError(f"wechat token: {answer.get('errcode')}")
            expires = time.monotonic() + int(answer.get("expires_in", 7200)) - 300
            type(self)._token = (str(answer["access_token"]), expires)
            return str(answer["access_token"])

    def send(self, message: Outgoing) -> None:
        if not message.openid:
            raise ChannelError("no openid")
        answer = self._call(self.build(message, self._access_token()))
        if answer.get("errcode", 0) != 0:
            raise ChannelError(f"wechat: {answer.get('errcode')}")


def channels() -> dict[str, Channel]:
    """The configured gateway of each outside channel."""
    cfg = current_app.config
    templates = dict(cfg["WECHAT_TEMPLATES"])
    wechat: Channel
    if cfg["WECHAT_PROVIDER"] == "wechat":
        wechat = WechatSubscribe(appid=cfg["WECHAT_APPID"], secret=cfg["WECHAT_APP_SECRET"],
                                 base=cfg["WECHAT_API_BASE"], templates=templates,
                                 state=cfg["WECHAT_MINIPROGRAM_STATE"], timeout=cfg["SMS_TIMEOUT"])
    else:
        wechat = WechatDevSink(templates, cfg["WECHAT_MINIPROGRAM_STATE"])
    return {"sms": SmsChannel(sms.gateway()), "wechat": wechat}
