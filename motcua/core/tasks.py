"""The task backend: django_tasks_db's, its rows written with a statement built once.

Every changed dossier enqueues its indicators' recount, inside the change's own
transaction (`kpi.services.dossier_changed`), so the enqueue is on the hot path
of a submission. django_tasks_db writes its row with `objects.create()`, whose
ORM compilation costs several times the INSERT itself; this backend writes the
same row, with the same values, defaults and save signals, through
`core.compiled.row_create`. Everything else (the worker, results, the admin)
is django_tasks_db's.
"""

from __future__ import annotations

from typing import Any

from django.db import router
from django_tasks_db import DatabaseBackend as _DatabaseBackend
from django_tasks_db.compat import normalize_json, task_enqueued

from motcua.core.compiled import row_create


class DatabaseBackend(_DatabaseBackend):
    """The database task backend, enqueueing through a prepared INSERT."""

    def _task_to_db_task(self, task, args, kwargs) -> Any:
        from django_tasks_db.models import DBTaskResult

        result = DBTaskResult(
            id=self._get_id(),
            args_kwargs=normalize_json({"args": args, "kwargs": kwargs}),
            priority=task.priority,
            task_path=task.module_path,
            queue_name=task.queue_name,
            run_after=task.run_after,
            backend_name=self.alias,
        )
        row_create(result, router.db_for_write(DBTaskResult))
        return result

    def enqueue(self, task, args, kwargs) -> Any:
        """Enqueue as django_tasks_db does, its result built once, not twice."""
        self.validate_task(task)
        result = self._task_to_db_task(task, args, kwargs).task_result
        task_enqueued.send(type(self), task_result=result)
        return result
