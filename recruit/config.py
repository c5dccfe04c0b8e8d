"""The only place environment variables are read."""

from __future__ import annotations

import os

DEV_ONLY = "dev-only-not-secret"


class ConfigError(RuntimeError):
    pass


def _env(name: str, default: str | None = None) -> str | None:
    value = os.environ.get(name)
    return value if value not in (None, "") else default


def load(overrides: dict | None = None) -> dict:
    """Build the Flask config from the environment, then apply overrides (tests)."""
    env = _env("RECRUIT_ENV", "development")
    cfg: dict = {
        "RECRUIT_ENV": env,
        "SQLALCHEMY_DATABASE_URI": _env(
            "DATABASE_URL", "postgresql+psycopg://recruit:recruit@127.0.0.1:55432/recruit"
        ),
        # hide_parameters keeps personal data out of SQL error messages and logs
        "SQLALCHEMY_ENGINE_OPTIONS": {"pool_pre_ping": True, "pool_size": 10, "hide_parameters": True},
        "ELASTICSEARCH_URL": _env("ELASTICSEARCH_URL", "http://127.0.0.1:9200"),
        "ELASTICSEARCH_TIMEOUT": float(_env("ELASTICSEARCH_TIMEOUT", "10")),
        # every index and alias name starts with this; tests use their own
        "SEARCH_INDEX_PREFIX": _env("SEARCH_INDEX_PREFIX", "recruit"),
        "SECRET_KEY": _env("SECRET_KEY", DEV_ONLY),
        "JWT_SECRET_KEY": _env("JWT_SECRET_KEY", DEV_ONLY + "-jwt-key-32-bytes-long"),
        "JWT_ACCESS_TOKEN_EXPIRES": int(_env("JWT_ACCESS_TOKEN_SECONDS", "3600")),
        # Fernet key (urlsafe base64 of 32 bytes) for resident ID numbers at rest
        "PII_ENCRYPTION_KEY": _env(
            "PII_ENCRYPTION_KEY", "ZGV2LW9ubHktbm90LXNlY3JldC1waWkta2V5LTAwMDA="
        ),
        # comma-separated previous Fernet keys, readable during a key rotation (docs/operations.md)
        "PII_ENCRYPTION_OLD_KEYS": _env("PII_ENCRYPTION_OLD_KEYS", ""),
        # HMAC key for the searchable hash of resident ID numbers
        "PII_HASH_KEY": _env("PII_HASH_KEY", DEV_ONLY + "-hash"),
        "ARGON2_TIME_COST": int(_env("ARGON2_TIME_COST", "3")),
        "ARGON2_MEMORY_COST": int(_env("ARGON2_MEMORY_COST", "65536")),
        "MAX_CONTENT_LENGTH": int(_env("MAX_CONTENT_LENGTH", str(1024 * 1024))),
        "API_TITLE": "recruit",
        "API_VERSION": "v1",
        "OPENAPI_VERSION": "3.0.3",
        "OPENAPI_URL_PREFIX": "/api",
        "OPENAPI_JSON_PATH": "openapi.json",
        "JSON_AS_ASCII": False,
        "SYNC_BATCH_SIZE": int(_env("SYNC_BATCH_SIZE", "2000")),
        # vacancy bulk import: 10,000 rows with long descriptions
        "IMPORT_MAX_BYTES": int(_env("IMPORT_MAX_BYTES", str(20 * 1024 * 1024))),
        # web pages: the session cookie is not readable by scripts nor sent cross-site
        "SESSION_COOKIE_HTTPONLY": True,
        "SESSION_COOKIE_SAMESITE": "Lax",
        "SESSION_COOKIE_SECURE": env == "production",
    }
    if overrides:
        cfg.update(overrides)
    if cfg["RECRUIT_ENV"] == "production":
        for key in ("SECRET_KEY", "JWT_SECRET_KEY", "PII_ENCRYPTION_KEY", "PII_HASH_KEY"):
            if DEV_ONLY in cfg[key] or cfg[key].startswith("ZGV2LW9ubHkt"):
                raise ConfigError(f"{key} must be set in production")
    return cfg
