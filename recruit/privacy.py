"""Personal data: validation, encryption at rest, keyed hashing and masking."""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import functools
import hashlib
import hmac
import logging
import os
import re

from cryptography.exceptions import InvalidTag
from cryptography.fernet import Fernet, InvalidToken
from cryptography.hazmat.backends.openssl import backend as openssl_backend
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
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


def is_resident_id(number: str) -> bool:
    """ric.is_valid, except that python-stdnum raises KeyError for a region code its table knows
    only in part (371678…): such a number is no valid ID, never a server error."""
    try:
        return bool(ric.is_valid(number))
    except KeyError:
        return False


def normalize_resident_id(value: str) -> str:
    """GB 11643 resident identity number with its check character validated."""
    try:
        number = ric.validate(value or "")
    except KeyError as exc:  # a region python-stdnum knows only in part (is_resident_id)
        raise PersonalDataError("身份证号码中的出生日期或地区码无效") from exc
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
                        if is_resident_id(m.group(0)) else m.group(0), text)


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


# --- encryption at rest (resident ID numbers) -------------------------------------------------
# PII_CIPHER chooses what encrypts new values: "fernet" (AES-128-CBC + HMAC-SHA256, the default) or
# "sm4" (GB/T 32907 in GCM, for deployments assessed under GB/T 39786). PII_ENCRYPTION_KEY is the
# current key of that cipher; PII_ENCRYPTION_OLD_KEYS (comma-separated, either cipher) still
# decrypt until `flask recruit reencrypt-pii` has moved every row to the current key.
#   Fernet key: urlsafe base64 of 32 bytes (44 characters)
#   SM4 key:    32 hex digits (128 bits)
# An SM4 token: urlsafe base64 of  0x91 | nonce (12 bytes) | ciphertext | GCM tag (16 bytes), the
# first byte (the format's version, as Fernet's 0x80) authenticated as associated data.
CIPHERS = ("fernet", "sm4")
_SM4_GCM_V1 = 0x91
_FERNET_V1 = 0x80
_SM4_KEY = re.compile(r"^[0-9a-fA-F]{32}$")


class KeyFormatError(ValueError):
    """A key that is neither a Fernet key nor an SM4 key (config turns it into ConfigError)."""


def sm4_available() -> bool:
    """SM4-GCM from the OpenSSL that `cryptography` was built with (3.0 and later have it)."""
    try:
        return bool(openssl_backend.cipher_supported(algorithms.SM4(bytes(16)), modes.GCM(bytes(12))))
    except Exception:  # noqa: BLE001 - no SM4 at all in this OpenSSL
        return False


def key_cipher(raw: str) -> str:
    """Which cipher a key belongs to, from its form; KeyFormatError when it is neither."""
    raw = raw.strip()
    if _SM4_KEY.match(raw):
        return "sm4"
    try:
        Fernet(raw.encode())
    except (ValueError, binascii.Error) as exc:
        raise KeyFormatError("not a Fernet key (urlsafe base64 of 32 bytes) nor an SM4 key (32 hex digits)") \
            from exc
    return "fernet"


def new_key(cipher: str) -> str:
    return os.urandom(16).hex() if cipher == "sm4" else Fernet.generate_key().decode()


class _Sm4:
    def __init__(self, key: str) -> None:
        self._key = bytes.fromhex(key.strip())

    def encrypt(self, data: bytes) -> bytes:
        nonce = os.urandom(12)
        encryptor = Cipher(algorithms.SM4(self._key), modes.GCM(nonce)).encryptor()
        header = bytes([_SM4_GCM_V1])
        encryptor.authenticate_additional_data(header)
        body = encryptor.update(data) + encryptor.finalize()
        return base64.urlsafe_b64encode(header + nonce + body + encryptor.tag)

    def decrypt(self, token: bytes) -> bytes:
        raw = _unb64(token)
        if len(raw) < 1 + 12 + 16 or raw[0] != _SM4_GCM_V1:
            raise InvalidToken
        nonce, body, tag = raw[1:13], raw[13:-16], raw[-16:]
        decryptor = Cipher(algorithms.SM4(self._key), modes.GCM(nonce, tag)).decryptor()
        decryptor.authenticate_additional_data(raw[:1])
        try:
            return decryptor.update(body) + decryptor.finalize()
        except InvalidTag as exc:
            raise InvalidToken from exc


def _unb64(token: bytes) -> bytes:
    try:
        return base64.urlsafe_b64decode(bytes(token))
    except (ValueError, binascii.Error) as exc:
        raise InvalidToken from exc


@functools.lru_cache(maxsize=8)
def _ring(cipher: str, current: str, old: str) -> tuple:
    """(the encrypting key, {token version: [keys that may decrypt it, current first]})."""
    if key_cipher(current) != cipher:
        raise KeyFormatError(f"PII_ENCRYPTION_KEY is not a key for PII_CIPHER={cipher}")
    keys = [current, *(k.strip() for k in old.split(",") if k.strip())]
    readers: dict[int, list] = {_FERNET_V1: [], _SM4_GCM_V1: []}
    for raw in keys:
        if key_cipher(raw) == "sm4":
            readers[_SM4_GCM_V1].append(_Sm4(raw))
        else:
            readers[_FERNET_V1].append(Fernet(raw.strip().encode()))
    writer = readers[_SM4_GCM_V1 if cipher == "sm4" else _FERNET_V1][0]
    return writer, readers


def _current_ring() -> tuple:
    cfg = current_app.config
    return _ring(cfg.get("PII_CIPHER") or "fernet", cfg["PII_ENCRYPTION_KEY"],
                 cfg.get("PII_ENCRYPTION_OLD_KEYS") or "")


def encrypt(value: str) -> bytes:
    writer, _ = _current_ring()
    return writer.encrypt(value.encode())


def decrypt(token: bytes) -> str:
    """Any token made with the current or an old key, of either cipher; InvalidToken when none
    opens it (a wrong key or a changed byte: both ciphers authenticate)."""
    _, readers = _current_ring()
    raw = _unb64(token)
    for key in readers.get(raw[0], []) if raw else []:
        try:
            return key.decrypt(bytes(token)).decode()
        except InvalidToken:
            continue
    raise InvalidToken


def reencrypt(token: bytes) -> bytes:
    """The same value under the current key and cipher; a no-op in meaning."""
    return encrypt(decrypt(token))


def keyed_hash(value: str) -> str:
    """Lets us find a record by resident ID without storing it in clear."""
    key = current_app.config["PII_HASH_KEY"].encode()
    return hmac.new(key, value.upper().encode(), hashlib.sha256).hexdigest()
