"""Build the bundle for this OS, prove it works, archive it.

    python3 run.py bundle [--measure] [--runs N]

1. icons (.ico/.icns from the SVG) and the Windows version resource, from pyproject.toml;
   macOS: the oldest macOS the bundle runs on, from the platform tags of the wheels it carries
   and the Python runtime's deployment target (packaging/macos_minimum.py): the app's
   ``LSMinimumSystemVersion``; the build fails if the README promises an older macOS;
2. PyInstaller with packaging/licensegui.spec → dist/licensegui/ (dist/licensegui.app on macOS);
3. the frozen app's ``--self-test`` (offscreen where there is no screen): the build fails if it
   fails, or if the app writes a traceback;
4. macOS: signing + notarization when LICENSEGUI_CODESIGN_IDENTITY is set (else a clear skip);
   Windows: the per-user installer when Inno Setup's ``iscc`` is on PATH (else a clear skip);
   Windows: ``licensegui.exe``, ``licensegui-cli.exe`` and the installer signed with signtool
   when LICENSEGUI_SIGN_* is set (else a clear skip; see packaging/release.py);
5. an archive beside it: .tar.xz (Linux), .zip (Windows), .zip + .dmg (macOS); sizes printed;
   the Linux .tar.xz and the Windows .zip are reproducible (SOURCE_DATE_EPOCH from the commit,
   PYTHONHASHSEED fixed, sorted entries, normalised owners, modes and times);
6. ``dist/SHA256SUMS`` for the archives and installer, and a CycloneDX SBOM
   (``dist/<archive stem>.cdx.json``) of the Python distributions and Qt the bundle carries.

``--check-reproducible`` builds twice and fails unless the two archives are byte-identical.

``--measure`` also builds the baseline bundle (a bare PySide6 window importing the same
libraries, pruned the same way) and prints both sizes and the frozen start-up ratio, from
alternating launches in one run.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import sysconfig
import tempfile
import time
import tomllib
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist"
WORK = ROOT / "build"
GENERATED = WORK / "packaging"
SPEC = ROOT / "packaging" / "licensegui.spec"
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
NAME, VERSION = PROJECT["name"], PROJECT["version"]
MB = 1024 * 1024
sys.path.insert(0, str(ROOT / "packaging"))
import release  # noqa: E402  # packaging/ is not a package: the build scripts sit side by side
import slim  # noqa: E402

EPOCH = release.source_date_epoch(ROOT)


def say(text: str) -> None:
    print(f"[bundle] {text}", flush=True)


def version_tuple(version: str) -> tuple[int, int, int, int]:
    numbers = [int(n) for n in re.findall(r"\d+", version.split("+")[0])[:4]]
    return tuple([*numbers, 0, 0, 0, 0][:4])  # type: ignore[return-value]


def write_version_file(path: Path) -> None:
    """The Windows VERSIONINFO resource (Explorer → Properties → Details)."""
    v = version_tuple(VERSION)
    strings = {
        "CompanyName": "licensegui", "FileDescription": PROJECT["description"][:80],
        "FileVersion": VERSION, "InternalName": NAME, "OriginalFilename": f"{NAME}.exe",
        "ProductName": NAME, "ProductVersion": VERSION,
        "LegalCopyright": f"{PROJECT.get('license', '')} licence",
    }
    table = ",\n".join(f"          StringStruct({k!r}, {s!r})" for k, s in strings.items())
    path.write_text(f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers={v}, prodvers={v}, mask=0x3f, flags=0x0, OS=0x40004,
                    fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([StringTable('040904B0', [
{table}])]),
    VarFileInfo([VarStruct('Translation', [1033, 1200])])
  ]
)
""", encoding="utf-8")


def generate() -> None:
    GENERATED.mkdir(parents=True, exist_ok=True)
    subprocess.check_call([sys.executable, str(ROOT / "packaging" / "icons.py"), str(GENERATED)])
    write_version_file(GENERATED / "version_info.txt")
    sys.path.insert(0, str(ROOT / "packaging"))
    from catalogs import compile_catalogs

    compile_catalogs(sys.executable)  # resources/i18n/*.qm from the .ts sources, never stale
    if sys.platform.startswith("linux"):
        trim_icu()
    if sys.platform == "darwin":
        os.environ["LICENSEGUI_MACOS_MINIMUM"] = macos_minimum()


def macos_minimum() -> str:
    """The bundle's LSMinimumSystemVersion: the highest deployment target among the wheels of
    the distributions it carries and the Python runtime. Fails the build if the README
    promises resellers an older macOS than that."""
    import macos_minimum as mm

    carried = mm.installed_wheel_tags(release.runtime_distributions())
    runtime = mm.runtime_minimum(sysconfig.get_platform(),
                                 sysconfig.get_config_var("MACOSX_DEPLOYMENT_TARGET"))
    needed, setters = mm.bundle_minimum(carried, platform.machine(), runtime)
    say(f"minimum macOS {mm.show(needed)} (set by {', '.join(setters)})")
    problems = mm.check_readme((ROOT / "README.md").read_text(encoding="utf-8"), needed)
    if problems:
        raise SystemExit("[bundle] FAILED: " + "; ".join(problems))
    return mm.show(needed)


