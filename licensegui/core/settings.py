"""Non-secret settings (profiles, public keys, timeouts, window state) as a JSON file.

Secrets are not here: the API key lives in :mod:`licensegui.core.secrets`.
"""

from __future__ import annotations

import json
import logging
import math
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from licensegui.core.envelope import DEFAULT_REPLAY_WINDOW_S
from licensegui.core.errors import KeyFileError, LicenseGuiError, ValidationError
from licensegui.core.files import make_private, private_folder, read_state, write_atomically
from licensegui.core.text import translate
from licensegui.core.trust import KEY_LABELS, TrustStore, load_public_key
from licensegui.core.validation import clean_base_url, clean_profile_name

log = logging.getLogger(__name__)

SCHEMA = 1
#: The largest settings file read: ours are a few KB (profiles with their public keys).
SETTINGS_MAX_BYTES = 1024 * 1024
DEFAULT_TIMEOUT_S = 30.0
TIMEOUT_RANGE = (1.0, 600.0)
REPLAY_WINDOW_RANGE = (5.0, 86_400.0)
#: How long a server is expected to remember an Idempotency-Key (the ledger's window): a
#: minute to 30 days; the default is the common day of idempotency stores.
DEFAULT_IDEMPOTENCY_WINDOW_S = 24 * 3600
IDEMPOTENCY_WINDOW_RANGE = (60.0, 30 * 86_400.0)
#: History retention in days; 0 keeps everything.
KEEP_DAYS_MAX = 36_500
#: Languages the window can be shown in ("" = as the OS). The names live in the UI.
LANGUAGE_CODES = ("", "de", "en", "es", "fr")
#: A PEM public key or certificate is a few KiB; anything far larger is not one.
MAX_PEM_CHARS = 64 * 1024
#: The batch window's "Requests at a time" (the runner's own bounds, 1 to 8; default 2).
BATCH_CONCURRENCY_RANGE, DEFAULT_BATCH_CONCURRENCY = (1, 8), 2
#: Column mappings remembered (by the header's signature): a few per reseller's spreadsheets,
#: bounded so a damaged file cannot grow without end; the oldest go first.
MAPPINGS_MAX, MAPPING_TEXT_MAX = 100, 256


@dataclass
class Profile:
    """A vendor's Key Manager server: address and public keys (PEM text, by label)."""

    name: str
    base_url: str
    keys: dict[str, str] = field(default_factory=dict)
    #: Demo profiles live for one run and are never written to disk.
    demo: bool = False
    #: The team ledger shared with colleagues for this server (a PostgreSQL URL without a
    #: password: that lives in the keyring), "" for none; and whether nothing is sent while
    #: it cannot be reached (issue 27).
    team_ledger: str = ""
    require_team_ledger: bool = False

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
    #: Delete attempts older than this many days (personal data); 0 keeps everything.
    history_keep_days: int = 0
    #: The window's language: "" follows the OS, else one of LANGUAGE_CODES.
    language: str = ""
    #: How long a request is re-sent with its first Idempotency-Key (see core/ledger.py).
    idempotency_window_s: int = DEFAULT_IDEMPOTENCY_WINDOW_S
    #: The batch window's "Requests at a time", as the user last chose it.
    batch_concurrency: int = DEFAULT_BATCH_CONCURRENCY
    #: Batch column mappings the user chose: header signature → {field: header name}.
    column_mappings: dict[str, dict[str, str]] = field(default_factory=dict)
    #: "Your name" in the team ledger; "" for LICENSEGUI_STAFF or the OS user name.
    staff: str = ""

    def profile(self, name: str | None) -> Profile | None:
        return next((p for p in self.profiles if p.name == name), None)

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["schema"] = SCHEMA
        real = [p for p in self.profiles if not p.demo]
        data["profiles"] = [_profile_json(p) for p in real]
        if self.last_profile not in {p.name for p in real}:
            # A demo profile lasts one session: next start opens on a real one.
            data["last_profile"] = real[0].name if real else None
        return data

    @classmethod
    def from_json(cls, data: Any) -> Settings:
        """Settings from parsed JSON, checked field by field for type and range. Raises
        ValueError naming the first field that does not fit: a file of the right syntax but
        the wrong shape is set aside like a damaged one, never half-used."""
        if not isinstance(data, dict):
            raise ValueError("settings are not a JSON object")
        schema = data.get("schema", SCHEMA)
        if type(schema) is not int or schema != SCHEMA:
            raise ValueError(f"unknown settings schema {schema!r}")
        raw_profiles = data.get("profiles", [])
        if not isinstance(raw_profiles, list):
            raise ValueError("profiles is not a list")
        profiles = [_profile_from_json(item, i) for i, item in enumerate(raw_profiles)]
        names = [p.name for p in profiles]
        if len(set(names)) != len(names):
            raise ValueError("two profiles have the same name")
        last = data.get("last_profile")
        if last is not None and not isinstance(last, str):
            raise ValueError("last_profile is not text")
        geometry = data.get("window_geometry")
        if geometry is not None and not isinstance(geometry, str):
            raise ValueError("window_geometry is not text")
        language = data.get("language", "")
        if not isinstance(language, str):
            raise ValueError("language is not text")
        if language not in LANGUAGE_CODES:
            # A language this version does not ship (a newer one's settings): follow the OS
            # rather than set the whole file, profiles and all, aside.
            log.warning("settings: unknown language %r; following the system", language[:16])
            language = ""
        return cls(
            profiles=profiles,
            language=language,
            last_profile=last,
            replay_window_s=int(_number(data, "replay_window_s", DEFAULT_REPLAY_WINDOW_S,
                                        REPLAY_WINDOW_RANGE, integer=True)),
            timeout_s=_number(data, "timeout_s", DEFAULT_TIMEOUT_S, TIMEOUT_RANGE),
            window_geometry=geometry,
            history_keep_days=int(_number(data, "history_keep_days", 0, (0, KEEP_DAYS_MAX),
                                          integer=True)),
            idempotency_window_s=int(_number(data, "idempotency_window_s",
                                             DEFAULT_IDEMPOTENCY_WINDOW_S,
                                             IDEMPOTENCY_WINDOW_RANGE, integer=True)),
            batch_concurrency=_batch_concurrency(data),
            column_mappings=_column_mappings(data),
            staff=_staff(data),
        )


