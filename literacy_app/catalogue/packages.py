"""Sentences for course packages: what a package was refused for, and packing, keys, the library."""

from __future__ import annotations

from enum import StrEnum

from literacy_app.catalogue.marking import QT_TRANSLATE_NOOP
from literacy_app.content.packages import PackageCode as P
from literacy_app.services.trainer_codes import TrainerCode as T

PACKAGE_TEMPLATES: dict[StrEnum, str] = {
    P.NOT_A_ZIP: QT_TRANSLATE_NOOP("Messages", "“{file}”不是课程包（无法作为 zip 文件读取）。"),
    P.TOO_MANY_ENTRIES: QT_TRANSLATE_NOOP(
        "Messages", "课程包中的文件超过 {limit} 个，不像是课程包，已拒绝安装。"
    ),
    P.UNSAFE_NAME: QT_TRANSLATE_NOOP(
        "Messages",
        "课程包中的“{name}”使用了绝对路径、“..”、盘符或反斜杠，可能把文件写到课程库以外，已拒绝安装。",
    ),
    P.NOT_A_REGULAR_FILE: QT_TRANSLATE_NOOP(
        "Messages", "课程包中的“{name}”是符号链接或特殊文件，已拒绝安装。"
    ),
    P.DUPLICATE_NAME: QT_TRANSLATE_NOOP(
        "Messages",
        "课程包中“{name}”与“{other}”重名（不区分大小写），解压后会互相覆盖，已拒绝安装。",
    ),
    P.FILE_TOO_LARGE: QT_TRANSLATE_NOOP(
        "Messages", "课程包中的“{name}”解压后超过 {limit} MB，已拒绝安装。"
    ),
    P.TOTAL_TOO_LARGE: QT_TRANSLATE_NOOP("Messages", "课程包解压后超过 {limit} GB，已拒绝安装。"),
    P.RATIO_TOO_HIGH: QT_TRANSLATE_NOOP(
        "Messages",
        "课程包中的“{name}”压缩比超过 {limit} 倍，可能是“压缩炸弹”，已拒绝安装。",
    ),
    P.MANIFEST_MISSING: QT_TRANSLATE_NOOP(
        "Messages", "课程包中没有 manifest.json，无法核对其中的文件，已拒绝安装。"
    ),
    P.MANIFEST_INVALID: QT_TRANSLATE_NOOP(
        "Messages", "课程包的 manifest.json 格式不正确（{detail}），已拒绝安装。"
    ),
    P.NEWER_FORMAT: QT_TRANSLATE_NOOP(
        "Messages",
        "课程包的格式版本为 {format}，本程序只支持到 {supported}。请先升级本程序再安装。",
    ),
    P.FILE_NOT_IN_MANIFEST: QT_TRANSLATE_NOOP(
        "Messages", "课程包中的“{name}”没有列在 manifest.json 中，已拒绝安装。"
    ),
    P.FILE_MISSING: QT_TRANSLATE_NOOP(
        "Messages", "manifest.json 列出的“{name}”不在课程包中，已拒绝安装。"
    ),
    P.SIZE_MISMATCH: QT_TRANSLATE_NOOP(
        "Messages", "课程包中“{name}”的实际大小与登记的不符，文件可能被改动或损坏，已拒绝安装。"
    ),
    P.CHECKSUM_MISMATCH: QT_TRANSLATE_NOOP(
        "Messages", "课程包中“{name}”的校验值（SHA-256）不符，文件被改动或已损坏，已拒绝安装。"
    ),
    P.SIGNATURE_INVALID: QT_TRANSLATE_NOOP(
        "Messages", "课程包的签名无效：清单在签名后被改动，或签名已损坏。已拒绝安装。"
    ),
    P.UNREADABLE: QT_TRANSLATE_NOOP("Messages", "无法读取文件“{file}”。"),
    T.PACKAGE_COURSE_INVALID: QT_TRANSLATE_NOOP(
        "Messages", "课程包中的课程没有通过检查（{count} 个问题），已拒绝安装。"
    ),
    T.PACKAGE_CONTENT_MISMATCH: QT_TRANSLATE_NOOP(
        "Messages",
        "课程包中的课程与 manifest.json 登记的课程“{id}”（编号或版本）不一致，已拒绝安装。",
    ),
    T.DOWNGRADE: QT_TRANSLATE_NOOP(
        "Messages",
        "已安装的版本 {installed} 比课程包的版本 {version} 新。确需退回旧版本，请使用 --allow-downgrade。",
    ),
    T.NOT_NEWER_THAN_SHIPPED: QT_TRANSLATE_NOOP(
        "Messages",
        "程序自带的这门课程版本为 {shipped}，不比课程包的版本 {version} 旧；安装后不会生效，已拒绝。",
    ),
    T.SIGNATURE_REQUIRED: QT_TRANSLATE_NOOP(
        "Messages",
        "管理员要求课程包由受信任的培训师签名，而这个课程包没有签名。已拒绝安装。",
    ),
    T.SIGNER_NOT_TRUSTED: QT_TRANSLATE_NOOP(
        "Messages",
        "课程包的签名密钥（指纹 {fingerprint}）不在管理员信任的培训师密钥列表中，已拒绝安装。",
    ),
    T.ID_TAKEN: QT_TRANSLATE_NOOP(
        "Messages", "课程包中的题库或情景推演“{id}”已被其他课程使用（{course}），已拒绝安装。"
    ),
    T.NOT_INSTALLED: QT_TRANSLATE_NOOP("Messages", "没有安装编号为“{id}”的课程。"),
    T.SHIPPED_NOT_REMOVABLE: QT_TRANSLATE_NOOP(
        "Messages", "课程“{id}”是程序自带的课程，不能删除；可以安装更高版本的课程包替换它。"
    ),
    T.INSTALL_FAILED: QT_TRANSLATE_NOOP(
        "Messages",
        "无法把“{file}”写入课程库（磁盘已满或没有写入权限）。课程库保持原样。",
    ),
    T.NOT_A_COURSE_FOLDER: QT_TRANSLATE_NOOP(
        "Messages", "“{path}”不是课程文件夹（其中没有 course.yaml）。"
    ),
    T.COURSE_HAS_PROBLEMS: QT_TRANSLATE_NOOP(
        "Messages", "课程“{path}”有 {count} 个问题，请先改正再打包。"
    ),
    T.SCENARIO_NOT_FOUND: QT_TRANSLATE_NOOP("Messages", "找不到编号为“{id}”的情景推演。"),
    T.PACKAGE_NOT_WRITTEN: QT_TRANSLATE_NOOP(
        "Messages", "无法写入课程包“{path}”，请检查文件夹是否存在、是否可写。"
    ),
    T.KEY_FILE_EXISTS: QT_TRANSLATE_NOOP(
        "Messages", "“{path}”已存在。为免覆盖已有的签名密钥，请换一个文件名。"
    ),
    T.KEY_NOT_WRITTEN: QT_TRANSLATE_NOOP("Messages", "无法写入密钥文件“{path}”。"),
    T.KEY_FILE_UNREADABLE: QT_TRANSLATE_NOOP(
        "Messages", "“{path}”不是可用的签名密钥文件（应由 keygen 生成）。"
    ),
    T.KEY_ALREADY_TRUSTED: QT_TRANSLATE_NOOP(
        "Messages", "这个密钥已在信任列表中，名称为“{name}”。"
    ),
    T.KEY_NOT_TRUSTED: QT_TRANSLATE_NOOP(
        "Messages", "这个密钥不在信任列表中，可能已被其他管理员移除。"
    ),
    T.KEY_LABEL_REQUIRED: QT_TRANSLATE_NOOP("Messages", "请填写培训师或单位名称。"),
}
