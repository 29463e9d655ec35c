"""Reading a GIFT or Aiken text file: bounded in size, UTF-8 or the GB18030 Chinese Windows saves."""

from __future__ import annotations

from pathlib import Path

from literacy_app.content.question_import.codes import ImportCode
from literacy_app.content.question_import.result import ImportProblem
from literacy_app.messages import Message

SIZE_LIMIT = 10 * 1024 * 1024  # bytes; thousands of questions are far smaller


def read_lines(path: Path) -> list[str] | ImportProblem:
    """The file's lines (without line ends), or the problem that stops it being read."""
    try:
        if path.stat().st_size > SIZE_LIMIT:
            return ImportProblem(
                path,
                None,
                Message.of(ImportCode.FILE_TOO_LARGE, limit=SIZE_LIMIT // (1024 * 1024)),
            )
        data = path.read_bytes()
    except OSError:
        return ImportProblem(path, None, Message.of(ImportCode.FILE_MISSING))
    text = _decode(data)
    if isinstance(text, int):
        line = data[:text].count(b"\n") + 1
        return ImportProblem(path, line, Message.of(ImportCode.TEXT_ENCODING))
    return text.splitlines()


def _decode(data: bytes) -> str | int:
    """The text, or the offset of the first byte that is neither UTF-8 nor GB18030."""
    if data.startswith(b"\xef\xbb\xbf"):
        encodings: tuple[str, ...] = ("utf-8-sig",)
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        encodings = ("utf-16",)
    else:
        encodings = ("utf-8", "gb18030")
    offsets = []
    for encoding in encodings:
        try:
            return data.decode(encoding)
        except UnicodeDecodeError as error:
            offsets.append(error.start)
    return offsets[0]  # where UTF-8 (the encoding asked for) fails
