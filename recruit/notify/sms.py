"""SMS gateway: one interface, a development sink and Alibaba Cloud SMS (dysmsapi `SendSms`).

`stage(message)` runs inside the caller's transaction (the sink writes its row there, so a
rolled-back request sends nothing); `deliver(message)` runs after the commit (the provider's
HTTP request). `SMS_PROVIDER` chooses: `dev` (default) or `aliyun`.

Alibaba Cloud's RPC signature (SignatureVersion 1.0): sort the parameters by name, percent-encode
names and values (RFC 3986: space %20, `*` %2A, `~` kept), join as a query string;
StringToSign = METHOD & encode("/") & encode(query); Signature = base64(HMAC-SHA1(secret + "&")).
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import hmac
import json
import logging
import urllib.request
import uuid
from dataclasses import dataclass, field
from typing import Protocol
from urllib.parse import quote

from flask import current_app

from recruit.extensions import db
from recruit.notify.models import SmsOutbox
from recruit.privacy import mask_phone

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SmsMessage:
    phone: str
    template: str  # our name for the text: "code"
    params: dict = field(default_factory=dict)


@dataclass(frozen=True)
class PreparedRequest:
    method: str
    url: str
    headers: dict
    body: bytes | None


class SmsError(Exception):
    """The provider did not take the message (unreachable, refused): worth retrying later."""


class Gateway(Protocol):
    def stage(self, message: SmsMessage) -> None: ...

    def deliver(self, message: SmsMessage) -> None: ...

    def send(self, message: SmsMessage) -> None:
        """Stage and deliver now, raising SmsError on failure (notifications retry)."""


class DevSink:
    """Writes the message into `sms_outbox` in the caller's transaction; sends nothing."""

    def stage(self, message: SmsMessage) -> None:
        db.session.add(SmsOutbox(phone=message.phone, template=message.template, params=message.params))

    def deliver(self, message: SmsMessage) -> None:
        return None

    def send(self, message: SmsMessage) -> None:
        self.stage(message)


def percent_encode(value: str) -> str:
    return quote(value, safe="~")


def canonical_query(params: dict[str, str]) -> str:
    return "&".join(f"{percent_encode(k)}={percent_encode(params[k])}" for k in sorted(params))


def string_to_sign(method: str, params: dict[str, str]) -> str:
    return f"{method}&{percent_encode('/')}&{percent_encode(canonical_query(params))}"


def rpc_signature(method: str, params: dict[str, str], secret: str) -> str:
    digest = hmac.new((secret + "&").encode(), string_to_sign(method, params).encode(), hashlib.sha1).digest()
    return base64.b64encode(digest).decode()


class AliyunSms:
    """Alibaba Cloud SMS `SendSms` (API version 2017-05-25), signed with an AccessKey pair."""

    VERSION = "2017-05-25"

    def __init__(self, *, access_key_id: str, access_key_secret: str, sign_name: str,
                 templates: dict[str, str], endpoint: str, region: str, timeout: float):
        self.access_key_id, self.secret = access_key_id, access_key_secret
        self.sign_name, self.templates = sign_name, templates
        self.endpoint, self.region, self.timeout = endpoint, region, timeout

    def params(self, message: SmsMessage, *, nonce: str, timestamp: dt.datetime) -> dict[str, str]:
        return {
            "AccessKeyId": self.access_key_id, "Action": "SendSms", "Format": "JSON",
            "PhoneNumbers": message.phone, "RegionId": self.region, "SignName": self.sign_name,
            "SignatureMethod": "HMAC-SHA1", "SignatureNonce": nonce, "SignatureVersion": "1.0",
            "TemplateCode": self.templates[message.template],
            "TemplateParam": json.dumps(message.params, ensure_ascii=False, separators=(",", ":")),
            "Timestamp": timestamp.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
            "Version": self.VERSION,
        }

    def build(self, message: SmsMessage, *, nonce: str | None = None,
              timestamp: dt.datetime | None = None) -> PreparedRequest:
        """The signed POST (form body); nonce and time fixed only by tests."""
        params = self.params(message, nonce=nonce or uuid.uuid4().hex,
                             timestamp=timestamp or dt.datetime.now(dt.UTC))
        signature = rpc_signature("POST", params, self.secret)
        body = f"Signature={percent_encode(signature)}&{canonical_query(params)}".encode()
        return PreparedRequest("POST", self.endpoint, {
            "Content-Type": "application/x-www-form-urlencoded; charset=utf-8"}, body)

    def stage(self, message: SmsMessage) -> None:
        return None

    def deliver(self, message: SmsMessage) -> None:
        try:
            self.send(message)
        except SmsError as exc:
            log.warning("SMS to %s failed: %s", mask_phone(message.phone), exc)

    def send(self, message: SmsMessage) -> None:
        request = self.build(message)
        try:
            with urllib.request.urlopen(urllib.request.Request(  # noqa: S310 - configured https endpoint
                    request.url, data=request.body, headers=request.headers, method=request.method),
                    timeout=self.timeout) as response:
                answer = json.loads(response.read() or b"{}")
        except (OSError, ValueError) as exc:
            raise SmsError(type(exc).__name__) from exc
        if answer.get("Code") != "OK":
            raise SmsError(f"refused: {answer.get('Code')}")


def gateway() -> Gateway:
    cfg = current_app.config
    if cfg["SMS_PROVIDER"] == "aliyun":
        return AliyunSms(access_key_id=cfg["SMS_ALIYUN_ACCESS_KEY_ID"],
                         access_key_secret=cfg["SMS_ALIYUN_ACCESS_KEY_SECRET"],
                         sign_name=cfg["SMS_SIGN_NAME"], templates={"code": cfg["SMS_TEMPLATE_CODE"],
                                                             "notice": cfg.get("SMS_TEMPLATE_NOTICE") or ""},
                         endpoint=cfg["SMS_ALIYUN_ENDPOINT"], region=cfg["SMS_ALIYUN_REGION"],
                         timeout=cfg["SMS_TIMEOUT"])
    return DevSink()


def latest_code(phone: str) -> str | None:
    """The newest code the development sink holds for a phone (demo and tests)."""
    row = db.session.query(SmsOutbox).filter(SmsOutbox.phone == phone, SmsOutbox.template == "code") \
        .order_by(SmsOutbox.id.desc()).first()
    return row.params.get("code") if row else None
