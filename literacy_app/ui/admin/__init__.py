"""What an administrator sees once signed in: one area with a tab per task (see `area.py`)."""
