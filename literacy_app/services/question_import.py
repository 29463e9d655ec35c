"""Trainers' use case: converting a question bank from Excel, GIFT or Aiken into a bank file.

For the `import-questions` command and the window alike. Nothing needs signing in: it converts a
file into another file. When the source has problems nothing is written unless skipping was asked
for; an existing output is never replaced without `force`; the bank is written to a temporary file
beside the output, read back with the bank loader and only then moved into place.
"""

from __future__ import annotations

import hashlib
import logging
import os
import secrets
from dataclasses import dataclass
from pathlib import Path

from literacy_app.content.banks import read_bank
from literacy_app.content.question_import.codes import ImportCode
from literacy_app.content.question_import.convert import (
    ImportProblem,
    ImportResult,
    QuestionFormat,
    bank_yaml,
    format_for,
    import_questions,
    slug,
    valid_id,
)
from literacy_app.messages import Message

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class QuestionImport:
    """What converting a file did: the conversion (None when it could not start), where the bank
    went, whether it was written, and what stopped the writing (None when written)."""

    result: ImportResult | None
    output: Path
    written: bool
    refusal: ImportProblem | None = None

    @property
    def problems(self) -> tuple[ImportProblem, ...]:
        found = self.result.problems if self.result is not None else ()
        return (*found, self.refusal) if self.refusal is not None else found

    @property
    def notes(self) -> tuple[ImportProblem, ...]:
        return self.result.notes if self.result is not None else ()

    def summary(self) -> tuple[Message, ...]:
        """What to say after the problems and notes: how many were converted (and skipped), or
        that nothing was written because of the problems listed."""
        result = self.result
        if not self.written:
            if result is None or self.refusal is not None or not result.problems:
                return ()
            return (Message.of(ImportCode.NOTHING_WRITTEN, count=len(result.problems)),)
        assert result is not None
        converted = Message.of(ImportCode.CONVERTED, count=len(result.questions), path=self.output)
        if result.skipped:
            return (Message.of(ImportCode.SKIPPED, count=result.skipped), converted)
        return (converted,)


def convert_question_file(
    source: Path,
    output: Path | None = None,
    *,
    fmt: QuestionFormat | str | None = None,
    skip_invalid: bool = False,
    bank_id: str | None = None,
    title: str | None = None,
    id_prefix: str | None = None,
    force: bool = False,
) -> QuestionImport:
    """Convert `source` and write the bank to `output` (default: beside it, ending in .yaml).

    The bank's id is `bank_id` or made from the output's file name; questions are numbered
    `<id_prefix or bank id>-001`, … in source order, so converting again gives the same ids.
    """
    output = output if output is not None else source.with_suffix(".yaml")

    def refused(code: ImportCode, path: Path = output, **args: object) -> QuestionImport:
        return QuestionImport(
            None, output, False, ImportProblem(path, None, Message.of(code, **args))
        )

    chosen = format_for(source, QuestionFormat(fmt) if fmt else None)
    if chosen is None:
        return refused(ImportCode.FORMAT_UNKNOWN, source, suffix=source.suffix or "?")
    bank_id = bank_id or _bank_id(output)
    for given in (bank_id, id_prefix):
        if given is not None and not valid_id(given):
            return refused(ImportCode.ID_INVALID, id=given)
    if output.exists() and not force:
        return refused(ImportCode.OUTPUT_EXISTS)
    result = import_questions(source, chosen, id_prefix or bank_id)
    if result.refused or not result.questions or (result.problems and not skip_invalid):
        return QuestionImport(result, output, False)
    text = bank_yaml(bank_id, title or output.stem, result.questions)
    failure = _write(output, text, force=force)
    if failure is not None:
        return QuestionImport(result, output, False, failure)
    return QuestionImport(result, output, True)


def _bank_id(output: Path) -> str:
    # A Chinese file name has no letters for an id; a digest of it is as stable as the name.
    made = slug(output.stem)
    if made:
        return made
    return "bank-" + hashlib.sha256(output.stem.encode("utf-8")).hexdigest()[:8]


def _write(output: Path, text: str, *, force: bool) -> ImportProblem | None:
    def failed(error: object) -> ImportProblem:
        return ImportProblem(output, None, Message.of(ImportCode.OUTPUT_FAILED, error=str(error)))

    try:
        output.parent.mkdir(parents=True, exist_ok=True)
        temporary = output.parent / f".{output.stem}.{secrets.token_hex(6)}.yaml"
        # Created new (never following a planted link), with the permissions the umask allows.
        descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    except OSError as error:
        return failed(error)
    try:
        with os.fdopen(descriptor, "w", encoding="utf-8", newline="\n") as file:
            file.write(text)
            file.flush()
            os.fsync(file.fileno())
        # The converter checked every question; reading the file back as the library will proves
        # the text written says the same.
        loaded = read_bank(temporary)
        if loaded.problems:
            log.error("converted bank does not load: %s", [str(p) for p in loaded.problems])
            return failed(loaded.problems[0])
        if output.exists() and not force:  # appeared while converting
            return ImportProblem(output, None, Message.of(ImportCode.OUTPUT_EXISTS))
        os.replace(temporary, output)
    except OSError as error:
        return failed(error)
    finally:
        temporary.unlink(missing_ok=True)
    return None