def _staff(data: dict[str, Any]) -> str:
    staff = data.get("staff", "")
    if not isinstance(staff, str) or len(staff) > 100:
        raise ValueError("staff is not a short text")
    return staff.strip()


def _batch_concurrency(data: dict[str, Any]) -> int:
    """A remembered choice, not a setting that matters for safety: a value out of bounds
    (or a newer version's) falls back to the default instead of setting the file aside."""
    try:
        return int(_number(data, "batch_concurrency", DEFAULT_BATCH_CONCURRENCY,
                           BATCH_CONCURRENCY_RANGE, integer=True))
    except ValueError as exc:
        log.warning("settings: %s; using %d", exc, DEFAULT_BATCH_CONCURRENCY)
        return DEFAULT_BATCH_CONCURRENCY


def _column_mappings(data: dict[str, Any]) -> dict[str, dict[str, str]]:
    """Remembered column mappings; entries of the wrong shape are dropped (they are only a
    convenience: the preview asks again)."""
    raw = data.get("column_mappings", {})
    if not isinstance(raw, dict):
        log.warning("settings: column_mappings is not an object; ignored")
        return {}
    kept: dict[str, dict[str, str]] = {}
    for signature, mapping in list(raw.items())[-MAPPINGS_MAX:]:
        if (isinstance(signature, str) and 0 < len(signature) <= MAPPING_TEXT_MAX
                and isinstance(mapping, dict) and 0 < len(mapping) <= 8
                and all(isinstance(k, str) and isinstance(v, str)
                        and len(k) <= MAPPING_TEXT_MAX and len(v) <= MAPPING_TEXT_MAX
                        for k, v in mapping.items())):
            kept[signature] = dict(mapping)
        else:
            log.warning("settings: a column mapping of the wrong shape was dropped")
    return kept


def _number(data: dict[str, Any], name: str, default: float, bounds: tuple[float, float],
            integer: bool = False) -> float:
    value = data.get(name, default)
    kinds = (int,) if integer else (int, float)
    # bool is an int to Python, never a number of seconds to a person.
    if isinstance(value, bool) or not isinstance(value, kinds) or not math.isfinite(value):
        raise ValueError(f"{name} is not a number")
    if not bounds[0] <= value <= bounds[1]:
        raise ValueError(f"{name} {value} is outside {bounds[0]:g}–{bounds[1]:g}")
    return float(value)


