"""The task workers' and the scheduler's entry: `celery -A recruit.worker worker|beat`.

Builds the Flask app (configuration, database, logging) and registers the tasks.
"""

from __future__ import annotations

from recruit import create_app
from recruit import tasks as _tasks  # noqa: F401 - registers the tasks on the Celery app
from recruit.taskqueue import celery

flask_app = create_app()

__all__ = ["celery", "flask_app"]
