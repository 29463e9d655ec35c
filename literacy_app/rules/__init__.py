"""The course format's rules in one place: question types, scoring modes and the draw.

Validation (`content/`) and the quiz engine (`quiz/`, `services/`) call this same code, so a course
that passes validation is a course the engine can run. No Qt, no files.
"""