def trim_icu() -> None:
    """Linux: replace Qt's 31 MB ICU data library with the trimmed one (packaging/icu_trim.py);
    the spec picks it up from build/packaging/icu/."""
    import PySide6

    sys.path.insert(0, str(ROOT / "packaging"))
    from icu_trim import trim

    shutil.rmtree(GENERATED / "icu", ignore_errors=True)
    libs = sorted((Path(PySide6.__file__).parent / "Qt" / "lib").glob("libicudata.so.*"))
    if not libs:
        return
    if trim(libs[0], GENERATED / "icu") is None:
        say("ICU data NOT trimmed (gcc and nm are needed): the bundle keeps the full 31 MB")


def pyinstaller(target: str) -> None:
    # A fixed hash seed and SOURCE_DATE_EPOCH: PyInstaller's archives then depend only on
    # their inputs (two builds of one commit give the same bytes).
    env = {**os.environ, "LICENSEGUI_BUNDLE_TARGET": target, "PYTHONHASHSEED": "1",
           "SOURCE_DATE_EPOCH": str(EPOCH)}
    subprocess.check_call(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
         "--distpath", str(DIST), "--workpath", str(WORK / f"pyinstaller-{target}"), str(SPEC)],
        cwd=ROOT, env=env,
    )


def executable(name: str, folder: str | None = None) -> Path:
    folder = folder or name
    suffix = ".exe" if sys.platform == "win32" else ""
    if sys.platform == "darwin" and folder == NAME:
        return DIST / f"{NAME}.app" / "Contents" / "MacOS" / name
    return DIST / folder / f"{name}{suffix}"


def frozen_env(home: str) -> dict[str, str]:
    env = {**os.environ, "LICENSEGUI_HOME": home}
    if sys.platform.startswith("linux") and not os.environ.get("DISPLAY"):
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
    return env


#: The self-test runs in English and in a language the window is translated into: the
#: catalogs, Qt's own translations and locale data must all have made it into the bundle.
SELF_TEST_LOCALES = ("C.UTF-8", "de_DE.UTF-8")


def self_test() -> None:
    exe = executable(NAME)
    for lang in SELF_TEST_LOCALES:
        say(f"self-test: LANG={lang} {exe.relative_to(ROOT)} --self-test")
        with tempfile.TemporaryDirectory(prefix="licensegui-bundle-") as home:
            env = checked_env({**frozen_env(home), "LANG": lang, "LC_ALL": lang,
                               "LANGUAGE": ""})
            result = subprocess.run([str(exe), "--self-test"], env=env, capture_output=True,
                                    text=True, timeout=300, check=False)
        print(result.stdout.rstrip())
        stderr = result.stderr.strip()
        if stderr:
            print(f"--- stderr ---\n{stderr}")
        if result.returncode != 0 or "Traceback" in stderr:
            raise SystemExit(f"[bundle] FAILED: the frozen self-test (LANG={lang}) exited "
                             f"{result.returncode}")
        language = lang.split("_")[0].split(".")[0]
        if language != "C" and f"window language {language}" not in result.stdout:
            raise SystemExit(f"[bundle] FAILED: the self-test under LANG={lang} did not run in "
                             f"that language")
    say("self-test passed")
    cli_check()


def cli_check() -> None:
    """The frozen licensegui-cli verifies the built-in genuine response (exit 0) and refuses
    an altered copy (exit 1), as scripts will call it."""
    sys.path.insert(0, str(ROOT))
    from licensegui.core.sample import SAMPLE_PUBLIC_KEY_PEM, SAMPLE_RESPONSE

    cli = executable(f"{NAME}-cli", NAME)
    with tempfile.TemporaryDirectory(prefix="licensegui-cli-") as tmp:
        key, good, bad = Path(tmp, "global.pem"), Path(tmp, "good.json"), Path(tmp, "bad.json")
        key.write_text(SAMPLE_PUBLIC_KEY_PEM, encoding="ascii")
        good.write_bytes(SAMPLE_RESPONSE)
        bad.write_bytes(SAMPLE_RESPONSE.replace(b"eyJjb2RlIjo4MDAs", b"eyJjb2RlIjo4MDEs"))
        for body, expected in ((good, 0), (bad, 1)):
            result = subprocess.run([str(cli), "verify", str(body), "--global-key", str(key)],
                                    capture_output=True, text=True, timeout=60, check=False,
                                    env=checked_env(dict(os.environ)))
            print(f"{cli.name} verify {body.name} → exit {result.returncode}: "
                  f"{result.stdout.strip()}")
            if result.returncode != expected:
                raise SystemExit(f"[bundle] FAILED: frozen {cli.name} exited {result.returncode}"
                                 f" for {body.name}, expected {expected}: {result.stderr}")
    say("frozen licensegui-cli checks passed")


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def archive_stem() -> Path:
    system = {"win32": "windows", "darwin": "macos"}.get(sys.platform, "linux")
    machine = {"amd64": "x86_64", "aarch64": "arm64"}.get(platform.machine().lower(),
                                                          platform.machine().lower())
    return DIST / f"{NAME}-{VERSION}-{system}-{machine}"


