"""What makes a build checkable by whoever receives it: reproducible archives, SHA256SUMS,
a CycloneDX SBOM, and Windows Authenticode signing. Pure functions where possible, so the
tests can check the command lines and bytes without the tools or certificates.
"""

from __future__ import annotations

import gzip
import hashlib
import io
import json
import lzma
import os
import stat
import subprocess
import sys
import tarfile
from collections.abc import Iterable, Mapping
from pathlib import Path

# --- reproducible archives --------------------------------------------------------------------


def source_date_epoch(root: Path, env: Mapping[str, str] | None = None) -> int:
    """SOURCE_DATE_EPOCH if set, else the commit time of HEAD (so two builds of one commit
    stamp the same times), else 0."""
    env = os.environ if env is None else env
    if env.get("SOURCE_DATE_EPOCH", "").isdigit():
        return int(env["SOURCE_DATE_EPOCH"])
    try:
        out = subprocess.run(["git", "log", "-1", "--format=%ct"], cwd=root, text=True,
                             capture_output=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return 0
    return int(out) if out.isdigit() else 0


def _normalised(info: tarfile.TarInfo, mtime: int) -> tarfile.TarInfo:
    info.uid = info.gid = 0
    info.uname = info.gname = ""
    info.mtime = mtime
    if info.isdir() or (info.isfile() and info.mode & stat.S_IXUSR):
        info.mode = 0o755
    elif info.issym():
        info.mode = 0o777
    else:
        info.mode = 0o644
    return info


def reproducible_tar(folder: Path, arcname: str, out: Path, mtime: int) -> None:
    """``folder`` as ``arcname/…`` in a .tar.xz (or a .tar.gz, by ``out``'s name) that depends
    only on the files' contents, names and executable bits: entries sorted, owners 0/"",
    times ``mtime``, modes 755/644; xz's container holds no name or time, and the gzip header
    is written with none."""
    paths = sorted(folder.rglob("*"), key=lambda p: p.relative_to(folder).as_posix())
    raw = io.BytesIO()
    with tarfile.open(fileobj=raw, mode="w", format=tarfile.PAX_FORMAT) as tar:
        for path in [folder, *paths]:
            name = arcname if path == folder else f"{arcname}/{path.relative_to(folder).as_posix()}"
            info = _normalised(tar.gettarinfo(str(path), arcname=name), mtime)
            info.pax_headers = {}
            if info.isfile():
                with open(path, "rb") as handle:
                    tar.addfile(info, handle)
            else:
                tar.addfile(info)
    if out.name.endswith(".tar.xz"):
        # A third smaller than gzip -9 for the Linux bundle (37 MB against 52 MB): its
        # libraries compress far better with xz's larger window; every tar reads it.
        out.write_bytes(lzma.compress(raw.getvalue(), format=lzma.FORMAT_XZ,
                                      check=lzma.CHECK_CRC64, preset=9))
        return
    with open(out, "wb") as handle, gzip.GzipFile(filename="", mode="wb", fileobj=handle,
                                                  compresslevel=9, mtime=0) as gz:
        gz.write(raw.getvalue())


# --- checksums --------------------------------------------------------------------------------


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def write_sha256sums(files: Iterable[Path], out: Path) -> str:
    """``sha256sum`` format (two spaces, binary-safe), checkable with
    ``sha256sum -c SHA256SUMS`` or PowerShell's Get-FileHash. Returns the text."""
    text = "".join(f"{sha256_file(f)}  {f.name}\n" for f in sorted(files, key=lambda f: f.name))
    out.write_text(text, encoding="ascii", newline="\n")
    return text


# --- SBOM -------------------------------------------------------------------------------------


def runtime_distributions(top: str = "licensegui") -> dict[str, str]:
    """The installed distributions ``top`` needs at run time (no extras): name → version.
    What the bundle carries, as opposed to the build and test tools in the same venv."""
    from importlib import metadata

    from packaging.requirements import Requirement

    wanted: dict[str, str] = {}
    queue = [top]
    while queue:
        name = queue.pop()
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue
        key = _canonical(dist.metadata["Name"])
        if key in wanted:
            continue
        wanted[key] = dist.version
        for spec in dist.requires or []:
            req = Requirement(spec)
            if req.marker is None or req.marker.evaluate({"extra": ""}):
                queue.append(req.name)
    wanted.pop(_canonical(top), None)
    return wanted


def _canonical(name: str) -> str:
    return name.lower().replace("_", "-").replace(".", "-")


def filter_sbom(bom: dict, keep: Mapping[str, str], qt_version: str, app_version: str) -> dict:
    """Keep the components the bundle contains (by name and exact version), drop the rest
    and the dependency edges to them, and add Qt itself (PySide6's wheels carry it)."""
    components = [c for c in bom.get("components", [])
                  if keep.get(_canonical(c.get("name", ""))) == c.get("version")]
    refs = {c.get("bom-ref") for c in components}
    qt = {"type": "framework", "bom-ref": f"qt@{qt_version}", "name": "Qt",
          "version": qt_version, "supplier": {"name": "The Qt Company"},
          "licenses": [{"license": {"id": "LGPL-3.0-only"}}],
          "description": "Qt libraries shipped inside the PySide6-Essentials wheel"}
    components.append(qt)
    refs.add(qt["bom-ref"])
    bom["components"] = sorted(components, key=lambda c: (c["name"].lower(), c["version"]))
    bom["dependencies"] = [
        {**d, "dependsOn": sorted(x for x in d.get("dependsOn", []) if x in refs)}
        for d in bom.get("dependencies", []) if d.get("ref") in refs]
    meta = bom.setdefault("metadata", {})
    meta["component"] = {"type": "application", "bom-ref": f"licensegui@{app_version}",
                         "name": "licensegui", "version": app_version}
    return bom


def make_sbom(python: str, out: Path, app_version: str, qt_version: str) -> dict:
    """A CycloneDX 1.6 JSON SBOM of the bundle, from cyclonedx-py (the CycloneDX project's
    own tool) run over the build environment, then narrowed to what the bundle carries."""
    raw = subprocess.run(
        [python, "-m", "cyclonedx_py", "environment", "--output-format", "JSON",
         "--spec-version", "1.6", "--output-reproducible", python],
        check=True, capture_output=True, text=True).stdout
    bom = filter_sbom(json.loads(raw), runtime_distributions(), qt_version, app_version)
    out.write_text(json.dumps(bom, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return bom


# --- Windows signing --------------------------------------------------------------------------

SIGN_ENV = ("LICENSEGUI_SIGN_THUMBPRINT", "LICENSEGUI_SIGN_PFX", "LICENSEGUI_SIGN_PFX_PASSWORD",
            "LICENSEGUI_SIGN_TIMESTAMP_URL")


def signtool_commands(env: Mapping[str, str], files: list[Path],
                      signtool: str = "signtool") -> tuple[list[list[str]], str]:
    """The signtool command lines that sign ``files`` (SHA-256 file digest, RFC 3161
    timestamp, SHA-256 timestamp digest) and then verify them, and a sentence; no commands
    when signing is not configured. Configure with a certificate in the store
    (LICENSEGUI_SIGN_THUMBPRINT) or a PFX file (LICENSEGUI_SIGN_PFX and
    LICENSEGUI_SIGN_PFX_PASSWORD), plus LICENSEGUI_SIGN_TIMESTAMP_URL."""
    thumbprint = env.get("LICENSEGUI_SIGN_THUMBPRINT", "").replace(" ", "")
    pfx, password = env.get("LICENSEGUI_SIGN_PFX", ""), env.get("LICENSEGUI_SIGN_PFX_PASSWORD", "")
    timestamp = env.get("LICENSEGUI_SIGN_TIMESTAMP_URL", "")
    if not thumbprint and not pfx:
        return [], ("Windows signing skipped: set LICENSEGUI_SIGN_THUMBPRINT (a certificate in "
                    "the store) or LICENSEGUI_SIGN_PFX and LICENSEGUI_SIGN_PFX_PASSWORD, and "
                    "LICENSEGUI_SIGN_TIMESTAMP_URL, for a release build.")
    if not timestamp.startswith("https://") and not timestamp.startswith("http://"):
        return [], ("Windows signing not done: LICENSEGUI_SIGN_TIMESTAMP_URL must be the "
                    "RFC 3161 timestamp server's URL (an unstamped signature dies with the "
                    "certificate).")
    if pfx and not password:
        return [], "Windows signing not done: LICENSEGUI_SIGN_PFX_PASSWORD is not set."
    who = ["/sha1", thumbprint] if thumbprint else ["/f", pfx, "/p", password]
    sign = [signtool, "sign", "/fd", "SHA256", "/tr", timestamp, "/td", "SHA256", *who,
            "/d", "licensegui", *[str(f) for f in files]]
    verify = [signtool, "verify", "/pa", "/all", "/v", *[str(f) for f in files]]
    return [sign, verify], f"Signing {len(files)} file(s) with signtool."


def shown(command: list[str]) -> str:
    """A command line fit for a log: the PFX password is never printed."""
    out, hide = [], False
    for part in command:
        out.append("****" if hide else part)
        hide = part == "/p"
    return " ".join(out)


def sign_windows(env: Mapping[str, str], files: list[Path], say: object = print) -> bool:
    """Sign and verify; True when signed. Runs only on Windows with signing configured."""
    commands, sentence = signtool_commands(env, files)
    say(sentence)  # type: ignore[operator]
    if not commands or sys.platform != "win32":
        return False
    for command in commands:
        say(f"$ {shown(command)}")  # type: ignore[operator]
        subprocess.run(command, check=True)
    return True
