"""Sentences for the services' codes (refusals, things not available, results)."""

from __future__ import annotations

from enum import StrEnum

from literacy_app.catalogue.marking import QT_TRANSLATE_NOOP
from literacy_app.services.errors import ServiceCode as S

SERVICE_TEMPLATES: dict[StrEnum, str] = {
    S.NOT_YOURS: QT_TRANSLATE_NOOP(
        "Messages", "这条记录属于另一位学员，当前档案不能打开或修改它。"
    ),
    S.ROLE_REQUIRED: QT_TRANSLATE_NOOP("Messages", "当前身份不能进行这项操作。"),
    S.ADMINISTRATOR_EXISTS: QT_TRANSLATE_NOOP(
        "Messages", "本机已有管理员账户，不能再用这种方式创建。请由现有管理员登录后添加账户。"
    ),
    S.WRONG_PASSWORD: QT_TRANSLATE_NOOP("Messages", "用户名或密码不正确。"),
    S.SIGN_IN_TOO_SOON: QT_TRANSLATE_NOOP("Messages", "连续输错次数过多，请 {seconds} 秒后再试。"),
    S.ACCOUNT_LOCKED: QT_TRANSLATE_NOOP(
        "Messages", "该账户因连续输错已被锁定，请联系管理员解除锁定。"
    ),
    S.PASSWORD_TOO_SHORT: QT_TRANSLATE_NOOP("Messages", "密码至少 {minimum} 个字符。"),
    S.PASSWORD_TOO_LONG: QT_TRANSLATE_NOOP("Messages", "密码最多 {limit} 个字符。"),
    S.ACCOUNT_NOT_FOUND: QT_TRANSLATE_NOOP("Messages", "该账户不存在，可能已被其他管理员删除。"),
    S.ACCOUNT_NAME_TAKEN: QT_TRANSLATE_NOOP("Messages", "已有名为“{name}”的账户，请换一个登录名。"),
    S.STAFF_ROLE_INVALID: QT_TRANSLATE_NOOP("Messages", "账户的角色只能是培训师或管理员。"),
    S.CANNOT_REMOVE_SELF: QT_TRANSLATE_NOOP(
        "Messages", "不能删除当前登录的账户，请由另一位管理员删除。"
    ),
    S.LAST_ADMINISTRATOR: QT_TRANSLATE_NOOP(
        "Messages", "这是本机唯一的管理员账户，不能删除；请先创建另一个管理员账户。"
    ),
    S.PIN_NEEDED: QT_TRANSLATE_NOOP("Messages", "该学员档案设有登录密码，请输入密码。"),
    S.WRONG_PIN: QT_TRANSLATE_NOOP("Messages", "登录密码不正确。"),
    S.LEARNER_LOCKED: QT_TRANSLATE_NOOP(
        "Messages", "该学员档案因连续输错密码已被锁定，请联系管理员解除锁定。"
    ),
    S.PIN_TOO_SHORT: QT_TRANSLATE_NOOP("Messages", "登录密码至少 {minimum} 个字符。"),
    S.PIN_TOO_LONG: QT_TRANSLATE_NOOP("Messages", "登录密码最多 {limit} 个字符。"),
    S.PIN_CANNOT_BE_REMOVED: QT_TRANSLATE_NOOP(
        "Messages", "管理员要求每位学员设置登录密码，密码可以更改，但不能删除。"
    ),
    S.LEARNER_NOT_FOUND: QT_TRANSLATE_NOOP("Messages", "该学员档案不存在。"),
    S.NAME_REQUIRED: QT_TRANSLATE_NOOP("Messages", "请填写姓名。"),
    S.NAME_TOO_LONG: QT_TRANSLATE_NOOP("Messages", "姓名最多 {limit} 个字。"),
    S.DEPARTMENT_TOO_LONG: QT_TRANSLATE_NOOP("Messages", "单位或部门最多 {limit} 个字。"),
    S.TIER_REQUIRED: QT_TRANSLATE_NOOP(
        "Messages", "请选择学员类别：领导干部、政务运营团队或公众。"
    ),
    S.COURSE_UNAVAILABLE: QT_TRANSLATE_NOOP("Messages", "该课程目前不可用，请联系培训管理员。"),
    S.LESSON_GONE: QT_TRANSLATE_NOOP("Messages", "该课时已不在课程中。"),
    S.NO_FINAL_QUIZ: QT_TRANSLATE_NOOP("Messages", "该课程没有结业测验。"),
    S.NO_PRACTICE: QT_TRANSLATE_NOOP("Messages", "本课没有课后练习。"),
    S.ATTEMPTS_USED_UP: QT_TRANSLATE_NOOP("Messages", "本测验最多可参加 {limit} 次，机会已用完。"),
    S.DRAW_FAILED: QT_TRANSLATE_NOOP(
        "Messages",
        "无法按规则抽题，题库可能在程序运行时被改动。请联系培训管理员检查课程“{course}”。",
    ),
    S.QUESTION_GONE: QT_TRANSLATE_NOOP("Messages", "题目“{question}”已不在题库中。"),
    S.QUESTION_NOT_IN_ATTEMPT: QT_TRANSLATE_NOOP("Messages", "该题不属于本次测验。"),
    S.ATTEMPT_NOT_FOUND: QT_TRANSLATE_NOOP("Messages", "没有找到这次测验。"),
    S.ATTEMPT_SUBMITTED: QT_TRANSLATE_NOOP("Messages", "这次测验已经提交，不能再修改答案。"),
    S.ATTEMPT_STOPPED: QT_TRANSLATE_NOOP(
        "Messages", "课程内容已更新，这次作答已停止，已保存的答案保留在学习记录中。"
    ),
    S.TIME_UP: QT_TRANSLATE_NOOP("Messages", "考试时间已到，这个答案没有保存。"),
    S.NOTHING_ANSWERED: QT_TRANSLATE_NOOP("Messages", "还没有作答任何题目，请先作答再提交。"),
    S.RESULT_NOT_FOUND: QT_TRANSLATE_NOOP("Messages", "没有找到这次测验的成绩。"),
    S.NOTHING_DUE: QT_TRANSLATE_NOOP("Messages", "今天没有需要复习的错题。"),
    S.NOTHING_TO_PRACTISE: QT_TRANSLATE_NOOP(
        "Messages", "暂时没有可练习的题目：你已经做过全部题目，且今天没有待复习的错题。"
    ),
    S.SCENARIO_UNAVAILABLE: QT_TRANSLATE_NOOP("Messages", "该推演目前不可用，请联系培训管理员。"),
    S.RUN_NOT_FOUND: QT_TRANSLATE_NOOP("Messages", "没有找到这次推演。"),
    S.RUN_FINISHED: QT_TRANSLATE_NOOP("Messages", "这次推演已经结束。"),
    S.RUN_NOT_FINISHED: QT_TRANSLATE_NOOP("Messages", "这次推演还没有结束。"),
    S.RUN_STOPPED: QT_TRANSLATE_NOOP("Messages", "推演内容已更新，这次推演已停止，请重新开始。"),
    S.CHOICE_REQUIRED: QT_TRANSLATE_NOOP("Messages", "请先作出选择。"),
    S.CHOICE_GONE: QT_TRANSLATE_NOOP("Messages", "这个选项已不在推演中。"),
    S.INSTALLATION_KEY_UNREADABLE: QT_TRANSLATE_NOOP(
        "Messages",
        "无法读取本机的签名密钥“{path}”，文件可能已损坏。程序没有改动它；请从备份恢复该文件，否则本机签发的证书将无法查验。",
    ),
    S.PUBLIC_KEY_INVALID: QT_TRANSLATE_NOOP(
        "Messages",
        "这不是有效的安装公钥。请粘贴对方运行“literacy-app installation-key”后显示的公钥（一行 44 个字符）。",
    ),
    S.PUBLIC_KEY_IS_OWN: QT_TRANSLATE_NOOP(
        "Messages", "这是本机自己的公钥，本机签发的证书始终受信任，无需添加。"
    ),
    S.INSTALLATION_ALREADY_TRUSTED: QT_TRANSLATE_NOOP(
        "Messages", "这个公钥已在信任列表中，名称为“{name}”。"
    ),
    S.TRUSTED_INSTALLATION_NOT_FOUND: QT_TRANSLATE_NOOP(
        "Messages", "信任列表中没有这个安装，可能已被移除。"
    ),
    S.TRUST_LABEL_REQUIRED: QT_TRANSLATE_NOOP(
        "Messages", "请为这个安装填写一个名称，例如签发单位的名称。"
    ),
    S.TRUST_LABEL_TOO_LONG: QT_TRANSLATE_NOOP("Messages", "名称最多 {limit} 个字。"),
    S.COURSE_NOT_COMPLETED: QT_TRANSLATE_NOOP(
        "Messages", "课程“{course}”还没有完成：学完全部课时并通过结业测验后才能获得结业证书。"
    ),
    S.CERTIFICATE_NOT_FOUND: QT_TRANSLATE_NOOP("Messages", "没有找到这份结业证书。"),
    S.CERTIFICATE_NOT_SAVED: QT_TRANSLATE_NOOP(
        "Messages", "无法保存文件“{path}”（{detail}）。请换一个文件夹或文件名再试。"
    ),
    S.CERTIFICATE_GENUINE_HERE: QT_TRANSLATE_NOOP(
        "Messages",
        "证书真实：由本机签发，内容与签发时一致。请将下列信息与纸质证书逐项核对。",
    ),
    S.CERTIFICATE_GENUINE_TRUSTED: QT_TRANSLATE_NOOP(
        "Messages",
        "证书真实：由受信任的安装“{issuer}”签发，内容与签发时一致。请将下列信息与纸质证书逐项核对。",
    ),
    S.CERTIFICATE_TAMPERED: QT_TRANSLATE_NOOP(
        "Messages", "证书已被改动：签名与证书内容不符，这不是一份有效的证书。"
    ),
    S.CERTIFICATE_UNKNOWN_ISSUER: QT_TRANSLATE_NOOP(
        "Messages",
        "签名完好，但签发证书的安装不在本机的信任列表中（公钥指纹 {fingerprint}）。请打电话向签发单位核对这个指纹，核对无误后由管理员把对方的公钥加入信任列表。",
    ),
    S.CERTIFICATE_CODE_UNKNOWN: QT_TRANSLATE_NOOP(
        "Messages",
        "本机没有验证码为 {verification} 的证书。证书若由其他安装签发，请用证书的 PDF 文件查验。",
    ),
    S.CERTIFICATE_NOT_RECOGNISED: QT_TRANSLATE_NOOP(
        "Messages",
        "“{text}”既不是存在的文件，也不是验证码。验证码形如 ABCD-EFGH-JKMN-PQRS，印在证书下方。",
    ),
    S.CERTIFICATE_FILE_UNREADABLE: QT_TRANSLATE_NOOP(
        "Messages", "无法读取文件“{path}”（{detail}）。"
    ),
    S.CERTIFICATE_FILE_TOO_LARGE: QT_TRANSLATE_NOOP(
        "Messages",
        "文件“{path}”超过 {limit} MB，不是本程序生成的结业证书（证书文件通常小于 1 MB）。",
    ),
    S.CERTIFICATE_FILE_NOT_PDF: QT_TRANSLATE_NOOP(
        "Messages", "文件“{path}”不是 PDF 文件，不是本程序生成的结业证书。"
    ),
    S.CERTIFICATE_FILE_NO_PAYLOAD: QT_TRANSLATE_NOOP(
        "Messages",
        "文件“{path}”中没有结业证书的签名数据：它不是本程序生成的证书，或文件不完整。请使用证书的原始 PDF 文件，或输入证书上的验证码。",
    ),
    S.CERTIFICATE_PAYLOAD_DAMAGED: QT_TRANSLATE_NOOP(
        "Messages",
        "文件“{path}”中的证书签名数据已损坏或被改动，无法确认证书真伪。",
    ),
    S.PROGRESS_FILE_UNREADABLE: QT_TRANSLATE_NOOP(
        "Messages", "无法读取学习记录文件“{path}”（{detail}），没有导入任何记录。"
    ),
    S.PROGRESS_FILE_TOO_LARGE: QT_TRANSLATE_NOOP(
        "Messages",
        "文件“{path}”超过 {limit} MB，不是本程序导出的学习记录文件，没有导入任何记录。",
    ),
    S.PROGRESS_FILE_NOT_ONE: QT_TRANSLATE_NOOP(
        "Messages",
        "文件“{path}”不是学习记录文件（应由“导出学习记录”生成，扩展名 .litprog），没有导入任何记录。",
    ),
    S.PROGRESS_FILE_DAMAGED: QT_TRANSLATE_NOOP(
        "Messages",
        "学习记录文件“{path}”不完整或已损坏（可能复制时中断），没有导入任何记录。请在原电脑上重新导出。",
    ),
    S.PROGRESS_FILE_NEWER: QT_TRANSLATE_NOOP(
        "Messages",
        "学习记录文件“{path}”由更新版本的程序导出（文件格式 {version}，本版本只能读取到 {supported}），没有导入任何记录。请先升级本程序。",
    ),
    S.PROGRESS_FILE_SIGNATURE_BAD: QT_TRANSLATE_NOOP(
        "Messages",
        "学习记录文件“{path}”的签名与内容不符：文件在导出后被改动过，没有导入任何记录。请在原电脑上重新导出。",
    ),
    S.PROGRESS_FILE_HEADER_INVALID: QT_TRANSLATE_NOOP(
        "Messages",
        "学习记录文件“{path}”的文件头不符合格式（{detail}），没有导入任何记录。",
    ),
    S.PROGRESS_FILE_HASH_MISMATCH: QT_TRANSLATE_NOOP(
        "Messages",
        "学习记录文件“{path}”中的“{records}”与签名时的校验值不符：记录在导出后被改动或已损坏，没有导入任何记录。",
    ),
    S.PROGRESS_RECORD_INVALID: QT_TRANSLATE_NOOP(
        "Messages",
        "学习记录文件“{path}”中“{records}”第 {line} 条记录不符合格式（{detail}），没有导入任何记录。",
    ),
    S.PROGRESS_LEARNER_UNKNOWN: QT_TRANSLATE_NOOP(
        "Messages",
        "学习记录文件“{path}”中“{records}”第 {line} 条记录所属的学员既不在文件中，也不在本机，没有导入任何记录。请在原电脑上用“全部导出”重新导出。",
    ),
    S.PROGRESS_FILE_UNTRUSTED: QT_TRANSLATE_NOOP(
        "Messages",
        "学习记录文件“{path}”由不在信任列表中的安装签名（公钥指纹 {fingerprint}），没有导入任何记录。请打电话向对方核对指纹，核对无误后把对方的公钥加入信任列表再导入。",
    ),
    S.PROGRESS_FILE_HELD: QT_TRANSLATE_NOOP(
        "Messages",
        "学习记录文件“{path}”来自尚未信任的安装（公钥指纹 {fingerprint}），已暂存，等待管理员核对指纹后批准或拒绝。",
    ),
    S.PROGRESS_FILE_NOT_WRITTEN: QT_TRANSLATE_NOOP(
        "Messages", "无法写入文件“{path}”（{detail}）。请换一个文件夹或文件名再试。"
    ),
    S.PROGRESS_NO_FILES: QT_TRANSLATE_NOOP("Messages", "“{path}”中没有学习记录文件（.litprog）。"),
    S.PROGRESS_HELD_NOT_FOUND: QT_TRANSLATE_NOOP(
        "Messages", "这个暂存的文件已不存在，可能已被其他管理员处理。"
    ),
    S.PROGRESS_CLASH_NOT_FOUND: QT_TRANSLATE_NOOP(
        "Messages", "这处工号冲突已不存在，可能已被其他管理员处理。"
    ),
    S.PROGRESS_IMPORTING: QT_TRANSLATE_NOOP("Messages", "正在导入“{file}”……"),
    S.REPORT_ROWS_WRITTEN: QT_TRANSLATE_NOOP("Messages", "已写出 {rows} 条记录……"),
    S.REPORT_FOLDER_MISSING: QT_TRANSLATE_NOOP(
        "Messages", "文件夹“{path}”不存在，请选择一个已有的文件夹。"
    ),
    S.REPORT_NOT_WRITTEN: QT_TRANSLATE_NOOP(
        "Messages",
        "无法写入文件“{path}”（{detail}）。请检查该文件夹是否可写、文件是否正被其他程序打开，然后重试。",
    ),
    S.NO_CHINESE_FONT: QT_TRANSLATE_NOOP(
        "Messages",
        "没有找到可嵌入 PDF 的中文字体，没有生成文件。请安装中文字体（如 Noto Sans CJK 或文泉驿微米黑），或用环境变量 LITERACY_APP_PDF_FONT 指定字体文件。报表也可以改为导出 Excel 或 CSV。",
    ),
    S.DATA_DIR_UNUSABLE: QT_TRANSLATE_NOOP(
        "Messages",
        "无法在数据文件夹“{path}”中创建或写入文件。请检查该文件夹及其上级文件夹是否存在、是否可写，或用 --data-dir 指定另一个文件夹。",
    ),
    S.DATA_DIR_IN_USE: QT_TRANSLATE_NOOP(
        "Messages",
        "数据文件夹“{path}”正由另一个已打开的程序窗口使用。请切换到那个窗口，或先关闭它再启动。",
    ),
    S.DATABASE_READ_ONLY: QT_TRANSLATE_NOOP(
        "Messages",
        "数据库“{path}”只能读取、不能写入，学习记录将无法保存。请检查该文件及其所在文件夹的写入权限后再启动程序。",
    ),
    S.DATABASE_UNREADABLE: QT_TRANSLATE_NOOP(
        "Messages",
        "无法读取数据库“{path}”（{detail}）。文件可能已损坏，或不是本程序的数据库；程序没有改动它。请从备份恢复，或用 --data-dir 指定另一个文件夹。",
    ),
    S.DATABASE_NEWER: QT_TRANSLATE_NOOP(
        "Messages",
        "数据库“{path}”由更新版本的程序创建（结构版本 {revision}），本版本不能打开；程序没有改动它。请安装最新版本的程序。",
    ),
    S.DATABASE_UNVERSIONED: QT_TRANSLATE_NOOP(
        "Messages",
        "数据库“{path}”中已有数据表（{tables}），但没有本程序的版本记录，可能不是本程序的数据库；程序没有改动它。请用 --data-dir 指定另一个文件夹。",
    ),
    S.DATABASE_SERVER_UNREACHABLE: QT_TRANSLATE_NOOP(
        "Messages",
        "无法连接数据库服务器“{path}”（{detail}）。请检查网络、服务器地址和端口，以及服务器是否已启动；如不确定，请联系本单位的信息技术人员。",
    ),
    S.DATABASE_LOGIN_REFUSED: QT_TRANSLATE_NOOP(
        "Messages",
        "数据库服务器“{path}”拒绝了登录（{detail}）。请检查数据库地址中的用户名、密码和数据库名，或联系本单位的信息技术人员。",
    ),
}
