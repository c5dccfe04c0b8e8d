"""The only place environment variables are read."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from recruit import privacy

# the keys a deployment must supply; the run command generates them once (deploy/secrets.sh)
SECRET_NAMES = ("SECRET_KEY", "JWT_SECRET_KEY", "PII_ENCRYPTION_KEY", "PII_HASH_KEY")
# SHA-256 of the four values the first versions shipped as defaults (commits aeb63be to da47420^):
# refused everywhere; kept as digests so that no key-shaped value is in the package
_PUBLISHED_DIGESTS = frozenset({
    "6995374d2a65e60057c73ed0bd7a136964391317f3b5c565b776c1649d4227a2",
    "cc88210fc44b28c0860cadaed9467f7f9eb4b55992a826e885c59d695da6188b",
    "a61f5d6ae21a674a643064f420582746edc5ee81a9bc9ea90aa99e5da7813440",
    "8b1b1c5a0b238d306df567528653965f28d61ad134ebe92c43d92997199a49a4",
})
_MIN_SECRET_LENGTH = 32


class ConfigError(RuntimeError):
    pass


def _env(name: str, default: str | None = None) -> str | None:
    value = os.environ.get(name)
    return value if value not in (None, "") else default


def _secrets_file() -> dict[str, str]:
    """KEY=value lines of the 0600 file the run command writes under RECRUIT_HOME."""
    path = Path(_env("RECRUIT_SECRETS_FILE")
                or Path(_env("RECRUIT_HOME", "/var/lib/recruit") or "") / "secrets.env")
    try:
        text = path.read_text(encoding="utf-8")
    except OSError:
        return {}
    pairs = (line.split("=", 1) for line in text.splitlines() if "=" in line and not line.startswith("#"))
    return {k.strip(): v.strip() for k, v in pairs}


def _default_database_url() -> str:
    """The main job's cluster as deploy/postgres.sh made it, as the application's role (rows, never
    the schema); passwords are generated once per installation into $RECRUIT_HOME/secrets (0600),
    never constants. An installation from before the application's role: its owner."""
    secrets_dir = Path(_env("RECRUIT_HOME", "/var/lib/recruit") or "") / "secrets"
    for role, name in (("recruit_app", "postgres-app-password"), ("recruit", "postgres-password")):
        try:
            password = (secrets_dir / name).read_text(encoding="utf-8").strip()
        except OSError:
            continue
        return f"postgresql+psycopg://{role}:{password}@127.0.0.1:{_env('PG_PORT', '55432')}/recruit"
    return f"postgresql+psycopg://recruit@127.0.0.1:{_env('PG_PORT', '55432')}/recruit"


def _default_elasticsearch_url() -> str:
    """The node deploy/elasticsearch.sh started, as its app user (security is on): the password is
    generated once per installation into $RECRUIT_HOME/secrets (0600)."""
    port = _env("ES_PORT", "9200")
    path = Path(_env("RECRUIT_HOME", "/var/lib/recruit") or "") / "secrets" / "elasticsearch-app-password"
    try:
        return f"http://recruit_app:{path.read_text(encoding='utf-8').strip()}@127.0.0.1:{port}"
    except OSError:
        return f"http://127.0.0.1:{port}"


def _shards() -> dict[str, int]:
    """SEARCH_SHARDS=vacancies=12,jobseekers=8: primary shards per index for the deployment's shape
    (docs/deployment.md); an index not named keeps its mapping file's count."""
    pairs = (item.split("=", 1) for item in (_env("SEARCH_SHARDS") or "").split(",") if "=" in item)
    return {name.strip(): int(count) for name, count in pairs}


def _secret(name: str, stored: dict[str, str]) -> str | None:
    return _env(name) or stored.get(name)