def archive() -> Path:
    stem = archive_stem()
    if sys.platform == "darwin":
        app = DIST / f"{NAME}.app"
        out = stem.with_suffix(".zip")
        # ditto keeps the .app's symlinks and extended attributes (a signature survives).
        subprocess.check_call(["ditto", "-c", "-k", "--keepParent", str(app), str(out)])
        if shutil.which("hdiutil"):
            dmg = stem.with_suffix(".dmg")
            subprocess.check_call(["hdiutil", "create", "-volname", NAME, "-srcfolder", str(app),
                                   "-ov", "-format", "UDZO", str(dmg)])
        return out
    if sys.platform == "win32":
        out = stem.with_suffix(".zip")
        stamp = time.gmtime(max(EPOCH, 315532800))[:6]  # a zip cannot say before 1980
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
            for path in sorted((DIST / NAME).rglob("*")):
                if path.is_file():
                    info = zipfile.ZipInfo(path.relative_to(DIST).as_posix(), stamp)
                    info.compress_type = zipfile.ZIP_DEFLATED
                    info.external_attr = 0o644 << 16
                    zf.writestr(info, path.read_bytes(), compresslevel=9)
        return out
    out = Path(f"{stem}.tar.xz")
    release.reproducible_tar(DIST / NAME, NAME, out, EPOCH)
    return out


def sign_windows_binaries() -> None:
    if sys.platform == "win32":
        release.sign_windows(os.environ, [executable(NAME), executable(f"{NAME}-cli", NAME)],
                             say)
    else:
        say("Windows signing: not a Windows build")


def installers() -> list[Path]:
    return sorted(DIST.glob(f"{NAME}-*-setup.exe"))


def checksums_and_sbom(out: Path) -> None:
    from PySide6.QtCore import qVersion

    dmg = archive_stem().with_name(archive_stem().name + ".dmg")
    files = [out, *([dmg] if dmg.exists() else []), *installers()]
    text = release.write_sha256sums(files, DIST / "SHA256SUMS")
    say("SHA256SUMS:\n" + text.rstrip())
    sbom = archive_stem().with_name(archive_stem().name + ".cdx.json")
    bom = release.make_sbom(sys.executable, sbom, VERSION, qVersion())
    say(f"SBOM     {sbom.relative_to(ROOT)}: {len(bom['components'])} components (CycloneDX "
        f"{bom.get('specVersion')})")


def sign_macos() -> None:
    if sys.platform != "darwin":
        say("macOS signing: not a macOS build")
        return
    if not os.environ.get("LICENSEGUI_CODESIGN_IDENTITY"):
        say("macOS signing skipped: set LICENSEGUI_CODESIGN_IDENTITY (and the notarization "
            "variables, see packaging/macos/sign_and_notarize.sh) for a release build")
        return
    subprocess.check_call(["bash", str(ROOT / "packaging" / "macos" / "sign_and_notarize.sh"),
                           str(DIST / f"{NAME}.app")])


def windows_installer() -> None:
    if sys.platform != "win32":
        return
    iscc = shutil.which("iscc") or shutil.which("ISCC")
    if not iscc:
        say("Windows installer skipped: Inno Setup's iscc is not on PATH")
        return
    subprocess.check_call([iscc, f"/DAppVersion={VERSION}", f"/DSourceDir={DIST / NAME}",
                           f"/DOutputDir={DIST}", f"/DIconFile={GENERATED / 'app.ico'}",
                           str(ROOT / "packaging" / "windows" / "licensegui.iss")])
    release.sign_windows(os.environ, installers(), say)


def launch_time(command: list[str], env: dict[str, str], cwd: Path | None = None) -> float:
    """Seconds from spawning ``command`` (which must honour --startup-probe semantics: print
    "shown" once its window is up, then quit) to that line. Shared with scripts/bench.py."""
    start = time.perf_counter()
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                            text=True, env=env, cwd=cwd)
    assert proc.stdout is not None
    line = proc.stdout.readline()
    elapsed = time.perf_counter() - start
    proc.wait(timeout=60)
    if line.strip() != "shown":
        raise SystemExit(f"{command[0]} did not show its window (exit {proc.returncode})")
    return elapsed


