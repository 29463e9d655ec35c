"""Building course packages for tests: good ones with `pack_course`, and hostile ones by hand."""

from __future__ import annotations

import json
import re
import stat
import struct
import zipfile
from pathlib import Path

from literacy_app.services.course_packages import pack_course

COURSE = "public-rumours-deepfakes"
PASSWORD = "password-123"


def bump(content: Path, version: str, course: str = COURSE) -> Path:
    """Give the course in the private content copy `version`; returns its folder."""
    folder = content / "courses" / course
    yaml = folder / "course.yaml"
    yaml.write_text(
        re.sub(r"^version: .*$", f"version: {version}", yaml.read_text("utf-8"), flags=re.M),
        encoding="utf-8",
    )
    return folder


def drop_lesson(content: Path, lesson_file: str, course: str = COURSE) -> None:
    yaml = content / "courses" / course / "course.yaml"
    text = yaml.read_text("utf-8").replace(f"  - {lesson_file}\n", "")
    yaml.write_text(text, encoding="utf-8")
    (content / "courses" / course / "lessons" / lesson_file).unlink()


def good_package(
    content: Path, out: Path, version: str = "50.1.0", key: Path | None = None
) -> Path:
    pack_course(bump(content, version), out, key_file=key)
    return out


def entries(package: Path) -> list[tuple[zipfile.ZipInfo, bytes]]:
    with zipfile.ZipFile(package) as archive:
        return [(info, archive.read(info)) for info in archive.infolist()]


def rewrite(
    package: Path,
    out: Path,
    *,
    change: dict[str, bytes] | None = None,
    add: list[tuple[zipfile.ZipInfo | str, bytes]] = (),
    drop: tuple[str, ...] = (),
    manifest: dict | None = None,
) -> Path:
    """A copy of `package` with entries changed, added or dropped (the manifest left as it is
    unless `manifest` is given), written without any of the writer's own checks."""
    change = change or {}
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for info, data in entries(package):
            if info.filename in drop:
                continue
            if info.filename == "manifest.json" and manifest is not None:
                data = json.dumps(manifest).encode()
            archive.writestr(info, change.get(info.filename, data))
        for info, data in add:
            archive.writestr(info, data)
    return out


def manifest_of(package: Path) -> dict:
    with zipfile.ZipFile(package) as archive:
        return json.loads(archive.read("manifest.json"))


def symlink_entry(name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name)
    info.external_attr = (stat.S_IFLNK | 0o777) << 16
    return info


def lie_about_size(package: Path, name: str, declared: int) -> None:
    """Patch the zip's local and central headers so `name` claims `declared` bytes unpacked."""
    data = bytearray(package.read_bytes())
    encoded = name.encode()
    for signature, size_offset in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        start = 0
        while (start := data.find(signature, start)) != -1:
            name_offset = 30 if signature == b"PK\x03\x04" else 46
            length_offset = 26 if signature == b"PK\x03\x04" else 28
            (length,) = struct.unpack_from("<H", data, start + length_offset)
            if bytes(data[start + name_offset : start + name_offset + length]) == encoded:
                struct.pack_into("<I", data, start + size_offset, declared)
            start += 4
    package.write_bytes(bytes(data))


def snapshot(folder: Path) -> dict[str, bytes | None]:
    """Every file (bytes) and folder (None) under `folder`, by relative path."""
    if not folder.exists():
        return {}
    return {
        p.relative_to(folder).as_posix(): (p.read_bytes() if p.is_file() else None)
        for p in sorted(folder.rglob("*"))
    }
