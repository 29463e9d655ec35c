"""政务新媒体与媒介素养离线培训 — an offline academy for government new media and media literacy."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("literacy-app")
except PackageNotFoundError:  # running from a source tree or a frozen bundle without metadata
    __version__ = "0.1.0"
