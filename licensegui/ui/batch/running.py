"""Small pieces of the batch window's running stage: what a pause says, and remembering
"Requests at a time" (the window module is kept to composing widgets)."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from licensegui.ui.i18n import translate

if TYPE_CHECKING:
    from licensegui.core.session import AppSession

log = logging.getLogger(__name__)


def paused_sentence(in_flight: int) -> str:
    """A pause settles: it waits for the requests already out, then says "Paused." — not
    "requests already sent are finishing" for ever."""
    if in_flight > 0:
        return translate("BatchWindow", "Pausing: waiting for %n request(s) already sent…",
                         None, in_flight)
    return translate("BatchWindow", "Paused.")


def remember_concurrency(ctx: AppSession, value: int) -> None:
    """Keep the user's "Requests at a time" for the next batch (Settings' file)."""
    if ctx.settings.batch_concurrency == value:
        return
    ctx.settings.batch_concurrency = value
    try:
        ctx.save_settings()
    except Exception as exc:  # a setting not kept is no reason to stop a batch
        log.warning("could not save the batch's requests at a time: %s", exc)
