import pyatspi
desktop = pyatspi.Registry.getDesktop(0)
def walk(node, depth=0):
    try:
        role = node.getRoleName(); name = node.name
        states = [pyatspi.stateToString(s) for s in node.getState().getStates() if pyatspi.stateToString(s) in ("focused", "focusable", "enabled", "showing")]
        desc = node.description
    except Exception as e:
        print("  " * depth + f"<error {e}>"); return
    if role in ("filler", "panel") and not name:
        pass
    else:
        print("  " * depth + f"[{role}] {name!r}" + (f" — {desc!r}" if desc else "") + (" *FOCUSED*" if "focused" in states else "") + ("" if "enabled" in states else " (disabled)"))
    for i in range(node.childCount):
        walk(node.getChildAtIndex(i), depth + 1)
for app in desktop:
    if app is not None and "licensegui" in (app.name or "").lower() or (app is not None and "python" in (app.name or "").lower()):
        walk(app)
