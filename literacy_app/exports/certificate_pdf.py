"""The course certificate as a one-page A4 PDF, and reading its signed payload back.

The page is what a person reads and files; the signed payload (fields, signature, public key) is
embedded as the attachment `certificate.json`, so the file alone can be checked on any installation.

The page is bilingual Chinese and English and does not follow the window's language: it is a
document handed to an organisation, and two copies of one certificate must read the same wherever
they were saved.
"""

from __future__ import annotations

import os
import re
import tempfile
import zlib
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from literacy_app.exports.fonts import FontFile

if TYPE_CHECKING:
    from fpdf import FPDF

PAYLOAD_NAME = "certificate.json"
ACCENT = (155, 28, 36)  # the program's deep red
INK = (34, 34, 34)
MUTED = (110, 110, 110)


@dataclass(frozen=True)
class CertificateSheet:
    """What the page shows, already formatted where the page cannot decide (times are local)."""

    learner_name: str
    department: str
    identifier: str
    course_title: str
    hours: float
    score: float | None
    completed_on: date
    issued_at: datetime
    code: str
    fingerprint: str
    installation_id: str
    certificate_id: str


def write_certificate_pdf(
    path: Path, sheet: CertificateSheet, payload: bytes, font: FontFile
) -> None:
    """Draw the certificate, attach `payload` as `certificate.json`, and move the file into place
    only once it is complete."""
    from fpdf import FPDF  # a third of a second to import: paid when a certificate is saved

    pdf = FPDF(orientation="landscape", format="A4")
    pdf.set_auto_page_break(False)
    pdf.set_title(f"结业证书 · {sheet.course_title} · {sheet.learner_name}")
    pdf.set_creator("literacy-app")
    pdf.add_font("cjk", fname=str(font.path), collection_font_number=font.index)
    pdf.add_page()
    _draw(pdf, sheet)
    # Uncompressed, so the signed JSON can be read (and its tampering seen) in the file itself.
    pdf.embed_file(
        bytes=payload,
        basename=PAYLOAD_NAME,
        desc="Signed certificate data (literacy-app verify-certificate)",
        modification_date=sheet.issued_at.astimezone(),
        compress=False,
    )
    data = bytes(pdf.output())
    _write_atomically(path, data)


