"""Closing an XlsxWriter workbook: the OS's refusal as an OSError, and nothing left open."""

from __future__ import annotations

import contextlib
from typing import Any


def close_workbook(book: Any) -> None:
    """``book.close()``; XlsxWriter's FileCreateError (not an OSError) becomes the OSError
    it wraps. On any failure the worksheets' temporary row files (constant memory mode) are
    closed too: XlsxWriter leaves them open when the workbook cannot be written, and a
    long-running window would keep a descriptor (and the owners' data in it) per failure."""
    import xlsxwriter.exceptions

    try:
        book.close()
    except BaseException as exc:
        _release(book)
        if isinstance(exc, xlsxwriter.exceptions.FileCreateError):
            cause = exc.args[0] if exc.args and isinstance(exc.args[0], OSError) else None
            raise cause or OSError(str(exc)) from exc
        raise


def _release(book: Any) -> None:
    for sheet in book.worksheets():
        handle = getattr(sheet, "row_data_fh", None)
        if handle is not None:
            with contextlib.suppress(OSError):
                handle.close()
