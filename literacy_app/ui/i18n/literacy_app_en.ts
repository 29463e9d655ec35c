<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../admin/account_dialog.py" line="42"/>
        <source>新建账户</source>
        <translation>New account</translation>
    </message>
    <message>
        <location filename="../admin/account_dialog.py" line="42"/>
        <source>重置密码</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <location filename="../admin/account_dialog.py" line="43"/>
        <source>新建管理员或培训师账户</source>
        <translation>Create an administrator or trainer account</translation>
    </message>
    <message>
        <location filename="../admin/account_dialog.py" line="45"/>
        <source>为“%1”设置新密码</source>
        <translation>Set a new password for &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../admin/account_dialog.py" line="46"/>
        <source>请把登录名和密码当面交给账户的使用人，并提醒其妥善保管。</source>
        <translation>Give the user name and password to the account holder in person, and remind them to keep them safe.</translation>
    </message>
    <message>
        <location filename="../admin/account_dialog.py" line="48"/>
        <source>新密码立即生效，旧密码作废；账户如被锁定，也一并解除。</source>
        <translation>The new password takes effect immediately and the old one stops working. If the account is locked, it is also unlocked.</translation>
    </message>
    <message>
        <location filename="../admin/account_dialog.py" line="58"/>
        <source>至少 %1 个字符</source>
        <translation>At least %1 characters</translation>
    </message>
    <message>
        <location filename="../admin/account_dialog.py" line="61"/>
        <source>登录名</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../admin/account_dialog.py" line="62"/>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../admin/account_dialog.py" line="63"/>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../admin/account_dialog.py" line="64"/>
        <source>再次输入密码</source>
        <translation>Confirm password</translation>
    </message>
    <message>
        <location filename="../admin/account_dialog.py" line="65"/>
        <source>创建</source>
        <translation>Create</translation>
    </message>
    <message>
        <location filename="../admin/account_dialog.py" line="65"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../admin/account_dialog.py" line="65"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>AccountsTab</name>
    <message>
        <location filename="../admin/accounts_tab.py" line="39"/>
        <source>登录名</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../admin/accounts_tab.py" line="39"/>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../admin/accounts_tab.py" line="39"/>
        <location filename="../admin/accounts_tab.py" line="81"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../admin/accounts_tab.py" line="39"/>
        <source>最近登录</source>
        <translation>Last sign-in</translation>
    </message>
    <message>
        <location filename="../admin/accounts_tab.py" line="44"/>
        <source>新建账户……</source>
        <translation>New account…</translation>
    </message>
    <message>
        <location filename="../admin/accounts_tab.py" line="45"/>
        <source>重置密码……</source>
        <translation>Reset password…</translation>
    </message>
    <message>
        <location filename="../admin/accounts_tab.py" line="46"/>
        <location filename="../admin/accounts_tab.py" line="62"/>
        <source>解除锁定</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../admin/accounts_tab.py" line="47"/>
        <location filename="../admin/accounts_tab.py" line="187"/>
        <source>删除账户</source>
        <translation>Delete account</translation>
    </message>
    <message>
        <location filename="../admin/accounts_tab.py" line="50"/>
        <source>管理员与培训师账户</source>
        <translation>Administrator and trainer accounts</translation>
    </message>
    <message>
        <location filename="../admin/accounts_tab.py" line="57"/>
        <source>学员必须设置登录密码</source>
        <translation>Learners must set a sign-in PIN</translation>
    </message>
    <message>
        <location filename="../admin/accounts_tab.py" line="59"/>
        <source>开启后，没有登录密码的学员在开始学习前必须先设置一个。</source>
        <translation>When this is on, learners without a sign-in PIN must set one before they start studying.</translation>
    </message>
    <message>
        <location filename="../admin/accounts_tab.py" line="63"/>
        <location filename="../admin/accounts_tab.py" line="201"/>
        <source>清除登录密码</source>
        <translation>Clear sign-in PIN</translation>
    </message>
    <message>
        <location filename="../admin/accounts_tab.py" line="67"/>
        <source>学员登录密码</source>
        <translation>Learner sign-in PINs</translation>
    </message>
    <message>
        <location filename="../admin/accounts_tab.py" line="74"/>
        <source>学员忘记密码或因连续输错被锁定时，在下表中选中该学员，清除密码或解除锁定。</source>
        <translation>If a learner forgets their PIN or is locked out after too many wrong attempts, select them in the table below and clear the PIN or unlock them.</translation>
    </message>
    <message>
        <location filename="../admin/accounts_tab.py" line="81"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../admin/accounts_tab.py" line="81"/>
        <source>单位或部门</source>
        <translation>Unit or department</translation>
    </message>
    <message>
        <location filename="../admin/accounts_tab.py" line="81"/>
        <source>工号</source>
        <translation>Staff ID</translation>
    </message>
    <message>
        <location filename="../admin/accounts_tab.py" line="88"/>
        <source>没有设置登录密码的学员</source>
        <translation>No learners have a sign-in PIN</translation>
    </message>
    <message>
        <location filename="../admin/accounts_tab.py" line="89"/>
        <source>学员可在“切换或新建学员”菜单中为自己的档案设置登录密码。</source>
        <translation>Learners can set a sign-in PIN for their own profile from the &quot;Switch learner&quot; menu.</translation>
    </message>
    <message>
        <location filename="../admin/accounts_tab.py" line="117"/>
        <location filename="../admin/accounts_tab.py" line="129"/>
        <source>已锁定</source>
        <translation>Locked</translation>
    </message>
    <message>
        <location filename="../admin/accounts_tab.py" line="119"/>
        <location filename="../admin/accounts_tab.py" line="131"/>
        <source>连续输错 %1 次</source>
        <translation>Failed attempts in a row: %1</translation>
    </message>
    <message>
        <location filename="../admin/accounts_tab.py" line="121"/>
        <source>正常</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../admin/accounts_tab.py" line="123"/>
        <source>从未</source>
        <translation>Never</translation>
    </message>
    <message>
        <location filename="../admin/accounts_tab.py" line="127"/>
        <source>已设登录密码</source>
        <translation>Sign-in PIN set</translation>
    </message>
    <message>
        <location filename="../admin/accounts_tab.py" line="186"/>
        <source>删除账户“%1”？删除后该账户不能再登录，操作日志中的记录保留。</source>
        <translation>Delete the account &quot;%1&quot;? It will no longer be able to sign in. Its entries in the audit log are kept.</translation>
    </message>
    <message>
        <location filename="../admin/accounts_tab.py" line="199"/>
        <source>清除“%1”的登录密码？该学员下次切换到自己的档案时无需输入密码，可重新设置。</source>
        <translation>Clear the sign-in PIN of &quot;%1&quot;? The learner will not need a PIN the next time they switch to their profile, and can set a new one.</translation>
    </message>
</context>
<context>
    <name>AdminArea</name>
    <message>
        <location filename="../admin/area.py" line="34"/>
        <source>退出管理</source>
        <translation>Exit administration</translation>
    </message>
    <message>
        <location filename="../admin/area.py" line="40"/>
        <source>概览</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../admin/area.py" line="42"/>
        <source>学员</source>
        <translation>Learners</translation>
    </message>
    <message>
        <location filename="../admin/area.py" line="44"/>
        <source>课程分配</source>
        <translation>Course assignments</translation>
    </message>
    <message>
        <location filename="../admin/area.py" line="46"/>
        <source>账户与安全</source>
        <translation>Accounts and security</translation>
    </message>
    <message>
        <location filename="../admin/area.py" line="48"/>
        <source>课程管理</source>
        <translation>Course management</translation>
    </message>
    <message>
        <location filename="../admin/area.py" line="50"/>
        <source>证书查验</source>
        <translation>Certificate verification</translation>
    </message>
    <message>
        <location filename="../admin/area.py" line="52"/>
        <source>信任的安装</source>
        <translation>Trusted installations</translation>
    </message>
    <message>
        <location filename="../admin/area.py" line="54"/>
        <source>导入学习记录</source>
        <translation>Import progress</translation>
    </message>
    <message>
        <location filename="../admin/area.py" line="56"/>
        <source>操作日志</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <location filename="../admin/area.py" line="62"/>
        <source>管理</source>
        <translation>Administration</translation>
    </message>
    <message>
        <location filename="../admin/area.py" line="62"/>
        <source>管理员：%1</source>
        <translation>Administrator: %1</translation>
    </message>
</context>
<context>
    <name>AdminSetupDialog</name>
    <message>
        <location filename="../admin_setup_dialog.py" line="18"/>
        <source>设置管理员</source>
        <translation>Set up administrator</translation>
    </message>
    <message>
        <location filename="../admin_setup_dialog.py" line="19"/>
        <source>请先为本机设置管理员账户</source>
        <translation>Set up an administrator account for this computer first</translation>
    </message>
    <message>
        <location filename="../admin_setup_dialog.py" line="21"/>
        <source>管理员可以查看全部学员的学习情况、导出完成情况报表、管理账户和学员登录密码。请由负责本机培训工作的人员设置，并妥善保管密码。也可以暂不设置：下次启动时会再次询问，也可随时从“切换或新建学员”菜单中设置。</source>
        <translation>Administrators can view the progress of all learners, export completion reports, and manage accounts and learner sign-in PINs. The person responsible for training on this computer should set this up and keep the password safe. You can also skip this for now: you will be asked again at the next start, and you can set it up at any time from the &quot;Switch learner&quot; menu.</translation>
    </message>
    <message>
        <location filename="../admin_setup_dialog.py" line="29"/>
        <source>例如：培训中心管理员</source>
        <translation>e.g. training center administrator</translation>
    </message>
    <message>
        <location filename="../admin_setup_dialog.py" line="31"/>
        <source>至少 %1 个字符</source>
        <translation>At least %1 characters</translation>
    </message>
    <message>
        <location filename="../admin_setup_dialog.py" line="33"/>
        <source>登录名</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../admin_setup_dialog.py" line="34"/>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../admin_setup_dialog.py" line="35"/>
        <source>再次输入密码</source>
        <translation>Confirm password</translation>
    </message>
    <message>
        <location filename="../admin_setup_dialog.py" line="36"/>
        <source>创建管理员账户</source>
        <translation>Create administrator account</translation>
    </message>
    <message>
        <location filename="../admin_setup_dialog.py" line="36"/>
        <source>暂不设置</source>
        <translation>Not now</translation>
    </message>
    <message>
        <location filename="../admin_setup_dialog.py" line="41"/>
        <source>请填写登录名。</source>
        <translation>Enter a user name.</translation>
    </message>
</context>
<context>
    <name>AssignmentsTab</name>
    <message>
        <location filename="../admin/assignments_tab.py" line="89"/>
        <source>分配课程</source>
        <translation>Assign course</translation>
    </message>
    <message>
        <location filename="../admin/assignments_tab.py" line="95"/>
        <source>学员类别</source>
        <translation>Learner category</translation>
    </message>
    <message>
        <location filename="../admin/assignments_tab.py" line="96"/>
        <source>单位/部门（含下级）</source>
        <translation>Unit/department (including subunits)</translation>
    </message>
    <message>
        <location filename="../admin/assignments_tab.py" line="97"/>
        <source>指定学员</source>
        <translation>Specific learners</translation>
    </message>
    <message>
        <location filename="../admin/assignments_tab.py" line="114"/>
        <source>分配</source>
        <translation>Assign</translation>
    </message>
    <message>
        <location filename="../admin/assignments_tab.py" line="120"/>
        <location filename="../admin/assignments_tab.py" line="134"/>
        <source>课程</source>
        <translation>Course</translation>
    </message>
    <message>
        <location filename="../admin/assignments_tab.py" line="121"/>
        <location filename="../admin/assignments_tab.py" line="135"/>
        <source>分配给</source>
        <translation>Assign to</translation>
    </message>
    <message>
        <location filename="../admin/assignments_tab.py" line="123"/>
        <location filename="../admin/assignments_tab.py" line="136"/>
        <source>截止日期</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../admin/assignments_tab.py" line="127"/>
        <source>已分配的课程</source>
        <translation>Assigned courses</translation>
    </message>
    <message>
        <location filename="../admin/assignments_tab.py" line="128"/>
        <location filename="../admin/assignments_tab.py" line="240"/>
        <source>取消分配</source>
        <translation>Unassign</translation>
    </message>
    <message>
        <location filename="../admin/assignments_tab.py" line="137"/>
        <source>覆盖人数</source>
        <translation>Learners covered</translation>
    </message>
    <message>
        <location filename="../admin/assignments_tab.py" line="138"/>
        <source>已完成</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location filename="../admin/assignments_tab.py" line="139"/>
        <source>逾期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../admin/assignments_tab.py" line="146"/>
        <source>还没有分配课程</source>
        <translation>No courses assigned yet</translation>
    </message>
    <message>
        <location filename="../admin/assignments_tab.py" line="147"/>
        <source>在上方选择课程、对象和截止日期后点击“分配”。学员会在学习路径中看到截止日期。</source>
        <translation>Choose a course, who it is for, and a due date above, then click &quot;Assign&quot;. Learners will see the due date in their learning path.</translation>
    </message>
    <message>
        <location filename="../admin/assignments_tab.py" line="156"/>
        <source>类别：%1</source>
        <translation>Category: %1</translation>
    </message>
    <message>
        <location filename="../admin/assignments_tab.py" line="158"/>
        <source>单位：%1</source>
        <translation>Unit: %1</translation>
    </message>
    <message>
        <location filename="../admin/assignments_tab.py" line="159"/>
        <source>学员：%1</source>
        <translation>Learner: %1</translation>
    </message>
    <message>
        <location filename="../admin/assignments_tab.py" line="236"/>
        <source>取消“%1”对“%2”的分配？学员的学习记录不受影响。</source>
        <translation>Unassign &quot;%1&quot; from &quot;%2&quot;? Learners&apos; study records are not affected.</translation>
    </message>
</context>
<context>
    <name>AuditLogTab</name>
    <message>
        <location filename="../admin/audit_log.py" line="33"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../admin/audit_log.py" line="34"/>
        <source>操作人</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../admin/audit_log.py" line="34"/>
        <source>（安装时）</source>
        <translation>(during installation)</translation>
    </message>
    <message>
        <location filename="../admin/audit_log.py" line="35"/>
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../admin/audit_log.py" line="36"/>
        <source>对象</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../admin/audit_log.py" line="41"/>
        <source>还没有管理操作</source>
        <translation>No administrative actions yet</translation>
    </message>
    <message>
        <location filename="../admin/audit_log.py" line="41"/>
        <source>管理员的每项操作都会记录在这里。</source>
        <translation>Every action an administrator takes is recorded here.</translation>
    </message>
    <message>
        <location filename="../admin/audit_log.py" line="48"/>
        <source>创建管理员账户</source>
        <translation>Create administrator account</translation>
    </message>
    <message>
        <location filename="../admin/audit_log.py" line="49"/>
        <source>创建账户</source>
        <translation>Created account</translation>
    </message>
    <message>
        <location filename="../admin/audit_log.py" line="50"/>
        <source>解除账户锁定</source>
        <translation>Unlocked account</translation>
    </message>
    <message>
        <location filename="../admin/audit_log.py" line="51"/>
        <source>删除账户</source>
        <translation>Delete account</translation>
    </message>
    <message>
        <location filename="../admin/audit_log.py" line="52"/>
        <source>重置密码</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <location filename="../admin/audit_log.py" line="53"/>
        <source>解除学员锁定</source>
        <translation>Unlocked learner</translation>
    </message>
    <message>
        <location filename="../admin/audit_log.py" line="54"/>
        <source>重置学员密码</source>
        <translation>Reset learner sign-in PIN</translation>
    </message>
    <message>
        <location filename="../admin/audit_log.py" line="55"/>
        <source>更改学员密码要求</source>
        <translation>Changed learner PIN requirement</translation>
    </message>
    <message>
        <location filename="../admin/audit_log.py" line="56"/>
        <source>添加学员</source>
        <translation>Added learner</translation>
    </message>
    <message>
        <location filename="../admin/audit_log.py" line="57"/>
        <source>修改学员信息</source>
        <translation>Edited learner details</translation>
    </message>
    <message>
        <location filename="../admin/audit_log.py" line="58"/>
        <source>导入花名册</source>
        <translation>Imported roster</translation>
    </message>
    <message>
        <location filename="../admin/audit_log.py" line="59"/>
        <source>分配课程</source>
        <translation>Assign course</translation>
    </message>
    <message>
        <location filename="../admin/audit_log.py" line="60"/>
        <source>取消课程分配</source>
        <translation>Unassigned course</translation>
    </message>
    <message>
        <location filename="../admin/audit_log.py" line="61"/>
        <source>设定学时目标</source>
        <translation>Set study hours target</translation>
    </message>
    <message>
        <location filename="../admin/audit_log.py" line="62"/>
        <source>导出报表</source>
        <translation>Exported report</translation>
    </message>
    <message>
        <location filename="../admin/audit_log.py" line="63"/>
        <source>打印学时证明</source>
        <translation>Printed study-hours record</translation>
    </message>
    <message>
        <location filename="../admin/audit_log.py" line="64"/>
        <source>信任其他安装</source>
        <translation>Trusted another installation</translation>
    </message>
    <message>
        <location filename="../admin/audit_log.py" line="65"/>
        <source>取消信任安装</source>
        <translation>Revoked trust in installation</translation>
    </message>
    <message>
        <location filename="../admin/audit_log.py" line="66"/>
        <source>安装课程包</source>
        <translation>Installed course package</translation>
    </message>
    <message>
        <location filename="../admin/audit_log.py" line="67"/>
        <source>删除已安装的课程</source>
        <translation>Removed installed course</translation>
    </message>
    <message>
        <location filename="../admin/audit_log.py" line="68"/>
        <source>信任培训师签名密钥</source>
        <translation>Trusted trainer signing key</translation>
    </message>
    <message>
        <location filename="../admin/audit_log.py" line="69"/>
        <source>取消信任培训师签名密钥</source>
        <translation>Revoked trust in trainer signing key</translation>
    </message>
    <message>
        <location filename="../admin/audit_log.py" line="70"/>
        <source>导出学习记录文件</source>
        <translation>Exported progress file</translation>
    </message>
    <message>
        <location filename="../admin/audit_log.py" line="71"/>
        <source>导入学习记录文件</source>
        <translation>Imported progress file</translation>
    </message>
    <message>
        <location filename="../admin/audit_log.py" line="72"/>
        <source>拒收学习记录文件</source>
        <translation>Refused progress file</translation>
    </message>
    <message>
        <location filename="../admin/audit_log.py" line="73"/>
        <source>暂存学习记录文件</source>
        <translation>Held progress file</translation>
    </message>
    <message>
        <location filename="../admin/audit_log.py" line="74"/>
        <source>拒绝暂存的学习记录文件</source>
        <translation>Rejected held progress file</translation>
    </message>
    <message>
        <location filename="../admin/audit_log.py" line="75"/>
        <source>处理工号冲突</source>
        <translation>Resolved staff-ID clash</translation>
    </message>
</context>
<context>
    <name>AuthoringActions</name>
    <message>
        <location filename="../courses/authoring_actions.py" line="42"/>
        <source>选择一个空文件夹来存放新课程</source>
        <translation>Choose an empty folder for the new course</translation>
    </message>
    <message>
        <location filename="../courses/authoring_actions.py" line="59"/>
        <source>新建课程</source>
        <translation>New course</translation>
    </message>
    <message>
        <location filename="../courses/authoring_actions.py" line="69"/>
        <source>选择要转换的题库</source>
        <translation>Choose a question bank to convert</translation>
    </message>
    <message>
        <location filename="../courses/authoring_actions.py" line="71"/>
        <source>题库文件 (*.xlsx *.gift *.txt);;所有文件 (*)</source>
        <translation>Question bank files (*.xlsx *.gift *.txt);;All files (*)</translation>
    </message>
    <message>
        <location filename="../courses/authoring_actions.py" line="78"/>
        <source>保存为本程序的题库文件</source>
        <translation>Save as a question bank file for this program</translation>
    </message>
    <message>
        <location filename="../courses/authoring_actions.py" line="80"/>
        <source>题库 (*.yaml)</source>
        <translation>Question banks (*.yaml)</translation>
    </message>
    <message>
        <location filename="../courses/authoring_actions.py" line="87"/>
        <source>GIFT（Moodle）</source>
        <translation>GIFT (Moodle)</translation>
    </message>
    <message>
        <location filename="../courses/authoring_actions.py" line="88"/>
        <source>Aiken</source>
        <translation>Aiken</translation>
    </message>
    <message>
        <location filename="../courses/authoring_actions.py" line="92"/>
        <source>题库格式</source>
        <translation>Question bank format</translation>
    </message>
    <message>
        <location filename="../courses/authoring_actions.py" line="93"/>
        <source>这个文本文件是哪种格式？</source>
        <translation>What format is this text file?</translation>
    </message>
    <message>
        <location filename="../courses/authoring_actions.py" line="128"/>
        <source>导入题库的结果</source>
        <translation>Question bank import results</translation>
    </message>
    <message>
        <location filename="../courses/authoring_actions.py" line="131"/>
        <location filename="../courses/authoring_actions.py" line="138"/>
        <location filename="../courses/authoring_actions.py" line="142"/>
        <source>导入题库</source>
        <translation>Import question bank</translation>
    </message>
    <message>
        <location filename="../courses/authoring_actions.py" line="134"/>
        <source>有 %1 处问题，见下方列表，尚未写出任何题目。跳过有问题的题目，只写出其余 %2 道吗？</source>
        <translation>Problems found: %1 (listed below). No questions have been written yet. Skip the questions with problems and write only the remaining %2 questions?</translation>
    </message>
    <message>
        <location filename="../courses/authoring_actions.py" line="141"/>
        <source>没有可以转换的题目。</source>
        <translation>There are no questions to convert.</translation>
    </message>
    <message>
        <location filename="../courses/authoring_actions.py" line="144"/>
        <source>正在转换题库</source>
        <translation>Converting question bank</translation>
    </message>
</context>
<context>
    <name>CataloguePage</name>
    <message>
        <location filename="../pages/catalogue.py" line="28"/>
        <source>全部课程</source>
        <translation>All courses</translation>
    </message>
    <message>
        <location filename="../pages/catalogue.py" line="29"/>
        <source>共 %1 门课程，可选学任何一门</source>
        <translation>%1 courses — take any you like</translation>
    </message>
    <message>
        <location filename="../pages/catalogue.py" line="37"/>
        <source>还没有安装任何课程</source>
        <translation>No courses installed yet</translation>
    </message>
    <message>
        <location filename="../pages/catalogue.py" line="38"/>
        <source>请培训管理员把课程文件夹放入课程目录，然后重新启动程序。</source>
        <translation>Ask your training administrator to put the course folders in the courses directory, then restart the app.</translation>
    </message>
    <message>
        <location filename="../pages/catalogue.py" line="47"/>
        <source>暂不可用的课程</source>
        <translation>Unavailable courses</translation>
    </message>
    <message>
        <location filename="../pages/catalogue.py" line="54"/>
        <source>原因不明</source>
        <translation>Unknown reason</translation>
    </message>
    <message>
        <location filename="../pages/catalogue.py" line="56"/>
        <source>课程文件有错误，暂时无法学习：%1</source>
        <translation>The course files contain errors, so this course is unavailable for now: %1</translation>
    </message>
</context>
<context>
    <name>CertificateCheckTab</name>
    <message>
        <location filename="../admin/certificate_check.py" line="36"/>
        <source>输入证书下方的验证码，或选择证书 PDF 文件。查验不需要联网；其他安装签发的证书，需先在“信任的安装”中加入对方的公钥。</source>
        <translation>Enter the verification code shown at the bottom of the certificate, or choose a certificate PDF file. Verification works offline. For certificates issued by other installations, first add their public key under &quot;Trusted installations&quot;.</translation>
    </message>
    <message>
        <location filename="../admin/certificate_check.py" line="44"/>
        <source>验证码，如 ABCD-EFGH-JKMN-PQRS</source>
        <translation>Verification code, e.g. ABCD-EFGH-JKMN-PQRS</translation>
    </message>
    <message>
        <location filename="../admin/certificate_check.py" line="47"/>
        <source>查验验证码</source>
        <translation>Verify code</translation>
    </message>
    <message>
        <location filename="../admin/certificate_check.py" line="50"/>
        <source>选择证书文件……</source>
        <translation>Choose certificate file…</translation>
    </message>
    <message>
        <location filename="../admin/certificate_check.py" line="57"/>
        <source>还没有查验证书</source>
        <translation>No certificate verified yet</translation>
    </message>
    <message>
        <location filename="../admin/certificate_check.py" line="58"/>
        <source>查验结果会显示在这里，并列出证书内容，便于与纸质证书逐项核对。</source>
        <translation>The result appears here with the certificate&apos;s contents, so you can check them item by item against the paper certificate.</translation>
    </message>
    <message>
        <location filename="../admin/certificate_check.py" line="87"/>
        <source>选择结业证书</source>
        <translation>Choose certificate of completion</translation>
    </message>
    <message>
        <location filename="../admin/certificate_check.py" line="87"/>
        <source>PDF 文件 (*.pdf);;所有文件 (*)</source>
        <translation>PDF files (*.pdf);;All files (*)</translation>
    </message>
    <message>
        <location filename="../admin/certificate_check.py" line="102"/>
        <source>真实</source>
        <translation>Authentic</translation>
    </message>
    <message>
        <location filename="../admin/certificate_check.py" line="103"/>
        <source>已被改动</source>
        <translation>Altered</translation>
    </message>
    <message>
        <location filename="../admin/certificate_check.py" line="104"/>
        <source>签发者未受信任</source>
        <translation>Issuer not trusted</translation>
    </message>
    <message>
        <location filename="../admin/certificate_check.py" line="105"/>
        <source>未找到</source>
        <translation>Not found</translation>
    </message>
    <message>
        <location filename="../admin/certificate_check.py" line="106"/>
        <source>不是证书文件</source>
        <translation>Not a certificate file</translation>
    </message>
    <message>
        <location filename="../admin/certificate_check.py" line="119"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../admin/certificate_check.py" line="120"/>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../admin/certificate_check.py" line="121"/>
        <source>工号</source>
        <translation>Staff ID</translation>
    </message>
    <message>
        <location filename="../admin/certificate_check.py" line="122"/>
        <source>课程</source>
        <translation>Course</translation>
    </message>
    <message>
        <location filename="../admin/certificate_check.py" line="123"/>
        <source>学时</source>
        <translation>Study hours</translation>
    </message>
    <message>
        <location filename="../admin/certificate_check.py" line="124"/>
        <source>成绩</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../admin/certificate_check.py" line="125"/>
        <source>完成日期</source>
        <translation>Completion date</translation>
    </message>
    <message>
        <location filename="../admin/certificate_check.py" line="127"/>
        <source>签发时间</source>
        <translation>Issued</translation>
    </message>
    <message>
        <location filename="../admin/certificate_check.py" line="130"/>
        <source>验证码</source>
        <translation>Verification code</translation>
    </message>
    <message>
        <location filename="../admin/certificate_check.py" line="131"/>
        <source>签发安装的公钥指纹</source>
        <translation>Issuing installation&apos;s key fingerprint</translation>
    </message>
    <message>
        <location filename="../admin/certificate_check.py" line="132"/>
        <source>证书编号</source>
        <translation>Certificate number</translation>
    </message>