def _profile_json(p: Profile) -> dict[str, Any]:
    data: dict[str, Any] = {"name": p.name, "base_url": p.base_url, "keys": p.keys}
    if p.team_ledger:  # written only when set: older versions read the rest unchanged
        data["team_ledger"] = p.team_ledger
        data["require_team_ledger"] = p.require_team_ledger
    return data


def _team_of(item: dict[str, Any], index: int) -> tuple[str, bool]:
    url, required = item.get("team_ledger", ""), item.get("require_team_ledger", False)
    if not isinstance(url, str) or not isinstance(required, bool):
        raise ValueError(f"profile {index + 1} has a team ledger of the wrong shape")
    if url:
        from licensegui.core.team.address import TeamAddress, TeamAddressError

        try:
            TeamAddress.parse(url)  # a password in it is refused: never kept in a file
        except TeamAddressError as exc:
            raise ValueError(f"profile {index + 1}: {exc}") from exc
    return url, required


def _profile_from_json(item: Any, index: int) -> Profile:
    if not isinstance(item, dict):
        raise ValueError(f"profile {index + 1} is not an object")
    name, url, keys = item.get("name"), item.get("base_url"), item.get("keys", {})
    if not isinstance(name, str) or not isinstance(url, str):
        raise ValueError(f"profile {index + 1} has no name or base_url text")
    try:
        if clean_profile_name(name) != name:
            raise ValueError(f"profile {index + 1} is not in its saved form")
        # Saved by an older version, the address may differ in case or a default port from
        # its normal form (issue 30): the same server, read in its normal form.
        url = clean_base_url(url)
    except ValidationError as exc:
        raise ValueError(f"profile {index + 1}: {exc}") from exc
    if not isinstance(keys, dict) or not all(
            k in KEY_LABELS and isinstance(v, str) and len(v) <= MAX_PEM_CHARS
            for k, v in keys.items()):
        raise ValueError(f"profile {index + 1} has keys of the wrong shape")
    team, required = _team_of(item, index)
    return Profile(name, url, dict(keys), team_ledger=team, require_team_ledger=required)


class SettingsStore:
    """Loads and saves :class:`Settings` atomically; a damaged file is set aside, not lost."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def load(self) -> tuple[Settings, str | None]:
        """The settings, and a sentence for the user when the file had to be set aside."""
        try:
            data = read_state(self.path, SETTINGS_MAX_BYTES)
            make_private(self.path)  # one an older version wrote 0644
        except FileNotFoundError:
            return Settings(), None
        except OSError as exc:
            return Settings(), translate("Settings",
                                         "Settings could not be read ({strerror}); using "
                                         "defaults.").format(strerror=exc.strerror)
        try:
            # utf-8-sig: Notepad saves UTF-8 with a byte-order mark; that is still our file.
            # Decoding inside the try: bytes that are not UTF-8 (Latin-1, random) are damage
            # like any other, set aside, not a crash at every start.
            return Settings.from_json(json.loads(data.decode("utf-8-sig"))), None
        except (ValueError, RecursionError) as exc:  # UnicodeDecodeError is a ValueError
            backup = self._set_aside()
            log.warning("settings file damaged (%s); kept as %s", exc, backup)
            return Settings(), translate("Settings",
                                         "The settings file was damaged; it was kept as "
                                         "{name}.").format(name=backup.name)

    def _set_aside(self) -> Path:
        """Move the damaged file beside itself under a name no earlier one has: two damaged
        files within one second must not overwrite the first one kept."""
        stem = f"{self.path.name}.damaged-{int(time.time())}"
        backup, n = self.path.with_name(stem), 1
        while backup.exists():
            n += 1
            backup = self.path.with_name(f"{stem}-{n}")
        try:
            self.path.replace(backup)
        except OSError:
            return self.path
        make_private(backup)
        return backup

    def save(self, settings: Settings) -> None:
        text = json.dumps(settings.to_json(), indent=2, sort_keys=True)
        try:
            private_folder(self.path.parent)
            # newline=None: the platform's line endings, as the file has always been written.
            write_atomically(self.path, text, newline=None)
        except OSError as exc:
            raise LicenseGuiError(translate(
                "Settings", "Settings could not be saved: {reason}.").format(
                reason=exc.strerror or exc)) from exc
