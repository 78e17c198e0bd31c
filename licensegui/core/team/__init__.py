"""The team ledger (issue 27): one truth per key for a reseller's staff, on PostgreSQL.

This computer's history (SQLite) stays the record of what it did and the ledger it consults
alone; the team ledger is consulted beside it and fed from it by an outbox. Modules:
``address`` (the URL, TLS, the password's place), ``schema`` (create, grant, migrate),
``store`` (consult, claim, publish), ``outbox`` (what waits to be published), ``who``
(staff and computer).
"""
