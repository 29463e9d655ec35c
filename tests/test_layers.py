"""The layering rules of docs/architecture.md, checked on every module."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "literacy_app"


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def modules_in(*layers: str) -> list[Path]:
    return [p for layer in layers for p in sorted((PACKAGE / layer).rglob("*.py"))]


COMMAND_LINE = [PACKAGE / "cli.py", PACKAGE / "cli_admin.py", PACKAGE / "cli_progress.py"]
# `rules` (the course format's rules) and `messages` sit below every layer and import none of them.
BOTTOM = [*modules_in("rules"), PACKAGE / "messages.py"]


@pytest.mark.parametrize(
    "path",
    [*modules_in("content", "quiz", "store"), *BOTTOM],
    ids=lambda p: str(p.relative_to(PACKAGE)),
)
def test_lower_layers_import_no_qt(path: Path) -> None:
    assert not {m for m in imported_modules(path) if m.split(".")[0] in {"PySide6", "shiboken6"}}


@pytest.mark.parametrize(
    "path", modules_in("content", "quiz", "store"), ids=lambda p: str(p.relative_to(PACKAGE))
)
def test_lower_layers_do_not_reach_into_each_other_or_upwards(path: Path) -> None:
    own = path.relative_to(PACKAGE).parts[0]
    others = {"content", "quiz", "store", "services", "ui", "cli", "catalogue"} - {own}
    reached = {m.split(".")[1] for m in imported_modules(path) if m.startswith("literacy_app.")}
    assert not reached & others


@pytest.mark.parametrize("path", BOTTOM, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_the_bottom_imports_nothing_above_it(path: Path) -> None:
    reached = {m.split(".")[1] for m in imported_modules(path) if m.startswith("literacy_app.")}
    assert reached <= {"rules", "messages"}


@pytest.mark.parametrize("path", modules_in("services"), ids=lambda p: p.name)
def test_services_import_no_qt(path: Path) -> None:
    assert not {m for m in imported_modules(path) if m.startswith("PySide6")}


@pytest.mark.parametrize(
    "path",
    [*COMMAND_LINE, *modules_in("catalogue")],
    ids=lambda p: str(p.relative_to(PACKAGE)),
)
def test_the_command_line_and_the_catalogue_use_qtcore_only(path: Path) -> None:
    # Translations need QtCore; widgets would drag a display into a command-line run.
    qt = {m for m in imported_modules(path) if m.split(".")[0] in {"PySide6", "shiboken6"}}
    assert qt <= {"PySide6.QtCore"}


@pytest.mark.parametrize(
    "path", sorted(PACKAGE.rglob("*.py")), ids=lambda p: str(p.relative_to(PACKAGE))
)
def test_nothing_opens_a_network_connection(path: Path) -> None:
    banned = {
        "socket",
        "http.client",
        "urllib.request",
        "requests",
        "PySide6.QtNetwork",
        "ftplib",
        "smtplib",
    }
    assert not imported_modules(path) & banned


@pytest.mark.parametrize(
    "path",
    [*sorted((PACKAGE / "ui").rglob("*.py")), *COMMAND_LINE],
    ids=lambda p: str(p.relative_to(PACKAGE)),
)
def test_the_interface_never_touches_storage(path: Path) -> None:
    touched = {
        m
        for m in imported_modules(path)
        if m.startswith(("literacy_app.store", "sqlalchemy", "alembic"))
    }
    assert not touched


# What the interface and the command line may take from below the services: the format's named
# choices, the shape of a response, and content's immutable types, to show them; never the loaders,
# the engine or the store.
SHOWN_TYPES = {
    "literacy_app.rules.kinds",
    "literacy_app.rules.responses",
    "literacy_app.content.model",
    "literacy_app.content.codes",
    "literacy_app.content.problems",
    "literacy_app.messages",
}


@pytest.mark.parametrize(
    "path",
    [*sorted((PACKAGE / "ui").rglob("*.py")), *COMMAND_LINE],
    ids=lambda p: str(p.relative_to(PACKAGE)),
)
def test_the_interface_calls_services_and_reads_only_content_types(path: Path) -> None:
    below = {
        m
        for m in imported_modules(path)
        if m.startswith(("literacy_app.content", "literacy_app.quiz", "literacy_app.rules",
                         "literacy_app.store", "literacy_app.messages"))
    }  # fmt: skip
    assert below <= SHOWN_TYPES


@pytest.mark.parametrize("path", modules_in("exports"), ids=lambda p: p.name)
def test_exports_write_files_from_plain_rows(path: Path) -> None:
    # Writers are handed rows by the services; they never read the database or draw with Qt.
    imported = imported_modules(path)
    assert not {m for m in imported if m.split(".")[0] in {"PySide6", "shiboken6", "sqlalchemy"}}
    reached = {m.split(".")[1] for m in imported if m.startswith("literacy_app.")}
    assert reached <= {"exports", "messages", "rules"}
