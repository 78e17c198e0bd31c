"""The baseline for bundle measurements: a bare PySide6 window that imports the same libraries
as licensegui, frozen and pruned the same way. With --startup-probe it prints "shown" and quits
once the window is up, exactly as licensegui does."""

import sys

import keyring
import keyring.backend
import platformdirs
import requests
import truststore
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

_ = (keyring, platformdirs, requests, truststore, hashes, serialization, padding, rsa)
app = QApplication(sys.argv)
window = QMainWindow()
window.resize(880, 760)
window.show()
if "--startup-probe" in sys.argv:
    def check() -> None:
        # The same test as licensegui's probe: the window is mapped and exposed.
        handle = window.windowHandle()
        if handle is not None and handle.isExposed():
            print("shown", flush=True)
            app.quit()

    poll = QTimer(interval=1)
    poll.timeout.connect(check)
    poll.start()
sys.exit(app.exec())