def _draw(pdf: FPDF, sheet: CertificateSheet) -> None:
    width, height = pdf.w, pdf.h
    pdf.set_draw_color(*ACCENT)
    pdf.set_line_width(1.6)
    pdf.rect(10, 10, width - 20, height - 20)
    pdf.set_line_width(0.4)
    pdf.rect(14, 14, width - 28, height - 28)

    inner = width - 70
    pdf.set_text_color(*ACCENT)
    pdf.set_font("cjk", size=40)
    pdf.set_xy(35, 25)
    pdf.cell(inner, 18, "结 业 证 书", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("cjk", size=12)
    pdf.set_x(35)
    pdf.cell(inner, 8, "CERTIFICATE OF COMPLETION", align="C", new_x="LMARGIN", new_y="NEXT")

    pdf.set_text_color(*INK)
    pdf.set_font("cjk", size=26)
    pdf.set_xy(35, 58)
    pdf.multi_cell(inner, 13, sheet.learner_name, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("cjk", size=13)
    pdf.set_text_color(*MUTED)
    who = sheet.department
    if sheet.identifier:
        who = f"{who}　工号 {sheet.identifier}" if who else f"工号 {sheet.identifier}"
    if who:
        pdf.set_x(35)
        pdf.multi_cell(inner, 7, who, align="C", new_x="LMARGIN", new_y="NEXT")

    assessed = sheet.score is not None  # a course without a final quiz has nothing to pass
    passed = "考核合格，" if assessed else ""
    # The title on lines of its own, so a long one never leaves its closing 》 to start a line.
    pdf.set_text_color(*INK)
    pdf.set_font("cjk", size=13)
    pdf.set_xy(35, pdf.get_y() + 4)
    pdf.cell(inner, 8, "已完成课程", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("cjk", size=17)
    pdf.set_x(45)
    pdf.multi_cell(
        inner - 20, 9, f"《{sheet.course_title}》", align="C", new_x="LMARGIN", new_y="NEXT"
    )
    pdf.set_font("cjk", size=13)
    pdf.set_x(35)
    pdf.cell(
        inner, 8, f"的全部学习内容，{passed}特发此证。", align="C", new_x="LMARGIN", new_y="NEXT"
    )
    pdf.set_font("cjk", size=10)
    pdf.set_text_color(*MUTED)
    pdf.set_x(45)
    pdf.multi_cell(
        inner - 20, 6,
        "has completed the course above" + (" and passed its assessment." if assessed else "."),
        align="C",
        new_x="LMARGIN", new_y="NEXT",
    )  # fmt: skip

    facts = [
        ("学时", "Study hours", _number(sheet.hours)),
        ("成绩", "Score", "—" if sheet.score is None else f"{_number(sheet.score)} 分"),
        ("完成日期", "Completed on", f"{sheet.completed_on:%Y年%m月%d日}"),
        ("签发时间", "Issued", f"{sheet.issued_at:%Y-%m-%d %H:%M}"),
    ]
    column = inner / len(facts)
    top = max(pdf.get_y() + 6, 126)
    for i, (caption, english, value) in enumerate(facts):
        x = 35 + i * column
        pdf.set_xy(x, top)
        pdf.set_font("cjk", size=10)
        pdf.set_text_color(*MUTED)
        pdf.cell(column, 6, f"{caption}  {english}", align="C")
        pdf.set_xy(x, top + 7)
        pdf.set_font("cjk", size=16)
        pdf.set_text_color(*INK)
        pdf.cell(column, 9, value, align="C")

    # The verification block: what a checker types in, and how to know who signed it.
    box_top = height - 58
    pdf.set_draw_color(*MUTED)
    pdf.set_line_width(0.2)
    pdf.line(35, box_top, width - 35, box_top)
    pdf.set_xy(35, box_top + 4)
    pdf.set_font("cjk", size=10)
    pdf.set_text_color(*MUTED)
    pdf.cell(inner / 2, 6, "验证码  Verification code")
    pdf.set_xy(35, box_top + 11)
    pdf.set_font("cjk", size=20)
    pdf.set_text_color(*ACCENT)
    pdf.cell(inner / 2, 10, sheet.code)
    pdf.set_font("cjk", size=9)
    pdf.set_text_color(*MUTED)
    lines = [
        f"签发安装指纹 Issuer fingerprint：{sheet.fingerprint}",
        f"安装编号 Installation：{sheet.installation_id}",
        f"证书编号 Certificate：{sheet.certificate_id}",
    ]
    for n, line in enumerate(lines):
        pdf.set_xy(35 + inner / 2, box_top + 4 + n * 6)
        pdf.cell(inner / 2, 6, line, align="R")
    pdf.set_xy(35, box_top + 26)
    pdf.multi_cell(
        inner, 5,
        "查验：在任一信任签发安装的电脑上运行 literacy-app verify-certificate 本文件（或验证码），"
        "或由管理员在“管理 → 证书查验”中查验。本文件内嵌签名数据，内容被改动即无法通过查验。",
        align="L",
    )  # fmt: skip


def _number(value: float) -> str:
    return f"{value:g}"


def _write_atomically(path: Path, data: bytes) -> None:
    handle, temporary = tempfile.mkstemp(prefix=".certificate-", suffix=".pdf", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
        os.chmod(temporary, 0o644)  # mkstemp's 0600 would keep a certificate from its reader
        os.replace(temporary, path)
    except BaseException:
        if os.path.exists(temporary):
            os.unlink(temporary)
        raise


# -- reading the payload back -------------------------------------------------------------------

_EMBEDDED = re.compile(rb"/Type\s*/EmbeddedFile\b")
_OBJECT_START = re.compile(rb"\d+\s+\d+\s+obj\b")
_STREAM = re.compile(rb"stream(?:\r\n|\n|\r)")
_LENGTH = re.compile(rb"/Length\s+(\d+)(?!\s+\d+\s+R)")
_FLATE = re.compile(rb"/Filter\s*(?:\[\s*)?/FlateDecode\s*(?:\])?\s*[/>]")
_OTHER_FILTER = re.compile(rb"/Filter\b")


def embedded_files(data: bytes, limit: int) -> list[bytes]:
    """The contents of the PDF's embedded files (attachments) of at most `limit` bytes each.

    A small reader of its own rather than a PDF library: it looks only for embedded-file streams
    (the dictionary `/Type /EmbeddedFile` followed by its stream), stored plainly or with Flate,
    and gives up quietly on anything else, so a damaged or hostile file yields nothing instead of
    an exception or a decompression bomb.
    """
    found: list[bytes] = []
    for match in _EMBEDDED.finditer(data):
        starts = list(_OBJECT_START.finditer(data, max(0, match.start() - 4096), match.start()))
        if not starts:
            continue
        dictionary_start = starts[-1].end()
        stream = _STREAM.search(data, match.end(), match.end() + 4096)
        if stream is None or b"endobj" in data[dictionary_start : stream.start()]:
            continue
        dictionary = data[dictionary_start : stream.start()]
        body_start = stream.end()
        length = _LENGTH.search(dictionary)
        if length is not None:
            body = data[body_start : body_start + int(length.group(1))]
        else:  # an indirect length: the stream ends at its keyword
            end = data.find(b"endstream", body_start)
            if end < 0:
                continue
            body = data[body_start:end].rstrip(b"\r\n")
        if _FLATE.search(dictionary):
            inflater = zlib.decompressobj()
            try:
                body = inflater.decompress(body, limit + 1)
            except zlib.error:
                continue
        elif _OTHER_FILTER.search(dictionary):
            continue  # an encoding this reader does not undo; not one of our certificates
        if len(body) <= limit:
            found.append(body)
    return found