</context>
<context>
    <name>CheckedDialog</name>
    <message>
        <location filename="../checked_dialog.py" line="93"/>
        <source>两次输入的密码不一致。</source>
        <translation>The passwords do not match.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../cli.py" line="34"/>
        <source>用法：</source>
        <translation>usage: </translation>
    </message>
    <message>
        <location filename="../../cli.py" line="35"/>
        <source>位置参数</source>
        <translation>positional arguments</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="36"/>
        <source>选项</source>
        <translation>options</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="37"/>
        <source>显示本帮助后退出</source>
        <translation>show this help and exit</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="38"/>
        <source>{prog}：错误：{message}</source>
        <translation>{prog}: error: {message}</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="129"/>
        <source>政务新媒体与媒介素养离线培训。不带子命令时打开程序窗口。</source>
        <translation>Offline training in government new media and media literacy. Without a command, opens the program window.</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="135"/>
        <source>显示版本号后退出</source>
        <translation>show the version number and exit</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="139"/>
        <source>存放数据库和日志的文件夹（环境变量 LITERACY_APP_DATA_DIR）</source>
        <translation>folder for the database and logs (environment variable LITERACY_APP_DATA_DIR)</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="143"/>
        <source>SQLAlchemy 数据库地址（环境变量 LITERACY_APP_DB_URL）</source>
        <translation>SQLAlchemy database URL (environment variable LITERACY_APP_DB_URL)</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="147"/>
        <source>课程内容所在文件夹，可重复（默认：随程序提供的 courses/、quizzes/ 和 scenarios/）</source>
        <translation>folder holding course content, may be repeated (default: the courses/, quizzes/ and scenarios/ shipped with the program)</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="153"/>
        <source>界面语言（环境变量 LITERACY_APP_LANG，默认 zh_CN）</source>
        <translation>interface language (environment variable LITERACY_APP_LANG, default zh_CN)</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="157"/>
        <source>在后台（offscreen）打开主窗口并载入课程后退出：0 表示正常，1 表示有问题</source>
        <translation>open the main window offscreen, load the courses and exit: 0 means all is well, 1 means there is a problem</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="165"/>
        <source>检查课程文件夹和题库</source>
        <translation>check course folders and question banks</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="166"/>
        <source>检查课程文件夹、题库和推演，每个问题输出一行“路径:行号: 错误: 说明”或“路径:行号: 警告: 说明”。有错误时退出码为 1（有错误的课程在程序里不可用）；只有警告时退出码为 0，课程照常可用。</source>
        <translation>Check course folders, question banks and drills, printing one line per problem: &quot;path:line: error: description&quot; or &quot;path:line: warning: description&quot;. If there are errors, the exit code is 1 (a course with errors is unavailable in the program); if there are only warnings, the exit code is 0 and the courses remain available.</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="181"/>
        <source>以 JSON 输出问题列表（每项含 path、line、severity、code、args、message）</source>
        <translation>Output the problems as JSON (each with path, line, severity, code, args, message)</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="174"/>
        <source>课程文件夹、题库文件或包含它们的文件夹（默认：随程序提供的内容）</source>
        <translation>a course folder, a question bank file or a folder containing them (default: the content shipped with the program)</translation>
    </message>
    <message>
        <location filename="../../cli_admin.py" line="35"/>
        <source>为新安装的程序创建管理员账户</source>
        <translation>Create the administrator account for a new installation</translation>
    </message>
    <message>
        <location filename="../../cli_admin.py" line="36"/>
        <source>为新安装的程序创建第一个管理员账户；本机已有管理员时拒绝。</source>
        <translation>Create the first administrator account for a new installation; refused if this computer already has an administrator.</translation>
    </message>
    <message>
        <location filename="../../cli_admin.py" line="41"/>
        <source>管理员的登录名</source>
        <translation>Administrator user name</translation>
    </message>
    <message>
        <location filename="../../cli_admin.py" line="47"/>
        <source>从 .xlsx 或 .csv 花名册导入学员</source>
        <translation>Import learners from an .xlsx or .csv roster</translation>
    </message>
    <message>
        <location filename="../../cli_admin.py" line="48"/>
        <source>从 .xlsx 或 .csv 花名册导入学员，按工号/身份标识更新已有学员。每个问题输出一行“文件:行号: 说明”；有问题时不导入任何人，除非指定 --skip-invalid。</source>
        <translation>Import learners from an .xlsx or .csv roster, updating existing learners by staff ID. Each problem is printed as one line &quot;file:line: description&quot;; if there are any problems, nobody is imported unless --skip-invalid is given.</translation>
    </message>
    <message>
        <location filename="../../cli_admin.py" line="57"/>
        <source>花名册文件（.xlsx 或 .csv）</source>
        <translation>Roster file (.xlsx or .csv)</translation>
    </message>
    <message>
        <location filename="../../cli_admin.py" line="61"/>
        <source>跳过有问题的行，导入其余各行</source>
        <translation>Skip rows with problems and import the rest</translation>
    </message>
    <message>
        <location filename="../../cli_admin.py" line="72"/>
        <source>导出培训完成情况报表</source>
        <translation>Export a training completion report</translation>
    </message>
    <message>
        <location filename="../../cli_admin.py" line="73"/>
        <source>导出培训完成情况报表（Excel、CSV、PDF）或 xAPI 学习记录；需要管理员登录。</source>
        <translation>Export a training completion report (Excel, CSV, PDF) or xAPI learning records; requires administrator sign-in.</translation>
    </message>
    <message>
        <location filename="../../cli_admin.py" line="80"/>
        <source>文件格式</source>
        <translation>File format</translation>
    </message>
    <message>
        <location filename="../../cli_admin.py" line="84"/>
        <source>输出文件；给出文件夹时使用默认文件名（内容与时间）</source>
        <translation>Output file; if a folder is given, a default file name (content and time) is used</translation>
    </message>
    <message>
        <location filename="../../cli_admin.py" line="88"/>
        <source>起始日期（含），如 2026-01-01</source>
        <translation>Start date (inclusive), e.g. 2026-01-01</translation>
    </message>
    <message>
        <location filename="../../cli_admin.py" line="92"/>
        <source>截止日期（含），如 2026-12-31</source>
        <translation>End date (inclusive), e.g. 2026-12-31</translation>
    </message>
    <message>
        <location filename="../../cli_admin.py" line="96"/>
        <source>单位/部门路径，含其下级单位，如 某省/某市</source>
        <translation>Unit/department path, including its subunits, e.g. Province/City</translation>
    </message>
    <message>
        <location filename="../../cli_admin.py" line="100"/>
        <source>学员类别</source>
        <translation>Learner category</translation>
    </message>
    <message>
        <location filename="../../cli_admin.py" line="103"/>
        <source>只导出这门课程（课程编号）</source>
        <translation>Export only this course (course ID)</translation>
    </message>
    <message>
        <location filename="../../cli_admin.py" line="118"/>
        <location filename="../../cli_progress.py" line="50"/>
        <source>从标准输入读取密码（一行），不在终端提示</source>
        <translation>Read the password (one line) from standard input instead of prompting in the terminal</translation>
    </message>
    <message>
        <location filename="../../cli_admin.py" line="126"/>
        <source>管理员登录名；密码在终端提示输入，或用 --password-stdin</source>
        <translation>Administrator user name; the password is prompted for in the terminal, or use --password-stdin</translation>
    </message>
    <message>
        <location filename="../../cli_admin.py" line="148"/>
        <source>没有可输入密码的终端；请用 --password-stdin 从标准输入提供密码。</source>
        <translation>No terminal to enter a password in; use --password-stdin to provide it on standard input.</translation>
    </message>
    <message>
        <location filename="../../cli_admin.py" line="151"/>
        <source>密码：</source>
        <translation>Password: </translation>
    </message>
    <message>
        <location filename="../../cli_admin.py" line="152"/>
        <source>再次输入密码：</source>
        <translation>Confirm password: </translation>
    </message>
    <message>
        <location filename="../../cli_admin.py" line="153"/>
        <source>两次输入的密码不一致，没有做任何改动。</source>
        <translation>The passwords do not match; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../cli_admin.py" line="154"/>
        <source>已创建管理员账户“{name}”。</source>
        <translation>Created administrator account &quot;{name}&quot;.</translation>
    </message>
    <message>
        <location filename="../../cli_admin.py" line="155"/>
        <source>“{text}”不是日期，请写成 2026-01-31 的形式</source>
        <translation>&quot;{text}&quot; is not a date; write it in the form 2026-01-31</translation>
    </message>
    <message>
        <location filename="../../cli_admin.py" line="156"/>
        <source>已导出 {rows} 条记录：{path}</source>
        <translation>Exported {rows} records to {path}</translation>
    </message>
    <message>
        <location filename="../../cli_admin.py" line="241"/>
        <source>已导入花名册“{file}”：新增 {added} 人，更新 {updated} 人，未变 {unchanged} 人，跳过 {skipped} 行。</source>
        <translation>Imported roster &quot;{file}&quot;: {added} added, {updated} updated, {unchanged} unchanged, {skipped} skipped.</translation>
    </message>
    <message>
        <location filename="../../cli_admin.py" line="279"/>
        <source>显示本机的安装编号、公钥指纹和公钥</source>
        <translation>Show this installation&apos;s ID, public key fingerprint and public key</translation>
    </message>
    <message>
        <location filename="../../cli_admin.py" line="280"/>
        <source>显示本机的安装编号、公钥指纹和公钥（首次使用时生成）。公钥可以公开：其他安装的管理员把它加入信任列表后，就能查验本机签发的证书；请通过电话核对指纹。</source>
        <translation>Show this installation&apos;s ID, public key fingerprint and public key (generated on first use). The public key can be shared openly: once an administrator of another installation adds it to their trust list, they can verify certificates issued here. Confirm the fingerprint by phone.</translation>
    </message>
    <message>
        <location filename="../../cli_admin.py" line="285"/>
        <location filename="../../cli_admin.py" line="318"/>
        <location filename="../../cli_progress.py" line="66"/>
        <source>以 JSON 输出</source>
        <translation>Output as JSON</translation>
    </message>
    <message>
        <location filename="../../cli_admin.py" line="289"/>
        <source>把另一个安装的公钥加入信任列表（需管理员）</source>
        <translation>Add another installation&apos;s public key to the trust list (administrator required)</translation>
    </message>
    <message>
        <location filename="../../cli_admin.py" line="290"/>
        <source>把另一个安装的公钥加入信任列表，此后它签发的证书在本机查验为真实。添加前请通过电话与对方核对指纹。</source>
        <translation>Add another installation&apos;s public key to the trust list; certificates it issues will then verify as authentic on this computer. Before adding it, confirm the fingerprint with the other party by phone.</translation>
    </message>
    <message>
        <location filename="../../cli_admin.py" line="297"/>
        <source>对方运行 installation-key 显示的公钥</source>
        <translation>The public key shown when the other party runs installation-key</translation>
    </message>
    <message>
        <location filename="../../cli_admin.py" line="301"/>
        <source>这个安装的名称，例如签发单位</source>
        <translation>A name for this installation, e.g. the issuing unit</translation>
    </message>
    <message>
        <location filename="../../cli_admin.py" line="307"/>
        <source>查验结业证书的真伪</source>
        <translation>Verify a certificate of completion</translation>
    </message>
    <message>
        <location filename="../../cli_admin.py" line="308"/>
        <source>查验结业证书 PDF 文件或证书上的验证码，输出结论和证书内容。退出码：0 表示真实，1 表示不能确认为真实。</source>
        <translation>Verify a certificate of completion PDF file or the verification code on a certificate, and print the result and the certificate&apos;s contents. Exit code: 0 means authentic, 1 means it cannot be confirmed as authentic.</translation>
    </message>
    <message>
        <location filename="../../cli_admin.py" line="315"/>
        <source>证书 PDF 文件，或形如 ABCD-EFGH-JKMN-PQRS 的验证码</source>
        <translation>Certificate PDF file, or a verification code such as ABCD-EFGH-JKMN-PQRS</translation>
    </message>
    <message>
        <location filename="../../cli_admin.py" line="322"/>
        <source>安装编号：{value}</source>
        <translation>Installation ID: {value}</translation>
    </message>
    <message>
        <location filename="../../cli_admin.py" line="323"/>
        <location filename="../../cli_trainer.py" line="96"/>
        <source>公钥指纹：{value}</source>
        <translation>Public key fingerprint: {value}</translation>
    </message>
    <message>
        <location filename="../../cli_admin.py" line="324"/>
        <location filename="../../cli_trainer.py" line="95"/>
        <source>公钥：{value}</source>
        <translation>Public key: {value}</translation>
    </message>
    <message>
        <location filename="../../cli_admin.py" line="325"/>
        <source>已信任安装“{name}”（公钥指纹 {fingerprint}）。</source>
        <translation>Added trusted installation &quot;{name}&quot; (public key fingerprint {fingerprint}).</translation>
    </message>
    <message>
        <location filename="../../cli_admin.py" line="327"/>
        <source>姓名：{value}</source>
        <translation>Name: {value}</translation>
    </message>
    <message>
        <location filename="../../cli_admin.py" line="328"/>
        <source>单位：{value}</source>
        <translation>Unit: {value}</translation>
    </message>
    <message>
        <location filename="../../cli_admin.py" line="329"/>
        <source>工号：{value}</source>
        <translation>Staff ID: {value}</translation>
    </message>
    <message>
        <location filename="../../cli_admin.py" line="330"/>
        <source>课程：{value}</source>
        <translation>Course: {value}</translation>
    </message>
    <message>
        <location filename="../../cli_admin.py" line="331"/>
        <source>学时：{value}</source>
        <translation>Study hours: {value}</translation>
    </message>
    <message>
        <location filename="../../cli_admin.py" line="332"/>
        <source>成绩：{value}</source>
        <translation>Score: {value}</translation>
    </message>
    <message>
        <location filename="../../cli_admin.py" line="333"/>
        <source>完成日期：{value}</source>
        <translation>Completion date: {value}</translation>
    </message>
    <message>
        <location filename="../../cli_admin.py" line="334"/>
        <source>签发时间：{value}</source>
        <translation>Issued: {value}</translation>
    </message>
    <message>
        <location filename="../../cli_admin.py" line="335"/>
        <source>验证码：{value}</source>
        <translation>Verification code: {value}</translation>
    </message>
    <message>
        <location filename="../../cli_admin.py" line="336"/>
        <source>签发安装的公钥指纹：{value}</source>
        <translation>Issuing installation&apos;s key fingerprint: {value}</translation>
    </message>
    <message>
        <location filename="../../cli_admin.py" line="337"/>
        <source>签发安装编号：{value}</source>
        <translation>Issuing installation ID: {value}</translation>
    </message>
    <message>
        <location filename="../../cli_admin.py" line="338"/>
        <source>证书编号：{value}</source>
        <translation>Certificate number: {value}</translation>
    </message>
    <message>
        <location filename="../../cli_authoring.py" line="20"/>
        <source>在空文件夹中生成一门带说明的示例课程</source>
        <translation>Create an annotated sample course in an empty folder</translation>
    </message>
    <message>
        <location filename="../../cli_authoring.py" line="21"/>
        <source>在 DIR 中生成一门可以通过检查的示例课程：courses/&lt;标识&gt;/（course.yaml、两个课时、一张图片）和 quizzes/&lt;标识&gt;.yaml（题库）。DIR 必须不存在或为空。</source>
        <translation>Create in DIR a sample course that passes the check: courses/&lt;id&gt;/ (course.yaml, two lessons, one image) and quizzes/&lt;id&gt;.yaml (question bank). DIR must not exist or must be empty.</translation>
    </message>
    <message>
        <location filename="../../cli_authoring.py" line="28"/>
        <source>新课程所在的文件夹</source>
        <translation>Folder for the new course</translation>
    </message>
    <message>
        <location filename="../../cli_authoring.py" line="34"/>
        <source>课程标识：小写英文字母、数字和连字符（默认：文件夹名可用时取文件夹名，否则 my-course）</source>
        <translation>Course ID: lower-case letters, digits and hyphens (default: the folder name if it is a valid ID, otherwise my-course)</translation>
    </message>
    <message>
        <location filename="../../cli_authoring.py" line="42"/>
        <source>课程名称（默认：示例课程（请替换））</source>
        <translation>Course title (default: &quot;示例课程（请替换）&quot;, a placeholder to replace)</translation>
    </message>
    <message>
        <location filename="../../cli_authoring.py" line="47"/>
        <source>打开课程预览窗口，保存文件后自动刷新</source>
        <translation>Open a course preview window that refreshes whenever a file is saved</translation>
    </message>
    <message>
        <location filename="../../cli_authoring.py" line="48"/>
        <source>在阅读页中打开课程，列出检查发现的问题；课程文件保存后自动刷新并保持阅读位置。预览不记录任何学习进度。</source>
        <translation>Open the course in the reader and list the problems the check finds; whenever a course file is saved, the preview refreshes and keeps the reading position. The preview records no learning progress.</translation>
    </message>
    <message>
        <location filename="../../cli_authoring.py" line="58"/>
        <source>课程文件夹（或只含一门课程的内容文件夹）</source>
        <translation>Course folder (or a content folder containing only one course)</translation>
    </message>
    <message>
        <location filename="../../cli_trainer.py" line="28"/>
        <source>生成培训师的课程包签名密钥</source>
        <translation>Generate a trainer&apos;s signing key for course packages</translation>
    </message>
    <message>
        <location filename="../../cli_trainer.py" line="29"/>
        <source>生成 Ed25519 签名密钥（PEM 文件，仅本人可读），并显示公钥及其指纹。密钥文件请妥善保管；公钥交给管理员加入信任列表。</source>
        <translation>Generate an Ed25519 signing key (a PEM file readable only by you) and show the public key and its fingerprint. Keep the key file safe; give the public key to an administrator to add to the trust list.</translation>
    </message>
    <message>
        <location filename="../../cli_trainer.py" line="36"/>
        <source>密钥文件（不会覆盖已有文件）</source>
        <translation>Key file (an existing file is never overwritten)</translation>
    </message>
    <message>
        <location filename="../../cli_trainer.py" line="41"/>
        <source>把课程打成课程包</source>
        <translation>Pack a course into a course package</translation>
    </message>
    <message>
        <location filename="../../cli_trainer.py" line="42"/>
        <source>检查课程后把课程文件夹、它使用的题库（以及指定的情景推演）打成一个课程包（zip），附带每个文件的 SHA-256 清单；课程有问题时拒绝打包。</source>
        <translation>Check the course, then pack the course folder, the question banks it uses (and any drills given) into one course package (zip) with a SHA-256 manifest of every file. A course with problems is not packed.</translation>
    </message>
    <message>
        <location filename="../../cli_trainer.py" line="48"/>
        <source>课程文件夹</source>
        <translation>Course folder</translation>
    </message>
    <message>
        <location filename="../../cli_trainer.py" line="52"/>
        <source>课程包文件，如 course.zip</source>
        <translation>Course package file, e.g. course.zip</translation>
    </message>
    <message>
        <location filename="../../cli_trainer.py" line="56"/>
        <source>用 keygen 生成的密钥为课程包签名</source>
        <translation>Sign the course package with a key generated by keygen</translation>
    </message>
    <message>
        <location filename="../../cli_trainer.py" line="60"/>
        <source>另外查找题库和情景推演的文件夹，可重复</source>
        <translation>Additional folder to search for question banks and drills; may be repeated</translation>
    </message>
    <message>
        <location filename="../../cli_trainer.py" line="64"/>
        <source>一并打包的情景推演编号，可重复</source>
        <translation>ID of a drill to include in the package; may be repeated</translation>
    </message>
    <message>
        <location filename="../../cli_trainer.py" line="69"/>
        <source>安装或更新课程包（需培训师或管理员）</source>
        <translation>Install or update a course package (trainer or administrator required)</translation>
    </message>
    <message>
        <location filename="../../cli_trainer.py" line="70"/>
        <source>检查并安装课程包；已安装的课程会被更新，学员在保留下来的课时和题目上的进度不变。不安全或无效的课程包会被拒绝，课程库不做任何改动。</source>
        <translation>Check and install a course package. An already installed course is updated, and learners keep their progress on the lessons and questions that remain. An unsafe or invalid package is refused and the course library is left unchanged.</translation>
    </message>
    <message>
        <location filename="../../cli_trainer.py" line="76"/>
        <source>课程包文件</source>
        <translation>Course package file</translation>
    </message>
    <message>
        <location filename="../../cli_trainer.py" line="80"/>
        <source>允许用较旧的版本替换已安装的版本</source>
        <translation>Allow replacing the installed version with an older one</translation>
    </message>
    <message>
        <location filename="../../cli_trainer.py" line="86"/>
        <source>删除已安装的课程（需培训师或管理员）</source>
        <translation>Remove an installed course (trainer or administrator required)</translation>
    </message>
    <message>
        <location filename="../../cli_trainer.py" line="87"/>
        <source>删除已安装课程的文件；学员的学习记录保留。程序自带的课程不能删除。</source>
        <translation>Delete the files of an installed course; learners&apos; learning records are kept. Built-in courses cannot be removed.</translation>
    </message>
    <message>
        <location filename="../../cli_trainer.py" line="91"/>
        <source>课程编号</source>
        <translation>Course ID</translation>
    </message>
    <message>
        <location filename="../../cli_trainer.py" line="97"/>
        <source>已生成签名密钥：{path}（请妥善保管，不要交给他人）</source>
        <translation>Signing key created: {path} (keep it safe and do not give it to anyone)</translation>
    </message>
    <message>
        <location filename="../../cli_trainer.py" line="98"/>
        <source>已打包课程“{title}”（{id}，版本 {version}，{files} 个文件）：{path}</source>
        <translation>Packed course &quot;{title}&quot; ({id}, version {version}, {files} files) into {path}</translation>
    </message>
    <message>
        <location filename="../../cli_trainer.py" line="101"/>
        <source>签名密钥指纹：{value}</source>
        <translation>Signing key fingerprint: {value}</translation>
    </message>
    <message>
        <location filename="../../cli_trainer.py" line="102"/>
        <source>已安装课程“{title}”（{id}，版本 {version}）。</source>
        <translation>Installed course &quot;{title}&quot; ({id}, version {version}).</translation>
    </message>
    <message>
        <location filename="../../cli_trainer.py" line="103"/>
        <source>已更新课程“{title}”（{id}）：版本 {previous} → {version}。</source>
        <translation>Updated course &quot;{title}&quot; ({id}): version {previous} → {version}.</translation>
    </message>
    <message>
        <location filename="../../cli_trainer.py" line="104"/>
        <source>已删除课程“{id}”；学员的学习记录保留。</source>
        <translation>Removed course &quot;{id}&quot;; learners&apos; learning records are kept.</translation>
    </message>
    <message>
        <location filename="../../cli_progress.py" line="30"/>
        <source>导出学习记录文件，带到另一台电脑导入</source>
        <translation>Export a progress file to import on another computer</translation>
    </message>
    <message>
        <location filename="../../cli_progress.py" line="31"/>
        <source>把本机的学习记录写成一个签名的学习记录文件（.litprog）：默认只写上次导出以来有变化的记录，--all 写全部。指定 --admin 时导出全部学员，否则导出本机最近使用的学员自己的记录。</source>
        <translation>Write this computer&apos;s learning records to a signed progress file (.litprog). By default only records changed since the last export are written; --all writes all of them. With --admin, all learners are exported; otherwise only the records of the learner who last used this computer.</translation>
    </message>
    <message>
        <location filename="../../cli_progress.py" line="38"/>
        <source>输出文件（.litprog）</source>
        <translation>Output file (.litprog)</translation>
    </message>
    <message>
        <location filename="../../cli_progress.py" line="42"/>
        <source>导出全部记录，而不只是上次导出以来的变化</source>
        <translation>Export all records, not just the changes since the last export</translation>
    </message>
    <message>
        <location filename="../../cli_progress.py" line="46"/>
        <source>以管理员身份导出全部学员；密码在终端提示输入，或用 --password-stdin</source>
        <translation>Export all learners as an administrator; the password is prompted for in the terminal, or use --password-stdin</translation>
    </message>
    <message>
        <location filename="../../cli_progress.py" line="55"/>
        <source>导入其他电脑导出的学习记录文件（需管理员）</source>
        <translation>Import progress files exported on other computers (administrator required)</translation>
    </message>
    <message>
        <location filename="../../cli_progress.py" line="56"/>
        <source>核对签名后合并学习记录文件；给出文件夹时导入其中全部 .litprog 文件，每个文件输出一行结果。有文件被拒收时退出码为 1。</source>
        <translation>Verify signatures and merge progress files. Given a folder, import every .litprog file in it and print one result line per file. The exit code is 1 if any file is refused.</translation>
    </message>
    <message>
        <location filename="../../cli_progress.py" line="63"/>
        <source>学习记录文件或存放它们的文件夹</source>
        <translation>Progress file, or a folder containing progress files</translation>
    </message>
    <message>
        <location filename="../../cli_progress.py" line="71"/>
        <source>已导出到 {path}：学员 {learners} 人，课时记录 {lessons} 条，测验 {attempts} 次，错题卡 {review_cards} 张，推演 {drill_runs} 次，证书 {certificates} 份。</source>
        <translation>Exported to {path}. Learners: {learners}; lesson records: {lessons}; quiz attempts: {attempts}; review cards: {review_cards}; drill runs: {drill_runs}; certificates: {certificates}.</translation>
    </message>
    <message>
        <location filename="../../cli_progress.py" line="75"/>
        <source>本机还没有学员档案；请指定 --admin 以管理员身份导出，或先在程序中学习。</source>
        <translation>This computer has no learner profiles yet; use --admin to export as an administrator, or study in the program first.</translation>
    </message>
    <message>
        <location filename="../../cli_progress.py" line="78"/>
        <source>本机最近使用的学员“{name}”设置了 PIN，命令行不会代其导出；请在程序“学习记录”页导出，或指定 --admin 以管理员身份导出。</source>
        <translation>The learner who last studied on this machine, “{name}”, protects their profile with a PIN, so the command line will not export for them; export from the Records page in the program, or give --admin to export as an administrator.</translation>
    </message>
    <message>
        <location filename="../../cli_progress.py" line="82"/>
        <source>{file}：已导入。学员新增 {learners_new}、已有 {learners_known}；测验新增 {attempts_new}、已有 {attempts_known}；课时新增 {lessons_new}、更新 {lessons_updated}、已有 {lessons_known}。</source>
        <translation>{file}: imported. Learners: {learners_new} new, {learners_known} already present; quiz attempts: {attempts_new} new, {attempts_known} already present; lessons: {lessons_new} new, {lessons_updated} updated, {lessons_known} already present.</translation>
    </message>
    <message>
        <location filename="../../cli_progress.py" line="86"/>
        <source>{file}：工号 {identifier} 在本机属于“{existing}”，文件中却是“{name}”；此人的记录已暂存，请在程序的“导入学习记录”页处理。</source>
        <translation>{file}: staff ID {identifier} belongs to &quot;{existing}&quot; on this computer but to &quot;{name}&quot; in the file; this person&apos;s records have been held. Resolve the clash on the &quot;Import progress&quot; page in the program.</translation>
    </message>
    <message>
        <location filename="../../cli_progress.py" line="90"/>
        <source>{file}：已暂存。{reason}</source>
        <translation>{file}: held. {reason}</translation>
    </message>
    <message>
        <location filename="../../cli_progress.py" line="91"/>
        <source>{file}：已拒收。{reason}</source>
        <translation>{file}: refused. {reason}</translation>
    </message>
    <message>
        <location filename="../../cli_questions.py" line="27"/>
        <source>把 Excel、GIFT 或 Aiken 题库转换为本程序的题库文件</source>
        <translation>Convert an Excel, GIFT or Aiken question bank into a question bank file for this program</translation>
    </message>
    <message>
        <location filename="../../cli_questions.py" line="28"/>
        <source>把 Excel 题库（.xlsx，见题库模板）、Moodle GIFT（.gift）或 Aiken 文本转换为题库文件（.yaml）。每个问题输出一行“文件:行号: 说明”；有问题时不写入任何文件，除非指定 --skip-invalid。</source>
        <translation>Convert an Excel question bank (.xlsx; see the question bank template), Moodle GIFT (.gift) or Aiken text into a question bank file (.yaml). Each problem is printed as one line, &quot;file:line: description&quot;; if there are problems, no file is written unless --skip-invalid is given.</translation>
    </message>
    <message>
        <location filename="../../cli_questions.py" line="35"/>
        <source>要转换的题库文件（.xlsx、.gift 或 .txt）</source>
        <translation>Question bank file to convert (.xlsx, .gift or .txt)</translation>
    </message>
    <message>
        <location filename="../../cli_questions.py" line="39"/>
        <source>输出的题库文件（默认：与输入同名、扩展名为 .yaml）</source>
        <translation>Output question bank file (default: the input file&apos;s name with the extension .yaml)</translation>
    </message>
    <message>
        <location filename="../../cli_questions.py" line="43"/>
        <source>输入的格式（默认按扩展名判断：.xlsx 为 excel，.gift 为 gift；.txt 必须指明）</source>
        <translation>Input format (by default detected from the extension: .xlsx is excel, .gift is gift; must be given for .txt)</translation>
    </message>
    <message>
        <location filename="../../cli_questions.py" line="49"/>
        <source>跳过有问题的题目，写入其余各题</source>
        <translation>Skip questions with problems and write the rest</translation>
    </message>
    <message>
        <location filename="../../cli_questions.py" line="53"/>
        <source>题库编号（默认由输出文件名生成），如 leader-media-drill</source>
        <translation>Question bank ID (default: derived from the output file name), e.g. leader-media-drill</translation>
    </message>
    <message>
        <location filename="../../cli_questions.py" line="57"/>
        <source>题目编号的前缀（默认为题库编号），题目依次编为 前缀-001、前缀-002……</source>
        <translation>Prefix for question IDs (default: the question bank ID); questions are numbered PREFIX-001, PREFIX-002, …</translation>
    </message>
    <message>
        <location filename="../../cli_questions.py" line="61"/>
        <source>题库名称（默认为输出文件名）</source>
        <translation>Question bank title (default: the output file name)</translation>
    </message>
    <message>
        <location filename="../../cli_questions.py" line="65"/>
        <source>输出文件已存在时覆盖它</source>
        <translation>Overwrite the output file if it already exists</translation>
    </message>
</context>
<context>
    <name>CourseCard</name>
    <message>
        <location filename="../course_card.py" line="41"/>
        <source>截止 %1</source>
        <translation>Due %1</translation>
    </message>
    <message>
        <location filename="../course_card.py" line="43"/>
        <source>已逾期 · %1</source>
        <translation>Overdue · %1</translation>
    </message>
    <message>
        <location filename="../course_card.py" line="49"/>
        <source>已完成</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location filename="../course_card.py" line="63"/>
        <source>复习</source>
        <translation>Review</translation>
    </message>
    <message>
        <location filename="../course_card.py" line="65"/>
        <source>继续学习</source>
        <translation>Continue</translation>
    </message>
    <message>
        <location filename="../course_card.py" line="67"/>
        <source>开始学习</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../course_card.py" line="77"/>
        <source>已学 %1/%2 课</source>
        <translation>%1/%2 lessons done</translation>
    </message>
    <message>
        <location filename="../course_card.py" line="83"/>
        <source>测验已通过</source>
        <translation>Quiz passed</translation>
    </message>
    <message>
        <location filename="../course_card.py" line="86"/>
        <source>测验最高 %1</source>
        <translation>Best quiz score: %1</translation>
    </message>
    <message>
        <location filename="../course_card.py" line="89"/>
        <source>测验未参加</source>
        <translation>Quiz not taken</translation>
    </message>
