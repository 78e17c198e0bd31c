"""The packaging helpers that need no PyInstaller run: icons, version resource, pruning rules.
(The bundle itself is built and self-tested by `python3 run.py bundle`, which CI runs.)"""

from __future__ import annotations

import re
import sys
import tomllib
from pathlib import Path

import pytest
from PySide6.QtGui import QImageReader

from tests.helpers.app import packaging_module

ROOT = Path(__file__).resolve().parents[2]




def test_icons_are_real_multi_size_containers(qapp: object, tmp_path: Path) -> None:
    icons = packaging_module("icons")
    paths = icons.generate(tmp_path)
    for kind, count in (("ico", len(icons.ICO_SIZES)), ("icns", len(icons.ICNS_TYPES))):
        reader = QImageReader(str(paths[kind]))
        assert reader.canRead(), kind
        assert reader.imageCount() == count, kind
    sizes = set()
    reader = QImageReader(str(paths["ico"]))
    for i in range(reader.imageCount()):
        reader.jumpToImage(i)
        image = reader.read()
        assert not image.isNull()
        sizes.add(image.width())
    assert sizes == set(icons.ICO_SIZES)
    assert paths["png"].read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_version_resource_comes_from_pyproject(tmp_path: Path) -> None:
    build = packaging_module("build")
    version = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]
    out = tmp_path / "version_info.txt"
    build.write_version_file(out)
    text = out.read_text()
    assert f"StringStruct('ProductVersion', {version!r})" in text
    assert f"filevers={build.version_tuple(version)}" in text
    assert build.version_tuple("1.2.3") == (1, 2, 3, 0)
    assert build.version_tuple("2.0.1rc1+local") == (2, 0, 1, 1)


@pytest.mark.parametrize(
    ("dest", "kept"),
    [
        ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
        ("PySide6/Qt/plugins/platforms/qwindows.dll", True),
        ("PySide6/Qt/plugins/platforms/libqcocoa.dylib", True),
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
        ("PySide6/Qt/plugins/platforms/libqwayland.so", False),
        ("PySide6/Qt/plugins/platforms/libqeglfs.so", False),
        ("PySide6/Qt/plugins/imageformats/libqsvg.so", True),
        ("PySide6/Qt/plugins/imageformats/libqjpeg.so", False),
        ("PySide6/Qt/plugins/iconengines/libqsvgicon.so", True),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
        ("PySide6/Qt/plugins/tls/libqopensslbackend.so", False),
        ("PySide6/Qt/translations/qtbase_de.qm", True),  # Qt's own words, shipped languages
        ("PySide6/Qt/translations/qtbase_fr.qm", True),
        ("PySide6/Qt/translations/qtbase_ja.qm", False),  # not a language the window speaks
        ("PySide6/Qt/translations/qt_help_de.qm", False),
        ("PySide6/Qt/translations/designer_de.qm", False),
        ("resources/i18n/licensegui_de.qm", True),
        ("resources/i18n/licensegui_de.ts", False),  # the translators' source stays home
        ("resources/icons/app.svg", True),
        ("PySide6/Qt/lib/libQt6Widgets.so.6", True),
        ("PySide6/Qt/lib/libQt6WaylandClient.so.6", False),
        ("PySide6/Qt6Network.dll", False),
        ("PySide6/Qt/lib/libQt6Svg.so.6", True),
        ("libpython3.11.so.1.0", True),
    ],
)
def test_spec_pruning_rules(dest: str, kept: bool) -> None:
    # Run the spec's keep() on its own: the spec is plain Python up to Analysis(...).
    source = (ROOT / "packaging" / "licensegui.spec").read_text()
    head = source[: source.index("a = Analysis(")]
    head = re.sub(r"^from PyInstaller\..*$", "", head, flags=re.MULTILINE)
    namespace: dict[str, object] = {"SPECPATH": str(ROOT / "packaging"),
                                    "collect_submodules": lambda _m: [],
                                    "copy_metadata": lambda _m: []}
    exec(compile(head, "licensegui.spec", "exec"), namespace)
    assert namespace["keep"](dest) is kept  # type: ignore[operator]


def _icu_data() -> Path:
    import PySide6

    libs = sorted((Path(PySide6.__file__).parent / "Qt" / "lib").glob("libicudata.so.*"))
    if not sys.platform.startswith("linux") or not libs:
        pytest.skip("Qt ships ICU data only on Linux")
    return libs[0]


def test_icu_blob_round_trips_byte_for_byte() -> None:
    icu = packaging_module("icu_trim")
    _symbol, blob = icu.extract(_icu_data())
    header, items = icu.parse(blob)
    assert len(items) > 1000
    assert icu.build(header, items) == blob  # our writer is ICU's format, exactly


@pytest.mark.parametrize(
    ("name", "kept"),
    [
        ("icudt73l/uprops.icu", True),
        ("icudt73l/ucase.icu", True),
        ("icudt73l/nfc.nrm", True),
        ("icudt73l/root.res", True),
        ("icudt73l/en_GB.res", True),
        ("icudt73l/res_index.res", True),
        ("icudt73l/pool.res", True),
        ("icudt73l/supplementalData.res", True),
        ("icudt73l/zoneinfo64.res", True),
        ("icudt73l/brkitr/line.brk", True),
        ("icudt73l/brkitr/cjdict.dict", False),
        ("icudt73l/de.res", True),  # a language the window speaks
        ("icudt73l/fr_CA.res", True),
        ("icudt73l/ja.res", False),
        ("icudt73l/zh_Hant_HK.res", False),
        ("icudt73l/ibm-1390_P110-2003.cnv", False),
        ("icudt73l/coll/root.res", False),
        ("icudt73l/lang/en.res", False),
    ],
)
def test_icu_keep_rules(name: str, kept: bool) -> None:
    assert packaging_module("icu_trim").keep_item(name) is kept


def test_trimmed_icu_library_exports_a_valid_smaller_blob(tmp_path: Path) -> None:
    icu = packaging_module("icu_trim")
    source = _icu_data()
    out = icu.trim(source, tmp_path)
    if out is None:
        pytest.skip("gcc/nm not available")
    symbol, blob = icu.extract(out)
    assert symbol == icu.extract(source)[0]
    _header, items = icu.parse(blob)
    names = [n for n, _ in items]
    assert names == sorted(names, key=str.encode) and all(icu.keep_item(n) for n in names)
    assert out.stat().st_size < source.stat().st_size / 5
