"""The line under the profile: where its API key lives and which public keys it trusts."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from licensegui.ui.i18n import localize, translate
from licensegui.ui.plain import PlainLabel
from licensegui.ui.tasks import read_in_background

if TYPE_CHECKING:
    from licensegui.core.secrets import SecretStore, StoreStatus
    from licensegui.core.settings import Profile


def api_key_words(has: bool, session_only: bool, status: StoreStatus) -> str:
    """Where a profile's API key is, in one consistent sentence (issue 19: not "not set (you
    will be asked). Not set. Not stored … kept for this session only")."""
    from licensegui.core.secrets import Storage

    keyring = status.storage is Storage.KEYRING
    if has and (session_only or not keyring):
        return translate("MainWindow", "kept in memory for this session only — never written "
                         "to disk.")
    if has:
        return localize(status.sentence)  # "Stored in {name}."
    if keyring:
        return translate("MainWindow", "not set yet — you will be asked for it at the first "
                         "assignment, and it can be stored in {backend}.").format(
                             backend=localize(status.backend))
    return translate("MainWindow", "not set yet — you will be asked for it at the first "
                     "assignment and it is kept for this session only (no keyring available "
                     "on this system).")


def key_facts(secrets: SecretStore, name: str) -> tuple[bool, bool, StoreStatus]:
    """(set, session only, storage) for :func:`api_key_words`; blocks like the keyring."""
    has, _where = secrets.key_status(name)
    return has, secrets.is_session_only(name), secrets.status()


class StorageNote(PlainLabel):
    """Says where the current profile's API key is kept; the keyring is asked off the GUI
    thread (it can sit for seconds behind a permission prompt)."""

    def __init__(self, demo_starting: bool) -> None:
        super().__init__(
            translate("MainWindow", "Starting the demo sandbox…") if demo_starting
            else translate("MainWindow", "Checking where the API key is kept…"))
        self.setObjectName("storageNote")
        self.setWordWrap(True)

    def update_for(self, p: Profile | None, secrets: SecretStore, demo_starting: bool,
                   current: Callable[[], Profile | None]) -> None:
        """Say it for ``p``; ``current`` tells, when the keyring answers, whether the user
        is still on ``p``."""
        if p is None and demo_starting:
            self.setText(translate("MainWindow", "Starting the demo sandbox…"))
            return
        if p is None:
            self.setText(translate("MainWindow",
                                   "No profile yet: open Settings to add your "
                                   "vendor's server."))
            return
        keys = ", ".join(p.trust_store().labels()) or translate("MainWindow",
                                                                "none — import one in Settings")
        name = p.name

        def show(outcome: tuple[bool, bool, StoreStatus] | Exception) -> None:
            if current() is not p:
                return  # the user moved on to another profile meanwhile
            if isinstance(outcome, Exception):
                text = localize(outcome)
            else:
                text = translate("MainWindow", "API key: {where}").format(
                    where=api_key_words(*outcome))
            self.setText(translate("MainWindow",
                                   "{text}  ·  Trusted public keys: "
                                   "{keys}").format(text=text, keys=keys))

        self.setText(translate("MainWindow",
                               "API key: checking the keyring…  ·  Trusted public "
                               "keys: {keys}").format(keys=keys))
        read_in_background(lambda: key_facts(secrets, name), show, self)