</context>
<context>
    <name>CoursePage</name>
    <message>
        <location filename="../pages/course.py" line="44"/>
        <source>返回</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../pages/course.py" line="52"/>
        <source>课程目录</source>
        <translation>Lessons</translation>
    </message>
    <message>
        <location filename="../pages/course.py" line="60"/>
        <source>结业测验</source>
        <translation>Final quiz</translation>
    </message>
    <message>
        <location filename="../pages/course.py" line="71"/>
        <source>查看上次成绩</source>
        <translation>View last result</translation>
    </message>
    <message>
        <location filename="../pages/course.py" line="84"/>
        <source>你已完成本课程，可以保存结业证书（PDF）。证书上的验证码可供任何人查验真伪。</source>
        <translation>You have completed this course and can save your certificate of completion (PDF). Anyone can use the verification code on the certificate to check that it is genuine.</translation>
    </message>
    <message>
        <location filename="../pages/course.py" line="90"/>
        <source>保存结业证书……</source>
        <translation>Save certificate of completion…</translation>
    </message>
    <message>
        <location filename="../pages/course.py" line="100"/>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../pages/course.py" line="101"/>
        <source>%1%2</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../pages/course.py" line="110"/>
        <source>版本 %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location filename="../pages/course.py" line="124"/>
        <source>已学完</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location filename="../pages/course.py" line="126"/>
        <source>学习中</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../pages/course.py" line="128"/>
        <source>未开始</source>
        <translation>Not started</translation>
    </message>
    <message>
        <location filename="../pages/course.py" line="129"/>
        <source>第 %1 课&#x3000;%2</source>
        <translation>Lesson %1: %2</translation>
    </message>
    <message>
        <location filename="../pages/course.py" line="130"/>
        <source>约 %1 分钟</source>
        <translation>About %1 min</translation>
    </message>
    <message>
        <location filename="../pages/course.py" line="145"/>
        <source>本课程没有结业测验，学完全部课时即完成。</source>
        <translation>This course has no final quiz. It is complete once you finish all lessons.</translation>
    </message>
    <message>
        <location filename="../pages/course.py" line="151"/>
        <source>共 %1 题，%2 分及格</source>
        <translation>%1 questions · pass mark %2 / 100</translation>
    </message>
    <message>
        <location filename="../pages/course.py" line="159"/>
        <source>已通过</source>
        <translation>Passed</translation>
    </message>
    <message>
        <location filename="../pages/course.py" line="161"/>
        <source>未通过</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location filename="../pages/course.py" line="167"/>
        <source>已参加 %1 次，最高 %2</source>
        <translation>Attempts: %1 · best score: %2</translation>
    </message>
    <message>
        <location filename="../pages/course.py" line="169"/>
        <source>已参加 %1 次，最近一次 %2</source>
        <translation>Attempts: %1 · latest score: %2</translation>
    </message>
    <message>
        <location filename="../pages/course.py" line="177"/>
        <source>继续测验</source>
        <translation>Resume quiz</translation>
    </message>
    <message>
        <location filename="../pages/course.py" line="179"/>
        <source>再测一次</source>
        <translation>Retake quiz</translation>
    </message>
    <message>
        <location filename="../pages/course.py" line="181"/>
        <source>开始测验</source>
        <translation>Start quiz</translation>
    </message>
    <message>
        <location filename="../pages/course.py" line="204"/>
        <source>结业证书_%1_%2.pdf</source>
        <translation>Certificate_%1_%2.pdf</translation>
    </message>
    <message>
        <location filename="../pages/course.py" line="215"/>
        <source>正在生成结业证书</source>
        <translation>Generating certificate of completion</translation>
    </message>
    <message>
        <location filename="../pages/course.py" line="222"/>
        <source>保存结业证书</source>
        <translation>Save certificate of completion</translation>
    </message>
    <message>
        <location filename="../pages/course.py" line="224"/>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../pages/course.py" line="235"/>
        <source>结业证书已保存</source>
        <translation>Certificate of completion saved</translation>
    </message>
    <message>
        <location filename="../pages/course.py" line="236"/>
        <source>结业证书已保存到“%1”。
验证码：%2</source>
        <translation>The certificate of completion was saved to &quot;%1&quot;.
Verification code: %2</translation>
    </message>
</context>
<context>
    <name>CoursesTab</name>
    <message>
        <location filename="../courses/courses_tab.py" line="58"/>
        <source>安装课程包……</source>
        <translation>Install course package…</translation>
    </message>
    <message>
        <location filename="../courses/courses_tab.py" line="61"/>
        <source>检查</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../courses/courses_tab.py" line="64"/>
        <source>预览</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../courses/courses_tab.py" line="76"/>
        <source>新建课程……</source>
        <translation>New course…</translation>
    </message>
    <message>
        <location filename="../courses/courses_tab.py" line="79"/>
        <source>导入题库……</source>
        <translation>Import question bank…</translation>
    </message>
    <message>
        <location filename="../courses/courses_tab.py" line="68"/>
        <source>删除所选课程</source>
        <translation>Remove selected course</translation>
    </message>
    <message>
        <location filename="../courses/courses_tab.py" line="74"/>
        <source>编写课程：</source>
        <translation>Write courses:</translation>
    </message>
    <message>
        <location filename="../courses/courses_tab.py" line="87"/>
        <source>课程</source>
        <translation>Course</translation>
    </message>
    <message>
        <location filename="../courses/courses_tab.py" line="88"/>
        <source>编号</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../courses/courses_tab.py" line="89"/>
        <source>版本</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../courses/courses_tab.py" line="90"/>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../courses/courses_tab.py" line="91"/>
        <source>签名密钥指纹</source>
        <translation>Signing key fingerprint</translation>
    </message>
    <message>
        <location filename="../courses/courses_tab.py" line="100"/>
        <location filename="../courses/courses_tab.py" line="219"/>
        <source>检查结果</source>
        <translation>Check results</translation>
    </message>
    <message>
        <location filename="../courses/courses_tab.py" line="108"/>
        <source>选择一门课程后点“检查”，这里列出它的问题；双击一条问题打开对应的文件。</source>
        <translation>Select a course and click &quot;Check&quot; to list its problems here; double-click a problem to open the file it is in.</translation>
    </message>
    <message>
        <location filename="../courses/courses_tab.py" line="118"/>
        <source>程序自带</source>
        <translation>Built-in</translation>
    </message>
    <message>
        <location filename="../courses/courses_tab.py" line="119"/>
        <source>已安装的课程包</source>
        <translation>Installed course package</translation>
    </message>
    <message>
        <location filename="../courses/courses_tab.py" line="120"/>
        <source>已安装，但程序自带的版本更新</source>
        <translation>Installed, but the built-in version is newer</translation>
    </message>
    <message>
        <location filename="../courses/courses_tab.py" line="121"/>
        <source>有问题，学员看不到</source>
        <translation>Has problems; hidden from learners</translation>
    </message>
    <message>
        <location filename="../courses/courses_tab.py" line="142"/>
        <source>选择课程包</source>
        <translation>Choose course package</translation>
    </message>
    <message>
        <location filename="../courses/courses_tab.py" line="142"/>
        <source>课程包 (*.zip);;所有文件 (*)</source>
        <translation>Course packages (*.zip);;All files (*)</translation>
    </message>
    <message>
        <location filename="../courses/courses_tab.py" line="164"/>
        <source>正在安装课程包</source>
        <translation>Installing course package</translation>
    </message>
    <message>
        <location filename="../courses/courses_tab.py" line="169"/>
        <source>已安装课程“%1”（版本 %2）。</source>
        <translation>Installed course &quot;%1&quot; (version %2).</translation>
    </message>
    <message>
        <location filename="../courses/courses_tab.py" line="171"/>
        <source>已把课程“%1”更新到版本 %2（原版本 %3），学员的学习进度保留。</source>
        <translation>Updated course &quot;%1&quot; to version %2 (was version %3). Learners&apos; progress is kept.</translation>
    </message>
    <message>
        <location filename="../courses/courses_tab.py" line="176"/>
        <source>安装课程包</source>
        <translation>Install course package</translation>
    </message>
    <message>
        <location filename="../courses/courses_tab.py" line="194"/>
        <source>删除已安装的课程“%1”（版本 %2）？学员的学习记录会保留；程序自带同名课程时改用自带的版本。</source>
        <translation>Remove the installed course &quot;%1&quot; (version %2)? Learners&apos; learning records are kept. If the program has a built-in version of this course, that version is used instead.</translation>
    </message>
    <message>
        <location filename="../courses/courses_tab.py" line="197"/>
        <source>删除课程</source>
        <translation>Remove course</translation>
    </message>
    <message>
        <location filename="../courses/courses_tab.py" line="226"/>
        <source>没有发现问题。</source>
        <translation>No problems found.</translation>
    </message>
</context>
<context>
    <name>DailyPracticePage</name>
    <message>
        <location filename="../pages/daily.py" line="23"/>
        <source>连续练习天数</source>
        <translation>Practice streak</translation>
    </message>
    <message>
        <location filename="../pages/daily.py" line="23"/>
        <source>今日练习</source>
        <translation>Today&apos;s practice</translation>
    </message>
    <message>
        <location filename="../pages/daily.py" line="24"/>
        <source>今天待复习的错题</source>
        <translation>Mistakes due today</translation>
    </message>
    <message>
        <location filename="../pages/daily.py" line="35"/>
        <source>每天一组 %1 题</source>
        <translation>One set of %1 questions a day</translation>
    </message>
    <message>
        <location filename="../pages/daily.py" line="37"/>
        <source>先复习今天到期的错题，再补充你所在类别课程中还没做过的新题。答错的题会进入错题本，按记忆规律（FSRS）安排下次复习的时间。</source>
        <translation>First review the mistakes due today, then add new questions you haven&apos;t done yet from the courses for your learner category. Questions you get wrong go into the Mistake notebook, and the next review is scheduled with spaced repetition (FSRS).</translation>
    </message>
    <message>
        <location filename="../pages/daily.py" line="55"/>
        <source>每日练习</source>
        <translation>Daily practice</translation>
    </message>
    <message>
        <location filename="../pages/daily.py" line="55"/>
        <source>每天练一点，记得更牢。</source>
        <translation>A little practice every day makes it stick.</translation>
    </message>
    <message>
        <location filename="../pages/daily.py" line="56"/>
        <source>%1 天</source>
        <translation>%1 days</translation>
    </message>
    <message>
        <location filename="../pages/daily.py" line="57"/>
        <source>已完成</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location filename="../pages/daily.py" line="57"/>
        <source>未完成</source>
        <translation>Not completed</translation>
    </message>
    <message>
        <location filename="../pages/daily.py" line="60"/>
        <source>再练一组</source>
        <translation>Practice another set</translation>
    </message>
    <message>
        <location filename="../pages/daily.py" line="60"/>
        <source>开始今日练习</source>
        <translation>Start today&apos;s practice</translation>
    </message>
    <message>
        <location filename="../pages/daily.py" line="63"/>
        <source>只复习错题（%1）</source>
        <translation>Review mistakes only (%1)</translation>
    </message>
</context>
<context>
    <name>DashboardTab</name>
    <message>
        <location filename="../admin/dashboard.py" line="72"/>
        <source>学员</source>
        <translation>Learners</translation>
    </message>
    <message>
        <location filename="../admin/dashboard.py" line="73"/>
        <source>课程记录</source>
        <translation>Course records</translation>
    </message>
    <message>
        <location filename="../admin/dashboard.py" line="74"/>
        <location filename="../admin/dashboard.py" line="271"/>
        <source>完成率</source>
        <translation>Completion rate</translation>
    </message>
    <message>
        <location filename="../admin/dashboard.py" line="75"/>
        <source>测验通过率</source>
        <translation>Quiz pass rate</translation>
    </message>
    <message>
        <location filename="../admin/dashboard.py" line="76"/>
        <location filename="../admin/dashboard.py" line="250"/>
        <source>已获学时</source>
        <translation>Study hours earned</translation>
    </message>
    <message>
        <location filename="../admin/dashboard.py" line="84"/>
        <source>所选范围内没有学习记录</source>
        <translation>No study records in the selected range</translation>
    </message>
    <message>
        <location filename="../admin/dashboard.py" line="85"/>
        <source>换一个单位、类别或日期范围，或先在“学员”中添加学员并分配课程。</source>
        <translation>Try another unit, category or date range, or first add learners under &quot;Learners&quot; and assign courses.</translation>
    </message>
    <message>
        <location filename="../admin/dashboard.py" line="92"/>
        <source>各类别完成率与通过率（%）</source>
        <translation>Completion and pass rates by category (%)</translation>
    </message>
    <message>
        <location filename="../admin/dashboard.py" line="93"/>
        <source>本年学时与目标</source>
        <translation>Study hours this year vs. target</translation>
    </message>
    <message>
        <location filename="../admin/dashboard.py" line="94"/>
        <source>每周学习活动</source>
        <translation>Weekly study activity</translation>
    </message>
    <message>
        <location filename="../admin/dashboard.py" line="96"/>
        <source>各单位完成率与通过率（%）</source>
        <translation>Completion and pass rates by unit (%)</translation>
    </message>
    <message>
        <location filename="../admin/dashboard.py" line="99"/>
        <source>各课程完成率与通过率（%）</source>
        <translation>Completion and pass rates by course (%)</translation>
    </message>
    <message>
        <location filename="../admin/dashboard.py" line="108"/>
        <source>进度落后或课程逾期的学员</source>
        <translation>Learners behind schedule or with overdue courses</translation>
    </message>
    <message>
        <location filename="../admin/dashboard.py" line="115"/>
        <source>查看学员详情</source>
        <translation>View learner details</translation>
    </message>
    <message>
        <location filename="../admin/dashboard.py" line="126"/>
        <source>活动日期</source>
        <translation>Activity date</translation>
    </message>
    <message>
        <location filename="../admin/dashboard.py" line="141"/>
        <source>全部单位</source>
        <translation>All units</translation>
    </message>
    <message>
        <location filename="../admin/dashboard.py" line="143"/>
        <source>全部类别</source>
        <translation>All categories</translation>
    </message>
    <message>
        <location filename="../admin/dashboard.py" line="151"/>
        <source>全部课程</source>
        <translation>All courses</translation>
    </message>
    <message>
        <location filename="../admin/dashboard.py" line="152"/>
        <source>应用</source>
        <translation>Apply</translation>
    </message>
    <message>
        <location filename="../admin/dashboard.py" line="154"/>
        <source>导出报表……</source>
        <translation>Export report…</translation>
    </message>
    <message>
        <location filename="../admin/dashboard.py" line="208"/>
        <location filename="../admin/dashboard.py" line="216"/>
        <source>正在统计学习情况……</source>
        <translation>Calculating study statistics…</translation>
    </message>
    <message>
        <location filename="../admin/dashboard.py" line="243"/>
        <source>（本级）</source>
        <translation>(this level)</translation>
    </message>
    <message>
        <location filename="../admin/dashboard.py" line="243"/>
        <source>（未填单位）</source>
        <translation>(no unit)</translation>
    </message>
    <message>
        <location filename="../admin/dashboard.py" line="251"/>
        <location filename="../admin/dashboard.py" line="281"/>
        <source>按进度应达</source>
        <translation>Expected to date</translation>
    </message>
    <message>
        <location filename="../admin/dashboard.py" line="252"/>
        <location filename="../admin/dashboard.py" line="281"/>
        <source>全年目标</source>
        <translation>Annual target</translation>
    </message>
    <message>
        <location filename="../admin/dashboard.py" line="255"/>
        <source>%1 年学时与目标</source>
        <translation>Study hours vs. target, %1</translation>
    </message>
    <message>
        <location filename="../admin/dashboard.py" line="260"/>
        <source>完成课时</source>
        <translation>Lessons completed</translation>
    </message>
    <message>
        <location filename="../admin/dashboard.py" line="261"/>
        <source>交卷</source>
        <translation>Quizzes submitted</translation>
    </message>
    <message>
        <location filename="../admin/dashboard.py" line="262"/>
        <source>活跃学员</source>
        <translation>Active learners</translation>
    </message>
    <message>
        <location filename="../admin/dashboard.py" line="272"/>
        <source>通过率</source>
        <translation>Pass rate</translation>
    </message>
    <message>
        <location filename="../admin/dashboard.py" line="280"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../admin/dashboard.py" line="280"/>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../admin/dashboard.py" line="280"/>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../admin/dashboard.py" line="280"/>
        <source>本年学时</source>
        <translation>Hours this year</translation>
    </message>
    <message>
        <location filename="../admin/dashboard.py" line="281"/>
        <source>逾期课程</source>
        <translation>Overdue courses</translation>
    </message>
    <message>
        <location filename="../admin/dashboard.py" line="281"/>
        <source>最早截止</source>
        <translation>Earliest due date</translation>
    </message>
    <message>
        <location filename="../admin/dashboard.py" line="304"/>
        <source>未设定</source>
        <translation>Not set</translation>
    </message>
    <message>
        <location filename="../admin/dashboard.py" line="314"/>
        <source>没有进度落后或课程逾期的学员。</source>
        <translation>No learners are behind schedule or have overdue courses.</translation>
    </message>
    <message>
        <location filename="../admin/dashboard.py" line="317"/>
        <source>共 %1 人，按逾期课程数和学时差距列出前 %2 人；双击一行查看详情。</source>
        <translation>Learners: %1. Showing the top %2 by overdue courses and hours shortfall; double-click a row for details.</translation>
    </message>
    <message>
        <location filename="../admin/dashboard.py" line="323"/>
        <source>共 %1 人；双击一行查看详情。</source>
        <translation>Learners: %1. Double-click a row for details.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../errors.py" line="26"/>
        <source>无法完成</source>
        <translation>Could not complete</translation>
    </message>
    <message>
        <location filename="../errors.py" line="34"/>
        <source>程序出错</source>
        <translation>Application error</translation>
    </message>
    <message>
        <location filename="../errors.py" line="35"/>
        <source>发生了意外错误，刚才的操作没有完成。已保存的学习记录不受影响。</source>
        <translation>An unexpected error occurred and the last action was not completed. Your saved learning records are not affected.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="38"/>
        <source>如果问题反复出现，请把下面的详细信息发给培训管理员。</source>
        <translation>If the problem keeps happening, send the details below to your training administrator.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../admin/export_dialog.py" line="66"/>
        <location filename="../admin/export_dialog.py" line="168"/>
        <source>导出报表</source>
        <translation>Export report</translation>
    </message>
    <message>
        <location filename="../admin/export_dialog.py" line="72"/>
        <source>Excel 工作簿（.xlsx）：汇总、明细、按课程</source>
        <translation>Excel workbook (.xlsx): summary, details, by course</translation>
    </message>
    <message>
        <location filename="../admin/export_dialog.py" line="73"/>
        <source>CSV 表格（.csv）：学员课程明细</source>
        <translation>CSV table (.csv): course details per learner</translation>
    </message>
    <message>
        <location filename="../admin/export_dialog.py" line="74"/>
        <source>PDF（.pdf）：可打印的报表</source>
        <translation>PDF (.pdf): printable report</translation>
    </message>
    <message>
        <location filename="../admin/export_dialog.py" line="75"/>
        <source>xAPI 学习记录（.json）：导入学习记录库（LRS）</source>
        <translation>xAPI learning records (.json): for import into a learning record store (LRS)</translation>
    </message>
    <message>
        <location filename="../admin/export_dialog.py" line="78"/>
        <source>格式</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../admin/export_dialog.py" line="80"/>
        <source>选择……</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../admin/export_dialog.py" line="85"/>
        <source>保存到</source>
        <translation>Save to</translation>
    </message>
    <message>
        <location filename="../admin/export_dialog.py" line="89"/>
        <source>范围</source>
        <translation>Scope</translation>
    </message>
    <message>
        <location filename="../admin/export_dialog.py" line="93"/>
        <source>导出</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../admin/export_dialog.py" line="95"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../admin/export_dialog.py" line="122"/>
        <source>保存报表</source>
        <translation>Save report</translation>
    </message>
    <message>
        <location filename="../admin/export_dialog.py" line="128"/>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../admin/export_dialog.py" line="130"/>
        <source>%1 至 %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <location filename="../admin/export_dialog.py" line="137"/>
        <source>时间：%1；单位/部门：%2；类别：%3；课程：%4</source>
        <translation>Period: %1; Unit/department: %2; Category: %3; Course: %4</translation>
    </message>
    <message>
        <location filename="../admin/export_dialog.py" line="169"/>
        <source>已导出 %1 条记录：
%2</source>
        <translation>Exported %1 records:
%2</translation>
    </message>
    <message>
        <location filename="../admin/export_dialog.py" line="181"/>
        <source>正在导出报表</source>
        <translation>Exporting report</translation>
    </message>
</context>
<context>
    <name>FillEditor</name>
    <message>
        <location filename="../question_widgets.py" line="202"/>
        <source>填写第 %1 空</source>
        <translation>Fill in blank %1</translation>
    </message>
</context>
<context>
    <name>HourTargetsPanel</name>
    <message>
        <location filename="../admin/hour_targets.py" line="35"/>
        <source>年度学时目标</source>
        <translation>Annual study-hours targets</translation>
    </message>
    <message>
        <location filename="../admin/hour_targets.py" line="40"/>
        <source> 年</source>
        <translation> </translation>
    </message>
    <message>
        <location filename="../admin/hour_targets.py" line="48"/>
        <location filename="../admin/hour_targets.py" line="70"/>
        <source>全部单位</source>
        <translation>All units</translation>
    </message>
    <message>
        <location filename="../admin/hour_targets.py" line="54"/>
        <source> 学时</source>
        <translation> hours</translation>
    </message>
    <message>
        <location filename="../admin/hour_targets.py" line="55"/>
        <source>设定</source>
        <translation>Set</translation>
    </message>
    <message>
        <location filename="../admin/hour_targets.py" line="57"/>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../admin/hour_targets.py" line="68"/>
        <source>年度</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../admin/hour_targets.py" line="69"/>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../admin/hour_targets.py" line="70"/>
        <source>单位/部门</source>
        <translation>Unit/department</translation>
    </message>
    <message>
        <location filename="../admin/hour_targets.py" line="71"/>
        <source>学时目标</source>
        <translation>Target hours</translation>
    </message>
</context>
<context>
    <name>HoursRecord</name>
    <message>
        <location filename="../admin/export_dialog.py" line="206"/>
        <location filename="../admin/export_dialog.py" line="225"/>
        <source>打印个人学时证明</source>
        <translation>Print personal study-hours record</translation>
    </message>
    <message>
        <location filename="../admin/export_dialog.py" line="209"/>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../admin/export_dialog.py" line="233"/>
        <source>个人学时证明已保存：
%1</source>
        <translation>Personal study-hours record saved:
%1</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../labels.py" line="14"/>
        <source>领导干部</source>
        <translation>Leading cadres</translation>
    </message>
    <message>
        <location filename="../labels.py" line="15"/>
        <source>政务运营团队</source>
        <translation>Government media operations team</translation>
    </message>
    <message>
        <location filename="../labels.py" line="16"/>
        <source>公众</source>
        <translation>General public</translation>
    </message>
    <message>
        <location filename="../labels.py" line="27"/>
        <source>必修</source>
        <translation>Required</translation>
    </message>
    <message>
        <location filename="../labels.py" line="28"/>
        <source>选修</source>
        <translation>Elective</translation>
    </message>
    <message>
        <location filename="../labels.py" line="34"/>
        <source>单选题</source>
        <translation>Single choice</translation>
    </message>
    <message>
        <location filename="../labels.py" line="35"/>
        <source>多选题</source>
        <translation>Multiple choice</translation>
    </message>
    <message>
        <location filename="../labels.py" line="36"/>
        <source>判断题</source>
        <translation>True or false</translation>
    </message>
    <message>
        <location filename="../labels.py" line="37"/>
        <source>填空题</source>
        <translation>Fill in the blanks</translation>
    </message>
    <message>
        <location filename="../labels.py" line="38"/>
        <source>排序题</source>
        <translation>Ordering</translation>
    </message>
    <message>
        <location filename="../labels.py" line="39"/>
        <source>配对题</source>
        <translation>Matching</translation>
    </message>
    <message>
        <location filename="../labels.py" line="40"/>
        <source>案例题</source>
        <translation>Case study</translation>
    </message>
    <message>
        <location filename="../labels.py" line="47"/>
        <source>时效</source>
        <translation>Timeliness</translation>
    </message>
    <message>
        <location filename="../labels.py" line="48"/>
        <source>准确</source>
        <translation>Accuracy</translation>
    </message>
    <message>
        <location filename="../labels.py" line="49"/>
        <source>透明</source>
        <translation>Transparency</translation>
    </message>
    <message>
        <location filename="../labels.py" line="50"/>
        <source>共情</source>
        <translation>Empathy</translation>
    </message>
    <message>
        <location filename="../labels.py" line="51"/>
        <source>合规</source>
        <translation>Compliance</translation>
    </message>
    <message>
        <location filename="../labels.py" line="57"/>
        <source>结业测验</source>
        <translation>Final quiz</translation>
    </message>
    <message>
        <location filename="../labels.py" line="58"/>
        <source>课后练习</source>
        <translation>Lesson practice</translation>
    </message>
    <message>
        <location filename="../labels.py" line="59"/>
        <source>每日练习</source>
        <translation>Daily practice</translation>
    </message>
    <message>
        <location filename="../labels.py" line="60"/>
        <source>错题复习</source>
        <translation>Mistake review</translation>
    </message>
    <message>
        <location filename="../labels.py" line="79"/>
        <source>%1 · 课后练习</source>
        <translation>%1 · Practice</translation>
    </message>
    <message>
        <location filename="../labels.py" line="89"/>
        <source>正确</source>
        <translation>True</translation>
    </message>
    <message>
        <location filename="../labels.py" line="91"/>
        <source>错误</source>
        <translation>False</translation>
    </message>
    <message>
        <location filename="../labels.py" line="97"/>
        <source>%1 学时</source>
        <translation>%1 study hours</translation>
    </message>
    <message>
        <location filename="../labels.py" line="101"/>
        <source>%1 分</source>
        <translation>%1 / 100</translation>
    </message>
    <message>
        <location filename="../pages/scenario_run.py" line="136"/>
        <source>网帖</source>
        <translation>Post</translation>
    </message>
    <message>
        <location filename="../pages/scenario_run.py" line="137"/>
        <source>评论潮</source>
        <translation>Comment wave</translation>
    </message>
    <message>
        <location filename="../pages/scenario_run.py" line="138"/>
        <source>来电</source>
        <translation>Phone call</translation>
    </message>
    <message>
        <location filename="../pages/scenario_run.py" line="139"/>
        <source>领导指示</source>
        <translation>Leader&apos;s instruction</translation>
    </message>
    <message>
        <location filename="../pages/scenario_run.py" line="140"/>
        <source>通报与材料</source>
        <translation>Notice/briefing</translation>
    </message>
    <message>
        <location filename="../pages/scenario_run.py" line="141"/>
        <source>媒体报道</source>
        <translation>News report</translation>
    </message>
    <message>
        <location filename="../question_widgets.py" line="50"/>
        <source>未作答</source>
        <translation>Not answered</translation>
    </message>
