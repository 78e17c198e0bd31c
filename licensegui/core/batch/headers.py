"""Which column of a batch file is which: header aliases in four languages, a column mapping.

Resellers name their columns in their own language and their own way ("Lizenzschlüssel",
"Clé de licence", "E-Mail-Adresse"). A header cell is compared after :func:`normalise_header`
(case, accents, spaces and punctuation ignored), so every spelling a person would type for
one name matches it. Where the aliases do not find a column, a :class:`ColumnMapping` names
it ("key=Lizenz,owner=Kunde"), from the CLI's ``--columns`` or the window's mapping.
"""

from __future__ import annotations

import hashlib
import json
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, fields

from licensegui.core.errors import LicenseGuiError
from licensegui.core.text import joined, translate

#: The three columns a batch needs, in the order every list of them is given.
FIELDS = ("license_key", "owner_name", "email")

#: What ``--columns`` accepts for each field besides its own name.
_SHORT_NAMES = {"key": "license_key", "license": "license_key", "owner": "owner_name",
                "name": "owner_name", "mail": "email"}


class BatchInputError(LicenseGuiError):
    """The file cannot be used as a batch at all; ``str()`` says why, as a sentence."""


class MissingColumns(BatchInputError):
    """The header does not say which column is the license key, owner or email.

    ``header`` is the header row as written in the file and ``missing`` the fields not
    found, so a window can offer the mapping instead of only refusing."""

    def __init__(self, message: object, header: Sequence[str], missing: Sequence[str]) -> None:
        super().__init__(message)
        self.header = list(header)
        self.missing = list(missing)


def normalise_header(name: str) -> str:
    """The comparable form of a header cell: ``License Key``, ``license-key``,
    ``LICENSE_KEY`` and ``Licensekey`` all read ``licensekey``; ``Clé de licence`` reads
    ``cledelicence``; ``Lizenzschlüssel`` reads ``lizenzschlussel``."""
    decomposed = unicodedata.normalize("NFKD", name.replace("\ufeff", "").casefold())
    return "".join(ch for ch in decomposed if ch.isalnum() and not unicodedata.combining(ch))


def _aliases(*names: str) -> frozenset[str]:
    return frozenset(normalise_header(n) for n in names)


#: Field -> the header names that mean it (compared after :func:`normalise_header`). Every
#: word the window uses for a column, in every language it speaks, is among them: the window
#: tells a person to name a column "Lizenzschlüssel", so a file that does is read.
ALIASES: dict[str, frozenset[str]] = {
    "license_key": _aliases(
        "license_key", "key", "licence_key", "license", "licence", "license number",
        "licence number", "serial", "serial number", "product key", "activation key",
        # German
        "Lizenzschlüssel", "Lizenzschluessel", "Lizenz", "Lizenznummer", "Schlüssel",
        "Schluessel", "Seriennummer", "Produktschlüssel", "Produktschluessel",
        # French
        "Clé de licence", "Clé", "Cle de licence", "Licence", "Numéro de licence",
        "Clé produit", "Numéro de série",
        # Spanish
        "Clave de licencia", "Clave", "Licencia", "Número de licencia", "Clave de producto",
        "Número de serie"),
    "owner_name": _aliases(
        "owner_name", "name", "owner", "full name", "customer", "customer name", "licensee",
        "holder",
        # German
        "Inhaber", "Name des Inhabers", "Inhabername", "Name", "Kunde", "Kundenname",
        "Lizenznehmer", "Besitzer", "Vollständiger Name",
        # French
        "Propriétaire", "Nom", "Nom du titulaire", "Titulaire", "Nom du propriétaire",
        "Client", "Nom du client", "Nom complet",
        # Spanish
        "Titular", "Nombre", "Nombre del titular", "Propietario", "Nombre del propietario",
        "Cliente", "Nombre del cliente", "Nombre completo"),
    "email": _aliases(
        "email", "e_mail", "owner_email", "mail", "email address", "e-mail address",
        # German
        "E-Mail", "E-Mail-Adresse", "Mail", "Emailadresse", "Mailadresse",
        # French
        "Courriel", "E-mail", "Adresse e-mail", "Adresse électronique", "Adresse mail",
        "Mél",
        # Spanish
        "Correo", "Correo electrónico", "Email", "Dirección de correo",
        "Dirección de correo electrónico"),
}

FIELD_WORDS = {"license_key": translate("BatchInput", "license key"),
               "owner_name": translate("BatchInput", "owner name"),
               "email": translate("BatchInput", "email")}


