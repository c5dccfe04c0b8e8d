"""The real worker entry plus one test task: `celery -A tests.task_worker worker` (test_tasks.py).

`tests.flaky` goes through the same base task as every real one (retry on RETRYABLE with
backoff); it fails its first `failures` attempts, noting each attempt's time and request id.
"""

from __future__ import annotations

import json
import time

import redis

from recruit.observability import logs
from recruit.taskqueue import celery
from recruit.worker import flask_app as app

__all__ = ["celery"]


@celery.task(name="tests.flaky")
def flaky(key: str, failures: int) -> int:
    client = redis.Redis.from_url(app.config["TASK_BROKER_URL"])
    attempt = client.rpush(key, json.dumps({"at": time.time(), "request_id": logs.current_request_id()}))
    client.expire(key, 600)
    if attempt <= failures:
        raise ConnectionError("simulated outage of a dependency")
    return int(attempt)