# per account when signed in, else per client address (limits syntax: "10/minute;100/day");
# mobile networks put many people behind one address, so address-keyed limits stay generous
_DEFAULT_RATE_LIMITS = {
    "login": "20/minute;200/hour",
    "register": "10/minute;50/hour",
    "otp": "5/minute;20/hour",
    "password_reset": "5/minute;20/hour",
    "resume_view": "60/minute;1000/day",
    "candidates": "30/minute;600/hour",
    "contact_request": "20/minute;200/day",
    "search": "300/minute",
    "import": "10/minute;100/hour",
    # per partner key (a key may carry its own): a partner paging through a backlog of 1,000
    # changes a page reads a million changes in under 17 minutes at this rate
    "partner_feed": "60/minute;20000/day",
}


def _rate_limit_overrides() -> dict[str, str]:
    """RATE_LIMIT_<NAME>=... in the environment replaces one default (RATE_LIMIT_LOGIN=5/minute)."""
    return {name: value for name in _DEFAULT_RATE_LIMITS
            if (value := _env(f"RATE_LIMIT_{name.upper()}"))}


def check_rate_limit_store(cfg: dict) -> None:
    """A shared store outside development: per-process counters would let each worker and host
    grant the full allowance again."""
    if cfg.get("RATELIMIT_STORAGE_URI"):
        return
    if cfg["RECRUIT_ENV"] == "production":
        raise ConfigError("RATELIMIT_STORAGE_URI must name a shared store (redis://…) in production")
    cfg["RATELIMIT_STORAGE_URI"] = "memory://"


def check_secrets(cfg: dict) -> None:
    """Every key present, long enough and not a published value, in every environment."""
    for key in SECRET_NAMES:
        value = cfg.get(key)
        if not value:
            raise ConfigError(f"{key} is not set: run ./deploy/run.sh (it generates the keys once) "
                              f"or set it in the environment")
        if hashlib.sha256(value.encode()).hexdigest() in _PUBLISHED_DIGESTS:
            raise ConfigError(f"{key} is a published development value; generate a new one")
        if len(value) < _MIN_SECRET_LENGTH:
            raise ConfigError(f"{key} must be at least {_MIN_SECRET_LENGTH} characters")
    if cfg.get("SMS_PROVIDER", "dev") not in ("dev", "aliyun"):
        raise ConfigError("SMS_PROVIDER must be dev or aliyun")
    if cfg.get("WECHAT_PROVIDER", "dev") not in ("dev", "wechat"):
        raise ConfigError("WECHAT_PROVIDER must be dev or wechat")
    if cfg.get("WECHAT_PROVIDER") == "wechat":
        for key in ("WECHAT_APPID", "WECHAT_APP_SECRET"):
            if not cfg.get(key):
                raise ConfigError(f"{key} is required with WECHAT_PROVIDER=wechat")
    if cfg.get("SMS_PROVIDER") == "aliyun":
        for key in ("SMS_ALIYUN_ACCESS_KEY_ID", "SMS_ALIYUN_ACCESS_KEY_SECRET", "SMS_SIGN_NAME",
                    "SMS_TEMPLATE_CODE"):
            if not cfg.get(key):
                raise ConfigError(f"{key} is required with SMS_PROVIDER=aliyun")
    check_pii_keys(cfg)


def check_pii_keys(cfg: dict) -> None:
    """PII_CIPHER names the cipher of PII_ENCRYPTION_KEY; old keys may be of either (a rotation from
    one to the other); SM4 needs an OpenSSL with SM4-GCM."""
    cipher = cfg.get("PII_CIPHER") or "fernet"
    if cipher not in privacy.CIPHERS:
        raise ConfigError(f"PII_CIPHER must be one of {', '.join(privacy.CIPHERS)}")
    old_keys = [k.strip() for k in (cfg.get("PII_ENCRYPTION_OLD_KEYS") or "").split(",") if k.strip()]
    kinds = []
    for name, raw in (("PII_ENCRYPTION_KEY", cfg["PII_ENCRYPTION_KEY"]),
                      *(("PII_ENCRYPTION_OLD_KEYS", k) for k in old_keys)):
        try:
            kinds.append(privacy.key_cipher(raw))
        except privacy.KeyFormatError as exc:
            raise ConfigError(f"{name}: {exc}") from exc
    if kinds[0] != cipher:
        form = "32 hex digits" if cipher == "sm4" else "a Fernet key, urlsafe base64 of 32 bytes"
        raise ConfigError(f"PII_CIPHER={cipher} needs a key of that cipher in PII_ENCRYPTION_KEY ({form}); "
                          f"a key of the other cipher goes to PII_ENCRYPTION_OLD_KEYS during a rotation")
    if "sm4" in kinds and not privacy.sm4_available():
        raise ConfigError("SM4 keys are configured but this OpenSSL has no SM4-GCM (OpenSSL 3.0 or later)")


