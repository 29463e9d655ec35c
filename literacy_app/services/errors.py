"""Errors that services raise for the user to read; the GUI and the CLI show their message as it is."""

from __future__ import annotations


class UserInputError(ValueError):
    """What the user gave cannot be used; the message says why in plain Chinese."""


class NotAvailable(LookupError):
    """A course, lesson or attempt the user asked for is not (or no longer) there."""
