"""Asking for a profile's API key when a batch starts or resumes without one — as the form
does (issue 19.6), instead of stopping with "set it in Settings"."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from licensegui.core.secrets import KeyChange, apply_changes
from licensegui.ui.i18n import localize
from licensegui.ui.tasks import Task, Tasks

if TYPE_CHECKING:
    from licensegui.core.session import AppSession

log = logging.getLogger(__name__)


def ask_api_key(parent: QWidget, ctx: AppSession, profile: str, tasks: Tasks) -> str | None:
    """The key the user typed (None: cancelled). It is kept as they chose — saved in the
    keyring or kept for this session — on a tracked worker (a keyring may prompt; quitting
    waits for it); this run uses it directly."""
    # Imported when needed: most batches never ask.
    from licensegui.ui.api_key_dialog import ApiKeyDialog

    dialog = ApiKeyDialog(profile, ctx.secrets.status(), parent)
    if not dialog.exec():
        return None
    value = dialog.value
    kind = "keyring" if dialog.remember.isChecked() else "session"
    secrets = ctx.secrets
    task = Task(lambda _token: apply_changes(secrets, [KeyChange(kind, profile, value)]))
    task.succeeded.connect(lambda problems: [log.warning("API key not kept: %s", localize(p))
                                             for p in problems])
    tasks.start(task)
    return value