@dataclass(frozen=True)
class ColumnMapping:
    """Each field -> a header name as written in the file (None: found by its aliases)."""

    license_key: str | None = None
    owner_name: str | None = None
    email: str | None = None

    @classmethod
    def parse(cls, text: str) -> ColumnMapping:
        """``key=Lizenz,owner=Kunde,email=Mail`` (``key``/``owner``/``email`` or the field
        names); a header containing a comma is not expressible here, the window's mapping
        takes any. Bad text -> :class:`BatchInputError` with a sentence."""
        chosen: dict[str, str] = {}
        for part in text.split(","):
            if not part.strip():
                continue
            name, sep, header = part.partition("=")
            field = _field_named(name.strip())
            if not sep or not header.strip():
                raise BatchInputError(translate(
                    "BatchInput", "“{part}” does not say which column: write it as "
                    "key=HEADER, owner=HEADER or email=HEADER.").format(part=part.strip()))
            if field is None:
                raise BatchInputError(translate(
                    "BatchInput", "“{name}” is not a column a batch needs: use key, owner or "
                    "email.").format(name=name.strip()))
            if field in chosen:
                raise BatchInputError(translate(
                    "BatchInput", "The {field} column is named twice.").format(
                        field=FIELD_WORDS[field]))
            chosen[field] = header.strip()
        if not chosen:
            raise BatchInputError(translate(
                "BatchInput", "No column named: write key=HEADER, owner=HEADER, "
                "email=HEADER (any of them)."))
        return cls(**chosen)

    def as_dict(self) -> dict[str, str]:
        """The fields named (not those left to the aliases)."""
        return {f.name: getattr(self, f.name) for f in fields(self)
                if getattr(self, f.name) is not None}

    def __str__(self) -> str:
        short = {"license_key": "key", "owner_name": "owner", "email": "email"}
        return ",".join(f"{short[k]}={v}" for k, v in self.as_dict().items())


def _field_named(name: str) -> str | None:
    norm = normalise_header(name)
    for field in FIELDS:
        if norm == normalise_header(field):
            return field
    return _SHORT_NAMES.get(norm)


def header_signature(header: Sequence[str]) -> str:
    """A stable key for "files with the same headers" (to remember a mapping): the header
    cells as written, trailing empty cells ignored (spreadsheets add and drop those)."""
    cells = [c.replace("\ufeff", "").strip() for c in header]
    while cells and not cells[-1]:
        cells.pop()
    return hashlib.sha256(json.dumps(cells, ensure_ascii=False).encode("utf-8")).hexdigest()[:16]


def resolve_columns(header: Sequence[str], mapping: ColumnMapping | None,
                    name: str) -> dict[str, int]:
    """Field -> index in ``header``: the mapping's choice where it names one, else the one
    cell whose name is an alias. Raises :class:`MissingColumns` (fields not found) or
    :class:`BatchInputError` (a name matching two cells, a mapped name not in the file)."""
    columns: dict[str, int] = {}
    problems: list[object] = []
    named = mapping.as_dict() if mapping else {}
    for field in FIELDS:
        if field in named:
            wanted = named[field]
            exact = [i for i, cell in enumerate(header) if cell.strip() == wanted]
            found = exact or [i for i, cell in enumerate(header)
                              if normalise_header(cell) == normalise_header(wanted)]
            if not found:
                raise MissingColumns(translate(
                    "BatchInput", "{name} has no column “{header}” (for the {field}); its "
                    "columns are {shown}.").format(name=name, header=wanted,
                                                    field=FIELD_WORDS[field],
                                                    shown=shown_header(header)),
                    header, [field])
        else:
            found = [i for i, cell in enumerate(header)
                     if normalise_header(cell) in ALIASES[field]
                     and i not in columns.values()]
        if len(found) > 1:
            names = joined([f"\u201c{header[i].strip()}\u201d" for i in found])
            problems.append(translate("BatchInput",
                                      "two columns could be the {field} ({names})").format(
                                          field=FIELD_WORDS[field], names=names))
        elif found:
            columns[field] = found[0]
    taken = [i for i in columns.values()]
    if len(set(taken)) != len(taken):
        problems.append(translate("BatchInput", "one column is chosen for two fields"))
    if problems:
        raise BatchInputError(translate(
            "BatchInput", "{name}: the header is ambiguous: {problems}. Rename one of them or "
            "say which column is which.").format(name=name, problems=joined(problems, "; ")))
    missing = [f for f in FIELDS if f not in columns]
    if missing:
        raise MissingColumns(translate(
            "BatchInput", "{name} has no usable header: no column for the {fields}. The first "
            "row must name the columns (license_key, owner_name, email, or License Key, Name, "
            "E-mail) or you say which column is which; it reads {shown}.").format(
                name=name, fields=joined([FIELD_WORDS[f] for f in missing]),
                shown=shown_header(header)),
            header, missing)
    return columns


def shown_header(header: Sequence[str]) -> str:
    return (", ".join(f"\u201c{h.strip()}\u201d" for h in header[:12] if h.strip())
            or translate("BatchInput", "nothing"))
