"""政务新媒体与媒介素养离线培训 — an offline academy for government new media and media literacy."""

# The one place the version is written: pyproject.toml reads it from here (and asking the installed
# metadata instead would import importlib.metadata before the window's first paint).
__version__ = "0.1.0"
