"""`literacy-app preview`: the preview window on its own, without the academy or its database."""

from __future__ import annotations

import sys
from pathlib import Path

from literacy_app.services.errors import ServiceError


def run_preview(folder: Path, language: str | None = None) -> int:
    """Open the preview of `folder` until it is closed; 1 when there is no course to preview."""
    from literacy_app.catalogue import describe
    from literacy_app.ui.app import create_application, shut_down
    from literacy_app.ui.preview.window import PreviewWindow

    app = create_application(language)
    try:
        window = PreviewWindow(folder)
    except ServiceError as error:
        print(describe(error.message), file=sys.stderr)
        shut_down(app)
        return 1
    window.show()
    code = app.exec()
    del window
    shut_down(app)
    return code