</context>
<context>
    <name>LearnerDetailDialog</name>
    <message>
        <location filename="../admin/learner_detail.py" line="43"/>
        <source>学员详情：%1</source>
        <translation>Learner details: %1</translation>
    </message>
    <message>
        <location filename="../admin/learner_detail.py" line="49"/>
        <source>未填单位</source>
        <translation>No unit specified</translation>
    </message>
    <message>
        <location filename="../admin/learner_detail.py" line="51"/>
        <source>工号 %1</source>
        <translation>Staff ID %1</translation>
    </message>
    <message>
        <location filename="../admin/learner_detail.py" line="57"/>
        <source>已获学时</source>
        <translation>Hours earned</translation>
    </message>
    <message>
        <location filename="../admin/learner_detail.py" line="58"/>
        <source>完成课程</source>
        <translation>Courses completed</translation>
    </message>
    <message>
        <location filename="../admin/learner_detail.py" line="59"/>
        <source>阅读时长（分钟）</source>
        <translation>Reading time (minutes)</translation>
    </message>
    <message>
        <location filename="../admin/learner_detail.py" line="60"/>
        <source>交卷次数</source>
        <translation>Quizzes submitted</translation>
    </message>
    <message>
        <location filename="../admin/learner_detail.py" line="70"/>
        <location filename="../admin/learner_detail.py" line="103"/>
        <source>课程</source>
        <translation>Course</translation>
    </message>
    <message>
        <location filename="../admin/learner_detail.py" line="73"/>
        <source>还没有交过卷。</source>
        <translation>No quizzes submitted yet.</translation>
    </message>
    <message>
        <location filename="../admin/learner_detail.py" line="76"/>
        <source>测验作答</source>
        <translation>Quiz answers</translation>
    </message>
    <message>
        <location filename="../admin/learner_detail.py" line="80"/>
        <source>还没有完成过情景推演。</source>
        <translation>No scenario drills completed yet.</translation>
    </message>
    <message>
        <location filename="../admin/learner_detail.py" line="83"/>
        <source>情景推演复盘</source>
        <translation>Scenario drill debriefs</translation>
    </message>
    <message>
        <location filename="../admin/learner_detail.py" line="88"/>
        <source>打印个人学时证明……</source>
        <translation>Print study-hours record…</translation>
    </message>
    <message>
        <location filename="../admin/learner_detail.py" line="92"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../admin/learner_detail.py" line="103"/>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../admin/learner_detail.py" line="103"/>
        <source>截止日期</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../admin/learner_detail.py" line="103"/>
        <source>课时进度</source>
        <translation>Lesson progress</translation>
    </message>
    <message>
        <location filename="../admin/learner_detail.py" line="104"/>
        <source>成绩</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../admin/learner_detail.py" line="104"/>
        <source>测验次数</source>
        <translation>Quiz attempts</translation>
    </message>
    <message>
        <location filename="../admin/learner_detail.py" line="104"/>
        <source>学时</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location filename="../admin/learner_detail.py" line="104"/>
        <source>完成日期</source>
        <translation>Completed on</translation>
    </message>
    <message>
        <location filename="../admin/learner_detail.py" line="112"/>
        <source>必修</source>
        <translation>Required</translation>
    </message>
    <message>
        <location filename="../admin/learner_detail.py" line="113"/>
        <source>指派</source>
        <translation>Assigned</translation>
    </message>
    <message>
        <location filename="../admin/learner_detail.py" line="114"/>
        <source>选学</source>
        <translation>Elective</translation>
    </message>
    <message>
        <location filename="../admin/learner_detail.py" line="119"/>
        <source>%1（已逾期）</source>
        <translation>%1 (overdue)</translation>
    </message>
    <message>
        <location filename="../admin/learner_detail.py" line="122"/>
        <source>（通过）</source>
        <translation> (passed)</translation>
    </message>
    <message>
        <location filename="../admin/learner_detail.py" line="122"/>
        <source>（未通过）</source>
        <translation> (failed)</translation>
    </message>
    <message>
        <location filename="../admin/learner_detail.py" line="145"/>
        <source>另有 %1 条记录所属的内容已删除，无法显示。</source>
        <translation>Records not shown because their content was deleted: %1</translation>
    </message>
    <message>
        <location filename="../admin/learner_detail.py" line="170"/>
        <source>期末测验</source>
        <translation>Final quiz</translation>
    </message>
    <message>
        <location filename="../admin/learner_detail.py" line="170"/>
        <source>课后练习</source>
        <translation>Lesson practice</translation>
    </message>
    <message>
        <location filename="../admin/learner_detail.py" line="184"/>
        <source>通过</source>
        <translation>Passed</translation>
    </message>
    <message>
        <location filename="../admin/learner_detail.py" line="184"/>
        <source>未通过</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location filename="../admin/learner_detail.py" line="186"/>
        <source>得分 %1 / %2（%3）· %4 分及格 · %5</source>
        <translation>Score %1 / %2 (%3) · pass mark %4 / 100 · %5</translation>
    </message>
    <message>
        <location filename="../admin/learner_detail.py" line="202"/>
        <source>第 %1 题 · %2 · %3</source>
        <translation>Question %1 · %2 · %3</translation>
    </message>
    <message>
        <location filename="../admin/learner_detail.py" line="205"/>
        <source>答对</source>
        <translation>Correct</translation>
    </message>
    <message>
        <location filename="../admin/learner_detail.py" line="205"/>
        <source>未答对</source>
        <translation>Incorrect</translation>
    </message>
    <message>
        <location filename="../admin/learner_detail.py" line="212"/>
        <source>学员答案：%1</source>
        <translation>Learner&apos;s answer: %1</translation>
    </message>
    <message>
        <location filename="../admin/learner_detail.py" line="215"/>
        <source>正确答案：%1</source>
        <translation>Correct answer: %1</translation>
    </message>
    <message>
        <location filename="../admin/learner_detail.py" line="225"/>
        <source>结局：%1</source>
        <translation>Outcome: %1</translation>
    </message>
    <message>
        <location filename="../admin/learner_detail.py" line="239"/>
        <source>第 %1 步 · %2</source>
        <translation>Step %1 · %2</translation>
    </message>
    <message>
        <location filename="../admin/learner_detail.py" line="245"/>
        <source>超时，未作决定</source>
        <translation>Timed out — no decision made</translation>
    </message>
    <message>
        <location filename="../admin/learner_detail.py" line="246"/>
        <source>学员的决定：%1</source>
        <translation>Learner&apos;s decision: %1</translation>
    </message>
    <message>
        <location filename="../admin/learner_detail.py" line="248"/>
        <source>更好的做法：%1</source>
        <translation>Better approach: %1</translation>
    </message>
</context>
<context>
    <name>LearnerDialog</name>
    <message>
        <location filename="../admin/learner_dialog.py" line="47"/>
        <source>修改学员信息</source>
        <translation>Edit learner</translation>
    </message>
    <message>
        <location filename="../admin/learner_dialog.py" line="47"/>
        <source>添加学员</source>
        <translation>Add learner</translation>
    </message>
    <message>
        <location filename="../admin/learner_dialog.py" line="55"/>
        <source>工号/身份标识在本单位内唯一，导入花名册时按它更新学员。单位/部门按层级用“/”分隔。</source>
        <translation>The staff ID must be unique within your organization; roster imports use it to update learners. Separate the levels of the unit/department with &quot;/&quot;.</translation>
    </message>
    <message>
        <location filename="../admin/learner_dialog.py" line="73"/>
        <source>例如：某省/某市/某县/县融媒体中心</source>
        <translation>e.g. Province/City/County/County Media Center</translation>
    </message>
    <message>
        <location filename="../admin/learner_dialog.py" line="80"/>
        <source>选填，11 位手机号码</source>
        <translation>Optional; 11-digit mobile number</translation>
    </message>
    <message>
        <location filename="../admin/learner_dialog.py" line="81"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../admin/learner_dialog.py" line="82"/>
        <source>工号/身份标识</source>
        <translation>Staff ID</translation>
    </message>
    <message>
        <location filename="../admin/learner_dialog.py" line="83"/>
        <source>单位/部门</source>
        <translation>Unit/department</translation>
    </message>
    <message>
        <location filename="../admin/learner_dialog.py" line="84"/>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../admin/learner_dialog.py" line="85"/>
        <source>手机号</source>
        <translation>Mobile number</translation>
    </message>
    <message>
        <location filename="../admin/learner_dialog.py" line="93"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../admin/learner_dialog.py" line="94"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>LearnerPicker</name>
    <message>
        <location filename="../admin/assignments_tab.py" line="47"/>
        <source>按姓名、工号或单位筛选</source>
        <translation>Filter by name, staff ID or unit</translation>
    </message>
</context>
<context>
    <name>LearnersTab</name>
    <message>
        <location filename="../admin/learners_tab.py" line="53"/>
        <source>按姓名、工号或单位搜索</source>
        <translation>Search by name, staff ID or unit</translation>
    </message>
    <message>
        <location filename="../admin/learners_tab.py" line="62"/>
        <source>添加学员……</source>
        <translation>Add learner…</translation>
    </message>
    <message>
        <location filename="../admin/learners_tab.py" line="63"/>
        <source>修改……</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../admin/learners_tab.py" line="64"/>
        <source>导入花名册……</source>
        <translation>Import roster…</translation>
    </message>
    <message>
        <location filename="../admin/learners_tab.py" line="65"/>
        <source>另存花名册模板……</source>
        <translation>Save roster template as…</translation>
    </message>
    <message>
        <location filename="../admin/learners_tab.py" line="67"/>
        <source>打印学时证明……</source>
        <translation>Print study-hours record…</translation>
    </message>
    <message>
        <location filename="../admin/learners_tab.py" line="84"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../admin/learners_tab.py" line="85"/>
        <source>工号/身份标识</source>
        <translation>Staff ID</translation>
    </message>
    <message>
        <location filename="../admin/learners_tab.py" line="86"/>
        <source>单位/部门</source>
        <translation>Unit/department</translation>
    </message>
    <message>
        <location filename="../admin/learners_tab.py" line="87"/>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../admin/learners_tab.py" line="88"/>
        <source>手机号</source>
        <translation>Mobile number</translation>
    </message>
    <message>
        <location filename="../admin/learners_tab.py" line="89"/>
        <source>登录密码</source>
        <translation>Sign-in PIN</translation>
    </message>
    <message>
        <location filename="../admin/learners_tab.py" line="97"/>
        <source>还没有学员</source>
        <translation>No learners yet</translation>
    </message>
    <message>
        <location filename="../admin/learners_tab.py" line="98"/>
        <source>点击“导入花名册……”从 .xlsx 或 .csv 文件批量导入，或逐个添加学员。</source>
        <translation>Click &quot;Import roster…&quot; to import learners in bulk from an .xlsx or .csv file, or add learners one at a time.</translation>
    </message>
    <message>
        <location filename="../admin/learners_tab.py" line="105"/>
        <source>已锁定</source>
        <translation>Locked</translation>
    </message>
    <message>
        <location filename="../admin/learners_tab.py" line="106"/>
        <source>已设置</source>
        <translation>Set</translation>
    </message>
    <message>
        <location filename="../admin/learners_tab.py" line="106"/>
        <source>未设置</source>
        <translation>Not set</translation>
    </message>
    <message>
        <location filename="../admin/learners_tab.py" line="161"/>
        <source>选择花名册</source>
        <translation>Choose roster</translation>
    </message>
    <message>
        <location filename="../admin/learners_tab.py" line="161"/>
        <source>花名册 (*.xlsx *.csv);;所有文件 (*)</source>
        <translation>Rosters (*.xlsx *.csv);;All files (*)</translation>
    </message>
    <message>
        <location filename="../admin/learners_tab.py" line="177"/>
        <source>读取花名册</source>
        <translation>Reading roster</translation>
    </message>
    <message>
        <location filename="../admin/learners_tab.py" line="190"/>
        <source>导入花名册</source>
        <translation>Importing roster</translation>
    </message>
    <message>
        <location filename="../admin/learners_tab.py" line="197"/>
        <source>导入完成</source>
        <translation>Import complete</translation>
    </message>
    <message>
        <location filename="../admin/learners_tab.py" line="198"/>
        <source>新增 %1 人，更新 %2 人，未变 %3 人，跳过 %4 行。</source>
        <translation>Added: %1, updated: %2, unchanged: %3, rows skipped: %4.</translation>
    </message>
    <message>
        <location filename="../admin/learners_tab.py" line="207"/>
        <source>另存花名册模板</source>
        <translation>Save roster template</translation>
    </message>
    <message>
        <location filename="../admin/learners_tab.py" line="207"/>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>LearningPathPage</name>
    <message>
        <location filename="../pages/learning_path.py" line="50"/>
        <source> · 今天有 %1 道错题待复习</source>
        <translation> · %1 mistakes due for review today</translation>
    </message>
    <message>
        <location filename="../pages/learning_path.py" line="56"/>
        <source> · 分配 %1 门</source>
        <translation> · %1 assigned</translation>
    </message>
    <message>
        <location filename="../pages/learning_path.py" line="57"/>
        <source>（逾期 %1 门）</source>
        <translation> (%1 overdue)</translation>
    </message>
    <message>
        <location filename="../pages/learning_path.py" line="82"/>
        <source>我的学习路径</source>
        <translation>My learning path</translation>
    </message>
    <message>
        <location filename="../pages/learning_path.py" line="83"/>
        <source>%1 · 必修 %2 门（已完成 %3 门）· 选修 %4 门</source>
        <translation>%1 · %2 required (%3 completed) · %4 elective</translation>
    </message>
    <message>
        <location filename="../pages/learning_path.py" line="97"/>
        <source>还没有面向“%1”的课程</source>
        <translation>No courses for “%1” yet</translation>
    </message>
    <message>
        <location filename="../pages/learning_path.py" line="98"/>
        <source>请到“全部课程”中选学，或请培训管理员安装适合你的课程。</source>
        <translation>Choose from “All courses”, or ask your training administrator to install courses for you.</translation>
    </message>
    <message>
        <location filename="../pages/learning_path.py" line="103"/>
        <source>分配给我的课程</source>
        <translation>Assigned to me</translation>
    </message>
    <message>
        <location filename="../pages/learning_path.py" line="109"/>
        <source>必修课程</source>
        <translation>Required courses</translation>
    </message>
    <message>
        <location filename="../pages/learning_path.py" line="110"/>
        <source>选修课程</source>
        <translation>Elective courses</translation>
    </message>
</context>
<context>
    <name>LessonReaderPage</name>
    <message>
        <location filename="../pages/lesson_reader.py" line="155"/>
        <source>返回课程</source>
        <translation>Back to course</translation>
    </message>
    <message>
        <location filename="../pages/lesson_reader.py" line="162"/>
        <source>本课目录</source>
        <translation>In this lesson</translation>
    </message>
    <message>
        <location filename="../pages/lesson_reader.py" line="172"/>
        <source>A−</source>
        <translation>A−</translation>
    </message>
    <message>
        <location filename="../pages/lesson_reader.py" line="173"/>
        <source>缩小字号（Ctrl+-）</source>
        <translation>Smaller text (Ctrl+-)</translation>
    </message>
    <message>
        <location filename="../pages/lesson_reader.py" line="174"/>
        <source>A+</source>
        <translation>A+</translation>
    </message>
    <message>
        <location filename="../pages/lesson_reader.py" line="175"/>
        <source>放大字号（Ctrl++）</source>
        <translation>Larger text (Ctrl++)</translation>
    </message>
    <message>
        <location filename="../pages/lesson_reader.py" line="189"/>
        <source>上一课</source>
        <translation>Previous lesson</translation>
    </message>
    <message>
        <location filename="../pages/lesson_reader.py" line="197"/>
        <source>课后练习</source>
        <translation>Lesson practice</translation>
    </message>
    <message>
        <location filename="../pages/lesson_reader.py" line="247"/>
        <source>第 %1 / %2 课</source>
        <translation>Lesson %1 of %2</translation>
    </message>
    <message>
        <location filename="../pages/lesson_reader.py" line="257"/>
        <source>学完本课，下一课</source>
        <translation>Done, next lesson</translation>
    </message>
    <message>
        <location filename="../pages/lesson_reader.py" line="259"/>
        <source>学完本课，返回课程</source>
        <translation>Done, back to course</translation>
    </message>
    <message>
        <location filename="../pages/lesson_reader.py" line="275"/>
        <source>程序出错，详细信息已写入日志。</source>
        <translation>Something went wrong in the program; the details are in the log.</translation>
    </message>
    <message>
        <location filename="../pages/lesson_reader.py" line="277"/>
        <source>本课无法显示</source>
        <translation>This lesson cannot be shown</translation>
    </message>
    <message>
        <location filename="../pages/lesson_reader.py" line="280"/>
        <source>请返回课程，并把上面的说明告诉培训管理员或课程编写者。</source>
        <translation>Please go back to the course and pass the note above on to your training administrator or the course author.</translation>
    </message>
    <message>
        <location filename="../pages/lesson_reader.py" line="289"/>
        <source>学习目标 · 约 %1 分钟</source>
        <translation>Learning objectives · about %1 min</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="100"/>
        <source>政务新媒体素养学堂</source>
        <translation>Government New Media Literacy Academy</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="121"/>
        <source>正在载入课程……</source>
        <translation>Loading courses…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="222"/>
        <source>界面语言已改为 %1，重新启动程序后生效</source>
        <translation>The interface language is now %1; it applies when the program is started again</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="296"/>
        <location filename="../main_window.py" line="301"/>
        <source>无法打开数据库</source>
        <translation>Cannot open database</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="300"/>
        <source>数据库无法打开或升级：
%1</source>
        <translation>The database could not be opened or upgraded:
%1</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="310"/>
        <source>已载入 %1 门课程</source>
        <translation>%1 courses loaded</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="312"/>
        <source>；%1 门课程有错误暂不可用，详见“全部课程”</source>
        <translation>; %1 courses have errors and are unavailable — see “All courses”</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="345"/>
        <source>“%1”的结业测验上次没有交卷（已答 %2 / %3 题），答案都已保存。现在继续吗？</source>
        <translation>Your final quiz for “%1” was not submitted last time (%2 / %3 answered). All your answers are saved. Continue now?</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="354"/>
        <source>
限时测验的计时在程序关闭期间没有暂停；若时间已到，将按已保存的答案交卷。</source>
        <translation>
The timer of a timed quiz does not pause while the app is closed. If time is up, your saved answers will be submitted.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="356"/>
        <source>继续未完成的测验</source>
        <translation>Resume unfinished quiz</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="366"/>
        <source>课程载入失败</source>
        <translation>Failed to load courses</translation>
    </message>