def write_set_up_user(home: Path) -> None:
    """A user with one profile, so no first-run dialog is part of a start-up timing."""
    cfg = home / "config"
    cfg.mkdir(parents=True, exist_ok=True)
    (cfg / "settings.json").write_text(
        '{"profiles": [{"name": "Vendor", "base_url": "https://vendor.example/api/v1", '
        '"keys": {}}], "last_profile": "Vendor"}', encoding="utf-8")


def measure(runs: int) -> None:
    say("building the baseline bundle (bare PySide6 window, same libraries and pruning)")
    pyinstaller("baseline")
    app_dir = DIST / (f"{NAME}.app" if sys.platform == "darwin" else NAME)
    base_dir = DIST / "baseline"
    with tempfile.TemporaryDirectory(prefix="licensegui-measure-") as home:
        env = frozen_env(home)
        write_set_up_user(Path(home))
        app_cmd = [str(executable(NAME)), "--startup-probe"]
        base_cmd = [str(executable("baseline")), "--startup-probe"]
        launch_time(app_cmd, env)  # warm the file cache for both
        launch_time(base_cmd, env)
        app_t, base_t = [], []
        for _ in range(runs):
            base_t.append(launch_time(base_cmd, env))
            app_t.append(launch_time(app_cmd, env))
    ma, mb = statistics.median(app_t), statistics.median(base_t)
    print(f"size     licensegui onedir {folder_size(app_dir) / MB:.1f} MB, "
          f"baseline onedir {folder_size(base_dir) / MB:.1f} MB")
    print(f"startup  frozen baseline: median {mb * 1000:.0f} ms (min {min(base_t) * 1000:.0f}, "
          f"max {max(base_t) * 1000:.0f}, n={runs})")
    print(f"startup  frozen licensegui: median {ma * 1000:.0f} ms (min {min(app_t) * 1000:.0f}, "
          f"max {max(app_t) * 1000:.0f}, n={runs})")
    print(f"startup  ratio licensegui/baseline: {ma / mb:.2f}")


def slim_linux() -> None:
    """Linux: ``licensegui-cli`` a link to the app, one OpenSSL (packaging/slim.py)."""
    if not sys.platform.startswith("linux"):
        return
    folder = DIST / NAME
    link = slim.link_cli(folder, NAME)
    say(f"{link.relative_to(ROOT)} → {NAME} (one program, the CLI by that name)")
    for ours, theirs in slim.share_openssl(folder / "_internal"):
        say(f"{ours.relative_to(folder)} → {theirs.relative_to(folder)} (one OpenSSL)")


def checked_env(env: dict[str, str]) -> dict[str, str]:
    """Every symbol of every library resolved at load (Linux): a library linked to another
    copy of OpenSSL (packaging/slim.py) that lacks one fails the checks, not a user's send."""
    return {**env, "LD_BIND_NOW": "1"} if sys.platform.startswith("linux") else env


def build() -> Path:
    generate()
    pyinstaller("app")
    slim_linux()
    self_test()
    sign_macos()
    sign_windows_binaries()
    windows_installer()
    out = archive()
    app_dir = DIST / (f"{NAME}.app" if sys.platform == "darwin" else NAME)
    say(f"onedir   {app_dir.relative_to(ROOT)}: {folder_size(app_dir) / MB:.1f} MB")
    say(f"archive  {out.relative_to(ROOT)}: {out.stat().st_size / MB:.1f} MB")
    checksums_and_sbom(out)
    return out


def check_reproducible() -> int:
    """Two builds of this commit on this machine must give the same archive. (macOS .zip
    and .dmg are not compared: see README, "Reproducible archives".)"""
    first = build()
    digest = release.sha256_file(first)
    kept = first.with_name(first.name + ".first")
    shutil.copyfile(first, kept)
    second = build()
    again = release.sha256_file(second)
    say(f"first build  {digest}\n[bundle] second build {again}")
    if digest != again:
        say(f"NOT reproducible: compare {kept} with {second} (e.g. diffoscope)")
        return 1
    kept.unlink()
    say("reproducible: two builds gave byte-identical archives")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--measure", action="store_true",
                        help="also build the baseline bundle and compare size and start-up")
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--check-reproducible", action="store_true",
                        help="build twice and fail unless the archives are byte-identical")
    args = parser.parse_args()
    started = time.perf_counter()
    say(f"{NAME} {VERSION} for {platform.system()} {platform.machine()} "
        f"(SOURCE_DATE_EPOCH {EPOCH})")
    if args.check_reproducible:
        return check_reproducible()
    build()
    if args.measure:
        measure(args.runs)
    say(f"done in {time.perf_counter() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
