"""Where the application keeps its state and finds its content: arguments, then environment, then defaults."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from functools import cache
from importlib import metadata, resources
from pathlib import Path
from urllib.parse import unquote, urlsplit

from platformdirs import user_data_path

APP_NAME = "literacy-app"
ENV_DATA_DIR = "LITERACY_APP_DATA_DIR"
ENV_DB_URL = "LITERACY_APP_DB_URL"
ENV_CONTENT_DIR = "LITERACY_APP_CONTENT_DIR"


class ShippedContentMissing(FileNotFoundError):
    """The program was run from a checkout that was never installed, so nothing says where the
    shipped content is."""


@cache  # asked for every icon and style sheet; the answer cannot change while running
def install_root() -> Path:
    """The folder holding the shipped `courses/`, `quizzes/`, `scenarios/` and `assets/`.

    A wheel and the PyInstaller bundle carry them inside the package `literacy_app.shipped`;
    an editable install leaves them at the top of the checkout, which the install's own record
    names. Nothing is guessed from where this file happens to lie.
    """
    packaged = resources.files("literacy_app.shipped")
    if isinstance(packaged, Path) and (packaged / "courses").is_dir():
        return packaged
    checkout = _editable_checkout()
    if checkout is not None and (checkout / "courses").is_dir():
        return checkout
    raise ShippedContentMissing(
        "The shipped courses are neither inside the package nor in an editable checkout: "
        "install the program (from a checkout: pip install -e .)"
    )


def _editable_checkout() -> Path | None:
    """The project folder of an editable install, from its PEP 610 record (direct_url.json)."""
    # A checkout's own `literacy_app.egg-info` (left by setuptools, with no record) can come
    # first on sys.path, so every installed copy of the distribution is asked.
    records = (d.read_text("direct_url.json") for d in metadata.distributions(name=APP_NAME))
    editable = [
        origin
        for origin in (json.loads(r) for r in records if r)
        if origin.get("dir_info", {}).get("editable")
    ]
    if not editable:
        return None
    return path_from_file_url(editable[0]["url"])


def path_from_file_url(address: str) -> Path | None:
    """The folder a `file:` URL names, as pip writes them on Linux and Windows."""
    url = urlsplit(address)
    if url.scheme != "file":
        return None
    path = unquote(url.path)
    if url.netloc:  # a Windows share: file://server/share/...
        path = f"//{url.netloc}{path}"
    elif len(path) > 2 and path[0] == "/" and path[2] == ":":  # file:///C:/... on Windows
        path = path[1:]
    return Path(path)


def assets_dir() -> Path:
    return install_root() / "assets"


@dataclass(frozen=True)
class AppConfig:
    data_dir: Path
    db_url: str
    content_paths: tuple[Path, ...]

    @classmethod
    def resolve(
        cls,
        data_dir: str | Path | None = None,
        db_url: str | None = None,
        content_dirs: list[str] | None = None,
    ) -> AppConfig:
        chosen = Path(
            data_dir or os.environ.get(ENV_DATA_DIR) or user_data_path(APP_NAME, appauthor=False)
        )
        chosen = chosen.expanduser().resolve()
        url = (
            db_url
            or os.environ.get(ENV_DB_URL)
            or f"sqlite:///{(chosen / 'literacy.db').as_posix()}"
        )
        env_content = os.environ.get(ENV_CONTENT_DIR)
        if content_dirs:
            paths = tuple(Path(p) for p in content_dirs)
        elif env_content:
            paths = tuple(Path(p) for p in env_content.split(os.pathsep) if p)
        else:
            root = install_root()
            paths = (root / "courses", root / "quizzes", root / "scenarios")
        return cls(chosen, url, paths)

    @property
    def log_dir(self) -> Path:
        return self.data_dir / "logs"

    @property
    def library_dir(self) -> Path:
        """Installed course packages, one folder each, laid over `content_paths` by the core:
        a course id found in both is taken from whichever has the higher version."""
        return self.data_dir / "library"