</context>
<context>
    <name>MatchingEditor</name>
    <message>
        <location filename="../question_widgets.py" line="294"/>
        <source>请选择……</source>
        <translation>Choose…</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../catalogue/services.py" line="11"/>
        <source>这条记录属于另一位学员，当前档案不能打开或修改它。</source>
        <translation>This record belongs to another learner; it cannot be opened or changed from the current profile.</translation>
    </message>
    <message>
        <location filename="../../catalogue/services.py" line="14"/>
        <source>当前身份不能进行这项操作。</source>
        <translation>Your current role does not allow this.</translation>
    </message>
    <message>
        <location filename="../../catalogue/services.py" line="15"/>
        <source>本机已有管理员账户，不能再用这种方式创建。请由现有管理员登录后添加账户。</source>
        <translation>An administrator account already exists on this computer, so another cannot be created this way. Ask an existing administrator to sign in and add the account.</translation>
    </message>
    <message>
        <location filename="../../catalogue/services.py" line="18"/>
        <source>用户名或密码不正确。</source>
        <translation>Incorrect user name or password.</translation>
    </message>
    <message>
        <location filename="../../catalogue/services.py" line="19"/>
        <source>连续输错次数过多，请 {seconds} 秒后再试。</source>
        <translation>Too many failed attempts. Try again in {seconds} seconds.</translation>
    </message>
    <message>
        <location filename="../../catalogue/services.py" line="20"/>
        <source>该账户因连续输错已被锁定，请联系管理员解除锁定。</source>
        <translation>This account is locked after too many failed attempts. Contact an administrator to unlock it.</translation>
    </message>
    <message>
        <location filename="../../catalogue/services.py" line="23"/>
        <source>密码至少 {minimum} 个字符。</source>
        <translation>The password must be at least {minimum} characters.</translation>
    </message>
    <message>
        <location filename="../../catalogue/services.py" line="24"/>
        <source>密码最多 {limit} 个字符。</source>
        <translation>The password can be at most {limit} characters.</translation>
    </message>
    <message>
        <location filename="../../catalogue/services.py" line="25"/>
        <source>该账户不存在，可能已被其他管理员删除。</source>
        <translation>This account no longer exists; another administrator may have deleted it.</translation>
    </message>
    <message>
        <location filename="../../catalogue/services.py" line="26"/>
        <source>已有名为“{name}”的账户，请换一个登录名。</source>
        <translation>An account named &quot;{name}&quot; already exists. Choose another user name.</translation>
    </message>
    <message>
        <location filename="../../catalogue/services.py" line="27"/>
        <source>账户的角色只能是培训师或管理员。</source>
        <translation>An account&apos;s role must be trainer or administrator.</translation>
    </message>
    <message>
        <location filename="../../catalogue/services.py" line="28"/>
        <source>不能删除当前登录的账户，请由另一位管理员删除。</source>
        <translation>You can&apos;t delete the account you are signed in with. Ask another administrator to delete it.</translation>
    </message>
    <message>
        <location filename="../../catalogue/services.py" line="31"/>
        <source>这是本机唯一的管理员账户，不能删除；请先创建另一个管理员账户。</source>
        <translation>This is the only administrator account on this computer and can&apos;t be deleted. Create another administrator account first.</translation>
    </message>
    <message>
        <location filename="../../catalogue/services.py" line="34"/>
        <source>该学员档案设有登录密码，请输入密码。</source>
        <translation>This learner profile has a sign-in PIN. Enter the PIN.</translation>
    </message>
    <message>
        <location filename="../../catalogue/services.py" line="35"/>
        <source>登录密码不正确。</source>
        <translation>Incorrect sign-in PIN.</translation>
    </message>
    <message>
        <location filename="../../catalogue/services.py" line="36"/>
        <source>该学员档案因连续输错密码已被锁定，请联系管理员解除锁定。</source>
        <translation>This learner profile is locked after too many incorrect PIN attempts. Contact an administrator to unlock it.</translation>
    </message>
    <message>
        <location filename="../../catalogue/services.py" line="39"/>
        <source>登录密码至少 {minimum} 个字符。</source>
        <translation>The sign-in PIN must be at least {minimum} characters.</translation>
    </message>
    <message>
        <location filename="../../catalogue/services.py" line="40"/>
        <source>登录密码最多 {limit} 个字符。</source>
        <translation>The sign-in PIN can be at most {limit} characters.</translation>
    </message>
    <message>
        <location filename="../../catalogue/services.py" line="41"/>
        <source>管理员要求每位学员设置登录密码，密码可以更改，但不能删除。</source>
        <translation>An administrator requires every learner to have a sign-in PIN. You can change your PIN but not remove it.</translation>
    </message>
    <message>
        <location filename="../../catalogue/services.py" line="44"/>
        <source>该学员档案不存在。</source>
        <translation>This learner profile does not exist.</translation>
    </message>
    <message>
        <location filename="../../catalogue/services.py" line="45"/>
        <source>请填写姓名。</source>
        <translation>Please enter your name.</translation>
    </message>
    <message>
        <location filename="../../catalogue/services.py" line="46"/>
        <source>姓名最多 {limit} 个字。</source>
        <translation>A name can have at most {limit} characters.</translation>
    </message>
    <message>
        <location filename="../../catalogue/services.py" line="47"/>
        <source>单位或部门最多 {limit} 个字。</source>
        <translation>An organisation or department can have at most {limit} characters.</translation>
    </message>
    <message>
        <location filename="../../catalogue/services.py" line="48"/>
        <source>请选择学员类别：领导干部、政务运营团队或公众。</source>
        <translation>Please choose a learner group: leading cadres, government new-media teams or the public.</translation>
    </message>
    <message>
        <location filename="../../catalogue/services.py" line="51"/>
        <source>该课程目前不可用，请联系培训管理员。</source>
        <translation>This course is not available at the moment. Please contact your training administrator.</translation>
    </message>
    <message>
        <location filename="../../catalogue/services.py" line="52"/>
        <source>该课时已不在课程中。</source>
        <translation>This lesson is no longer part of the course.</translation>
    </message>
    <message>
        <location filename="../../catalogue/services.py" line="53"/>
        <source>该课程没有结业测验。</source>
        <translation>This course has no final quiz.</translation>
    </message>
    <message>
        <location filename="../../catalogue/services.py" line="54"/>
        <source>本课没有课后练习。</source>
        <translation>This lesson has no practice.</translation>
    </message>
    <message>
        <location filename="../../catalogue/services.py" line="55"/>
        <source>本测验最多可参加 {limit} 次，机会已用完。</source>
        <translation>This quiz can be taken at most {limit} times, and all attempts have been used.</translation>
    </message>
    <message>
        <location filename="../../catalogue/services.py" line="56"/>
        <source>无法按规则抽题，题库可能在程序运行时被改动。请联系培训管理员检查课程“{course}”。</source>
        <translation>The questions could not be drawn by the quiz rules; the question banks may have been changed while the program was running. Ask your training administrator to check the course “{course}”.</translation>
    </message>
    <message>
        <location filename="../../catalogue/services.py" line="60"/>
        <source>题目“{question}”已不在题库中。</source>
        <translation>The question “{question}” is no longer in the question bank.</translation>
    </message>
    <message>
        <location filename="../../catalogue/services.py" line="61"/>
        <source>该题不属于本次测验。</source>
        <translation>This question is not part of this quiz.</translation>
    </message>
    <message>
        <location filename="../../catalogue/services.py" line="62"/>
        <source>没有找到这次测验。</source>
        <translation>This quiz attempt was not found.</translation>
    </message>
    <message>
        <location filename="../../catalogue/services.py" line="63"/>
        <source>这次测验已经提交，不能再修改答案。</source>
        <translation>This quiz has been handed in; its answers can no longer be changed.</translation>
    </message>
    <message>
        <location filename="../../catalogue/services.py" line="64"/>
        <source>课程内容已更新，这次作答已停止，已保存的答案保留在学习记录中。</source>
        <translation>The course has been updated, so this attempt was stopped. The answers you saved are kept in your learning records.</translation>
    </message>
    <message>
        <location filename="../../catalogue/services.py" line="67"/>
        <source>考试时间已到，这个答案没有保存。</source>
        <translation>Time is up; this answer was not saved.</translation>
    </message>
    <message>
        <location filename="../../catalogue/services.py" line="68"/>
        <source>还没有作答任何题目，请先作答再提交。</source>
        <translation>You have not answered any question yet. Please answer before handing in.</translation>
    </message>
    <message>
        <location filename="../../catalogue/services.py" line="69"/>
        <source>没有找到这次测验的成绩。</source>
        <translation>No result was found for this quiz attempt.</translation>
    </message>
    <message>
        <location filename="../../catalogue/services.py" line="70"/>
        <source>今天没有需要复习的错题。</source>
        <translation>There are no mistakes due for review today.</translation>
    </message>
    <message>
        <location filename="../../catalogue/services.py" line="71"/>
        <source>暂时没有可练习的题目：你已经做过全部题目，且今天没有待复习的错题。</source>
        <translation>There is nothing to practise right now: you have done every question, and no mistakes are due for review today.</translation>
    </message>
    <message>
        <location filename="../../catalogue/services.py" line="74"/>
        <source>该推演目前不可用，请联系培训管理员。</source>
        <translation>This drill is not available at the moment. Please contact your training administrator.</translation>
    </message>
    <message>
        <location filename="../../catalogue/services.py" line="75"/>
        <source>没有找到这次推演。</source>
        <translation>This drill run was not found.</translation>
    </message>
    <message>
        <location filename="../../catalogue/services.py" line="76"/>
        <source>这次推演已经结束。</source>
        <translation>This drill run has already ended.</translation>
    </message>
    <message>
        <location filename="../../catalogue/services.py" line="77"/>
        <source>这次推演还没有结束。</source>
        <translation>This drill run has not ended yet.</translation>
    </message>
    <message>
        <location filename="../../catalogue/services.py" line="78"/>
        <source>推演内容已更新，这次推演已停止，请重新开始。</source>
        <translation>The drill has been updated, so this run was stopped. Please start it again.</translation>
    </message>
    <message>
        <location filename="../../catalogue/services.py" line="79"/>
        <source>请先作出选择。</source>
        <translation>Please make a choice first.</translation>
    </message>
    <message>
        <location filename="../../catalogue/services.py" line="80"/>
        <source>这个选项已不在推演中。</source>
        <translation>This choice is no longer part of the drill.</translation>
    </message>
    <message>
        <location filename="../../catalogue/services.py" line="81"/>
        <source>无法读取本机的签名密钥“{path}”，文件可能已损坏。程序没有改动它；请从备份恢复该文件，否则本机签发的证书将无法查验。</source>
        <translation>Can&apos;t read this computer&apos;s signing key &quot;{path}&quot;; the file may be damaged. It has not been changed. Restore the file from a backup, or certificates issued on this computer can&apos;t be verified.</translation>
    </message>
    <message>
        <location filename="../../catalogue/services.py" line="85"/>
        <source>这不是有效的安装公钥。请粘贴对方运行“literacy-app installation-key”后显示的公钥（一行 44 个字符）。</source>
        <translation>This is not a valid installation public key. Paste the public key shown when the other party runs &quot;literacy-app installation-key&quot; (one line, 44 characters).</translation>
    </message>
    <message>
        <location filename="../../catalogue/services.py" line="89"/>
        <source>这是本机自己的公钥，本机签发的证书始终受信任，无需添加。</source>
        <translation>This is this computer&apos;s own public key. Certificates issued on this computer are always trusted, so there is no need to add it.</translation>
    </message>
    <message>
        <location filename="../../catalogue/services.py" line="92"/>
        <source>这个公钥已在信任列表中，名称为“{name}”。</source>
        <translation>This public key is already in the trust list as &quot;{name}&quot;.</translation>
    </message>
    <message>
        <location filename="../../catalogue/services.py" line="95"/>
        <source>信任列表中没有这个安装，可能已被移除。</source>
        <translation>This installation is not in the trust list; it may have been removed.</translation>
    </message>
    <message>
        <location filename="../../catalogue/services.py" line="98"/>
        <source>请为这个安装填写一个名称，例如签发单位的名称。</source>
        <translation>Enter a name for this installation, such as the name of the issuing organization.</translation>
    </message>
    <message>
        <location filename="../../catalogue/services.py" line="101"/>
        <source>名称最多 {limit} 个字。</source>
        <translation>The name can be at most {limit} characters.</translation>
    </message>
    <message>
        <location filename="../../catalogue/services.py" line="102"/>
        <source>课程“{course}”还没有完成：学完全部课时并通过结业测验后才能获得结业证书。</source>
        <translation>The course &quot;{course}&quot; is not complete yet: a certificate of completion is awarded only after all lessons are finished and the final quiz is passed.</translation>
    </message>
    <message>
        <location filename="../../catalogue/services.py" line="105"/>
        <source>没有找到这份结业证书。</source>
        <translation>Certificate of completion not found.</translation>
    </message>
    <message>
        <location filename="../../catalogue/services.py" line="106"/>
        <source>无法保存文件“{path}”（{detail}）。请换一个文件夹或文件名再试。</source>
        <translation>Can&apos;t save the file &quot;{path}&quot; ({detail}). Try a different folder or file name.</translation>
    </message>
    <message>
        <location filename="../../catalogue/services.py" line="109"/>
        <source>证书真实：由本机签发，内容与签发时一致。请将下列信息与纸质证书逐项核对。</source>
        <translation>Certificate is genuine: issued on this computer and unchanged since it was issued. Check each item below against the paper certificate.</translation>
    </message>
    <message>
        <location filename="../../catalogue/services.py" line="113"/>
        <source>证书真实：由受信任的安装“{issuer}”签发，内容与签发时一致。请将下列信息与纸质证书逐项核对。</source>
        <translation>Certificate is genuine: issued by the trusted installation &quot;{issuer}&quot; and unchanged since it was issued. Check each item below against the paper certificate.</translation>
    </message>
    <message>
        <location filename="../../catalogue/services.py" line="117"/>
        <source>证书已被改动：签名与证书内容不符，这不是一份有效的证书。</source>
        <translation>Certificate has been altered: the signature does not match the certificate&apos;s contents. This is not a valid certificate.</translation>
    </message>
    <message>
        <location filename="../../catalogue/services.py" line="120"/>
        <source>签名完好，但签发证书的安装不在本机的信任列表中（公钥指纹 {fingerprint}）。请打电话向签发单位核对这个指纹，核对无误后由管理员把对方的公钥加入信任列表。</source>
        <translation>The signature is intact, but the installation that issued the certificate is not in this computer&apos;s trust list (public key fingerprint {fingerprint}). Phone the issuing organization to confirm this fingerprint; once it matches, an administrator can add their public key to the trust list.</translation>
    </message>
    <message>
        <location filename="../../catalogue/services.py" line="124"/>
        <source>本机没有验证码为 {verification} 的证书。证书若由其他安装签发，请用证书的 PDF 文件查验。</source>
        <translation>No certificate with verification code {verification} exists on this computer. If the certificate was issued by another installation, verify it using its PDF file.</translation>
    </message>
    <message>
        <location filename="../../catalogue/services.py" line="128"/>
        <source>“{text}”既不是存在的文件，也不是验证码。验证码形如 ABCD-EFGH-JKMN-PQRS，印在证书下方。</source>
        <translation>&quot;{text}&quot; is neither an existing file nor a verification code. Verification codes look like ABCD-EFGH-JKMN-PQRS and are printed at the bottom of the certificate.</translation>
    </message>
    <message>
        <location filename="../../catalogue/services.py" line="132"/>
        <source>无法读取文件“{path}”（{detail}）。</source>
        <translation>Can&apos;t read the file &quot;{path}&quot; ({detail}).</translation>
    </message>
    <message>
        <location filename="../../catalogue/services.py" line="135"/>
        <source>文件“{path}”超过 {limit} MB，不是本程序生成的结业证书（证书文件通常小于 1 MB）。</source>
        <translation>The file &quot;{path}&quot; is larger than {limit} MB, so it is not a certificate of completion produced by this program (certificate files are usually under 1 MB).</translation>
    </message>
    <message>
        <location filename="../../catalogue/services.py" line="139"/>
        <source>文件“{path}”不是 PDF 文件，不是本程序生成的结业证书。</source>
        <translation>The file &quot;{path}&quot; is not a PDF file, so it is not a certificate of completion produced by this program.</translation>
    </message>
    <message>
        <location filename="../../catalogue/services.py" line="142"/>
        <source>文件“{path}”中没有结业证书的签名数据：它不是本程序生成的证书，或文件不完整。请使用证书的原始 PDF 文件，或输入证书上的验证码。</source>
        <translation>The file &quot;{path}&quot; contains no certificate signature data: it was not produced by this program, or the file is incomplete. Use the certificate&apos;s original PDF file, or enter the verification code printed on the certificate.</translation>
    </message>
    <message>
        <location filename="../../catalogue/services.py" line="146"/>
        <source>文件“{path}”中的证书签名数据已损坏或被改动，无法确认证书真伪。</source>
        <translation>The certificate signature data in the file &quot;{path}&quot; is damaged or has been altered, so the certificate&apos;s authenticity can&apos;t be confirmed.</translation>
    </message>
    <message>
        <location filename="../../catalogue/services.py" line="150"/>
        <source>无法读取学习记录文件“{path}”（{detail}），没有导入任何记录。</source>
        <translation>Cannot read progress file &quot;{path}&quot; ({detail}). No records were imported.</translation>
    </message>
    <message>
        <location filename="../../catalogue/services.py" line="153"/>
        <source>文件“{path}”超过 {limit} MB，不是本程序导出的学习记录文件，没有导入任何记录。</source>
        <translation>File &quot;{path}&quot; is larger than {limit} MB and is not a progress file exported by this program. No records were imported.</translation>
    </message>
    <message>
        <location filename="../../catalogue/services.py" line="157"/>
        <source>文件“{path}”不是学习记录文件（应由“导出学习记录”生成，扩展名 .litprog），没有导入任何记录。</source>
        <translation>File &quot;{path}&quot; is not a progress file (progress files are created with &quot;Export progress file&quot; and have the extension .litprog). No records were imported.</translation>
    </message>
    <message>
        <location filename="../../catalogue/services.py" line="161"/>
        <source>学习记录文件“{path}”不完整或已损坏（可能复制时中断），没有导入任何记录。请在原电脑上重新导出。</source>
        <translation>Progress file &quot;{path}&quot; is incomplete or damaged (copying may have been interrupted). No records were imported. Export it again on the original computer.</translation>
    </message>
    <message>
        <location filename="../../catalogue/services.py" line="165"/>
        <source>学习记录文件“{path}”由更新版本的程序导出（文件格式 {version}，本版本只能读取到 {supported}），没有导入任何记录。请先升级本程序。</source>
        <translation>Progress file &quot;{path}&quot; was exported by a newer version of the program (file format {version}; this version reads up to {supported}). No records were imported. Upgrade this program first.</translation>
    </message>
    <message>
        <location filename="../../catalogue/services.py" line="169"/>
        <source>学习记录文件“{path}”的签名与内容不符：文件在导出后被改动过，没有导入任何记录。请在原电脑上重新导出。</source>
        <translation>The signature of progress file &quot;{path}&quot; does not match its content: the file was changed after it was exported. No records were imported. Export it again on the original computer.</translation>
    </message>
    <message>
        <location filename="../../catalogue/services.py" line="173"/>
        <source>学习记录文件“{path}”的文件头不符合格式（{detail}），没有导入任何记录。</source>
        <translation>The header of progress file &quot;{path}&quot; is malformed ({detail}). No records were imported.</translation>
    </message>
    <message>
        <location filename="../../catalogue/services.py" line="177"/>
        <source>学习记录文件“{path}”中的“{records}”与签名时的校验值不符：记录在导出后被改动或已损坏，没有导入任何记录。</source>
        <translation>&quot;{records}&quot; in progress file &quot;{path}&quot; does not match the checksum recorded at signing: the records were changed after export or are damaged. No records were imported.</translation>
    </message>
    <message>
        <location filename="../../catalogue/services.py" line="181"/>
        <source>学习记录文件“{path}”中“{records}”第 {line} 条记录不符合格式（{detail}），没有导入任何记录。</source>
        <translation>Record {line} of &quot;{records}&quot; in progress file &quot;{path}&quot; is malformed ({detail}). No records were imported.</translation>
    </message>
    <message>
        <location filename="../../catalogue/services.py" line="185"/>
        <source>学习记录文件“{path}”中“{records}”第 {line} 条记录所属的学员既不在文件中，也不在本机，没有导入任何记录。请在原电脑上用“全部导出”重新导出。</source>
        <translation>Record {line} of &quot;{records}&quot; in progress file &quot;{path}&quot; belongs to a learner who is neither in the file nor on this computer. No records were imported. Export again on the original computer using &quot;Export all&quot;.</translation>
    </message>
    <message>
        <location filename="../../catalogue/services.py" line="189"/>
        <source>学习记录文件“{path}”由不在信任列表中的安装签名（公钥指纹 {fingerprint}），没有导入任何记录。请打电话向对方核对指纹，核对无误后把对方的公钥加入信任列表再导入。</source>
        <translation>Progress file &quot;{path}&quot; is signed by an installation that is not in the trust list (public key fingerprint {fingerprint}). No records were imported. Phone the sender to verify the fingerprint; if it matches, add their public key to the trust list and import the file again.</translation>
    </message>
    <message>
        <location filename="../../catalogue/services.py" line="193"/>
        <source>学习记录文件“{path}”来自尚未信任的安装（公钥指纹 {fingerprint}），已暂存，等待管理员核对指纹后批准或拒绝。</source>
        <translation>Progress file &quot;{path}&quot; comes from an installation that is not yet trusted (public key fingerprint {fingerprint}). It has been held until an administrator verifies the fingerprint and approves or rejects it.</translation>
    </message>
    <message>
        <location filename="../../catalogue/services.py" line="197"/>
        <source>无法写入文件“{path}”（{detail}）。请换一个文件夹或文件名再试。</source>
        <translation>Cannot write file &quot;{path}&quot; ({detail}). Try a different folder or file name.</translation>
    </message>
    <message>
        <location filename="../../catalogue/services.py" line="200"/>
        <source>“{path}”中没有学习记录文件（.litprog）。</source>
        <translation>There are no progress files (.litprog) in &quot;{path}&quot;.</translation>
    </message>
    <message>
        <location filename="../../catalogue/services.py" line="201"/>
        <source>这个暂存的文件已不存在，可能已被其他管理员处理。</source>
        <translation>This held file no longer exists; another administrator may have dealt with it.</translation>
    </message>
    <message>
        <location filename="../../catalogue/services.py" line="204"/>
        <source>这处工号冲突已不存在，可能已被其他管理员处理。</source>
        <translation>This staff-ID clash no longer exists; another administrator may have resolved it.</translation>
    </message>
    <message>
        <location filename="../../catalogue/services.py" line="207"/>
        <source>正在导入“{file}”……</source>
        <translation>Importing &quot;{file}&quot;…</translation>
    </message>
    <message>
        <location filename="../../catalogue/services.py" line="208"/>
        <source>已写出 {rows} 条记录……</source>
        <translation>{rows} records written…</translation>
    </message>
    <message>
        <location filename="../../catalogue/services.py" line="209"/>
        <source>文件夹“{path}”不存在，请选择一个已有的文件夹。</source>
        <translation>The folder &quot;{path}&quot; does not exist. Choose an existing folder.</translation>
    </message>
    <message>
        <location filename="../../catalogue/services.py" line="212"/>
        <source>无法写入文件“{path}”（{detail}）。请检查该文件夹是否可写、文件是否正被其他程序打开，然后重试。</source>
        <translation>Can&apos;t write the file &quot;{path}&quot; ({detail}). Check that the folder is writable and that the file is not open in another program, then try again.</translation>
    </message>
    <message>
        <location filename="../../catalogue/services.py" line="216"/>
        <source>没有找到可嵌入 PDF 的中文字体，没有生成文件。请安装中文字体（如 Noto Sans CJK 或文泉驿微米黑），或用环境变量 LITERACY_APP_PDF_FONT 指定字体文件。报表也可以改为导出 Excel 或 CSV。</source>
        <translation>No Chinese font that can be embedded in a PDF was found, so no file was created. Install a Chinese font (such as Noto Sans CJK or WenQuanYi Micro Hei), or point the LITERACY_APP_PDF_FONT environment variable at a font file. You can also export the report as Excel or CSV instead.</translation>
    </message>
    <message>
        <location filename="../../catalogue/services.py" line="220"/>
        <source>无法在数据文件夹“{path}”中创建或写入文件。请检查该文件夹及其上级文件夹是否存在、是否可写，或用 --data-dir 指定另一个文件夹。</source>
        <translation>Files cannot be created or written in the data folder “{path}”. Check that the folder and the folders above it exist and can be written, or choose another folder with --data-dir.</translation>
    </message>
    <message>
        <location filename="../../catalogue/services.py" line="224"/>
        <source>数据文件夹“{path}”正由另一个已打开的程序窗口使用。请切换到那个窗口，或先关闭它再启动。</source>
        <translation>The data folder “{path}” is in use by another open window of the program. Switch to that window, or close it before starting again.</translation>
    </message>
    <message>
        <location filename="../../catalogue/services.py" line="228"/>
        <source>数据库“{path}”只能读取、不能写入，学习记录将无法保存。请检查该文件及其所在文件夹的写入权限后再启动程序。</source>
        <translation>The database “{path}” can be read but not written, so learning records could not be saved. Check the write permissions of the file and its folder, then start the program again.</translation>
    </message>
    <message>
        <location filename="../../catalogue/services.py" line="232"/>
        <source>无法读取数据库“{path}”（{detail}）。文件可能已损坏，或不是本程序的数据库；程序没有改动它。请从备份恢复，或用 --data-dir 指定另一个文件夹。</source>
        <translation>The database “{path}” cannot be read ({detail}). The file may be damaged or may not be this program’s database; the program has not changed it. Restore it from a backup, or choose another folder with --data-dir.</translation>
    </message>
    <message>
        <location filename="../../catalogue/services.py" line="236"/>
        <source>数据库“{path}”由更新版本的程序创建（结构版本 {revision}），本版本不能打开；程序没有改动它。请安装最新版本的程序。</source>
        <translation>The database “{path}” was made by a newer version of the program (schema version {revision}) and cannot be opened by this one; the program has not changed it. Install the latest version of the program.</translation>
    </message>
    <message>
        <location filename="../../catalogue/services.py" line="240"/>
        <source>数据库“{path}”中已有数据表（{tables}），但没有本程序的版本记录，可能不是本程序的数据库；程序没有改动它。请用 --data-dir 指定另一个文件夹。</source>
        <translation>The database “{path}” has tables ({tables}) but no version record of this program, so it may not be this program’s database; the program has not changed it. Choose another folder with --data-dir.</translation>
    </message>
    <message>
        <location filename="../../catalogue/services.py" line="244"/>
        <source>无法连接数据库服务器“{path}”（{detail}）。请检查网络、服务器地址和端口，以及服务器是否已启动；如不确定，请联系本单位的信息技术人员。</source>
        <translation>Cannot connect to database server &quot;{path}&quot; ({detail}). Check the network, the server address and port, and whether the server is running; if unsure, contact your unit&apos;s IT staff.</translation>
    </message>
    <message>
        <location filename="../../catalogue/services.py" line="248"/>
        <source>数据库服务器“{path}”拒绝了登录（{detail}）。请检查数据库地址中的用户名、密码和数据库名，或联系本单位的信息技术人员。</source>
        <translation>Database server &quot;{path}&quot; refused the sign-in ({detail}). Check the user name, password and database name in the database URL, or contact your unit&apos;s IT staff.</translation>
    </message>
    <message>
        <location filename="../../catalogue/content.py" line="12"/>
        <source>路径不存在</source>
        <translation>The path does not exist</translation>
    </message>
    <message>
        <location filename="../../catalogue/content.py" line="13"/>
        <source>不是课程文件夹、题库或推演文件（.yaml）</source>
        <translation>Not a course folder, question bank or drill file (.yaml)</translation>
    </message>
    <message>
        <location filename="../../catalogue/content.py" line="14"/>
        <source>不是 UTF-8 编码的文本（第 {offset} 字节附近）</source>
        <translation>Not UTF-8 text (near byte {offset})</translation>
    </message>
    <message>
        <location filename="../../catalogue/content.py" line="15"/>
        <source>YAML 语法错误：{detail}</source>
        <translation>YAML syntax error: {detail}</translation>
    </message>
    <message>
        <location filename="../../catalogue/content.py" line="16"/>
        <source>课程文件不能使用锚点（&amp;）和别名（*），请把内容直接写出</source>
        <translation>Course files may not use anchors (&amp;) or aliases (*); write the content out in full</translation>
    </message>
    <message>
        <location filename="../../catalogue/content.py" line="19"/>
        <source>键应为简单的文字；如果值里有花括号或方括号，请给整个值加上引号</source>
        <translation>A key must be plain text; if a value contains braces or brackets, put the whole value in quotes</translation>
    </message>
    <message>
        <location filename="../../catalogue/content.py" line="22"/>
        <source>值“{value}”无法按 {tag} 类型读取；如果它是文字，请加上引号</source>
        <translation>The value “{value}” cannot be read as {tag}; if it is text, put it in quotes</translation>
    </message>
    <message>
        <location filename="../../catalogue/content.py" line="25"/>
        <source>嵌套超过 {limit} 层，课程文件用不到这么深的结构</source>
        <translation>Nested more than {limit} levels deep; no course file needs so deep a structure</translation>
    </message>
    <message>
        <location filename="../../catalogue/content.py" line="28"/>
        <source>读取此文件时出现意外错误（{error}），其他文件不受影响；请把日志发给开发者</source>
        <translation>An unexpected error ({error}) occurred while reading this file; other files are not affected. Please send the log to the developers</translation>
    </message>
    <message>
        <location filename="../../catalogue/content.py" line="31"/>
        <source>course.yaml 应为“键: 值”形式的映射</source>
        <translation>course.yaml should be a mapping of “key: value” lines</translation>
    </message>
    <message>
        <location filename="../../catalogue/content.py" line="32"/>
        <source>题库文件应为“键: 值”形式的映射</source>
        <translation>A question bank file should be a mapping of “key: value” lines</translation>
    </message>
    <message>
        <location filename="../../catalogue/content.py" line="33"/>
        <source>推演文件应为“键: 值”形式的映射</source>
        <translation>A drill file should be a mapping of “key: value” lines</translation>
    </message>
    <message>
        <location filename="../../catalogue/content.py" line="34"/>
        <source>YAML 头部应为“键: 值”形式的映射</source>
        <translation>The YAML header should be a mapping of “key: value” lines</translation>
    </message>
    <message>
        <location filename="../../catalogue/content.py" line="35"/>
        <source>课时文件应以“---”开头的 YAML 头部（id、title、minutes、objectives）开始</source>
        <translation>A lesson file should start with a YAML header opened by “---” (id, title, minutes, objectives)</translation>
    </message>
    <message>
        <location filename="../../catalogue/content.py" line="38"/>
        <source>YAML 头部没有以“---”结束</source>
        <translation>The YAML header is not closed with “---”</translation>
    </message>
    <message>
        <location filename="../../catalogue/content.py" line="39"/>
        <source>缺少必填字段“{field}”</source>
        <translation>Required field “{field}” is missing</translation>
    </message>
    <message>
        <location filename="../../catalogue/content.py" line="40"/>
        <source>未知字段“{field}”，请检查拼写</source>
        <translation>Unknown field “{field}”; check the spelling</translation>
    </message>
    <message>
        <location filename="../../catalogue/content.py" line="41"/>
        <source>“{field}”的取值“{value}”无效，应为以下之一：{expected}</source>
        <translation>“{field}” cannot be “{value}”; it should be one of: {expected}</translation>
    </message>
    <message>
        <location filename="../../catalogue/content.py" line="44"/>
        <source>“{field}”应为文字</source>
        <translation>“{field}” should be text</translation>
    </message>
    <message>
        <location filename="../../catalogue/content.py" line="45"/>
        <source>“{field}”应为整数</source>
        <translation>“{field}” should be a whole number</translation>
    </message>
    <message>
        <location filename="../../catalogue/content.py" line="46"/>
        <source>“{field}”应为数字</source>
        <translation>“{field}” should be a number</translation>
    </message>
    <message>
        <location filename="../../catalogue/content.py" line="47"/>
        <source>“{field}”应为有限的数字</source>
        <translation>“{field}” should be a finite number</translation>
    </message>
    <message>
        <location filename="../../catalogue/content.py" line="48"/>
        <source>“{field}”应为列表（每项以“- ”开头）</source>
        <translation>“{field}” should be a list (each item starting with “- ”)</translation>
    </message>
    <message>
        <location filename="../../catalogue/content.py" line="49"/>
        <source>“{field}”应为“键: 值”形式的映射</source>
        <translation>“{field}” should be a mapping of “key: value” lines</translation>
    </message>
    <message>
        <location filename="../../catalogue/content.py" line="50"/>
        <source>“{field}”应大于 {bound}</source>
        <translation>“{field}” should be greater than {bound}</translation>
    </message>
    <message>
        <location filename="../../catalogue/content.py" line="51"/>
        <source>“{field}”应大于等于 {bound}</source>
        <translation>“{field}” should be at least {bound}</translation>
    </message>
    <message>
        <location filename="../../catalogue/content.py" line="52"/>
        <source>“{field}”应小于 {bound}</source>
        <translation>“{field}” should be less than {bound}</translation>
    </message>
    <message>
        <location filename="../../catalogue/content.py" line="53"/>
        <source>“{field}”应小于等于 {bound}</source>
        <translation>“{field}” should be at most {bound}</translation>
    </message>
    <message>
        <location filename="../../catalogue/content.py" line="54"/>
        <source>“{field}”只能使用小写英文字母、数字和连字符（-）</source>
        <translation>“{field}” may only use lower-case letters, digits and hyphens (-)</translation>
    </message>
    <message>
        <location filename="../../catalogue/content.py" line="57"/>
        <source>“{field}”不能为空</source>
        <translation>“{field}” must not be empty</translation>
    </message>
    <message>
        <location filename="../../catalogue/content.py" line="58"/>
        <source>“{field}”：{detail}</source>
        <translation>“{field}”: {detail}</translation>
    </message>
    <message>
        <location filename="../../catalogue/content.py" line="59"/>
        <source>选择题至少需要 2 个选项（options）</source>
        <translation>A choice question needs at least 2 options</translation>
    </message>
    <message>
        <location filename="../../catalogue/content.py" line="60"/>
        <source>单选题的 answer 应为一个选项字母，例如 B</source>
        <translation>A single-choice answer should be one option letter, for example B</translation>
    </message>
    <message>
        <location filename="../../catalogue/content.py" line="63"/>
        <source>多选题的 answer 应为至少两个选项字母的列表，例如 [A, C]</source>
        <translation>A multiple-choice answer should be a list of at least two option letters, for example [A, C]</translation>
    </message>
    <message>
        <location filename="../../catalogue/content.py" line="66"/>
        <source>答案 {missing} 不在选项 {options} 之中</source>
        <translation>Answer {missing} is not among the options {options}</translation>
    </message>
    <message>
        <location filename="../../catalogue/content.py" line="67"/>
        <source>判断题不需要 options，请删除</source>
        <translation>A true/false question has no options; remove them</translation>
    </message>
    <message>
        <location filename="../../catalogue/content.py" line="68"/>
        <source>判断题的 answer 应为 true（对）或 false（错）</source>
        <translation>A true/false answer should be true or false</translation>
    </message>
    <message>
        <location filename="../../catalogue/content.py" line="71"/>
        <source>题干应依次标出 {count} 个空：{markers}</source>
        <translation>The stem should mark {count} blanks in order: {markers}</translation>
    </message>
    <message>
        <location filename="../../catalogue/content.py" line="72"/>
        <source>排序题的各项不能重复</source>
        <translation>The items of an ordering question must all differ</translation>
    </message>
    <message>
        <location filename="../../catalogue/content.py" line="73"/>
        <source>配对题左侧的各项不能重复</source>
        <translation>The left-hand items of a matching question must all differ</translation>
    </message>
    <message>
        <location filename="../../catalogue/content.py" line="74"/>
        <source>配对题右侧的各项不能重复</source>
        <translation>The right-hand items of a matching question must all differ</translation>
    </message>
    <message>
        <location filename="../../catalogue/content.py" line="75"/>
        <source>课时文件“{file}”重复列出（第 {first_line} 行已列出）</source>
        <translation>Lesson file “{file}” is listed twice (already on line {first_line})</translation>
    </message>
    <message>
        <location filename="../../catalogue/content.py" line="78"/>
        <source>找不到课时文件 {file}</source>
        <translation>Lesson file {file} not found</translation>
    </message>
    <message>
        <location filename="../../catalogue/content.py" line="79"/>
        <source>课时文件 {file} 未列入 lessons</source>
        <translation>Lesson file {file} is not listed in lessons</translation>
    </message>
    <message>
        <location filename="../../catalogue/content.py" line="80"/>
        <source>课时标识“{id}”与 {other} 重复</source>
        <translation>Lesson id “{id}” is also used by {other}</translation>
    </message>
    <message>
        <location filename="../../catalogue/content.py" line="81"/>
        <source>图片“{src}”不是课程文件夹中的文件：课程须离线可用</source>
        <translation>Image “{src}” is not a file in the course folder: courses must work offline</translation>
    </message>
    <message>
        <location filename="../../catalogue/content.py" line="84"/>
        <source>图片“{src}”位于课程文件夹之外</source>
        <translation>Image “{src}” is outside the course folder</translation>
    </message>
    <message>
        <location filename="../../catalogue/content.py" line="85"/>
        <source>找不到图片“{src}”</source>
        <translation>Image “{src}” not found</translation>
    </message>
    <message>
        <location filename="../../catalogue/content.py" line="86"/>
        <source>路径“{file}”无效：含有空字符，或某一级名称超过 255 字节</source>
        <translation>The path “{file}” is invalid: it contains a NUL character, or one of its names is longer than 255 bytes</translation>
    </message>
    <message>
        <location filename="../../catalogue/content.py" line="89"/>
        <source>“{file}”不是普通文件（而是文件夹、设备或管道），不能作为课程内容</source>
        <translation>“{file}” is not a regular file (it is a folder, a device or a pipe) and cannot be course content</translation>
    </message>
    <message>
        <location filename="../../catalogue/content.py" line="92"/>
        <source>“{file}”有 {size} 字节，超过了此类文件 {limit} KiB 的上限</source>
        <translation>“{file}” has {size} bytes, over the limit of {limit} KiB for this kind of file</translation>
    </message>
    <message>
        <location filename="../../catalogue/content.py" line="95"/>
        <source>无法读取“{file}”：{reason}</source>
        <translation>Cannot read “{file}”: {reason}</translation>
    </message>
    <message>
        <location filename="../../catalogue/content.py" line="96"/>
        <source>“{file}”是指向课程文件夹之外的链接：课程只能使用本文件夹中的文件</source>
        <translation>“{file}” is a link to outside the course folder: a course may only use files in its own folder</translation>
    </message>
    <message>
        <location filename="../../catalogue/content.py" line="99"/>
        <source>课时正文过长（{size} 个字符，上限 {limit} 个）：请拆成几课</source>
        <translation>The lesson text is too long ({size} characters, at most {limit}): split it into several lessons</translation>
    </message>
    <message>
        <location filename="../../catalogue/content.py" line="102"/>
        <source>列表或引用嵌套过深（上限 {limit} 层，每层缩进 4 个空格或一个“&gt;”）</source>
        <translation>Lists or quotes are nested too deeply (at most {limit} levels; each level is 4 spaces of indentation or one “&gt;”)</translation>
    </message>
    <message>
        <location filename="../../catalogue/content.py" line="105"/>
        <source>课时正文排版超过 {seconds} 秒仍未完成：请简化正文（如大量未配对的“[”）</source>
        <translation>Laying out the lesson text took longer than {seconds} seconds: simplify the text (for example, many unmatched “[”)</translation>
    </message>
    <message>
        <location filename="../../catalogue/content.py" line="108"/>
        <source>课时正文无法排版：{error}</source>
        <translation>The lesson text cannot be laid out: {error}</translation>
    </message>
    <message>
        <location filename="../../catalogue/content.py" line="109"/>
        <source>课程标识“{id}”与 {other} 重复</source>
        <translation>Course id “{id}” is also used by {other}</translation>
    </message>
    <message>
        <location filename="../../catalogue/content.py" line="110"/>
        <source>题库标识“{id}”与 {other} 重复</source>
        <translation>Bank id “{id}” is also used by {other}</translation>
    </message>
    <message>
        <location filename="../../catalogue/content.py" line="111"/>
        <source>题目标识“{id}”重复（已用于 {other}）</source>
        <translation>Question id “{id}” is used twice (already at {other})</translation>
    </message>
    <message>
        <location filename="../../catalogue/content.py" line="112"/>
        <source>推演标识“{id}”与 {other} 重复</source>
        <translation>Drill id “{id}” is also used by {other}</translation>
    </message>
    <message>
        <location filename="../../catalogue/content.py" line="113"/>
        <source>引用的题库“{bank}”不存在或有错误</source>
        <translation>The referenced bank “{bank}” does not exist or has errors</translation>
    </message>
    <message>
        <location filename="../../catalogue/content.py" line="114"/>
        <source>课后练习没有可用的题库：请写 practice.banks，或为课程设置结业测验</source>
        <translation>The practice has no bank to draw from: write practice.banks, or give the course a final quiz</translation>
    </message>
    <message>
        <location filename="../../catalogue/content.py" line="117"/>
        <source>标签“{tag}”要抽 {wanted} 题，但符合条件的只有 {available} 题</source>
        <translation>Tag “{tag}” wants {wanted} questions, but only {available} qualify</translation>
    </message>
    <message>
        <location filename="../../catalogue/content.py" line="120"/>
        <source>标签 {tags} 的配额合计 {wanted} 题，每题只能算入一个配额，但带有这些标签且符合条件的只有 {available} 题</source>
        <translation>The quotas for tags {tags} want {wanted} questions in all, each question counting for one quota only, but only {available} qualifying questions carry these tags</translation>
    </message>
    <message>
        <location filename="../../catalogue/content.py" line="124"/>
        <source>各标签配额合计 {total} 题，超过了要抽的 {count} 题</source>
        <translation>The tag quotas add up to {total} questions, more than the {count} to draw</translation>
    </message>
    <message>
        <location filename="../../catalogue/content.py" line="127"/>
        <source>要抽 {wanted} 题，但所引用题库只有 {available} 题</source>
        <translation>{wanted} questions to draw, but the referenced banks hold only {available}</translation>
    </message>
    <message>
        <location filename="../../catalogue/content.py" line="130"/>
        <source>要抽 {wanted} 题，但符合筛选条件的只有 {available} 题</source>
        <translation>{wanted} questions to draw, but only {available} pass the filters</translation>
    </message>
    <message>
        <location filename="../../catalogue/content.py" line="133"/>
        <source>打乱选项后字母会变，但题目“{question}”的解析引用了选项字母：请改写解析或关闭 shuffle_options</source>
        <translation>Shuffled options get new letters, but the explanation of question “{question}” cites option letters: rewrite it or turn off shuffle_options</translation>
    </message>
    <message>
        <location filename="../../catalogue/content.py" line="137"/>
        <source>阶段标识“{stage}”重复</source>
        <translation>Stage id “{stage}” is used twice</translation>
    </message>
    <message>
        <location filename="../../catalogue/content.py" line="138"/>
        <source>起始阶段“{stage}”不存在</source>
        <translation>The start stage “{stage}” does not exist</translation>
    </message>
    <message>
        <location filename="../../catalogue/content.py" line="139"/>
        <source>结局阶段“{stage}”不应再有选项、时限或超时处理</source>
        <translation>Ending stage “{stage}” should have no choices, time limit or timeout outcome</translation>
    </message>
    <message>
        <location filename="../../catalogue/content.py" line="142"/>
        <source>阶段“{stage}”应有 2 到 4 个选项（现有 {count} 个）；没有后续的阶段请标注 ending: true</source>
        <translation>Stage “{stage}” should have 2 to 4 choices (it has {count}); mark a stage with nothing after it ending: true</translation>
    </message>
    <message>
        <location filename="../../catalogue/content.py" line="146"/>
        <source>阶段“{stage}”缺少 best（复盘时展示的理想做法）</source>
        <translation>Stage “{stage}” lacks best (the strong response shown in the debrief)</translation>
    </message>
    <message>
        <location filename="../../catalogue/content.py" line="149"/>
        <source>阶段“{stage}”设置了时限，但没有 on_timeout（超时后的去向）</source>
        <translation>Stage “{stage}” has a time limit but no on_timeout (where a timeout leads)</translation>
    </message>
    <message>
        <location filename="../../catalogue/content.py" line="152"/>
        <source>阶段“{stage}”的选项标识重复</source>
        <translation>Stage “{stage}” uses a choice id twice</translation>
    </message>
    <message>
        <location filename="../../catalogue/content.py" line="153"/>
        <source>去向的阶段“{stage}”不存在</source>
        <translation>The next stage “{stage}” does not exist</translation>
    </message>
    <message>
        <location filename="../../catalogue/content.py" line="154"/>
        <source>评分缺少维度 {dimensions}（应为 {expected} 五项）</source>
        <translation>The scores lack the dimensions {dimensions} (all five are needed: {expected})</translation>
    </message>
    <message>
        <location filename="../../catalogue/content.py" line="157"/>
        <source>评分有未知维度 {dimensions}（应为 {expected} 五项）</source>
        <translation>The scores have unknown dimensions {dimensions} (the five are: {expected})</translation>
    </message>
    <message>
        <location filename="../../catalogue/content.py" line="160"/>
        <source>阶段“{stage}”回到了“{target}”，形成循环：推演必须走向结局</source>
        <translation>Stage “{stage}” leads back to “{target}”, making a loop: a drill must lead to an ending</translation>
    </message>
    <message>
        <location filename="../../catalogue/content.py" line="163"/>
        <source>阶段“{stage}”从起始阶段无法到达</source>
        <translation>Stage “{stage}” cannot be reached from the start</translation>
    </message>
    <message>
        <location filename="../../catalogue/content.py" line="164"/>
        <source>图片“{src}”有 {size} MB，超过建议的 {limit} MB：课程包会很大，旧电脑上打开也慢；请压缩或缩小图片</source>
        <translation>Image &quot;{src}&quot; is {size} MB, over the recommended {limit} MB: the course package will be large and slow to open on older computers; compress or shrink the image</translation>
    </message>
    <message>
        <location filename="../../catalogue/content.py" line="168"/>
        <source>图片“{src}”有 {width}×{height} 像素，超过建议的 {limit} 像素：课时里显示不了这么大，请缩小后再放入</source>
        <translation>Image &quot;{src}&quot; is {width}×{height} pixels, over the recommended {limit} pixels: a lesson cannot display it that large; scale it down before adding it</translation>
    </message>
    <message>
        <location filename="../../catalogue/content.py" line="172"/>
        <source>课程文件夹里的 {file} 没有被 course.yaml 或任何课时用到：课程包会把它带给每位学员；不需要就删除</source>
        <translation>{file} in the course folder is not used by course.yaml or any lesson, yet the course package will deliver it to every learner; delete it if it is not needed</translation>
    </message>
    <message>
        <location filename="../../catalogue/content.py" line="176"/>
        <source>链接“{href}”不指向本课程的任何课时，学员点了没有反应；请写 lessons/ 中课时的文件名，如 02-example.md</source>
        <translation>Link &quot;{href}&quot; does not point to any lesson of this course, so clicking it does nothing; use the file name of a lesson in lessons/, such as 02-example.md</translation>
    </message>
    <message>
        <location filename="../../catalogue/content.py" line="180"/>
        <source>链接“{href}”指向的小标题不存在，请核对 # 后面的标题文字</source>
        <translation>The heading that link &quot;{href}&quot; points to does not exist; check the heading text after #</translation>
    </message>
    <message>
        <location filename="../../catalogue/content.py" line="183"/>
        <source>链接“{href}”不会被打开：程序离线运行，不打开网址或其他程序；如需给出网址，请把它写成正文</source>
        <translation>Link &quot;{href}&quot; will not open: the program runs offline and opens no web addresses or other programs; to give a web address, write it as plain text</translation>
    </message>
    <message>
        <location filename="../../catalogue/content.py" line="187"/>
        <source>没有课程的结业测验或课后练习从题库“{bank}”抽题，学员不会见到其中的题目</source>
        <translation>No course&apos;s final quiz or practice draws from question bank &quot;{bank}&quot;, so learners will never see its questions</translation>
    </message>
    <message>
        <location filename="../../catalogue/content.py" line="191"/>
        <source>题目“{question}”不符合任何课后练习的标签或难度筛选，所在题库也不用于结业测验，学员不会见到它</source>
        <translation>Question &quot;{question}&quot; matches no practice&apos;s tag or difficulty filter, and its bank is not used for a final quiz, so learners will never see it</translation>
    </message>
    <message>
        <location filename="../../catalogue/content.py" line="195"/>
        <source>正文约 {characters} 字，按每分钟 {speed} 字仅阅读就要约 {reading} 分钟，超过了 minutes 的 {minutes} 分钟；请调高 minutes 或拆分课时</source>
        <translation>The text has about {characters} characters; at {speed} characters a minute, just reading it takes about {reading} minutes, more than the {minutes} minutes in minutes; raise minutes or split the lesson</translation>
    </message>
    <message>
        <location filename="../../catalogue/content.py" line="199"/>
        <source>正文约 {characters} 字，按每分钟 {speed} 字约 {reading} 分钟可读完，而 minutes 写了 {minutes} 分钟，是阅读时间的十倍以上；请核对 minutes</source>
        <translation>The text has about {characters} characters; at {speed} characters a minute it can be read in about {reading} minutes, yet minutes says {minutes} minutes, more than ten times the reading time; check minutes</translation>
    </message>
    <message>
        <location filename="../../catalogue/content.py" line="203"/>
        <source>课程为 {hours} 学时（约 {expected} 分钟），各课时 minutes 合计 {minutes} 分钟，相差太多；请核对 hours 或各课时的 minutes</source>
        <translation>The course is {hours} study hours (about {expected} minutes), but the lessons&apos; minutes add up to {minutes} minutes, too far apart; check hours or the lessons&apos; minutes</translation>
    </message>
    <message>
        <location filename="../../catalogue/content.py" line="207"/>
        <source>when 条件是空的：至少写 any、all、none 中的一项，列出标记</source>
        <translation>The when condition is empty: add at least one of any, all or none, listing flags</translation>
    </message>
    <message>
        <location filename="../../catalogue/content.py" line="210"/>
        <source>条件中的标记“{flag}”没有任何选项用 sets 设置过，这个条件永远不会成立</source>
        <translation>No choice sets the flag &quot;{flag}&quot; with sets, so this condition can never be met</translation>
    </message>
    <message>
        <location filename="../../catalogue/content.py" line="213"/>
        <source>阶段“{stage}”的 next 分支中，最后一个不应写 when：前面的条件都不成立时要有去处</source>
        <translation>In the next branches of stage &quot;{stage}&quot;, the last one should not have a when: there must be somewhere to go when none of the earlier conditions are met</translation>
    </message>
    <message>
        <location filename="../../catalogue/content.py" line="217"/>
        <source>阶段“{stage}”的 next 分支中，只有最后一个可以不写 when：不写 when 的分支后面的分支永远走不到</source>
        <translation>In the next branches of stage &quot;{stage}&quot;, only the last one may omit when: branches after one without a when can never be reached</translation>
    </message>
    <message>
        <location filename="../../catalogue/content.py" line="221"/>
        <source>阶段“{stage}”的信息全都带 when 条件：至少要有一项不带条件、总会显示</source>
        <translation>Every message in stage &quot;{stage}&quot; has a when condition: at least one must have no condition so that it is always shown</translation>
    </message>
    <message>
        <location filename="../../catalogue/content.py" line="224"/>
        <source>阶段“{stage}”不是结局阶段，不应写 grade（只有结局分 best、mixed、poor）</source>
        <translation>Stage &quot;{stage}&quot; is not an ending stage and should not have a grade (only endings are graded best, mixed or poor)</translation>
    </message>
    <message>
        <location filename="../../catalogue/content.py" line="227"/>
        <source>已检查 {courses} 门课程、{banks} 个可用题库、{scenarios} 个可用推演：发现 {errors} 个错误、{warnings} 个警告。</source>
        <translation>Checked courses: {courses}, usable question banks: {banks}, usable drills: {scenarios}. Errors found: {errors}, warnings: {warnings}.</translation>
    </message>
    <message>
        <location filename="../../catalogue/content.py" line="232"/>
        <source>错误</source>
        <translation>error</translation>
    </message>
    <message>
        <location filename="../../catalogue/content.py" line="233"/>
        <source>警告</source>
        <translation>warning</translation>
    </message>
    <message>
        <location filename="../../catalogue/administration.py" line="12"/>
        <source>工号/身份标识为空</source>
        <translation>Staff ID is empty</translation>
    </message>
    <message>
        <location filename="../../catalogue/administration.py" line="13"/>
        <source>工号/身份标识最多 {limit} 个字符</source>
        <translation>Staff ID can be at most {limit} characters</translation>
    </message>
    <message>
        <location filename="../../catalogue/administration.py" line="14"/>
        <source>工号/身份标识“{identifier}”已属于另一位学员</source>
        <translation>Staff ID &quot;{identifier}&quot; already belongs to another learner</translation>
    </message>
    <message>
        <location filename="../../catalogue/administration.py" line="17"/>
        <source>单位/部门为空</source>
        <translation>Unit/department is empty</translation>
    </message>
    <message>
        <location filename="../../catalogue/administration.py" line="18"/>
        <source>单位/部门“{department}”中有空的一级；请用“/”分隔各级，如“某省/某市/县融媒体中心”</source>
        <translation>Unit/department &quot;{department}&quot; has an empty level; separate the levels with &quot;/&quot;, e.g. &quot;Province/City/County Media Center&quot;</translation>
    </message>
    <message>
        <location filename="../../catalogue/administration.py" line="22"/>
        <source>类别“{value}”无法识别；应为“领导干部”“政务运营团队”或“公众”</source>
        <translation>Category &quot;{value}&quot; is not recognised; use leader, operator or public (or the Chinese category names the roster template lists).</translation>
    </message>
    <message>
        <location filename="../../catalogue/administration.py" line="25"/>
        <source>手机号“{value}”不是有效的 11 位手机号码；没有可留空</source>
        <translation>Mobile number &quot;{value}&quot; is not a valid 11-digit mobile number; leave it blank if there is none</translation>
    </message>
    <message>
        <location filename="../../catalogue/administration.py" line="28"/>
        <source>有单元格是日期、小数或逻辑值；请把该列设为文本格式后重新填写</source>
        <translation>A cell contains a date, decimal or Boolean value; format the column as text and enter the values again</translation>
    </message>
    <message>
        <location filename="../../catalogue/administration.py" line="31"/>
        <source>含有不可见的控制字符，请重新输入这一格</source>
        <translation>Contains invisible control characters; enter this cell again</translation>
    </message>
    <message>
        <location filename="../../catalogue/administration.py" line="32"/>
        <location filename="../../catalogue/question_import.py" line="11"/>
        <source>文件不存在或无法读取</source>
        <translation>The file does not exist or cannot be read</translation>
    </message>
    <message>
        <location filename="../../catalogue/administration.py" line="33"/>
        <source>文件超过 {limit} MB，不像是花名册；请检查是否选错了文件</source>
        <translation>The file is larger than {limit} MB and does not look like a roster; check that you chose the right file</translation>
    </message>
    <message>
        <location filename="../../catalogue/administration.py" line="36"/>
        <source>文件超过 {limit} 行，一次最多导入 {limit} 人；请拆分后分批导入</source>
        <translation>The file has more than {limit} rows; at most {limit} learners can be imported at a time. Split the file and import it in batches</translation>
    </message>
    <message>
        <location filename="../../catalogue/administration.py" line="39"/>
        <source>不支持“{suffix}”格式的文件；请使用 .xlsx 或 .csv 花名册</source>
        <translation>&quot;{suffix}&quot; files are not supported; use an .xlsx or .csv roster</translation>
    </message>
    <message>
        <location filename="../../catalogue/administration.py" line="42"/>
        <source>这是旧版 Excel/WPS 格式；请在 Excel 或 WPS 中另存为 .xlsx 后再导入</source>
        <translation>This is an old Excel/WPS format; save it as .xlsx in Excel or WPS, then import it</translation>
    </message>
    <message>
        <location filename="../../catalogue/administration.py" line="45"/>
        <source>无法读取这个 .xlsx 文件，它可能已损坏或不完整；请在 Excel 或 WPS 中打开并重新保存</source>
        <translation>Can&apos;t read this .xlsx file; it may be damaged or incomplete. Open it in Excel or WPS and save it again</translation>
    </message>
    <message>
        <location filename="../../catalogue/administration.py" line="49"/>
        <source>无法识别文件的文字编码；请另存为“CSV UTF-8”或 .xlsx 后再导入</source>
        <translation>Can&apos;t detect the file&apos;s text encoding; save it as &quot;CSV UTF-8&quot; or .xlsx, then import it</translation>
    </message>
    <message>
        <location filename="../../catalogue/administration.py" line="52"/>
        <source>这一行无法按 CSV 格式读取（可能含有不可见的控制字符）</source>
        <translation>This row can&apos;t be read as CSV (it may contain invisible control characters)</translation>
    </message>
    <message>
        <location filename="../../catalogue/administration.py" line="55"/>
        <source>缺少必需的列：{headers}；请在第一行写上列名，可参照花名册模板</source>
        <translation>Missing required columns: {headers}; put the column names in the first row (see the roster template)</translation>
    </message>
    <message>
        <location filename="../../catalogue/administration.py" line="58"/>
        <source>列“{header}”出现了两次</source>
        <translation>Column &quot;{header}&quot; appears twice</translation>
    </message>
    <message>
        <location filename="../../catalogue/administration.py" line="59"/>
        <source>文件中没有学员</source>
        <translation>The file contains no learners</translation>
    </message>
    <message>
        <location filename="../../catalogue/administration.py" line="60"/>
        <source>姓名为空</source>
        <translation>Name is empty</translation>
    </message>
    <message>
        <location filename="../../catalogue/administration.py" line="61"/>
        <source>姓名最多 {limit} 个字</source>
        <translation>Name can be at most {limit} characters</translation>
    </message>
    <message>
        <location filename="../../catalogue/administration.py" line="62"/>
        <source>工号/身份标识“{identifier}”与第 {lines} 行重复</source>
        <translation>Staff ID &quot;{identifier}&quot; is also used on lines: {lines}</translation>
    </message>
    <message>
        <location filename="../../catalogue/administration.py" line="65"/>
        <source>花名册有 {count} 个问题，没有导入任何学员。</source>
        <translation>Problems found in the roster: {count}. No learners were imported.</translation>
    </message>
    <message>
        <location filename="../../catalogue/administration.py" line="66"/>
        <source>正在读取花名册……</source>
        <translation>Reading roster…</translation>
    </message>
    <message>
        <location filename="../../catalogue/administration.py" line="67"/>
        <source>正在保存学员……</source>
        <translation>Saving learners…</translation>
    </message>
    <message>
        <location filename="../../catalogue/administration.py" line="68"/>
        <source>截止日期不能早于今天（{today}）。</source>
        <translation>The due date can&apos;t be earlier than today ({today}).</translation>
    </message>
    <message>
        <location filename="../../catalogue/administration.py" line="69"/>
        <source>请至少选择一位学员。</source>
        <translation>Select at least one learner.</translation>
    </message>
    <message>
        <location filename="../../catalogue/administration.py" line="70"/>
        <source>这项课程分配已不存在。</source>
        <translation>This course assignment no longer exists.</translation>
    </message>
    <message>
        <location filename="../../catalogue/administration.py" line="71"/>
        <source>学时目标应在 0 到 {limit} 之间。</source>
        <translation>The study-hours target must be between 0 and {limit}.</translation>
    </message>
    <message>
        <location filename="../../catalogue/administration.py" line="72"/>
        <source>年份应在 {first} 到 {last} 之间。</source>
        <translation>The year must be between {first} and {last}.</translation>
    </message>
    <message>
        <location filename="../../catalogue/administration.py" line="73"/>
        <source>这项学时目标已不存在。</source>
        <translation>This study-hours target no longer exists.</translation>
    </message>
    <message>
        <location filename="../../catalogue/authoring.py" line="11"/>
        <source>文件夹 {folder} 不是空的：请指定一个新的或空的文件夹，以免覆盖已有文件</source>
        <translation>Folder {folder} is not empty: specify a new or empty folder to avoid overwriting existing files</translation>
    </message>
    <message>
        <location filename="../../catalogue/authoring.py" line="14"/>
        <source>{folder} 已存在，且不是文件夹</source>
        <translation>{folder} already exists and is not a folder</translation>
    </message>
    <message>
        <location filename="../../catalogue/authoring.py" line="15"/>
        <source>无法在 {folder} 中写入文件：{reason}</source>
        <translation>Cannot write files in {folder}: {reason}</translation>
    </message>
    <message>
        <location filename="../../catalogue/authoring.py" line="16"/>
        <source>课程标识“{id}”不可用：只能用小写英文字母、数字和连字符，以字母或数字开头，最多 {limit} 个字符</source>
        <translation>Course ID &quot;{id}&quot; cannot be used: use only lowercase letters, digits and hyphens, starting with a letter or digit, at most {limit} characters</translation>
    </message>
    <message>
        <location filename="../../catalogue/authoring.py" line="20"/>
        <source>课程名称不能为空，也不能含有换行</source>
        <translation>The course title cannot be empty or contain line breaks</translation>
    </message>
    <message>
        <location filename="../../catalogue/authoring.py" line="21"/>
        <source>找不到随程序提供的示例课程（{folder}），程序安装可能不完整</source>
        <translation>The sample course shipped with the program was not found ({folder}); the installation may be incomplete</translation>
    </message>
    <message>
        <location filename="../../catalogue/authoring.py" line="24"/>
        <source>已在 {folder} 生成示例课程“{title}”（标识 {id}）：课程在 {course}，题库在 {bank}。改完后运行 literacy-app validate {folder} 检查，literacy-app preview {course} 预览。</source>
        <translation>Created sample course &quot;{title}&quot; (ID {id}) in {folder}: the course is in {course} and the question bank in {bank}. When you have finished editing, run literacy-app validate {folder} to check it and literacy-app preview {course} to preview it.</translation>
    </message>
    <message>
        <location filename="../../catalogue/authoring.py" line="29"/>
        <source>{folder} 不是课程文件夹（其中没有 course.yaml），也不包含课程</source>
        <translation>{folder} is not a course folder (it has no course.yaml) and contains no courses</translation>
    </message>
    <message>
        <location filename="../../catalogue/authoring.py" line="32"/>
        <source>{folder} 中有 {count} 门课程，请指定其中一门的文件夹：{courses}</source>
        <translation>{folder} contains {count} courses; specify the folder of one of them: {courses}</translation>
    </message>
    <message>
        <location filename="../../catalogue/packages.py" line="12"/>
        <source>“{file}”不是课程包（无法作为 zip 文件读取）。</source>
        <translation>&quot;{file}&quot; is not a course package (it cannot be read as a zip file).</translation>
    </message>
    <message>
        <location filename="../../catalogue/packages.py" line="13"/>
        <source>课程包中的文件超过 {limit} 个，不像是课程包，已拒绝安装。</source>
        <translation>The course package contains more than {limit} files and does not look like a course package. Installation refused.</translation>
    </message>
    <message>
        <location filename="../../catalogue/packages.py" line="16"/>
        <source>课程包中的“{name}”使用了绝对路径、“..”、盘符或反斜杠，可能把文件写到课程库以外，已拒绝安装。</source>
        <translation>&quot;{name}&quot; in the course package uses an absolute path, &quot;..&quot;, a drive letter or backslashes and could write files outside the course library. Installation refused.</translation>
    </message>
    <message>
        <location filename="../../catalogue/packages.py" line="20"/>
        <source>课程包中的“{name}”是符号链接或特殊文件，已拒绝安装。</source>
        <translation>&quot;{name}&quot; in the course package is a symbolic link or special file. Installation refused.</translation>
    </message>
    <message>
        <location filename="../../catalogue/packages.py" line="23"/>
        <source>课程包中“{name}”与“{other}”重名（不区分大小写），解压后会互相覆盖，已拒绝安装。</source>
        <translation>&quot;{name}&quot; and &quot;{other}&quot; in the course package have the same name (ignoring case) and would overwrite each other when extracted. Installation refused.</translation>
    </message>
    <message>
        <location filename="../../catalogue/packages.py" line="27"/>
        <source>课程包中的“{name}”解压后超过 {limit} MB，已拒绝安装。</source>
        <translation>&quot;{name}&quot; in the course package would exceed {limit} MB when extracted. Installation refused.</translation>
    </message>
    <message>
        <location filename="../../catalogue/packages.py" line="30"/>
        <source>课程包解压后超过 {limit} GB，已拒绝安装。</source>
        <translation>The course package would exceed {limit} GB when extracted. Installation refused.</translation>
    </message>
    <message>
        <location filename="../../catalogue/packages.py" line="31"/>
        <source>课程包中的“{name}”压缩比超过 {limit} 倍，可能是“压缩炸弹”，已拒绝安装。</source>
        <translation>&quot;{name}&quot; in the course package has a compression ratio above {limit}:1 and may be a &quot;zip bomb&quot;. Installation refused.</translation>
    </message>
    <message>
        <location filename="../../catalogue/packages.py" line="35"/>
        <source>课程包中没有 manifest.json，无法核对其中的文件，已拒绝安装。</source>
        <translation>The course package has no manifest.json, so its files cannot be verified. Installation refused.</translation>
    </message>
    <message>
        <location filename="../../catalogue/packages.py" line="38"/>
        <source>课程包的 manifest.json 格式不正确（{detail}），已拒绝安装。</source>
        <translation>The course package&apos;s manifest.json is malformed ({detail}). Installation refused.</translation>
    </message>
    <message>
        <location filename="../../catalogue/packages.py" line="41"/>
        <source>课程包的格式版本为 {format}，本程序只支持到 {supported}。请先升级本程序再安装。</source>
        <translation>The course package uses format version {format}, but this program supports only up to {supported}. Upgrade the program before installing it.</translation>
    </message>
    <message>
        <location filename="../../catalogue/packages.py" line="45"/>
        <source>课程包中的“{name}”没有列在 manifest.json 中，已拒绝安装。</source>
        <translation>&quot;{name}&quot; in the course package is not listed in manifest.json. Installation refused.</translation>
    </message>
    <message>
        <location filename="../../catalogue/packages.py" line="48"/>
        <source>manifest.json 列出的“{name}”不在课程包中，已拒绝安装。</source>
        <translation>&quot;{name}&quot;, listed in manifest.json, is not in the course package. Installation refused.</translation>
    </message>
    <message>
        <location filename="../../catalogue/packages.py" line="51"/>
        <source>课程包中“{name}”的实际大小与登记的不符，文件可能被改动或损坏，已拒绝安装。</source>
        <translation>The actual size of &quot;{name}&quot; in the course package does not match the recorded size; the file may have been altered or damaged. Installation refused.</translation>
    </message>
    <message>
        <location filename="../../catalogue/packages.py" line="54"/>
        <source>课程包中“{name}”的校验值（SHA-256）不符，文件被改动或已损坏，已拒绝安装。</source>
        <translation>The checksum (SHA-256) of &quot;{name}&quot; in the course package does not match; the file has been altered or damaged. Installation refused.</translation>
    </message>
    <message>
        <location filename="../../catalogue/packages.py" line="57"/>
        <source>课程包的签名无效：清单在签名后被改动，或签名已损坏。已拒绝安装。</source>
        <translation>The course package&apos;s signature is invalid: the manifest was changed after signing, or the signature is damaged. Installation refused.</translation>
    </message>
    <message>
        <location filename="../../catalogue/packages.py" line="60"/>
        <source>无法读取文件“{file}”。</source>
        <translation>Cannot read file &quot;{file}&quot;.</translation>
    </message>
    <message>
        <location filename="../../catalogue/packages.py" line="61"/>
        <source>课程包中的课程没有通过检查（{count} 个问题），已拒绝安装。</source>
        <translation>The course in the package failed validation (problems: {count}). Installation refused.</translation>
    </message>
    <message>
        <location filename="../../catalogue/packages.py" line="64"/>
        <source>课程包中的课程与 manifest.json 登记的课程“{id}”（编号或版本）不一致，已拒绝安装。</source>
        <translation>The course in the package does not match course &quot;{id}&quot; recorded in manifest.json (ID or version). Installation refused.</translation>
    </message>
    <message>
        <location filename="../../catalogue/packages.py" line="68"/>
        <source>已安装的版本 {installed} 比课程包的版本 {version} 新。确需退回旧版本，请使用 --allow-downgrade。</source>
        <translation>The installed version {installed} is newer than the course package&apos;s version {version}. To roll back to the older version, use --allow-downgrade.</translation>
    </message>
    <message>
        <location filename="../../catalogue/packages.py" line="72"/>
        <source>程序自带的这门课程版本为 {shipped}，不比课程包的版本 {version} 旧；安装后不会生效，已拒绝。</source>
        <translation>The version of this course shipped with the program is {shipped}, which is not older than the course package&apos;s version {version}; installing it would have no effect. Installation refused.</translation>
    </message>
    <message>
        <location filename="../../catalogue/packages.py" line="76"/>
        <source>管理员要求课程包由受信任的培训师签名，而这个课程包没有签名。已拒绝安装。</source>
        <translation>The administrator requires course packages to be signed by a trusted trainer, but this course package is not signed. Installation refused.</translation>
    </message>
    <message>
        <location filename="../../catalogue/packages.py" line="80"/>
        <source>课程包的签名密钥（指纹 {fingerprint}）不在管理员信任的培训师密钥列表中，已拒绝安装。</source>
        <translation>The course package&apos;s signing key (fingerprint {fingerprint}) is not in the administrator&apos;s list of trusted trainer keys. Installation refused.</translation>
    </message>
    <message>
        <location filename="../../catalogue/packages.py" line="84"/>
        <source>课程包中的题库或情景推演“{id}”已被其他课程使用（{course}），已拒绝安装。</source>
        <translation>The question bank or scenario drill &quot;{id}&quot; in the course package is already used by another course ({course}). Installation refused.</translation>
    </message>
    <message>
        <location filename="../../catalogue/packages.py" line="87"/>
        <source>没有安装编号为“{id}”的课程。</source>
        <translation>No course with ID &quot;{id}&quot; is installed.</translation>
    </message>
    <message>
        <location filename="../../catalogue/packages.py" line="88"/>
        <source>课程“{id}”是程序自带的课程，不能删除；可以安装更高版本的课程包替换它。</source>
        <translation>Course &quot;{id}&quot; is built into the program and cannot be removed; you can replace it by installing a course package with a higher version.</translation>
    </message>
    <message>
        <location filename="../../catalogue/packages.py" line="91"/>
        <source>无法把“{file}”写入课程库（磁盘已满或没有写入权限）。课程库保持原样。</source>
        <translation>Cannot write &quot;{file}&quot; to the course library (the disk is full or you lack write permission). The course library is unchanged.</translation>
    </message>
    <message>
        <location filename="../../catalogue/packages.py" line="95"/>
        <source>“{path}”不是课程文件夹（其中没有 course.yaml）。</source>
        <translation>&quot;{path}&quot; is not a course folder (it has no course.yaml).</translation>
    </message>
    <message>
        <location filename="../../catalogue/packages.py" line="98"/>
        <source>课程“{path}”有 {count} 个问题，请先改正再打包。</source>
        <translation>Problems found in course &quot;{path}&quot;: {count}. Fix them before packing.</translation>
    </message>
    <message>
        <location filename="../../catalogue/packages.py" line="101"/>
        <source>找不到编号为“{id}”的情景推演。</source>
        <translation>No scenario drill with ID &quot;{id}&quot; was found.</translation>
    </message>
    <message>
        <location filename="../../catalogue/packages.py" line="102"/>
        <source>无法写入课程包“{path}”，请检查文件夹是否存在、是否可写。</source>
        <translation>Cannot write course package &quot;{path}&quot;. Check that the folder exists and is writable.</translation>
    </message>
    <message>
        <location filename="../../catalogue/packages.py" line="105"/>
        <source>“{path}”已存在。为免覆盖已有的签名密钥，请换一个文件名。</source>
        <translation>&quot;{path}&quot; already exists. Choose a different file name to avoid overwriting an existing signing key.</translation>
    </message>
    <message>
        <location filename="../../catalogue/packages.py" line="108"/>
        <source>无法写入密钥文件“{path}”。</source>
        <translation>Cannot write key file &quot;{path}&quot;.</translation>
    </message>
    <message>
        <location filename="../../catalogue/packages.py" line="109"/>
        <source>“{path}”不是可用的签名密钥文件（应由 keygen 生成）。</source>
        <translation>&quot;{path}&quot; is not a valid signing key file (it should be generated by keygen).</translation>
    </message>
    <message>
        <location filename="../../catalogue/packages.py" line="112"/>
        <source>这个密钥已在信任列表中，名称为“{name}”。</source>
        <translation>This key is already in the trusted list as &quot;{name}&quot;.</translation>
    </message>
    <message>
        <location filename="../../catalogue/packages.py" line="115"/>
        <source>这个密钥不在信任列表中，可能已被其他管理员移除。</source>
        <translation>This key is not in the trusted list; another administrator may have removed it.</translation>
    </message>
    <message>
        <location filename="../../catalogue/packages.py" line="118"/>
        <source>请填写培训师或单位名称。</source>
        <translation>Enter a trainer or unit name.</translation>
    </message>
    <message>
        <location filename="../../catalogue/question_import.py" line="12"/>
        <source>文件超过 {limit} MB，请拆分后分别转换</source>
        <translation>The file is larger than {limit} MB; split it and convert the parts separately</translation>
    </message>
    <message>
        <location filename="../../catalogue/question_import.py" line="13"/>
        <source>无法从扩展名“{suffix}”判断题库格式：Excel 题库用 .xlsx，GIFT 用 .gift；.txt 文件请用 --format gift 或 --format aiken 指明</source>
        <translation>Cannot tell the question bank format from the extension &quot;{suffix}&quot;: use .xlsx for Excel question banks and .gift for GIFT; for .txt files, specify --format gift or --format aiken</translation>
    </message>
    <message>
        <location filename="../../catalogue/question_import.py" line="17"/>
        <source>不支持旧版 Excel 文件（.xls/.et），请在 Excel 或 WPS 中另存为 .xlsx 后再转换</source>
        <translation>Old Excel files (.xls/.et) are not supported; save the file as .xlsx in Excel or WPS, then convert it</translation>
    </message>
    <message>
        <location filename="../../catalogue/question_import.py" line="20"/>
        <source>不读取含宏的工作簿（.xlsm），请另存为普通的 .xlsx 后再转换</source>
        <translation>Macro-enabled workbooks (.xlsm) are not read; save the file as a regular .xlsx, then convert it</translation>
    </message>
    <message>
        <location filename="../../catalogue/question_import.py" line="23"/>
        <source>无法读取此 Excel 文件，它可能已损坏或不是 .xlsx 文件；请用 Excel 或 WPS 打开后重新保存</source>
        <translation>Can&apos;t read this Excel file; it may be damaged or not an .xlsx file. Open it in Excel or WPS and save it again</translation>
    </message>
    <message>
        <location filename="../../catalogue/question_import.py" line="27"/>
        <source>文件含有既不是 UTF-8 也不是 GB18030 编码的字节，请用记事本另存为 UTF-8 后再转换</source>
        <translation>The file contains bytes that are neither UTF-8 nor GB18030; save it as UTF-8 in Notepad, then convert it</translation>
    </message>
    <message>
        <location filename="../../catalogue/question_import.py" line="31"/>
        <source>第一行缺少列名：{headers}（请使用题库模板的列名）</source>
        <translation>Missing column names in the first row: {headers} (use the column names from the question bank template)</translation>
    </message>
    <message>
        <location filename="../../catalogue/question_import.py" line="34"/>
        <source>列名“{header}”出现了两次</source>
        <translation>Column name &quot;{header}&quot; appears twice</translation>
    </message>
    <message>
        <location filename="../../catalogue/question_import.py" line="35"/>
        <source>一个文件最多转换 {limit} 道题，请拆分后分别转换</source>
        <translation>At most {limit} questions can be converted from one file; split it and convert the parts separately</translation>
    </message>
    <message>
        <location filename="../../catalogue/question_import.py" line="38"/>
        <source>文件中没有找到题目</source>
        <translation>No questions found in the file</translation>
    </message>
    <message>
        <location filename="../../catalogue/question_import.py" line="39"/>
        <source>“题型”为空</source>
        <translation>&quot;题型&quot; (question type) is empty</translation>
    </message>
    <message>
        <location filename="../../catalogue/question_import.py" line="40"/>
        <source>题型“{value}”无法识别，应为 单选、多选、判断、填空、排序、配对 或 案例</source>
        <translation>Question type &quot;{value}&quot; is not recognized; it should be single, multiple, truefalse, fill, ordering, matching or case</translation>
    </message>
    <message>
        <location filename="../../catalogue/question_import.py" line="43"/>
        <source>“{column}”为空</source>
        <translation>&quot;{column}&quot; is empty</translation>
    </message>
    <message>
        <location filename="../../catalogue/question_import.py" line="44"/>
        <source>“{column}”超过 {limit} 个字</source>
        <translation>&quot;{column}&quot; is longer than {limit} characters</translation>
    </message>
    <message>
        <location filename="../../catalogue/question_import.py" line="45"/>
        <source>选项{letter}为空，但后面还有选项；选项应从 A 起连续填写</source>
        <translation>Option {letter} is empty but later options are filled in; fill in options consecutively from A</translation>
    </message>
    <message>
        <location filename="../../catalogue/question_import.py" line="48"/>
        <source>选项{second}与选项{first}相同</source>
        <translation>Option {second} is the same as option {first}</translation>
    </message>
    <message>
        <location filename="../../catalogue/question_import.py" line="49"/>
        <source>至少需要 2 个选项</source>
        <translation>At least 2 options are required</translation>
    </message>
    <message>
        <location filename="../../catalogue/question_import.py" line="50"/>
        <source>选项超过 {limit} 个</source>
        <translation>More than {limit} options</translation>
    </message>
    <message>
        <location filename="../../catalogue/question_import.py" line="51"/>
        <source>答案“{value}”无法识别，应写选项字母，如 B、ABC 或 A;C</source>
        <translation>Answer &quot;{value}&quot; is not recognized; write option letters, e.g. B, ABC or A;C</translation>
    </message>
    <message>
        <location filename="../../catalogue/question_import.py" line="54"/>
        <source>答案“{value}”不是任何选项</source>
        <translation>Answer &quot;{value}&quot; is not one of the options</translation>
    </message>
    <message>
        <location filename="../../catalogue/question_import.py" line="55"/>
        <source>单选题只能有一个答案，现为“{value}”；多个答案请把题型改为多选</source>
        <translation>A single-choice question can have only one answer, but it has &quot;{value}&quot;; for several answers, change the question type to multiple</translation>
    </message>
    <message>
        <location filename="../../catalogue/question_import.py" line="58"/>
        <source>多选题至少应有两个正确答案，现为“{value}”；只有一个答案请把题型改为单选</source>
        <translation>A multiple-choice question needs at least two correct answers, but it has &quot;{value}&quot;; for a single answer, change the question type to single</translation>
    </message>
    <message>
        <location filename="../../catalogue/question_import.py" line="61"/>
        <source>判断题的答案“{value}”无法识别，应为 正确/错误、对/错、√/× 或 true/false</source>
        <translation>True/false answer &quot;{value}&quot; is not recognized; it should be true/false, yes/no, √/× or 正确/错误</translation>
    </message>
    <message>
        <location filename="../../catalogue/question_import.py" line="64"/>
        <source>填空题的题干中没有空：请用 4 个以上的下划线“____”标出每个空</source>
        <translation>The fill-in-the-blank question has no blanks in its stem: mark each blank with 4 or more underscores &quot;____&quot;</translation>
    </message>
    <message>
        <location filename="../../catalogue/question_import.py" line="67"/>
        <source>题干有 {blanks} 个空，答案却有 {answers} 组：各空的答案用“|”分隔，同一空的几种写法用“;”分隔</source>
        <translation>Blanks in the stem: {blanks}; answer groups: {answers}. These must match: separate the answers for each blank with &quot;|&quot;, and alternative spellings for the same blank with &quot;;&quot;</translation>
    </message>
    <message>
        <location filename="../../catalogue/question_import.py" line="71"/>
        <source>排序题的答案“{value}”应把每个选项（{options}）恰好排一次；留空表示选项已按正确顺序填写</source>
        <translation>Ordering answer &quot;{value}&quot; should list each option ({options}) exactly once; leave it empty if the options are already in the correct order</translation>
    </message>
    <message>
        <location filename="../../catalogue/question_import.py" line="75"/>
        <source>配对项{letter}“{value}”应写成“左项 -&gt; 右项”</source>
        <translation>Matching item {letter} &quot;{value}&quot; should be written as &quot;left item -&gt; right item&quot;</translation>
    </message>
    <message>
        <location filename="../../catalogue/question_import.py" line="76"/>
        <source>分值“{value}”应为 1 到 100 的整数</source>
        <translation>Points &quot;{value}&quot; should be a whole number from 1 to 100</translation>
    </message>
    <message>
        <location filename="../../catalogue/question_import.py" line="77"/>
        <source>难度“{value}”无法识别，应为 易、中 或 难</source>
        <translation>Difficulty &quot;{value}&quot; is not recognized; it should be easy, medium or hard</translation>
    </message>
    <message>
        <location filename="../../catalogue/question_import.py" line="78"/>
        <source>编号“{id}”只能使用小写英文字母、数字和连字符（-），且以字母或数字开头</source>
        <translation>ID &quot;{id}&quot; may contain only lowercase English letters, digits and hyphens (-), and must start with a letter or digit</translation>
    </message>
    <message>
        <location filename="../../catalogue/question_import.py" line="81"/>
        <source>编号“{id}”与第 {line} 行的题目重复</source>
        <translation>ID &quot;{id}&quot; duplicates the question on line {line}</translation>
    </message>
    <message>
        <location filename="../../catalogue/question_import.py" line="82"/>
        <source>案例“{case}”没有题型为“案例”的一行（它给出案例材料）</source>
        <translation>Case &quot;{case}&quot; has no row with question type &quot;case&quot; (the row that gives the case material)</translation>
    </message>
    <message>
        <location filename="../../catalogue/question_import.py" line="85"/>
        <source>案例“{case}”在第 {line} 行已经有过</source>
        <translation>Case &quot;{case}&quot; already appeared on line {line}</translation>
    </message>
    <message>
        <location filename="../../catalogue/question_import.py" line="86"/>
        <source>案例“{case}”下没有题目</source>
        <translation>Case &quot;{case}&quot; has no questions</translation>
    </message>
    <message>
        <location filename="../../catalogue/question_import.py" line="87"/>
        <source>案例“{case}”中有题目未能转换，整个案例未转换</source>
        <translation>Some questions in case &quot;{case}&quot; could not be converted, so the whole case was not converted</translation>
    </message>
    <message>
        <location filename="../../catalogue/question_import.py" line="90"/>
        <source>“{{”没有对应的“}}”；题目中的花括号本身请写成“\{{”“\}}”</source>
        <translation>&quot;{{&quot; has no matching &quot;}}&quot;; write literal braces in a question as &quot;\{{&quot; and &quot;\}}&quot;</translation>
    </message>
    <message>
        <location filename="../../catalogue/question_import.py" line="93"/>
        <source>多出的“}}”前面没有“{{”；题目中的花括号本身请写成“\{{”“\}}”</source>
        <translation>Extra &quot;}}&quot; without a preceding &quot;{{&quot;; write literal braces in a question as &quot;\{{&quot; and &quot;\}}&quot;</translation>
    </message>
    <message>
        <location filename="../../catalogue/question_import.py" line="96"/>
        <source>没有答案部分“{{…}}”；不带答案的说明文字（description）无法转换</source>
        <translation>No answer part &quot;{{…}}&quot;; descriptive text without answers (a description) cannot be converted</translation>
    </message>
    <message>
        <location filename="../../catalogue/question_import.py" line="99"/>
        <source>一道题只能有一个答案部分“{{…}}”（嵌入式完形填空无法转换）</source>
        <translation>A question can have only one answer part &quot;{{…}}&quot; (embedded cloze questions cannot be converted)</translation>
    </message>
    <message>
        <location filename="../../catalogue/question_import.py" line="102"/>
        <source>答案部分“{value}”无法识别：每个答案应以“=”（正确）或“~”（错误）开头</source>
        <translation>Answer part &quot;{value}&quot; is not recognized: each answer should start with &quot;=&quot; (correct) or &quot;~&quot; (incorrect)</translation>
    </message>
    <message>
        <location filename="../../catalogue/question_import.py" line="105"/>
        <source>论述题（空的“{{}}”）无法转换：本程序不支持人工评分的题目</source>
        <translation>Essay questions (an empty &quot;{{}}&quot;) cannot be converted: this program does not support manually graded questions</translation>
    </message>
    <message>
        <location filename="../../catalogue/question_import.py" line="108"/>
        <source>数值题的范围或误差“{value}”无法转换：本程序只支持精确的数值答案</source>
        <translation>The range or tolerance &quot;{value}&quot; of the numerical question cannot be converted: this program supports only exact numerical answers</translation>
    </message>
    <message>
        <location filename="../../catalogue/question_import.py" line="111"/>
        <source>数值题的答案“{value}”不是数字</source>
        <translation>The numerical answer &quot;{value}&quot; is not a number</translation>
    </message>
    <message>
        <location filename="../../catalogue/question_import.py" line="112"/>
        <source>没有正确答案（以“=”开头或权重为正的答案）</source>
        <translation>No correct answer (one starting with &quot;=&quot; or with a positive weight)</translation>
    </message>
    <message>
        <location filename="../../catalogue/question_import.py" line="115"/>
        <source>权重“{value}”无法识别，应写成“%50%”或“%-100%”</source>
        <translation>Weight &quot;{value}&quot; is not recognized; write it as &quot;%50%&quot; or &quot;%-100%&quot;</translation>
    </message>
    <message>
        <location filename="../../catalogue/question_import.py" line="118"/>
        <source>题目缺少“ANSWER: 字母”一行（应紧跟在最后一个选项之后）</source>
        <translation>The question is missing the &quot;ANSWER: letter&quot; line (it should come right after the last option)</translation>
    </message>
    <message>
        <location filename="../../catalogue/question_import.py" line="121"/>
        <source>题目没有选项：选项应写成“A. 选项内容”，每行一个</source>
        <translation>The question has no options: write each option on its own line as &quot;A. option text&quot;</translation>
    </message>
    <message>
        <location filename="../../catalogue/question_import.py" line="124"/>
        <source>选项字母应依次排列，这里应为 {expected}，却是 {letter}</source>
        <translation>Option letters should be in sequence: expected {expected} here, but found {letter}</translation>
    </message>
    <message>
        <location filename="../../catalogue/question_import.py" line="127"/>
        <source>提示：{count} 道题原文没有解析，已写入“正确答案：……”，请补充解析</source>
        <translation>Note: questions with no explanation in the source: {count}. &quot;正确答案：…&quot; (correct answer) was filled in; please add explanations</translation>
    </message>
    <message>
        <location filename="../../catalogue/question_import.py" line="130"/>
        <source>提示：按比例给分（%…%）无法逐项保留；权重为正的答案算作正确答案，多选题的部分得分由测验的 multiple_scoring 决定</source>
        <translation>Note: proportional scoring (%…%) cannot be kept per answer; answers with a positive weight count as correct, and partial credit on multiple-choice questions is set by the quiz&apos;s multiple_scoring</translation>
    </message>
    <message>
        <location filename="../../catalogue/question_import.py" line="134"/>
        <source>提示：错误选项的反馈（#…）没有保留，解析只取总反馈（####）或正确答案的反馈</source>
        <translation>Note: feedback on incorrect answers (#…) was not kept; the explanation uses only the general feedback (####) or the correct answer&apos;s feedback</translation>
    </message>
    <message>
        <location filename="../../catalogue/question_import.py" line="137"/>
        <source>提示：题干中的 HTML 标记已去除，只保留文字</source>
        <translation>Note: HTML markup in question stems was removed; only the text is kept</translation>
    </message>
    <message>
        <location filename="../../catalogue/question_import.py" line="138"/>
        <source>已转换 {count} 道题，写入 {path}</source>
        <translation>Questions converted: {count}; written to {path}</translation>
    </message>
    <message>
        <location filename="../../catalogue/question_import.py" line="139"/>
        <source>跳过了 {count} 道有问题的题目</source>
        <translation>Questions with problems skipped: {count}</translation>
    </message>
    <message>
        <location filename="../../catalogue/question_import.py" line="140"/>
        <source>发现 {count} 个问题，未写入任何文件；改正后重新转换，或用 --skip-invalid 跳过有问题的题目</source>
        <translation>Problems found: {count}. No files were written; fix them and convert again, or use --skip-invalid to skip the questions with problems</translation>
    </message>
    <message>
        <location filename="../../catalogue/question_import.py" line="144"/>
        <source>输出文件已存在，没有覆盖；如需覆盖请加 --force</source>
        <translation>The output file already exists and was not overwritten; to overwrite it, add --force</translation>
    </message>
    <message>
        <location filename="../../catalogue/question_import.py" line="147"/>
        <source>无法写入输出文件：{error}</source>
        <translation>Cannot write the output file: {error}</translation>
    </message>
</context>
<context>
    <name>NavigationRail</name>
    <message>
        <location filename="../rail.py" line="39"/>
        <source>政务新媒体素养学堂</source>
        <translation>Government New Media Literacy Academy</translation>
    </message>
    <message>
        <location filename="../rail.py" line="40"/>
        <source>政策解码 · 舆情研判 · 信息辨识</source>
        <translation>Policy decoding · Public opinion analysis · Information verification</translation>
    </message>
    <message>
        <location filename="../rail.py" line="45"/>
        <source>学习路径</source>
        <translation>Learning path</translation>
    </message>
    <message>
        <location filename="../rail.py" line="46"/>
        <source>全部课程</source>
        <translation>All courses</translation>
    </message>
    <message>
        <location filename="../rail.py" line="47"/>
        <source>每日练习</source>
        <translation>Daily practice</translation>
    </message>
    <message>
        <location filename="../rail.py" line="48"/>
        <source>错题本</source>
        <translation>Mistake notebook</translation>
    </message>
    <message>
        <location filename="../rail.py" line="49"/>
        <source>情景推演</source>
        <translation>Scenario drills</translation>
    </message>
    <message>
        <location filename="../rail.py" line="50"/>
        <source>学习记录</source>
        <translation>Learning records</translation>
    </message>
    <message>
        <location filename="../rail.py" line="74"/>
        <source>切换或新建学员</source>
        <translation>Switch learner</translation>
    </message>
    <message>
        <location filename="../rail.py" line="83"/>
        <source>界面语言</source>
        <translation>Language</translation>
    </message>
</context>
<context>
    <name>NotebookPage</name>
    <message>
        <location filename="../pages/notebook.py" line="35"/>
        <source>错题本</source>
        <translation>Mistake notebook</translation>
    </message>
    <message>
        <location filename="../pages/notebook.py" line="36"/>
        <source>共 %1 道错题，今天到期 %2 道。复习时答对，下次复习的间隔会拉长。</source>
        <translation>%1 mistakes, %2 due today. Each time you answer correctly in a review, the next review is spaced further out.</translation>
    </message>
    <message>
        <location filename="../pages/notebook.py" line="40"/>
        <source>开始复习（%1）</source>
        <translation>Start review (%1)</translation>
    </message>
    <message>
        <location filename="../pages/notebook.py" line="46"/>
        <source>错题本是空的</source>
        <translation>Your mistake notebook is empty</translation>
    </message>
    <message>
        <location filename="../pages/notebook.py" line="47"/>
        <source>测验或练习中答错的题会自动记到这里，并按记忆规律安排复习。</source>
        <translation>Questions you get wrong in quizzes or practice are added here automatically, and reviews are scheduled with spaced repetition.</translation>
    </message>
    <message>
        <location filename="../pages/notebook.py" line="58"/>
        <source>今天到期</source>
        <translation>Due today</translation>
    </message>
    <message>
        <location filename="../pages/notebook.py" line="63"/>
        <source>下次复习：%1 · 答错 %2 次</source>
        <translation>Next review: %1 · times missed: %2</translation>
    </message>
    <message>
        <location filename="../pages/notebook.py" line="72"/>
        <source>正确答案：%1</source>
        <translation>Correct answer: %1</translation>
    </message>
</context>
<context>
    <name>OrderingEditor</name>
    <message>
        <location filename="../question_widgets.py" line="236"/>
        <source>上移</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location filename="../question_widgets.py" line="238"/>
        <source>下移</source>
        <translation>Move down</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../pin_dialog.py" line="24"/>
        <source>管理员要求每位学员为自己的档案设置登录密码，设置后才能开始学习。在这台电脑上切换到你的档案时需要输入它。</source>
        <translation>An administrator requires every learner to set a sign-in PIN for their profile before they can start studying. You will need to enter it whenever you switch to your profile on this computer.</translation>
    </message>
    <message>
        <location filename="../pin_dialog.py" line="29"/>
        <source>设置后，在这台电脑上切换到你的档案时需要输入它，别人就不能以你的名义学习或查看你的记录。</source>
        <translation>Once it is set, you will need to enter it whenever you switch to your profile on this computer, so no one else can study under your name or see your records.</translation>
    </message>
    <message>
        <location filename="../pin_dialog.py" line="33"/>
        <source>登录密码</source>
        <translation>Sign-in PIN</translation>
    </message>
    <message>
        <location filename="../pin_dialog.py" line="34"/>
        <source>更改登录密码</source>
        <translation>Change sign-in PIN</translation>
    </message>
    <message>
        <location filename="../pin_dialog.py" line="34"/>
        <source>设置登录密码</source>
        <translation>Set sign-in PIN</translation>
    </message>
    <message>
        <location filename="../pin_dialog.py" line="41"/>
        <source>%1–%2 个字符，数字或文字均可</source>
        <translation>%1–%2 characters; digits, letters or any other characters</translation>
    </message>
    <message>
        <location filename="../pin_dialog.py" line="47"/>
        <source>当前密码</source>
        <translation>Current PIN</translation>
    </message>
    <message>
        <location filename="../pin_dialog.py" line="48"/>
        <source>新密码</source>
        <translation>New PIN</translation>
    </message>
    <message>
        <location filename="../pin_dialog.py" line="49"/>
        <source>再次输入新密码</source>
        <translation>Re-enter new PIN</translation>
    </message>
    <message>
        <location filename="../pin_dialog.py" line="51"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../pin_dialog.py" line="51"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../pin_dialog.py" line="55"/>
        <source>删除登录密码</source>
        <translation>Remove sign-in PIN</translation>
    </message>
</context>
<context>
    <name>PinPrompt</name>
    <message>
        <location filename="../pin_prompt.py" line="20"/>
        <source>输入登录密码</source>
        <translation>Enter sign-in PIN</translation>
    </message>
    <message>
        <location filename="../pin_prompt.py" line="21"/>
        <source>请输入“%1”的登录密码</source>
        <translation>Enter the sign-in PIN for &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../pin_prompt.py" line="22"/>
        <source>这个学员档案设有登录密码。忘记密码时，请管理员清除后重新设置。</source>
        <translation>This learner profile has a sign-in PIN. If you forget it, ask an administrator to clear it, then set a new one.</translation>
    </message>
    <message>
        <location filename="../pin_prompt.py" line="26"/>
        <source>登录密码</source>
        <translation>Sign-in PIN</translation>
    </message>
    <message>
        <location filename="../pin_prompt.py" line="27"/>
        <source>进入</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../pin_prompt.py" line="27"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>PreviewWindow</name>
    <message>
        <location filename="../preview/window.py" line="49"/>
        <source>课程预览</source>
        <translation>Course preview</translation>
    </message>
    <message>
        <location filename="../preview/window.py" line="147"/>
        <source>检查结果：没有发现问题</source>
        <translation>Validation: no problems found</translation>
    </message>
    <message>
        <location filename="../preview/window.py" line="150"/>
        <source>检查结果：%1 个错误、%2 个警告（点击一条可打开相应课时）</source>
        <translation>Validation found errors: %1, warnings: %2 (click an item to open its lesson)</translation>
    </message>
    <message>
        <location filename="../preview/window.py" line="168"/>
        <source>这门课程还没有可以显示的课时。</source>
        <translation>This course has no lessons to display yet.</translation>
    </message>
    <message>
        <location filename="../preview/window.py" line="182"/>
        <source>学习目标 · 约 %1 分钟</source>
        <translation>Learning objectives · about %1 min</translation>
    </message>
    <message>
        <location filename="../preview/window.py" line="187"/>
        <source>第 %1 / %2 课 · 文件 %3 · 保存后自动刷新</source>
        <translation>Lesson %1 of %2 · File %3 · Refreshes automatically on save</translation>
    </message>
    <message>
        <location filename="../preview/window.py" line="197"/>
        <source>最近一次保存的内容无法显示，下面仍是上一次的内容：%1</source>
        <translation>The most recently saved content cannot be displayed; the previous content is still shown below: %1</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../profile_dialog.py" line="33"/>
        <source>学员档案</source>
        <translation>Learner profile</translation>
    </message>
    <message>
        <location filename="../profile_dialog.py" line="38"/>
        <source>欢迎使用政务新媒体素养学堂</source>
        <translation>Welcome to the Government New Media Literacy Academy</translation>
    </message>
    <message>
        <location filename="../profile_dialog.py" line="38"/>
        <source>新建学员档案</source>
        <translation>New learner profile</translation>
    </message>
    <message>
        <location filename="../profile_dialog.py" line="42"/>
        <source>学习路径按学员类别安排。档案只保存在本机，用于记录你的学习进度。</source>
        <translation>Your learning path depends on your learner category. Your profile is stored only on this computer and is used to track your progress.</translation>
    </message>
    <message>
        <location filename="../profile_dialog.py" line="49"/>
        <source>例如：张明</source>
        <translation>e.g. Zhang Ming</translation>
    </message>
    <message>
        <location filename="../profile_dialog.py" line="52"/>
        <source>例如：某区融媒体中心（可不填）</source>
        <translation>e.g. a district media center (optional)</translation>
    </message>
    <message>
        <location filename="../profile_dialog.py" line="56"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../profile_dialog.py" line="57"/>
        <source>单位或部门</source>
        <translation>Organization or department</translation>
    </message>
    <message>
        <location filename="../profile_dialog.py" line="58"/>
        <source>学员类别</source>
        <translation>Learner category</translation>
    </message>
    <message>
        <location filename="../profile_dialog.py" line="66"/>
        <source>开始学习</source>
        <translation>Start learning</translation>
    </message>
    <message>
        <location filename="../profile_dialog.py" line="68"/>
        <source>退出</source>
        <translation>Exit</translation>
    </message>
    <message>
        <location filename="../profile_dialog.py" line="68"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../profile_dialog.py" line="81"/>
        <source>请填写姓名。</source>
        <translation>Please enter your name.</translation>
    </message>
</context>
<context>
    <name>ProgressImportTab</name>
    <message>
        <location filename="../admin/progress_import.py" line="53"/>
        <source>导入各培训点电脑导出的学习记录文件（.litprog）。每个文件先核对签名，再整体合并；同一文件导入两次不会重复计算。</source>
        <translation>Import progress files (.litprog) exported from the computers at each training site. Each file&apos;s signature is checked first, then the file is merged as a whole; importing the same file twice does not count anything twice.</translation>
    </message>
    <message>
        <location filename="../admin/progress_import.py" line="60"/>
        <source>导入文件…</source>
        <translation>Import files…</translation>
    </message>
    <message>
        <location filename="../admin/progress_import.py" line="63"/>
        <source>导入整个文件夹…</source>
        <translation>Import a whole folder…</translation>
    </message>
    <message>
        <location filename="../admin/progress_import.py" line="67"/>
        <source>导出本机学习记录…</source>
        <translation>Export this computer&apos;s progress…</translation>
    </message>
    <message>
        <location filename="../admin/progress_import.py" line="68"/>
        <source>全部学员上次导出以来的变化，写成一个签名文件</source>
        <translation>Changes for all learners since the last export, written to one signed file</translation>
    </message>
    <message>
        <location filename="../admin/progress_import.py" line="73"/>
        <source>来自未信任安装的文件先暂存，核对指纹后再批准（不勾选则直接拒收）</source>
        <translation>Hold files from untrusted installations until their fingerprint is verified and approved (if unchecked, they are rejected outright)</translation>
    </message>
    <message>
        <location filename="../admin/progress_import.py" line="78"/>
        <source>本次导入结果</source>
        <translation>Results of this import</translation>
    </message>
    <message>
        <location filename="../admin/progress_import.py" line="81"/>
        <location filename="../admin/progress_import.py" line="103"/>
        <location filename="../admin/progress_import.py" line="122"/>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../admin/progress_import.py" line="82"/>
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../admin/progress_import.py" line="83"/>
        <source>学员（新增/已有）</source>
        <translation>Learners (new/existing)</translation>
    </message>
    <message>
        <location filename="../admin/progress_import.py" line="84"/>
        <source>测验（新增/已有）</source>
        <translation>Quiz attempts (new/existing)</translation>
    </message>
    <message>
        <location filename="../admin/progress_import.py" line="85"/>
        <source>课时（新增/更新）</source>
        <translation>Lessons (new/updated)</translation>
    </message>
    <message>
        <location filename="../admin/progress_import.py" line="97"/>
        <source>工号冲突：同一工号，姓名不同</source>
        <translation>Staff-ID clashes: same staff ID, different names</translation>
    </message>
    <message>
        <location filename="../admin/progress_import.py" line="100"/>
        <source>工号</source>
        <translation>Staff ID</translation>
    </message>
    <message>
        <location filename="../admin/progress_import.py" line="101"/>
        <source>文件中的学员</source>
        <translation>Learner in file</translation>
    </message>
    <message>
        <location filename="../admin/progress_import.py" line="102"/>
        <source>本机的学员</source>
        <translation>Learner on this computer</translation>
    </message>
    <message>
        <location filename="../admin/progress_import.py" line="111"/>
        <source>是同一人：合并到本机学员</source>
        <translation>Same person: merge into the learner on this computer</translation>
    </message>
    <message>
        <location filename="../admin/progress_import.py" line="114"/>
        <source>不是同一人：另建学员</source>
        <translation>Different person: create a separate learner</translation>
    </message>
    <message>
        <location filename="../admin/progress_import.py" line="119"/>
        <source>暂存的文件：来自尚未信任的安装</source>
        <translation>Held files: from installations not yet trusted</translation>
    </message>
    <message>
        <location filename="../admin/progress_import.py" line="123"/>
        <source>公钥指纹</source>
        <translation>Public key fingerprint</translation>
    </message>
    <message>
        <location filename="../admin/progress_import.py" line="125"/>
        <source>收到时间</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../admin/progress_import.py" line="135"/>
        <source>批准时为该安装填写名称，例如某县培训点</source>
        <translation>Name this installation when approving, e.g. a county training site</translation>
    </message>
    <message>
        <location filename="../admin/progress_import.py" line="137"/>
        <source>核对指纹无误，批准并导入</source>
        <translation>Fingerprint verified: approve and import</translation>
    </message>
    <message>
        <location filename="../admin/progress_import.py" line="140"/>
        <source>拒绝并删除</source>
        <translation>Reject and delete</translation>
    </message>
    <message>
        <location filename="../admin/progress_import.py" line="163"/>
        <source>已拒收</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../admin/progress_import.py" line="165"/>
        <source>已暂存</source>
        <translation>Held</translation>
    </message>
    <message>
        <location filename="../admin/progress_import.py" line="167"/>
        <source>已导入（部分待处理）</source>
        <translation>Imported (some pending)</translation>
    </message>
    <message>
        <location filename="../admin/progress_import.py" line="168"/>
        <source>已导入</source>
        <translation>Imported</translation>
    </message>
    <message>
        <location filename="../admin/progress_import.py" line="179"/>
        <source>%1 人工号冲突，其记录已暂存，请在下方处理。</source>
        <translation>Staff-ID clashes: %1. Their records are held; resolve them below.</translation>
    </message>
    <message>
        <location filename="../admin/progress_import.py" line="188"/>
        <source>选择学习记录文件</source>
        <translation>Select progress files</translation>
    </message>
    <message>
        <location filename="../admin/progress_import.py" line="188"/>
        <source>学习记录文件 (*.litprog)</source>
        <translation>Progress files (*.litprog)</translation>
    </message>
    <message>
        <location filename="../admin/progress_import.py" line="193"/>
        <source>选择存放学习记录文件的文件夹</source>
        <translation>Select the folder containing progress files</translation>
    </message>
    <message>
        <location filename="../admin/progress_import.py" line="205"/>
        <location filename="../admin/progress_import.py" line="231"/>
        <location filename="../admin/progress_import.py" line="242"/>
        <source>导入学习记录</source>
        <translation>Importing progress files</translation>
    </message>
</context>
<context>
    <name>QuestionCard</name>
    <message>
        <location filename="../question_widgets.py" line="104"/>
        <source>第 %1 题 · %2 · %3 分</source>
        <translation>Question %1 · %2 · %3 points</translation>
    </message>
    <message>
        <location filename="../question_widgets.py" line="117"/>
        <source>（%1）%2 · %3 分</source>
        <translation>(%1) %2 · %3 points</translation>
    </message>
</context>
<context>
    <name>QuizPage</name>
    <message>
        <location filename="../pages/quiz.py" line="42"/>
        <location filename="../pages/quiz.py" line="158"/>
        <source>提交答卷</source>
        <translation>Submit answers</translation>
    </message>
    <message>
        <location filename="../pages/quiz.py" line="33"/>
        <source>暂离（答案已保存）</source>
        <translation>Leave for now (answers saved)</translation>
    </message>
    <message>
        <location filename="../pages/quiz.py" line="60"/>
        <source>共 %1 题</source>
        <translation>%1 questions</translation>
    </message>
    <message>
        <location filename="../pages/quiz.py" line="62"/>
        <source>%1 分及格</source>
        <translation>Pass mark %1 / 100</translation>
    </message>
    <message>
        <location filename="../pages/quiz.py" line="64"/>
        <source>限时作答：计时从开始作答起连续计算，关闭程序期间不暂停</source>
        <translation>Timed quiz: the clock runs continuously from when you start and does not pause while the app is closed</translation>
    </message>
    <message>
        <location filename="../pages/quiz.py" line="67"/>
        <source>本次之后还可参加 %1 次</source>
        <translation>Attempts left after this one: %1</translation>
    </message>
    <message>
        <location filename="../pages/quiz.py" line="69"/>
        <source>每作答一题即自动保存</source>
        <translation>Each answer is saved automatically</translation>
    </message>
    <message>
        <location filename="../pages/quiz.py" line="70"/>
        <source>，</source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../pages/quiz.py" line="70"/>
        <source>。</source>
        <translation>.</translation>
    </message>
    <message>
        <location filename="../pages/quiz.py" line="72"/>
        <source>已恢复上次未完成的作答。</source>
        <translation>Your unfinished attempt has been restored. </translation>
    </message>
    <message>
        <location filename="../pages/quiz.py" line="104"/>
        <source>剩余 %1</source>
        <translation>Time left: %1</translation>
    </message>
    <message>
        <location filename="../pages/quiz.py" line="147"/>
        <source>已答 %1 / %2 题</source>
        <translation>%1 / %2 answered</translation>
    </message>
    <message>
        <location filename="../pages/quiz.py" line="159"/>
        <source>还有 %1 题未作答，未答的题不得分。确定提交吗？</source>
        <translation>%1 questions are still unanswered and will score no points. Submit anyway?</translation>
    </message>
</context>
<context>
    <name>QuizResultPage</name>
    <message>
        <location filename="../pages/quiz_result.py" line="38"/>
        <location filename="../pages/quiz_result.py" line="79"/>
        <source>再测一次</source>
        <translation>Retake quiz</translation>
    </message>
    <message>
        <location filename="../pages/quiz_result.py" line="45"/>
        <source>逐题解析</source>
        <translation>Answer review</translation>
    </message>
    <message>
        <location filename="../pages/quiz_result.py" line="53"/>
        <source>提交于 %1</source>
        <translation>Submitted %1</translation>
    </message>
    <message>
        <location filename="../pages/quiz_result.py" line="60"/>
        <source>通过</source>
        <translation>Passed</translation>
    </message>
    <message>
        <location filename="../pages/quiz_result.py" line="60"/>
        <source>未通过</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location filename="../pages/quiz_result.py" line="114"/>
        <source>答对了</source>
        <translation>Correct</translation>
    </message>
    <message>
        <location filename="../pages/quiz_result.py" line="121"/>
        <source>答错了</source>
        <translation>Incorrect</translation>
    </message>
    <message>
        <location filename="../pages/quiz_result.py" line="106"/>
        <source>第 %1 题 · %2</source>
        <translation>Question %1 · %2</translation>
    </message>
    <message>
        <location filename="../pages/quiz_result.py" line="22"/>
        <source>返回</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../pages/quiz_result.py" line="55"/>
        <source>时间到，已按保存的答案自动交卷。</source>
        <translation>Time was up, so your saved answers were submitted automatically. </translation>
    </message>
    <message>
        <location filename="../pages/quiz_result.py" line="56"/>
        <source>%1 · 成绩</source>
        <translation>%1 · Result</translation>
    </message>
    <message>
        <location filename="../pages/quiz_result.py" line="65"/>
        <source>得分 %1 / %2</source>
        <translation>Score: %1 / %2</translation>
    </message>
    <message>
        <location filename="../pages/quiz_result.py" line="72"/>
        <source>答对 %1 / %2 题</source>
        <translation>%1 / %2 correct</translation>
    </message>
    <message>
        <location filename="../pages/quiz_result.py" line="75"/>
        <source>%1 分及格</source>
        <translation>Pass mark %1 / 100</translation>
    </message>
    <message>
        <location filename="../pages/quiz_result.py" line="79"/>
        <source>再练一次</source>
        <translation>Practice again</translation>
    </message>
    <message>
        <location filename="../pages/quiz_result.py" line="87"/>
        <source>本测验只公布成绩，不提供逐题解析。</source>
        <translation>This quiz shows only your score; no answer review is provided.</translation>
    </message>
    <message>
        <location filename="../pages/quiz_result.py" line="117"/>
        <source>部分正确（得 %1%）</source>
        <translation>Partly correct (%1% credit)</translation>
    </message>
    <message>
        <location filename="../pages/quiz_result.py" line="127"/>
        <source>你的答案：%1</source>
        <translation>Your answer: %1</translation>
    </message>
    <message>
        <location filename="../pages/quiz_result.py" line="130"/>
        <source>正确答案：%1</source>
        <translation>Correct answer: %1</translation>
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message>
        <location filename="../pages/records.py" line="53"/>
        <source>名称</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../pages/records.py" line="54"/>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../pages/records.py" line="55"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../pages/records.py" line="56"/>
        <source>成绩</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../pages/records.py" line="57"/>
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../pages/records.py" line="66"/>
        <source>情景推演</source>
        <translation>Scenario drill</translation>
    </message>
    <message>
        <location filename="../pages/records.py" line="67"/>
        <source>已完成</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location filename="../pages/records.py" line="72"/>
        <source>通过</source>
        <translation>Passed</translation>
    </message>
    <message>
        <location filename="../pages/records.py" line="72"/>
        <source>未通过</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location filename="../pages/records.py" line="77"/>
        <source>课程已更新，已停止</source>
        <translation>Stopped: the course changed</translation>
    </message>
</context>
<context>
    <name>RecordsPage</name>
    <message>
        <location filename="../pages/records.py" line="104"/>
        <source>学习路径课程完成</source>
        <translation>Path courses completed</translation>
    </message>
    <message>
        <location filename="../pages/records.py" line="104"/>
        <source>获得学时</source>
        <translation>Study hours earned</translation>
    </message>
    <message>
        <location filename="../pages/records.py" line="105"/>
        <source>已学完课时</source>
        <translation>Lessons completed</translation>
    </message>
    <message>
        <location filename="../pages/records.py" line="105"/>
        <source>累计阅读时长</source>
        <translation>Time spent reading</translation>
    </message>
    <message>
        <location filename="../pages/records.py" line="112"/>
        <source>测验、练习与推演记录（双击查看逐题解析或复盘）</source>
        <translation>Quizzes, practice and drills (double-click for the review or debrief)</translation>
    </message>
    <message>
        <location filename="../pages/records.py" line="115"/>
        <source>导出学习记录文件…</source>
        <translation>Export progress file…</translation>
    </message>
    <message>
        <location filename="../pages/records.py" line="117"/>
        <source>把本机上你的学习记录存成一个签名文件，交给培训管理员导入。</source>
        <translation>Save your progress on this computer as a signed file and give it to the training administrator to import.</translation>
    </message>
    <message>
        <location filename="../pages/records.py" line="142"/>
        <source>还没有测验记录</source>
        <translation>No quiz records yet</translation>
    </message>
    <message>
        <location filename="../pages/records.py" line="143"/>
        <source>学完一门课程的课时后，在课程页参加结业测验，成绩会记录在这里。</source>
        <translation>After finishing a course&apos;s lessons, take its final quiz on the course page. Your results will appear here.</translation>
    </message>
    <message>
        <location filename="../pages/records.py" line="158"/>
        <source>学习记录</source>
        <translation>Learning records</translation>
    </message>
    <message>
        <location filename="../pages/records.py" line="159"/>
        <source>记录保存在本机，关闭程序后仍然保留。参加测验 %1 次。</source>
        <translation>Records are kept on this computer and survive a restart. Quizzes taken: %1.</translation>
    </message>
    <message>
        <location filename="../pages/records.py" line="168"/>
        <source>%1 小时 %2 分</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location filename="../pages/records.py" line="172"/>
        <source>%1 分钟</source>
        <translation>%1 min</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../admin/account_dialog.py" line="24"/>
        <source>学员</source>
        <translation>Learner</translation>
    </message>
    <message>
        <location filename="../admin/account_dialog.py" line="25"/>
        <source>培训师</source>
        <translation>Trainer</translation>
    </message>
    <message>
        <location filename="../admin/account_dialog.py" line="26"/>
        <source>管理员</source>
        <translation>Administrator</translation>
    </message>
</context>
<context>
    <name>RosterImportDialog</name>
    <message>
        <location filename="../admin/roster_import.py" line="23"/>
        <source>导入花名册</source>
        <translation>Import roster</translation>
    </message>
    <message>
        <location filename="../admin/roster_import.py" line="36"/>
        <source>发现以下问题（文件:行号: 说明）：</source>
        <translation>The following problems were found (file:line: description):</translation>
    </message>
    <message>
        <location filename="../admin/roster_import.py" line="41"/>
        <source>有问题时不会导入任何学员。请修改花名册后重新导入，或跳过有问题的行。</source>
        <translation>While there are problems, no learners are imported. Correct the roster and import it again, or skip the rows with problems.</translation>
    </message>
    <message>
        <location filename="../admin/roster_import.py" line="48"/>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../admin/roster_import.py" line="51"/>
        <source>跳过错误行并导入</source>
        <translation>Skip invalid rows and import</translation>
    </message>
    <message>
        <location filename="../admin/roster_import.py" line="53"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../admin/roster_import.py" line="64"/>
        <source>无法导入这个文件。</source>
        <translation>This file can&apos;t be imported.</translation>
    </message>
    <message>
        <location filename="../admin/roster_import.py" line="66"/>
        <source>新增 %1 人 · 更新 %2 人 · 未变 %3 人</source>
        <translation>New: %1 · Updated: %2 · Unchanged: %3</translation>
    </message>
    <message>
        <location filename="../admin/roster_import.py" line="72"/>
        <source> · 有问题的行 %1 行</source>
        <translation> · Rows with problems: %1</translation>
    </message>
</context>
<context>
    <name>ScenarioDebriefPage</name>
    <message>
        <location filename="../pages/scenario_debrief.py" line="20"/>
        <source>返回情景推演</source>
        <translation>Back to scenario drills</translation>
    </message>
    <message>
        <location filename="../pages/scenario_debrief.py" line="33"/>
        <source>五个维度的得分</source>
        <translation>Scores on the five dimensions</translation>
    </message>
    <message>
        <location filename="../pages/scenario_debrief.py" line="42"/>
        <source>逐步复盘</source>
        <translation>Step-by-step debrief</translation>
    </message>
    <message>
        <location filename="../pages/scenario_debrief.py" line="44"/>
        <source>再推演一次</source>
        <translation>Run the drill again</translation>
    </message>
    <message>
        <location filename="../pages/scenario_debrief.py" line="55"/>
        <source>%1 · 复盘</source>
        <translation>%1 · Debrief</translation>
    </message>
    <message>
        <location filename="../pages/scenario_debrief.py" line="56"/>
        <source>结局：%1</source>
        <translation>Outcome: %1</translation>
    </message>
    <message>
        <location filename="../pages/scenario_debrief.py" line="59"/>
        <source>这是本推演最好的结局。</source>
        <translation>This is the best ending of this drill.</translation>
    </message>
    <message>
        <location filename="../pages/scenario_debrief.py" line="62"/>
        <source>这不是最好的结局：前面某些决定留下了后果。看看下面每一步，再推演一次。</source>
        <translation>This is not the best ending: some earlier decisions had consequences. Review each step below and try the drill again.</translation>
    </message>
    <message>
        <location filename="../pages/scenario_debrief.py" line="79"/>
        <source>%1 / 最高 %2</source>
        <translation>%1 / max %2</translation>
    </message>
    <message>
        <location filename="../pages/scenario_debrief.py" line="97"/>
        <source>第 %1 步 · %2</source>
        <translation>Step %1 · %2</translation>
    </message>
    <message>
        <location filename="../pages/scenario_debrief.py" line="103"/>
        <source>超时，未作决定</source>
        <translation>Timed out — no decision made</translation>
    </message>
    <message>
        <location filename="../pages/scenario_debrief.py" line="104"/>
        <source>你的决定：%1</source>
        <translation>Your decision: %1</translation>
    </message>
    <message>
        <location filename="../pages/scenario_debrief.py" line="108"/>
        <source>更好的做法：%1</source>
        <translation>Better approach: %1</translation>
    </message>
</context>
<context>
    <name>ScenarioListPage</name>
    <message>
        <location filename="../pages/scenarios.py" line="26"/>
        <source>情景推演</source>
        <translation>Scenario drills</translation>
    </message>
    <message>
        <location filename="../pages/scenarios.py" line="28"/>
        <source>在限时的情境中作出选择，结束后按时效、准确、透明、共情、合规五个维度复盘。情境均为虚构。</source>
        <translation>Make choices in timed scenarios, then debrief on five dimensions: timeliness, accuracy, transparency, empathy and compliance. All scenarios are fictional.</translation>
    </message>
    <message>
        <location filename="../pages/scenarios.py" line="37"/>
        <source>还没有适合你的推演</source>
        <translation>No drills for you yet</translation>
    </message>
    <message>
        <location filename="../pages/scenarios.py" line="38"/>
        <source>请培训管理员安装面向你所在类别的情景推演。</source>
        <translation>Ask your training administrator to install scenario drills for your learner category.</translation>
    </message>
    <message>
        <location filename="../pages/scenarios.py" line="53"/>
        <source>已完成 %1 次</source>
        <translation>Runs completed: %1</translation>
    </message>
    <message>
        <location filename="../pages/scenarios.py" line="61"/>
        <source>约 %1 分钟</source>
        <translation>About %1 min</translation>
    </message>
    <message>
        <location filename="../pages/scenarios.py" line="64"/>
        <source>查看上次复盘</source>
        <translation>View last debrief</translation>
    </message>
    <message>
        <location filename="../pages/scenarios.py" line="70"/>
        <source>继续推演</source>
        <translation>Resume drill</translation>
    </message>
    <message>
        <location filename="../pages/scenarios.py" line="70"/>
        <source>开始推演</source>
        <translation>Start drill</translation>
    </message>
</context>
<context>
    <name>ScenarioRunPage</name>
    <message>
        <location filename="../pages/scenario_run.py" line="46"/>
        <source>暂离推演（进度已保存）</source>
        <translation>Leave drill for now (progress saved)</translation>
    </message>
    <message>
        <location filename="../pages/scenario_run.py" line="54"/>
        <source>你会怎么做？</source>
        <translation>What would you do?</translation>
    </message>
    <message>
        <location filename="../pages/scenario_run.py" line="67"/>
        <source>第 %1 步 · %2</source>
        <translation>Step %1 · %2</translation>
    </message>
    <message>
        <location filename="../pages/scenario_run.py" line="125"/>
        <source>决策时限：剩余 %1 秒</source>
        <translation>Time to decide: %1 s left</translation>
    </message>
</context>
<context>
    <name>SelfTest</name>
    <message>
        <location filename="../app.py" line="221"/>
        <source>课程内容有 {count} 个问题</source>
        <translation>the course content has {count} problems</translation>
    </message>
    <message>
        <location filename="../app.py" line="225"/>
        <source>在 {places} 中没有找到课程</source>
        <translation>no courses found in {places}</translation>
    </message>
    <message>
        <location filename="../app.py" line="243"/>
        <source>主窗口没有载入完成</source>
        <translation>the main window did not finish loading</translation>
    </message>
    <message>
        <location filename="../app.py" line="257"/>
        <source>第一课没有打开</source>
        <translation>the first lesson did not open</translation>
    </message>
    <message>
        <location filename="../app.py" line="260"/>
        <source>管理概览没有打开</source>
        <translation>the administrator&apos;s overview did not open</translation>
    </message>
</context>
<context>
    <name>SignInFlow</name>
    <message>
        <location filename="../sign_in_flow.py" line="52"/>
        <source>管理员账户已创建。以后可从“切换或新建学员”菜单中的“管理员登录”进入管理。</source>
        <translation>The administrator account has been created. From now on, choose &quot;Administrator sign-in&quot; in the &quot;Switch learner&quot; menu to open administration.</translation>
    </message>
    <message>
        <location filename="../sign_in_flow.py" line="145"/>
        <source>登录密码已保存</source>
        <translation>Sign-in PIN saved</translation>
    </message>
    <message>
        <location filename="../sign_in_flow.py" line="145"/>
        <source>登录密码已删除</source>
        <translation>Sign-in PIN removed</translation>
    </message>
    <message>
        <location filename="../sign_in_flow.py" line="155"/>
        <source>未选择学员</source>
        <translation>No learner selected</translation>
    </message>
    <message>
        <location filename="../sign_in_flow.py" line="155"/>
        <source>请从下面的菜单选择</source>
        <translation>Choose from the menu below</translation>
    </message>
    <message>
        <location filename="../sign_in_flow.py" line="181"/>
        <source>管理员</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../sign_in_flow.py" line="181"/>
        <source>培训师</source>
        <translation>Trainer</translation>
    </message>
    <message>
        <location filename="../sign_in_flow.py" line="237"/>
        <source>新建学员……</source>
        <translation>New learner…</translation>
    </message>
    <message>
        <location filename="../sign_in_flow.py" line="239"/>
        <source>设置登录密码……</source>
        <translation>Set sign-in PIN…</translation>
    </message>
    <message>
        <location filename="../sign_in_flow.py" line="242"/>
        <source>退出管理</source>
        <translation>Exit administration</translation>
    </message>
    <message>
        <location filename="../sign_in_flow.py" line="245"/>
        <source>设置管理员账户……</source>
        <translation>Set up administrator account…</translation>
    </message>
    <message>
        <location filename="../sign_in_flow.py" line="247"/>
        <source>管理员登录……</source>
        <translation>Administrator sign-in…</translation>
    </message>
</context>
<context>
    <name>SignedOutPage</name>
    <message>
        <location filename="../pages/signed_out.py" line="18"/>
        <source>请选择学员</source>
        <translation>Choose a learner</translation>
    </message>
    <message>
        <location filename="../pages/signed_out.py" line="20"/>
        <source>点击左下角的“切换或新建学员”，选择你的学员档案或新建一个。设有登录密码的档案需要输入密码。</source>
        <translation>Click &quot;Switch learner&quot; in the lower-left corner to choose your learner profile or create a new one. Profiles with a sign-in PIN ask for the PIN.</translation>
    </message>
</context>
<context>
    <name>StaffSignInDialog</name>
    <message>
        <location filename="../staff_sign_in_dialog.py" line="19"/>
        <location filename="../staff_sign_in_dialog.py" line="20"/>
        <source>管理员登录</source>
        <translation>Administrator sign-in</translation>
    </message>
    <message>
        <location filename="../staff_sign_in_dialog.py" line="21"/>
        <source>登录后进入管理区；学员的学习进度不受影响，退出管理后回到学员界面。</source>
        <translation>Signing in opens the administration area. Learners&apos; progress is not affected, and exiting administration returns you to the learner view.</translation>
    </message>
    <message>
        <location filename="../staff_sign_in_dialog.py" line="27"/>
        <source>登录名</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../staff_sign_in_dialog.py" line="28"/>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../staff_sign_in_dialog.py" line="29"/>
        <source>登录</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../staff_sign_in_dialog.py" line="29"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../staff_sign_in_dialog.py" line="34"/>
        <source>请填写登录名。</source>
        <translation>Enter a user name.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../app.py" line="150"/>
        <source>无法启动</source>
        <translation>Cannot start</translation>
    </message>
</context>
<context>
    <name>TrainerArea</name>
    <message>
        <location filename="../courses/trainer_area.py" line="14"/>
        <source>退出课程管理</source>
        <translation>Exit course management</translation>
    </message>
    <message>
        <location filename="../courses/trainer_area.py" line="20"/>
        <source>课程管理</source>
        <translation>Course management</translation>
    </message>
    <message>
        <location filename="../courses/trainer_area.py" line="20"/>
        <source>培训师：%1</source>
        <translation>Trainer: %1</translation>
    </message>
</context>
<context>
    <name>TrainerKeysBox</name>
    <message>
        <location filename="../courses/trainer_keys.py" line="27"/>
        <source>信任的培训师签名密钥</source>
        <translation>Trusted trainer signing keys</translation>
    </message>
    <message>
        <location filename="../courses/trainer_keys.py" line="32"/>
        <source>培训师运行 keygen 显示的公钥</source>
        <translation>Public key shown when the trainer runs keygen</translation>
    </message>
    <message>
        <location filename="../courses/trainer_keys.py" line="35"/>
        <source>培训师或单位名称</source>
        <translation>Trainer or unit name</translation>
    </message>
    <message>
        <location filename="../courses/trainer_keys.py" line="37"/>
        <source>加入信任列表</source>
        <translation>Add to trust list</translation>
    </message>
    <message>
        <location filename="../courses/trainer_keys.py" line="43"/>
        <source>名称</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../courses/trainer_keys.py" line="44"/>
        <source>公钥指纹</source>
        <translation>Public key fingerprint</translation>
    </message>
    <message>
        <location filename="../courses/trainer_keys.py" line="52"/>
        <source>移除所选密钥</source>
        <translation>Remove selected key</translation>
    </message>
    <message>
        <location filename="../courses/trainer_keys.py" line="64"/>
        <source>只安装由下列密钥签名的课程包。</source>
        <translation>Only course packages signed with the following keys are installed.</translation>
    </message>
    <message>
        <location filename="../courses/trainer_keys.py" line="67"/>
        <source>列表为空：任何通过检查的课程包都可以安装。加入密钥后只接受其签名的课程包。</source>
        <translation>The list is empty: any course package that passes validation can be installed. Once keys are added, only course packages signed with them are accepted.</translation>
    </message>
    <message>
        <location filename="../courses/trainer_keys.py" line="76"/>
        <source>这个公钥的指纹是：
%1

请与培训师当面或电话核对，一致后再加入信任列表。</source>
        <translation>The fingerprint of this public key is:
%1

Verify it with the trainer in person or by phone, and add it to the trusted list only if it matches.</translation>
    </message>
    <message>
        <location filename="../courses/trainer_keys.py" line="78"/>
        <source>核对指纹</source>
        <translation>Verify fingerprint</translation>
    </message>
    <message>
        <location filename="../courses/trainer_keys.py" line="93"/>
        <source>移除“%1”的密钥？</source>
        <translation>Remove the key for &quot;%1&quot;?</translation>
    </message>
    <message>
        <location filename="../courses/trainer_keys.py" line="94"/>
        <source>移除密钥</source>
        <translation>Remove key</translation>
    </message>
</context>
<context>
    <name>TrustedInstallationsTab</name>
    <message>
        <location filename="../admin/trusted_installations.py" line="41"/>
        <source>本机公钥指纹</source>
        <translation>This computer&apos;s public key fingerprint</translation>
    </message>
    <message>
        <location filename="../admin/trusted_installations.py" line="44"/>
        <source>本机公钥</source>
        <translation>This computer&apos;s public key</translation>
    </message>
    <message>
        <location filename="../admin/trusted_installations.py" line="48"/>
        <source>复制公钥</source>
        <translation>Copy public key</translation>
    </message>
    <message>
        <location filename="../admin/trusted_installations.py" line="54"/>
        <source>信任其他安装</source>
        <translation>Trust other installations</translation>
    </message>
    <message>
        <location filename="../admin/trusted_installations.py" line="58"/>
        <source>在对方电脑上运行“literacy-app installation-key”取得公钥，先打电话核对公钥指纹，一致后再粘贴到下面。</source>
        <translation>Run &quot;literacy-app installation-key&quot; on the other computer to get its public key. Phone to confirm the public key fingerprint first, and paste the key below only if it matches.</translation>
    </message>
    <message>
        <location filename="../admin/trusted_installations.py" line="66"/>
        <source>对方的公钥</source>
        <translation>Other installation&apos;s public key</translation>
    </message>
    <message>
        <location filename="../admin/trusted_installations.py" line="69"/>
        <source>名称，例如签发单位</source>
        <translation>Name, e.g. the issuing organization</translation>
    </message>
    <message>
        <location filename="../admin/trusted_installations.py" line="71"/>
        <source>加入信任列表</source>
        <translation>Add to trust list</translation>
    </message>
    <message>
        <location filename="../admin/trusted_installations.py" line="78"/>
        <source>名称</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../admin/trusted_installations.py" line="79"/>
        <source>公钥指纹</source>
        <translation>Public key fingerprint</translation>
    </message>
    <message>
        <location filename="../admin/trusted_installations.py" line="81"/>
        <source>加入时间</source>
        <translation>Date added</translation>
    </message>
    <message>
        <location filename="../admin/trusted_installations.py" line="89"/>
        <source>只信任本机签发的证书</source>
        <translation>Only certificates issued on this computer are trusted</translation>
    </message>
    <message>
        <location filename="../admin/trusted_installations.py" line="90"/>
        <source>加入其他安装的公钥后，它们签发的证书在本机查验时也会显示为真实。</source>
        <translation>After you add other installations&apos; public keys, certificates they issue also show as genuine when verified on this computer.</translation>
    </message>
    <message>
        <location filename="../admin/trusted_installations.py" line="96"/>
        <source>移除所选安装</source>
        <translation>Remove selected installation</translation>
    </message>
    <message>
        <location filename="../admin/trusted_installations.py" line="120"/>
        <source>这个公钥的指纹是：
%1

请确认已与对方电话核对，指纹完全一致后再加入信任列表。</source>
        <translation>The fingerprint of this public key is:
%1

Confirm by phone with the other party that the fingerprint matches exactly before adding it to the trust list.</translation>
    </message>
    <message>
        <location filename="../admin/trusted_installations.py" line="122"/>
        <source>核对指纹</source>
        <translation>Verify fingerprint</translation>
    </message>
    <message>
        <location filename="../admin/trusted_installations.py" line="137"/>
        <source>移除“%1”后，它签发的证书在本机将无法查验为真实。确定移除吗？</source>
        <translation>After &quot;%1&quot; is removed, certificates it issued can no longer be verified as genuine on this computer. Remove it?</translation>
    </message>
    <message>
        <location filename="../admin/trusted_installations.py" line="140"/>
        <source>移除信任</source>
        <translation>Remove trust</translation>
    </message>
</context>
<context>
    <name>_LoadingPage</name>
    <message>
        <location filename="../main_window.py" line="65"/>
        <source>正在载入课程……</source>
        <translation>Loading courses…</translation>
    </message>
</context>
<context>
    <name>_ProgressDialog</name>
    <message>
        <location filename="../tasks.py" line="226"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../tasks.py" line="240"/>
        <source>正在取消……</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location filename="../tasks.py" line="256"/>
        <source>请稍候……</source>
        <translation>Please wait…</translation>
    </message>
</context>
</TS>
