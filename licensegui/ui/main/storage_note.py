"""The line under the profile: where its API key lives and which public keys it trusts."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from licensegui.ui.i18n import localize, translate
from licensegui.ui.plain import PlainLabel
from licensegui.ui.tasks import read_in_background

if TYPE_CHECKING:
    from licensegui.core.secrets import SecretStore
    from licensegui.core.settings import Profile


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

        def show(outcome: tuple[bool, str] | Exception) -> None:
            if current() is not p:
                return  # the user moved on to another profile meanwhile
            if isinstance(outcome, Exception):
                text = localize(outcome)
            else:
                has, where = outcome
                text = (translate("MainWindow", "API key: {where}") if has else
                        translate("MainWindow", "API key: not set (you will be asked). {where}")
                        ).format(where=localize(where))
            self.setText(translate("MainWindow",
                                   "{text}  ·  Trusted public keys: "
                                   "{keys}").format(text=text, keys=keys))

        self.setText(translate("MainWindow",
                               "API key: checking the keyring…  ·  Trusted public "
                               "keys: {keys}").format(keys=keys))
        read_in_background(lambda: secrets.key_status(name), show, self)
