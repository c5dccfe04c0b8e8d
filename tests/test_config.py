"""Secrets: none has a usable default; published values and short keys are refused everywhere."""

from __future__ import annotations

import os
import stat
import subprocess
from pathlib import Path

import pytest
from cryptography.fernet import Fernet

from recruit import config

ROOT = Path(__file__).resolve().parent.parent


def _good() -> dict[str, str]:
    return {"SECRET_KEY": "s" * 40, "JWT_SECRET_KEY": "j" * 40, "PII_HASH_KEY": "h" * 40,
            "PII_ENCRYPTION_KEY": Fernet.generate_key().decode(), "PII_ENCRYPTION_OLD_KEYS": ""}


def test_good_keys_pass():
    config.check_secrets(_good())


@pytest.mark.parametrize("env", ["development", "test", "production"])
@pytest.mark.parametrize("key", config.SECRET_NAMES)
@pytest.mark.parametrize("bad", [None, "", "dev-only-not-secret-jwt-key-32-bytes-long",
                                 "ZGV2LW9ubHktbm90LXNlY3JldC1waWkta2V5LTAwMDA=", "short-key"])
def test_missing_published_or_short_keys_are_refused_in_every_environment(env, key, bad):
    cfg = {**_good(), "RECRUIT_ENV": env, key: bad}
    with pytest.raises(config.ConfigError, match=key if bad in (None, "") else "."):
        config.check_secrets(cfg)


def test_an_encryption_key_that_is_not_fernet_is_refused():
    with pytest.raises(config.ConfigError, match="Fernet"):
        config.check_secrets({**_good(), "PII_ENCRYPTION_KEY": "x" * 44})
    with pytest.raises(config.ConfigError, match="Fernet"):
        config.check_secrets({**_good(), "PII_ENCRYPTION_OLD_KEYS": "not-a-key" * 5})


def test_no_key_has_a_default(monkeypatch, tmp_path):
    for key in config.SECRET_NAMES:
        monkeypatch.delenv(key, raising=False)
    monkeypatch.setenv("RECRUIT_SECRETS_FILE", str(tmp_path / "absent.env"))
    cfg = config.load()
    assert all(cfg[key] is None for key in config.SECRET_NAMES)
    with pytest.raises(config.ConfigError):
        config.check_secrets(cfg)


def test_the_run_command_generates_the_keys_once_in_a_private_file(tmp_path, monkeypatch):
    script = f'. "{ROOT}/deploy/env.sh"; secrets_up; echo "$RECRUIT_SECRETS_FILE"'
    env = {**os.environ, "RECRUIT_HOME": str(tmp_path)}
    first = subprocess.run(["bash", "-c", script], env=env, capture_output=True, text=True, check=True)
    path = Path(first.stdout.strip())
    assert path == tmp_path / "secrets.env"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    content = path.read_text()
    subprocess.run(["bash", "-c", script], env=env, capture_output=True, text=True, check=True)
    assert path.read_text() == content  # reused, not regenerated
    for key in config.SECRET_NAMES:
        monkeypatch.delenv(key, raising=False)
    monkeypatch.setenv("RECRUIT_SECRETS_FILE", str(path))
    cfg = config.load()
    config.check_secrets(cfg)  # what the run command made is accepted
    other = tmp_path / "other"
    other.mkdir()
    subprocess.run(["bash", "-c", script], env={**env, "RECRUIT_HOME": str(other)}, check=True,
                   capture_output=True)
    assert (other / "secrets.env").read_text() != content  # random per installation


def test_without_urls_the_app_takes_the_installation_s_least_privileged_users(monkeypatch, tmp_path):
    """No DATABASE_URL / ELASTICSEARCH_URL (a command typed on the host): the application's
    PostgreSQL role and Elasticsearch user, with the passwords deploy/ generated."""
    for name in ("DATABASE_URL", "ELASTICSEARCH_URL", "PG_PORT", "ES_PORT", "MIGRATIONS_DATABASE_URL"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("RECRUIT_HOME", str(tmp_path))
    cfg = config.load()
    assert cfg["ELASTICSEARCH_URL"] == "http://127.0.0.1:9200" and cfg["MIGRATIONS_DATABASE_URL"] is None
    (tmp_path / "secrets").mkdir()
    (tmp_path / "secrets" / "postgres-password").write_text("owner-pw\n")
    # an installation from before the application's role: its owner
    assert config.load()["SQLALCHEMY_DATABASE_URI"].startswith("postgresql+psycopg://recruit:owner-pw@")
    (tmp_path / "secrets" / "postgres-app-password").write_text("app-pw\n")
    (tmp_path / "secrets" / "elasticsearch-app-password").write_text("es-pw\n")
    cfg = config.load()
    assert cfg["SQLALCHEMY_DATABASE_URI"] == "postgresql+psycopg://recruit_app:app-pw@127.0.0.1:55432/recruit"
    assert cfg["ELASTICSEARCH_URL"] == "http://recruit_app:es-pw@127.0.0.1:9200"
