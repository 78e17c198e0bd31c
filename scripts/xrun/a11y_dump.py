"""Print licensegui's accessibility tree as a screen reader sees it (AT-SPI, via pyatspi).

Run with the system Python that has python3-pyatspi, inside the app's D-Bus session
(see keyboard_run.sh).
"""

import pyatspi

SHOWN_STATES = ("focused", "enabled")


def describe(node) -> str:
    states = {pyatspi.stateToString(s) for s in node.getState().getStates()}
    text = f"[{node.getRoleName()}] {node.name!r}"
    if node.description:
        text += f" — {node.description!r}"
    if "focused" in states:
        text += " *FOCUSED*"
    if "enabled" not in states:
        text += " (disabled)"
    return text


def walk(node, depth: int = 0) -> None:
    try:
        line = describe(node)
    except Exception as exc:  # a node that vanished while walking
        print("  " * depth + f"<error {exc}>")
        return
    print("  " * depth + line)
    for i in range(node.childCount):
        walk(node.getChildAtIndex(i), depth + 1)


for app in pyatspi.Registry.getDesktop(0):
    name = (app.name or "").lower() if app is not None else ""
    if "licensegui" in name or "python" in name:
        walk(app)
