"""The shipped content: `courses/`, `quizzes/`, `scenarios/` and `assets/`.

In the repository these folders stay at the top, where trainers edit them; the wheel and the
PyInstaller bundle carry them inside this package (see setup.py and build.spec), and
`literacy_app.services.config.install_root()` finds them in either place.
"""
