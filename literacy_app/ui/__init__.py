"""The PySide6 interface: the only layer that shows anything."""
