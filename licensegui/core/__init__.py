"""The Qt-free core: client, verifier, trust store, secrets, settings and history.

Nothing in this package imports Qt; the GUI and the CLI are both thin fronts over it.
"""
