"""Non-secret settings (profiles, public keys, timeouts, window state) as a JSON file.

Secrets are not here: the API key lives in :mod:`licensegui.core.secrets`.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from licensegui.core.envelope import DEFAULT_REPLAY_WINDOW_S
from licensegui.core.errors import KeyFileError, LicenseGuiError
from licensegui.core.trust import KEY_LABELS, TrustStore, load_public_key

log = logging.getLogger(__name__)

SCHEMA = 1
DEFAULT_TIMEOUT_S = 30.0


@dataclass
class Profile:
    """A vendor's Key Manager server: address and public keys (PEM text, by label)."""

    name: str
    base_url: str
    keys: dict[str, str] = field(default_factory=dict)
    #: Demo profiles live for one run and are never written to disk.
    demo: bool = False

    def trust_store(self) -> TrustStore:
        """The profile's keys; a stored key that no longer loads is skipped, not fatal."""
        store = TrustStore()
        for label, pem in self.keys.items():
            try:
                store.add(load_public_key(pem, label))
            except KeyFileError as exc:
                log.warning("profile %s: %s key unusable: %s", self.name, label, exc)
        return store


@dataclass
class Settings:
    profiles: list[Profile] = field(default_factory=list)
    last_profile: str | None = None
    replay_window_s: int = DEFAULT_REPLAY_WINDOW_S
    timeout_s: float = DEFAULT_TIMEOUT_S
    window_geometry: str | None = None

    def profile(self, name: str | None) -> Profile | None:
        return next((p for p in self.profiles if p.name == name), None)

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["schema"] = SCHEMA
        real = [p for p in self.profiles if not p.demo]
        data["profiles"] = [{"name": p.name, "base_url": p.base_url, "keys": p.keys} for p in real]
        if self.last_profile not in {p.name for p in real}:
            # A demo profile lasts one session: next start opens on a real one.
            data["last_profile"] = real[0].name if real else None
        return data

    @classmethod
    def from_json(cls, data: Any) -> Settings:
        if not isinstance(data, dict):
            raise ValueError("settings are not a JSON object")
        profiles = []
        for item in data.get("profiles", []):
            keys = {k: v for k, v in dict(item.get("keys", {})).items()
                    if k in KEY_LABELS and isinstance(v, str)}
            profiles.append(Profile(str(item["name"]), str(item["base_url"]), keys))
        window = int(data.get("replay_window_s", DEFAULT_REPLAY_WINDOW_S))
        timeout = float(data.get("timeout_s", DEFAULT_TIMEOUT_S))
        geometry = data.get("window_geometry")
        last = data.get("last_profile")
        return cls(
            profiles=profiles,
            last_profile=last if isinstance(last, str) else None,
            replay_window_s=min(max(window, 5), 86_400),
            timeout_s=min(max(timeout, 1.0), 600.0),
            window_geometry=geometry if isinstance(geometry, str) else None,
        )


class SettingsStore:
    """Loads and saves :class:`Settings` atomically; a damaged file is set aside, not lost."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def load(self) -> tuple[Settings, str | None]:
        """The settings, and a sentence for the user when the file had to be set aside."""
        try:
            text = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return Settings(), None
        except OSError as exc:
            return Settings(), f"Settings could not be read ({exc.strerror}); using defaults."
        try:
            return Settings.from_json(json.loads(text)), None
        except (ValueError, TypeError, KeyError) as exc:
            backup = self.path.with_name(f"{self.path.name}.damaged-{int(time.time())}")
            try:
                self.path.replace(backup)
            except OSError:
                backup = self.path
            log.warning("settings file damaged (%s); kept as %s", exc, backup)
            return Settings(), f"The settings file was damaged; it was kept as {backup.name}."

    def save(self, settings: Settings) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        text = json.dumps(settings.to_json(), indent=2, sort_keys=True)
        # Write-then-rename so a crash mid-write never leaves half a settings file.
        fd, tmp = tempfile.mkstemp(prefix=".settings-", dir=self.path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                handle.write(text)
            os.replace(tmp, self.path)
        except OSError as exc:
            Path(tmp).unlink(missing_ok=True)
            raise LicenseGuiError(f"Settings could not be saved: {exc.strerror or exc}.") from exc
