"""The Qt shell: widgets, windows and the worker thread. No network or crypto code here."""