def _task_broker(store: str | None) -> str:
    """The throttling store's Redis server, database 5: the queue apart from the counters."""
    if not store or not store.startswith("redis"):
        return "redis://127.0.0.1:56379/5"
    head, _, tail = store.rpartition("/")
    return f"{head}/5" if tail.isdigit() and "@" not in tail else f"{store.rstrip('/')}/5"


def load(overrides: dict | None = None) -> dict:
    """Build the Flask config from the environment, then apply overrides (tests)."""
    env = _env("RECRUIT_ENV", "development")
    stored = _secrets_file()
    cfg: dict = {
        "RECRUIT_ENV": env,
        "SQLALCHEMY_DATABASE_URI": _env("DATABASE_URL") or _default_database_url(),
        # the owner of the tables, for `flask db upgrade` only (deploy/run.sh sets it); the app's
        # own role cannot change the schema. Unset: migrations use the app's URL.
        "MIGRATIONS_DATABASE_URL": _env("MIGRATIONS_DATABASE_URL"),
        # reports, exports and the dashboard read here (the hot standby; recruit/replica.py),
        # read-only; unset: they read DATABASE_URL like everything else
        "REPORTING_DATABASE_URL": _env("REPORTING_DATABASE_URL"),
        # how a report question is read (reporting/reading.py): index descents before a range read
        "REPORT_MAX_KEYS": int(_env("REPORT_MAX_KEYS", "4000")),
        "REPORT_MAX_DESCENTS": int(_env("REPORT_MAX_DESCENTS", "4000")),
        "REPORT_MAX_CELL_DESCENTS": int(_env("REPORT_MAX_CELL_DESCENTS", "40000")),
        # hide_parameters keeps personal data out of SQL error messages and logs
        "SQLALCHEMY_ENGINE_OPTIONS": {"pool_pre_ping": True, "pool_size": 10, "hide_parameters": True,
                                      # a host gone without a reset (a lost machine, before a failover) is
                                      # given up on in seconds, not after TCP's minutes: connecting
                                      # tries the next host, an idle LISTEN connection errors out
                                      "connect_args": {"connect_timeout": 5, "keepalives_idle": 30,
                                                       "keepalives_interval": 10, "keepalives_count": 3}},
        # comma-separated nodes; credentials in the URL (http://user:password@host:port)
        "ELASTICSEARCH_URL": _env("ELASTICSEARCH_URL") or _default_elasticsearch_url(),
        "ELASTICSEARCH_TIMEOUT": float(_env("ELASTICSEARCH_TIMEOUT", "10")),
        # every index and alias name starts with this; tests use their own
        "SEARCH_INDEX_PREFIX": _env("SEARCH_INDEX_PREFIX", "recruit"),
        # the shape's index layout: primaries per index, replicas of each (None: the mapping file's)
        "SEARCH_SHARDS": _shards(),
        "SEARCH_REPLICAS": int(r) if (r := _env("SEARCH_REPLICAS")) else None,
        "SECRET_KEY": _secret("SECRET_KEY", stored),
        "JWT_SECRET_KEY": _secret("JWT_SECRET_KEY", stored),
        # short access tokens; a refresh token (single use, rotated) gets the next one
        "JWT_ACCESS_TOKEN_EXPIRES": int(_env("JWT_ACCESS_TOKEN_SECONDS", "900")),
        "JWT_REFRESH_TOKEN_EXPIRES": int(_env("JWT_REFRESH_TOKEN_SECONDS", str(14 * 24 * 3600))),
        # a web (cookie) session ends after this even while in use
        "WEB_SESSION_SECONDS": int(_env("WEB_SESSION_SECONDS", str(8 * 3600))),
        # SMS one-time codes (registration, password reset, invitations, admin sign-in)
        "SMS_PROVIDER": _env("SMS_PROVIDER", "dev"),  # dev (the sms_outbox table) | aliyun
        "SMS_ALIYUN_ACCESS_KEY_ID": _env("SMS_ALIYUN_ACCESS_KEY_ID"),
        "SMS_ALIYUN_ACCESS_KEY_SECRET": _secret("SMS_ALIYUN_ACCESS_KEY_SECRET", stored),
        "SMS_ALIYUN_ENDPOINT": _env("SMS_ALIYUN_ENDPOINT", "https://dysmsapi.aliyuncs.com/"),
        "SMS_ALIYUN_REGION": _env("SMS_ALIYUN_REGION", "cn-hangzhou"),
        "SMS_SIGN_NAME": _env("SMS_SIGN_NAME"),
        "SMS_TEMPLATE_CODE": _env("SMS_TEMPLATE_CODE"),  # a template with one ${code}
        "SMS_TIMEOUT": float(_env("SMS_TIMEOUT", "5")),
        # notifications (recruit/notifications): SMS reuses the gateway above with this template
        # (params ${title}); WeChat subscription messages: dev (the wechat_outbox table) | wechat
        "SMS_TEMPLATE_NOTICE": _env("SMS_TEMPLATE_NOTICE"),
        "WECHAT_PROVIDER": _env("WECHAT_PROVIDER", "dev"),
        "WECHAT_APPID": _env("WECHAT_APPID"),
        "WECHAT_APP_SECRET": _secret("WECHAT_APP_SECRET", stored),
        "WECHAT_API_BASE": _env("WECHAT_API_BASE", "https://api.weixin.qq.com"),
        # subscription template id per notification kind (WECHAT_TEMPLATE_APPLICATION_STATUS ...)
        "WECHAT_TEMPLATES": {k: v for k in ("saved_search_alert", "campaign_push", "application_status",
                                             "contact_request")
                             if (v := _env(f"WECHAT_TEMPLATE_{k.upper()}"))},
        "WECHAT_MINIPROGRAM_STATE": _env("WECHAT_MINIPROGRAM_STATE", "formal"),
        # per person and China Standard Time day; over the cap a delivery is skipped (the inbox
        # still has it)
        "NOTIFY_SMS_DAILY_CAP": int(_env("NOTIFY_SMS_DAILY_CAP", "3")),
        "NOTIFY_WECHAT_DAILY_CAP": int(_env("NOTIFY_WECHAT_DAILY_CAP", "10")),
        # quiet hours (CST): SMS and WeChat wait until the end hour; in-app is immediate
        "NOTIFY_QUIET_START": int(_env("NOTIFY_QUIET_START", "22")),
        "NOTIFY_QUIET_END": int(_env("NOTIFY_QUIET_END", "8")),
        # a failed gateway call: retried after BASE, 2x BASE ... at most MAX seconds; given up
        # (status failed, error kept) after ATTEMPTS tries
        "NOTIFY_RETRY_BASE": int(_env("NOTIFY_RETRY_BASE", "60")),
        "NOTIFY_RETRY_MAX": int(_env("NOTIFY_RETRY_MAX", "3600")),
        "NOTIFY_MAX_ATTEMPTS": int(_env("NOTIFY_MAX_ATTEMPTS", "6")),
        "NOTIFY_BATCH_SIZE": int(_env("NOTIFY_BATCH_SIZE", "500")),
        # the fairness monitor (docs/fairness.md): share of search, recommendation and candidate
        # answers whose top 10 is counted; the buffer is written at SIZE keys or SECONDS age
        "FAIRNESS_SAMPLE_RATE": float(_env("FAIRNESS_SAMPLE_RATE", "0.05")),
        "FAIRNESS_FLUSH_SIZE": int(_env("FAIRNESS_FLUSH_SIZE", "5000")),
        "FAIRNESS_FLUSH_SECONDS": float(_env("FAIRNESS_FLUSH_SECONDS", "60")),
        # flagged: a target group's impression share / pool share below THRESHOLD, once the
        # surface has MIN_IMPRESSIONS sampled impressions in the window
        "FAIRNESS_RATIO_THRESHOLD": float(_env("FAIRNESS_RATIO_THRESHOLD", "0.8")),
        "FAIRNESS_MIN_IMPRESSIONS": int(_env("FAIRNESS_MIN_IMPRESSIONS", "200")),
        "OTP_TTL_SECONDS": int(_env("OTP_TTL_SECONDS", "300")),
        "OTP_MAX_ATTEMPTS": int(_env("OTP_MAX_ATTEMPTS", "5")),
        "OTP_RESEND_SECONDS": int(_env("OTP_RESEND_SECONDS", "60")),
        # resumes (distinct jobseekers) one employer may open per China Standard Time day
        "RESUME_VIEW_DAILY_QUOTA": int(_env("RESUME_VIEW_DAILY_QUOTA", "200")),
        # flagged for operators: views in 7 days > FACTOR x open headcount + SLACK
        "RESUME_VIEW_FLAG_FACTOR": int(_env("RESUME_VIEW_FLAG_FACTOR", "20")),
        "RESUME_VIEW_FLAG_SLACK": int(_env("RESUME_VIEW_FLAG_SLACK", "50")),
        # resident ID numbers at rest: fernet (default) or sm4 (GB/T 32907, SM4-GCM); the key of
        # that cipher (Fernet: urlsafe base64 of 32 bytes; SM4: 32 hex digits) — recruit/privacy.py
        "PII_CIPHER": _secret("PII_CIPHER", stored) or "fernet",
        "PII_ENCRYPTION_KEY": _secret("PII_ENCRYPTION_KEY", stored),
        # comma-separated previous keys (either cipher), readable during a rotation (docs/operations.md)
        "PII_ENCRYPTION_OLD_KEYS": _secret("PII_ENCRYPTION_OLD_KEYS", stored) or "",
        # HMAC key for the searchable hash of resident ID numbers
        "PII_HASH_KEY": _secret("PII_HASH_KEY", stored),
        "ARGON2_TIME_COST": int(_env("ARGON2_TIME_COST", "3")),
        "ARGON2_MEMORY_COST": int(_env("ARGON2_MEMORY_COST", "65536")),
        "MAX_CONTENT_LENGTH": int(_env("MAX_CONTENT_LENGTH", str(1024 * 1024))),
        "API_TITLE": "recruit",
        "API_VERSION": "v1",
        "OPENAPI_VERSION": "3.0.3",
        "OPENAPI_URL_PREFIX": "/api",
        "OPENAPI_JSON_PATH": "openapi.json",
        "JSON_AS_ASCII": False,
        # throttling and lockouts live in a store all workers and hosts share (Redis); tests and
        # the run command start one. memory:// only for a single process (never production).
        "RATELIMIT_STORAGE_URI": _env("RATELIMIT_STORAGE_URI"),
        "RATE_LIMITS": {**_DEFAULT_RATE_LIMITS, **_rate_limit_overrides()},
        "RATELIMIT_KEY_PREFIX": _env("RATELIMIT_KEY_PREFIX", "recruit"),
        # how many proxies (nginx) stand in front: their X-Forwarded-For is trusted, no other
        "TRUSTED_PROXIES": int(_env("TRUSTED_PROXIES", "0")),
        "SYNC_BATCH_SIZE": int(_env("SYNC_BATCH_SIZE", "2000")),
        # public search pages kept this many seconds (0: no cache) in Redis (the throttling store
        # unless SEARCH_CACHE_URL); a closed vacancy leaves cached pages when the sync worker
        # removes it from the index (recruit/search/cache.py)
        "SEARCH_CACHE_SECONDS": int(_env("SEARCH_CACHE_SECONDS", "15")),
        "SEARCH_CACHE_URL": _env("SEARCH_CACHE_URL"),
        "SEARCH_CACHE_TIMEOUT": float(_env("SEARCH_CACHE_TIMEOUT", "0.2")),
        # the task queue (Celery on Redis, docs/architecture.md "Background work"): its own Redis
        # database by default, the throttling store's server with /5; keys under a prefix
        "TASK_BROKER_URL": _env("TASK_BROKER_URL") or _task_broker(_env("RATELIMIT_STORAGE_URI")),
        "TASK_KEY_PREFIX": _env("TASK_KEY_PREFIX", "recruit-tasks:"),
        # first retry after this many seconds, doubling up to TASK_RETRY_MAX (exponential backoff)
        "TASK_RETRY_BACKOFF": int(_env("TASK_RETRY_BACKOFF", "5")),
        "TASK_RETRY_MAX": int(_env("TASK_RETRY_MAX", "600")),
        "TASK_MAX_RETRIES": int(_env("TASK_MAX_RETRIES", "8")),
        # tests run tasks in the calling process; production never does
        "TASK_ALWAYS_EAGER": _env("TASK_ALWAYS_EAGER", "0") == "1",
        # one task per audience slice of a campaign push (jobseeker id modulo this)
        "PUSH_SLICES": int(_env("PUSH_SLICES", "8")),
        # observability: JSON log lines (text for a developer who asks), Prometheus at /metrics
        "LOG_FORMAT": _env("LOG_FORMAT", "json"),
        # set by deploy/run.sh (and read by prometheus_client itself): gunicorn workers and task
        # workers write their samples there and /metrics adds them up
        "PROMETHEUS_MULTIPROC_DIR": _env("PROMETHEUS_MULTIPROC_DIR"),
        # who may read /metrics: these networks (the scraper's), anybody else gets 404
        "METRICS_NETWORKS": [n.strip() for n in (_env("METRICS_NETWORKS", "127.0.0.0/8,::1/128") or "")
                             .split(",") if n.strip()],
        # the partner feed's daily snapshot files (JSON lines), the newest FEED_SNAPSHOT_KEEP kept
        "FEED_SNAPSHOT_DIR": _env("FEED_SNAPSHOT_DIR")
        or str(Path(_env("RECRUIT_HOME", "/var/lib/recruit") or "") / "feed"),
        "FEED_SNAPSHOT_KEEP": int(_env("FEED_SNAPSHOT_KEEP", "7")),
        # vacancy bulk import: 10,000 rows with long descriptions
        "IMPORT_MAX_BYTES": int(_env("IMPORT_MAX_BYTES", str(20 * 1024 * 1024))),
        # an XLSX is a zip: bounds read from its central directory before anything inflates it
        "IMPORT_XLSX_MAX_UNCOMPRESSED": int(_env("IMPORT_XLSX_MAX_UNCOMPRESSED", str(100 * 1024 * 1024))),
        "IMPORT_XLSX_MAX_ENTRIES": int(_env("IMPORT_XLSX_MAX_ENTRIES", "200")),
        # web pages: the session cookie is not readable by scripts nor sent cross-site
        "SESSION_COOKIE_HTTPONLY": True,
        "SESSION_COOKIE_SAMESITE": "Lax",
        "SESSION_COOKIE_SECURE": env == "production",
    }
    if overrides:
        cfg.update(overrides)
    return cfg
