"""The SMS gateway's pure parts: Alibaba Cloud's RPC signature against the documented vector,
and the signed SendSms request built (never sent) from configuration."""

import datetime as dt
from urllib.parse import parse_qsl

import pytest

from recruit import config as config_module
from recruit.notify import sms

# Alibaba Cloud SMS documentation (HTTP protocol and signature, SendSms example)
DOC_PARAMS = {
    "AccessKeyId": "testId", "Action": "SendSms", "Format": "XML", "OutId": "123",
    "PhoneNumbers": "15300000001", "RegionId": "cn-hangzhou", "SignName": "阿里云短信测试专用",
    "SignatureMethod": "HMAC-SHA1", "SignatureNonce": "45e25e9b-0a6f-4070-8c85-2956eda1b466",
    "SignatureVersion": "1.0", "TemplateCode": "SMS_71390007", "TemplateParam": '{"customer":"test"}',
    "Timestamp": "2017-07-12T02:42:19Z", "Version": "2017-05-25",
}


def test_signature_matches_the_documented_example():
    to_sign = sms.string_to_sign("GET", DOC_PARAMS)
    assert to_sign.startswith("GET&%2F&AccessKeyId%3DtestId%26Action%3DSendSms%26Format%3DXML%26OutId%3D123")
    assert "SignName%3D%25E9%2598%25BF%25E9%2587%258C" in to_sign
    assert to_sign.endswith("Timestamp%3D2017-07-12T02%253A42%253A19Z%26Version%3D2017-05-25")
    assert sms.rpc_signature("GET", DOC_PARAMS, "testSecret") == "zJDF+Lrzhj/ThnlvIToysFRq6t4="


def test_percent_encoding_follows_rfc3986():
    assert sms.percent_encode("a b*~/") == "a%20b%2A~%2F"
    assert sms.percent_encode("派") == "%E6%B4%BE"


def test_the_send_sms_request_is_signed_and_carries_the_code():
    gateway = sms.AliyunSms(access_key_id="LTAI-test", access_key_secret="s3cret-value", sign_name="就业服务",
                            templates={"code": "SMS_000001"}, endpoint="https://dysmsapi.aliyuncs.com/",
                            region="cn-hangzhou", timeout=5)
    moment = dt.datetime(2026, 11, 27, 10, 0, 0, tzinfo=dt.UTC)
    request = gateway.build(sms.SmsMessage("13912345678", "code", {"code": "042917"}),
                            nonce="fixed-nonce", timestamp=moment)
    assert (request.method, request.url) == ("POST", "https://dysmsapi.aliyuncs.com/")
    assert request.headers["Content-Type"].startswith("application/x-www-form-urlencoded")
    fields = dict(parse_qsl(request.body.decode()))
    assert fields["Action"] == "SendSms" and fields["Version"] == "2017-05-25"
    assert fields["PhoneNumbers"] == "13912345678" and fields["TemplateCode"] == "SMS_000001"
    assert fields["TemplateParam"] == '{"code":"042917"}' and fields["SignName"] == "就业服务"
    assert fields["Timestamp"] == "2026-11-27T10:00:00Z" and fields["SignatureNonce"] == "fixed-nonce"
    signature = fields.pop("Signature")
    assert signature == sms.rpc_signature("POST", fields, "s3cret-value")
    # a fixed vector for this request, computed once with the documented algorithm
    assert signature == "f7ak3pc5/KfIMvA/Gfp5B3587lY="
    assert signature != sms.rpc_signature("POST", fields, "another-secret")


def test_an_aliyun_configuration_must_be_complete():
    cfg = {"SECRET_KEY": "x" * 40, "JWT_SECRET_KEY": "y" * 40, "PII_HASH_KEY": "z" * 40,
           "PII_ENCRYPTION_KEY": "q" * 43 + "=", "SMS_PROVIDER": "aliyun"}
    with pytest.raises(config_module.ConfigError, match="SMS_ALIYUN_ACCESS_KEY_ID"):
        config_module.check_secrets(cfg)
    with pytest.raises(config_module.ConfigError, match="SMS_PROVIDER"):
        config_module.check_secrets({**cfg, "SMS_PROVIDER": "carrier-pigeon"})


def test_defaults_short_tokens_and_the_dev_sink():
    cfg = config_module.load()
    assert cfg["JWT_ACCESS_TOKEN_EXPIRES"] == 900 and cfg["SMS_PROVIDER"] == "dev"
    assert (cfg["OTP_TTL_SECONDS"], cfg["OTP_MAX_ATTEMPTS"], cfg["OTP_RESEND_SECONDS"]) == (300, 5, 60)
    assert cfg["RESUME_VIEW_DAILY_QUOTA"] == 200
