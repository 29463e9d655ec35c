"""Converting question banks from Excel (.xlsx), Moodle GIFT and Aiken into the bank format.

`convert.import_questions` reads a file into checked questions and the rows or lines it rejected,
each located as `file:row` / `file:line`; `writer.bank_yaml` writes the questions as a bank file
that the library loads like any other. The trainers' guide (docs/course-format.md, section 12) describes it.

Nothing is imported here: the message catalogue reads `codes` at start-up, and the readers (with
openpyxl and pydantic) are loaded only when a file is converted.
"""
