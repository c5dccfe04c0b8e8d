"""Resident IDs at rest: Fernet by default, SM4 (GB/T 32907, in GCM) by configuration; both
authenticate, and a rotation may move from one to the other (pure: no database)."""

from __future__ import annotations

import base64

import pytest
from cryptography.fernet import Fernet, InvalidToken
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from flask import Flask

from recruit import config, privacy

NUMBER = "42010219950307123X"


def _app(cipher: str, key: str, old: str = "") -> Flask:
    app = Flask(__name__)
    app.config.update(PII_CIPHER=cipher, PII_ENCRYPTION_KEY=key, PII_ENCRYPTION_OLD_KEYS=old)
    return app


def _run(app: Flask, fn, *args):
    with app.app_context():
        return fn(*args)


def test_sm4_is_the_standard_cipher():
    # GB/T 32907-2016, appendix A, example 1: one block under the standard's key
    key = bytes.fromhex("0123456789abcdeffedcba9876543210")
    block = Cipher(algorithms.SM4(key), modes.ECB()).encryptor()
    assert (block.update(key) + block.finalize()).hex() == "681edf34d206965e86b3e94f536e4246"
    assert privacy.sm4_available()


@pytest.mark.parametrize("cipher, version", [("fernet", 0x80), ("sm4", 0x91)])
def test_round_trip_and_a_fresh_token_each_time(cipher, version):
    app = _app(cipher, privacy.new_key(cipher))
    first, second = _run(app, privacy.encrypt, NUMBER), _run(app, privacy.encrypt, NUMBER)
    assert first != second  # a random IV / nonce per value
    assert base64.urlsafe_b64decode(first)[0] == version
    assert NUMBER.encode() not in base64.urlsafe_b64decode(first)
    assert _run(app, privacy.decrypt, first) == _run(app, privacy.decrypt, second) == NUMBER


def test_sm4_keys_are_128_bits_in_hex():
    key = privacy.new_key("sm4")
    assert len(key) == 32 and int(key, 16) >= 0
    assert privacy.key_cipher(key) == "sm4"
    assert privacy.key_cipher(Fernet.generate_key().decode()) == "fernet"
    with pytest.raises(privacy.KeyFormatError):
        privacy.key_cipher("z" * 32)


@pytest.mark.parametrize("cipher", ["fernet", "sm4"])
def test_any_changed_byte_a_cut_or_a_wrong_key_is_refused(cipher):
    app = _app(cipher, privacy.new_key(cipher))
    raw = base64.urlsafe_b64decode(_run(app, privacy.encrypt, NUMBER))
    for i in range(len(raw)):  # version, nonce or IV, ciphertext, tag: every position
        changed = bytearray(raw)
        changed[i] ^= 0x01
        with pytest.raises(InvalidToken):
            _run(app, privacy.decrypt, base64.urlsafe_b64encode(bytes(changed)))
    for cut in (raw[:-1], raw[:20], raw[:1], b""):
        with pytest.raises(InvalidToken):
            _run(app, privacy.decrypt, base64.urlsafe_b64encode(cut))
    with pytest.raises(InvalidToken):
        _run(app, privacy.decrypt, b"not base64 at all!")
    other = _app(cipher, privacy.new_key(cipher))
    with pytest.raises(InvalidToken):
        _run(other, privacy.decrypt, base64.urlsafe_b64encode(raw))


@pytest.mark.parametrize("start, end", [("fernet", "sm4"), ("sm4", "sm4"), ("sm4", "fernet"),
                                        ("fernet", "fernet")])
def test_rotation_reads_the_old_key_and_writes_the_new(start, end):
    old_key, new_key = privacy.new_key(start), privacy.new_key(end)
    token = _run(_app(start, old_key), privacy.encrypt, NUMBER)
    rotating = _app(end, new_key, old=old_key)
    assert _run(rotating, privacy.decrypt, token) == NUMBER
    moved = _run(rotating, privacy.reencrypt, token)
    assert base64.urlsafe_b64decode(moved)[0] == (0x91 if end == "sm4" else 0x80)
    done = _app(end, new_key)  # the old key removed after the rotation
    assert _run(done, privacy.decrypt, moved) == NUMBER
    with pytest.raises(InvalidToken):
        _run(done, privacy.decrypt, token)


def _keys(**overrides) -> dict:
    return {"SECRET_KEY": "s" * 40, "JWT_SECRET_KEY": "j" * 40, "PII_HASH_KEY": "h" * 40,
            "PII_ENCRYPTION_KEY": Fernet.generate_key().decode(), "PII_ENCRYPTION_OLD_KEYS": "",
            **overrides}


def test_the_cipher_and_its_key_must_agree():
    sm4, fernet = privacy.new_key("sm4"), privacy.new_key("fernet")
    config.check_secrets(_keys(PII_CIPHER="sm4", PII_ENCRYPTION_KEY=sm4, PII_ENCRYPTION_OLD_KEYS=fernet))
    config.check_secrets(_keys(PII_CIPHER="fernet", PII_ENCRYPTION_OLD_KEYS=f"{sm4}, {fernet}"))
    with pytest.raises(config.ConfigError, match="PII_CIPHER=sm4 needs a key of that cipher"):
        config.check_secrets(_keys(PII_CIPHER="sm4", PII_ENCRYPTION_KEY=fernet))
    with pytest.raises(config.ConfigError, match="PII_CIPHER=fernet needs a key of that cipher"):
        config.check_secrets(_keys(PII_CIPHER="fernet", PII_ENCRYPTION_KEY=sm4))
    with pytest.raises(config.ConfigError, match="PII_CIPHER must be one of"):
        config.check_secrets(_keys(PII_CIPHER="aes"))
    with pytest.raises(config.ConfigError, match="PII_ENCRYPTION_OLD_KEYS"):
        config.check_secrets(_keys(PII_ENCRYPTION_OLD_KEYS="0" * 31))
