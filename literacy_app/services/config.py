"""Where the application keeps its state and finds its content: arguments, then environment, then defaults."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

from platformdirs import user_data_path

APP_NAME = "literacy-app"
ENV_DATA_DIR = "LITERACY_APP_DATA_DIR"
ENV_DB_URL = "LITERACY_APP_DB_URL"
ENV_CONTENT_DIR = "LITERACY_APP_CONTENT_DIR"


def install_root() -> Path:
    """The folder holding the shipped `courses/`, `quizzes/` and `assets/`.

    In a PyInstaller bundle that is the unpacked bundle; from a source checkout (or an editable
    install) it is the repository root beside the package.
    """
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle)
    return Path(__file__).resolve().parents[2]


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
