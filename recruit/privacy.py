"""Personal data: validation, encryption at rest, keyed hashing and masking."""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import re

from cryptography.fernet import Fernet
from flask import current_app
from stdnum.cn import ric
from stdnum.exceptions import InvalidChecksum, InvalidComponent, InvalidFormat, InvalidLength

from recruit.errors import Invalid

_MOBILE = re.compile(r"^1[3-9]\d{9}$")


class PersonalDataError(Invalid):
    code = "invalid_personal_data"


def normalize_mobile(value: str) -> str:
    """Mainland mobile number, optionally with +86 / 86 prefix, spaces or dashes."""
    digits = re.sub(r"[\s-]", "", value or "")
    if digits.startswith("+86"):
        digits = digits[3:]
    elif digits.startswith("86") and len(digits) == 13:
        digits = digits[2:]
    if not _MOBILE.match(digits):
        raise PersonalDataError("手机号码格式不正确，应为11位中国大陆手机号")
    return digits


def normalize_resident_id(value: str) -> str:
    """GB 11643 resident identity number with its check character validated."""
    try:
        number = ric.validate(value or "")
    except InvalidLength as exc:
        raise PersonalDataError("身份证号码应为18位") from exc
    except InvalidChecksum as exc:
        raise PersonalDataError("身份证号码校验位不正确") from exc
    except InvalidComponent as exc:
        raise PersonalDataError("身份证号码中的出生日期或地区码无效") from exc
    except InvalidFormat as exc:
        raise PersonalDataError("身份证号码格式不正确") from exc
    if len(number) != 18:
        raise PersonalDataError("身份证号码应为18位")
    if ric.get_birth_date(number) > dt.date.today():
        raise PersonalDataError("身份证号码中的出生日期无效")
    return number


def resident_id_facts(number: str) -> dict:
    """What the number itself says: birth date, gender, registration place."""
    return {
        "birth_date": ric.get_birth_date(number),
        "gender": "male" if int(number[16]) % 2 else "female",
        "hukou_region_code": number[:6],
    }


def mask_resident_id(number: str) -> str:
    """'420102199003071234' -> '4201**********1234'."""
    return number[:4] + "*" * 10 + number[-4:]


def mask_phone(phone: str) -> str:
    """'13812345678' -> '138****5678'."""
    return phone[:3] + "****" + phone[-4:] if phone and len(phone) == 11 else "****"


def _fernet() -> Fernet:
    return Fernet(current_app.config["PII_ENCRYPTION_KEY"].encode())


def encrypt(value: str) -> bytes:
    return _fernet().encrypt(value.encode())


def decrypt(token: bytes) -> str:
    return _fernet().decrypt(bytes(token)).decode()


def keyed_hash(value: str) -> str:
    """Lets us find a record by resident ID without storing it in clear."""
    key = current_app.config["PII_HASH_KEY"].encode()
    return hmac.new(key, value.upper().encode(), hashlib.sha256).hexdigest()
