"""What pyproject.toml cannot say: the shipped content travels inside the wheel.

`courses/`, `quizzes/`, `scenarios/` and `assets/` stay at the top of the repository, where
trainers edit them; each is mapped to a data-only package `literacy_app.shipped.<folder>`, so a
wheel (and `pip install .`, `pipx install .`) holds them under `literacy_app/shipped/`. An
editable install leaves them where they are (the program finds them through the install record).
"""

from __future__ import annotations

from setuptools import find_namespace_packages, setup

SHIPPED = ("courses", "quizzes", "scenarios", "assets")

setup(
    packages=[
        *find_namespace_packages(include=["literacy_app", "literacy_app.*"]),
        *(f"literacy_app.shipped.{folder}" for folder in SHIPPED),
    ],
    package_dir={f"literacy_app.shipped.{folder}": folder for folder in SHIPPED},
    package_data={
        "literacy_app": [
            "store/migrations/*.mako",
            "store/migrations/*.ini",
            "ui/i18n/*.qm",
            "ui/i18n/*.ts",
        ],
        **{f"literacy_app.shipped.{folder}": ["**/*"] for folder in SHIPPED},
    },
)
