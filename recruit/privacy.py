"""Personal data: validation, encryption at rest, keyed hashing and masking."""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import logging
import re

from cryptography.fernet import Fernet, MultiFernet
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
    """'420102199003071234' -> '**************1234': the last four only, enough for a person to
    recognise their own number (GB/T 35273: show the least that serves the purpose); the
    registration place and birth date are facts of their own, shown where needed."""
    return "*" * 14 + number[-4:]


def mask_phone(phone: str) -> str:
    """'13812345678' -> '138****5678'."""
    return phone[:3] + "****" + phone[-4:] if phone and len(phone) == 11 else "****"


def mask_name(name: str) -> str:
    """'李娜' -> '李*': the surname only, until the jobseeker reveals themselves."""
    return (name[:1] + "*" * max(len(name) - 1, 1)) if name else "*"


_ID_LIKE = re.compile(r"(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])")


def redact_resident_ids(text: str | None) -> str | None:
    """Mask any valid resident ID number inside free text (people paste them into notes)."""
    if not text:
        return text
    return _ID_LIKE.sub(lambda m: mask_resident_id(m.group(0).upper())
                        if ric.is_valid(m.group(0)) else m.group(0), text)


class RedactResidentIds(logging.Filter):
    """Defence in depth: a log record never carries a resident ID number in clear."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
            redacted = redact_resident_ids(message)
            if redacted != message:
                record.msg, record.args = redacted, None
            if record.exc_info and not record.exc_text:
                record.exc_text = logging.Formatter().formatException(record.exc_info)
            if record.exc_text:
                record.exc_text = redact_resident_ids(record.exc_text)
        except Exception:  # noqa: BLE001 - a broken record is the handler's problem, not ours
            pass
        return True


def _keys() -> list[Fernet]:
    """The current key first (it encrypts); older keys only decrypt until rows are re-encrypted."""
    cfg = current_app.config
    old = [k.strip() for k in (cfg.get("PII_ENCRYPTION_OLD_KEYS") or "").split(",") if k.strip()]
    return [Fernet(k.encode()) for k in [cfg["PII_ENCRYPTION_KEY"], *old]]


def _fernet() -> MultiFernet:
    return MultiFernet(_keys())


def encrypt(value: str) -> bytes:
    return _fernet().encrypt(value.encode())


def decrypt(token: bytes) -> str:
    return _fernet().decrypt(bytes(token)).decode()


def reencrypt(token: bytes) -> bytes:
    """The same value under the current key (MultiFernet.rotate); a no-op in meaning."""
    return _fernet().rotate(bytes(token))


def keyed_hash(value: str) -> str:
    """Lets us find a record by resident ID without storing it in clear."""
    key = current_app.config["PII_HASH_KEY"].encode()
    return hmac.new(key, value.upper().encode(), hashlib.sha256).hexdigest()
