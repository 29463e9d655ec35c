<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
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
    <name>Cli</name>
    <message>
        <location filename="../../cli.py" line="31"/>
        <source>用法：</source>
        <translation>usage: </translation>
    </message>
    <message>
        <location filename="../../cli.py" line="32"/>
        <source>位置参数</source>
        <translation>positional arguments</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="33"/>
        <source>选项</source>
        <translation>options</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="34"/>
        <source>显示本帮助后退出</source>
        <translation>show this help and exit</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="35"/>
        <source>{prog}：错误：{message}</source>
        <translation>{prog}: error: {message}</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="126"/>
        <source>政务新媒体与媒介素养离线培训。不带子命令时打开程序窗口。</source>
        <translation>Offline training in government new media and media literacy. Without a command, opens the program window.</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="132"/>
        <source>显示版本号后退出</source>
        <translation>show the version number and exit</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="136"/>
        <source>存放数据库和日志的文件夹（环境变量 LITERACY_APP_DATA_DIR）</source>
        <translation>folder for the database and logs (environment variable LITERACY_APP_DATA_DIR)</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="140"/>
        <source>SQLAlchemy 数据库地址（环境变量 LITERACY_APP_DB_URL）</source>
        <translation>SQLAlchemy database URL (environment variable LITERACY_APP_DB_URL)</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="144"/>
        <source>课程内容所在文件夹，可重复（默认：随程序提供的 courses/、quizzes/ 和 scenarios/）</source>
        <translation>folder holding course content, may be repeated (default: the courses/, quizzes/ and scenarios/ shipped with the program)</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="150"/>
        <source>界面语言（环境变量 LITERACY_APP_LANG，默认 zh_CN）</source>
        <translation>interface language (environment variable LITERACY_APP_LANG, default zh_CN)</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="154"/>
        <source>在后台（offscreen）打开主窗口并载入课程后退出：0 表示正常，1 表示有问题</source>
        <translation>open the main window offscreen, load the courses and exit: 0 means all is well, 1 means there is a problem</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="162"/>
        <source>检查课程文件夹和题库</source>
        <translation>check course folders and question banks</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="163"/>
        <source>检查课程文件夹和题库，每个问题输出一行“路径:行号: 说明”。</source>
        <translation>Check course folders and question banks, printing one line &quot;path:line: description&quot; per problem.</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="169"/>
        <source>课程文件夹、题库文件或包含它们的文件夹（默认：随程序提供的内容）</source>
        <translation>a course folder, a question bank file or a folder containing them (default: the content shipped with the program)</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="174"/>
        <source>以 JSON 输出问题列表</source>
        <translation>print the list of problems as JSON</translation>
    </message>
</context>
<context>
    <name>CourseCard</name>
    <message>
        <location filename="../course_card.py" line="35"/>
        <source>已完成</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location filename="../course_card.py" line="49"/>
        <source>复习</source>
        <translation>Review</translation>
    </message>
    <message>
        <location filename="../course_card.py" line="51"/>
        <source>继续学习</source>
        <translation>Continue</translation>
    </message>
    <message>
        <location filename="../course_card.py" line="53"/>
        <source>开始学习</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../course_card.py" line="63"/>
        <source>已学 %1/%2 课</source>
        <translation>%1/%2 lessons done</translation>
    </message>
    <message>
        <location filename="../course_card.py" line="69"/>
        <source>测验已通过</source>
        <translation>Quiz passed</translation>
    </message>
    <message>
        <location filename="../course_card.py" line="72"/>
        <source>测验最高 %1</source>
        <translation>Best quiz score: %1</translation>
    </message>
    <message>
        <location filename="../course_card.py" line="75"/>
        <source>测验未参加</source>
        <translation>Quiz not taken</translation>
    </message>
</context>
<context>
    <name>CoursePage</name>
    <message>
        <location filename="../pages/course.py" line="35"/>
        <source>返回</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../pages/course.py" line="43"/>
        <source>课程目录</source>
        <translation>Lessons</translation>
    </message>
    <message>
        <location filename="../pages/course.py" line="51"/>
        <source>结业测验</source>
        <translation>Final quiz</translation>
    </message>
    <message>
        <location filename="../pages/course.py" line="60"/>
        <source>查看上次成绩</source>
        <translation>View last result</translation>
    </message>
    <message>
        <location filename="../pages/course.py" line="68"/>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../pages/course.py" line="69"/>
        <source>%1%2</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../pages/course.py" line="78"/>
        <source>版本 %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location filename="../pages/course.py" line="91"/>
        <source>已学完</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location filename="../pages/course.py" line="93"/>
        <source>学习中</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../pages/course.py" line="95"/>
        <source>未开始</source>
        <translation>Not started</translation>
    </message>
    <message>
        <location filename="../pages/course.py" line="96"/>
        <source>第 %1 课&#x3000;%2</source>
        <translation>Lesson %1: %2</translation>
    </message>
    <message>
        <location filename="../pages/course.py" line="97"/>
        <source>约 %1 分钟</source>
        <translation>About %1 min</translation>
    </message>
    <message>
        <location filename="../pages/course.py" line="112"/>
        <source>本课程没有结业测验，学完全部课时即完成。</source>
        <translation>This course has no final quiz. It is complete once you finish all lessons.</translation>
    </message>
    <message>
        <location filename="../pages/course.py" line="118"/>
        <source>共 %1 题，%2 分及格</source>
        <translation>%1 questions · pass mark %2 / 100</translation>
    </message>
    <message>
        <location filename="../pages/course.py" line="126"/>
        <source>已通过</source>
        <translation>Passed</translation>
    </message>
    <message>
        <location filename="../pages/course.py" line="128"/>
        <source>未通过</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location filename="../pages/course.py" line="134"/>
        <source>已参加 %1 次，最高 %2</source>
        <translation>Attempts: %1 · best score: %2</translation>
    </message>
    <message>
        <location filename="../pages/course.py" line="136"/>
        <source>已参加 %1 次，最近一次 %2</source>
        <translation>Attempts: %1 · latest score: %2</translation>
    </message>
    <message>
        <location filename="../pages/course.py" line="144"/>
        <source>继续测验</source>
        <translation>Resume quiz</translation>
    </message>
    <message>
        <location filename="../pages/course.py" line="146"/>
        <source>再测一次</source>
        <translation>Retake quiz</translation>
    </message>
    <message>
        <location filename="../pages/course.py" line="148"/>
        <source>开始测验</source>
        <translation>Start quiz</translation>
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
    <name>FillEditor</name>
    <message>
        <location filename="../question_widgets.py" line="202"/>
        <source>填写第 %1 空</source>
        <translation>Fill in blank %1</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../labels.py" line="15"/>
        <source>领导干部</source>
        <translation>Leading cadres</translation>
    </message>
    <message>
        <location filename="../labels.py" line="16"/>
        <source>政务运营团队</source>
        <translation>Government media operations team</translation>
    </message>
    <message>
        <location filename="../labels.py" line="17"/>
        <source>公众</source>
        <translation>General public</translation>
    </message>
    <message>
        <location filename="../labels.py" line="23"/>
        <source>必修</source>
        <translation>Required</translation>
    </message>
    <message>
        <location filename="../labels.py" line="24"/>
        <source>选修</source>
        <translation>Elective</translation>
    </message>
    <message>
        <location filename="../labels.py" line="30"/>
        <source>单选题</source>
        <translation>Single choice</translation>
    </message>
    <message>
        <location filename="../labels.py" line="31"/>
        <source>多选题</source>
        <translation>Multiple choice</translation>
    </message>
    <message>
        <location filename="../labels.py" line="32"/>
        <source>判断题</source>
        <translation>True or false</translation>
    </message>
    <message>
        <location filename="../labels.py" line="33"/>
        <source>填空题</source>
        <translation>Fill in the blanks</translation>
    </message>
    <message>
        <location filename="../labels.py" line="34"/>
        <source>排序题</source>
        <translation>Ordering</translation>
    </message>
    <message>
        <location filename="../labels.py" line="35"/>
        <source>配对题</source>
        <translation>Matching</translation>
    </message>
    <message>
        <location filename="../labels.py" line="36"/>
        <source>案例题</source>
        <translation>Case study</translation>
    </message>
    <message>
        <location filename="../labels.py" line="43"/>
        <source>时效</source>
        <translation>Timeliness</translation>
    </message>
    <message>
        <location filename="../labels.py" line="44"/>
        <source>准确</source>
        <translation>Accuracy</translation>
    </message>
    <message>
        <location filename="../labels.py" line="45"/>
        <source>透明</source>
        <translation>Transparency</translation>
    </message>
    <message>
        <location filename="../labels.py" line="46"/>
        <source>共情</source>
        <translation>Empathy</translation>
    </message>
    <message>
        <location filename="../labels.py" line="47"/>
        <source>合规</source>
        <translation>Compliance</translation>
    </message>
    <message>
        <location filename="../labels.py" line="53"/>
        <source>结业测验</source>
        <translation>Final quiz</translation>
    </message>
    <message>
        <location filename="../labels.py" line="54"/>
        <source>课后练习</source>
        <translation>Lesson practice</translation>
    </message>
    <message>
        <location filename="../labels.py" line="55"/>
        <source>每日练习</source>
        <translation>Daily practice</translation>
    </message>
    <message>
        <location filename="../labels.py" line="56"/>
        <source>错题复习</source>
        <translation>Mistake review</translation>
    </message>
    <message>
        <location filename="../labels.py" line="75"/>
        <source>%1 · 课后练习</source>
        <translation>%1 · Practice</translation>
    </message>
    <message>
        <location filename="../labels.py" line="85"/>
        <source>正确</source>
        <translation>True</translation>
    </message>
    <message>
        <location filename="../labels.py" line="87"/>
        <source>错误</source>
        <translation>False</translation>
    </message>
    <message>
        <location filename="../labels.py" line="93"/>
        <source>%1 学时</source>
        <translation>%1 study hours</translation>
    </message>
    <message>
        <location filename="../labels.py" line="97"/>
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
    <name>LearningPathPage</name>
    <message>
        <location filename="../pages/learning_path.py" line="26"/>
        <source> · 今天有 %1 道错题待复习</source>
        <translation> · %1 mistakes due for review today</translation>
    </message>
    <message>
        <location filename="../pages/learning_path.py" line="33"/>
        <source>我的学习路径</source>
        <translation>My learning path</translation>
    </message>
    <message>
        <location filename="../pages/learning_path.py" line="34"/>
        <source>%1 · 必修 %2 门（已完成 %3 门）· 选修 %4 门</source>
        <translation>%1 · %2 required (%3 completed) · %4 elective</translation>
    </message>
    <message>
        <location filename="../pages/learning_path.py" line="47"/>
        <source>还没有面向“%1”的课程</source>
        <translation>No courses for “%1” yet</translation>
    </message>
    <message>
        <location filename="../pages/learning_path.py" line="48"/>
        <source>请到“全部课程”中选学，或请培训管理员安装适合你的课程。</source>
        <translation>Choose from “All courses”, or ask your training administrator to install courses for you.</translation>
    </message>
    <message>
        <location filename="../pages/learning_path.py" line="52"/>
        <source>必修课程</source>
        <translation>Required courses</translation>
    </message>
    <message>
        <location filename="../pages/learning_path.py" line="53"/>
        <source>选修课程</source>
        <translation>Elective courses</translation>
    </message>
</context>
<context>
    <name>LessonReaderPage</name>
    <message>
        <location filename="../pages/lesson_reader.py" line="142"/>
        <source>返回课程</source>
        <translation>Back to course</translation>
    </message>
    <message>
        <location filename="../pages/lesson_reader.py" line="149"/>
        <source>本课目录</source>
        <translation>In this lesson</translation>
    </message>
    <message>
        <location filename="../pages/lesson_reader.py" line="159"/>
        <source>A−</source>
        <translation>A−</translation>
    </message>
    <message>
        <location filename="../pages/lesson_reader.py" line="160"/>
        <source>缩小字号（Ctrl+-）</source>
        <translation>Smaller text (Ctrl+-)</translation>
    </message>
    <message>
        <location filename="../pages/lesson_reader.py" line="161"/>
        <source>A+</source>
        <translation>A+</translation>
    </message>
    <message>
        <location filename="../pages/lesson_reader.py" line="162"/>
        <source>放大字号（Ctrl++）</source>
        <translation>Larger text (Ctrl++)</translation>
    </message>
    <message>
        <location filename="../pages/lesson_reader.py" line="176"/>
        <source>上一课</source>
        <translation>Previous lesson</translation>
    </message>
    <message>
        <location filename="../pages/lesson_reader.py" line="184"/>
        <source>课后练习</source>
        <translation>Lesson practice</translation>
    </message>
    <message>
        <location filename="../pages/lesson_reader.py" line="234"/>
        <source>第 %1 / %2 课</source>
        <translation>Lesson %1 of %2</translation>
    </message>
    <message>
        <location filename="../pages/lesson_reader.py" line="244"/>
        <source>学完本课，下一课</source>
        <translation>Done, next lesson</translation>
    </message>
    <message>
        <location filename="../pages/lesson_reader.py" line="246"/>
        <source>学完本课，返回课程</source>
        <translation>Done, back to course</translation>
    </message>
    <message>
        <location filename="../pages/lesson_reader.py" line="262"/>
        <source>程序出错，详细信息已写入日志。</source>
        <translation>Something went wrong in the program; the details are in the log.</translation>
    </message>
    <message>
        <location filename="../pages/lesson_reader.py" line="264"/>
        <source>本课无法显示</source>
        <translation>This lesson cannot be shown</translation>
    </message>
    <message>
        <location filename="../pages/lesson_reader.py" line="267"/>
        <source>请返回课程，并把上面的说明告诉培训管理员或课程编写者。</source>
        <translation>Please go back to the course and pass the note above on to your training administrator or the course author.</translation>
    </message>
    <message>
        <location filename="../pages/lesson_reader.py" line="277"/>
        <source>学习目标 · 约 %1 分钟</source>
        <translation>Learning objectives · about %1 min</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="88"/>
        <source>政务新媒体素养学堂</source>
        <translation>Government New Media Literacy Academy</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="110"/>
        <source>正在载入课程……</source>
        <translation>Loading courses…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="165"/>
        <source>界面语言已改为 %1，重新启动程序后生效</source>
        <translation>The interface language is now %1; it applies when the program is started again</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="235"/>
        <location filename="../main_window.py" line="240"/>
        <source>无法打开数据库</source>
        <translation>Cannot open database</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="239"/>
        <source>数据库无法打开或升级：
%1</source>
        <translation>The database could not be opened or upgraded:
%1</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="249"/>
        <source>已载入 %1 门课程</source>
        <translation>%1 courses loaded</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="251"/>
        <source>；%1 门课程有错误暂不可用，详见“全部课程”</source>
        <translation>; %1 courses have errors and are unavailable — see “All courses”</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="278"/>
        <source>“%1”的结业测验上次没有交卷（已答 %2 / %3 题），答案都已保存。现在继续吗？</source>
        <translation>Your final quiz for “%1” was not submitted last time (%2 / %3 answered). All your answers are saved. Continue now?</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="287"/>
        <source>
限时测验的计时在程序关闭期间没有暂停；若时间已到，将按已保存的答案交卷。</source>
        <translation>
The timer of a timed quiz does not pause while the app is closed. If time is up, your saved answers will be submitted.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="289"/>
        <source>继续未完成的测验</source>
        <translation>Resume unfinished quiz</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="295"/>
        <source>课程载入失败</source>
        <translation>Failed to load courses</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="344"/>
        <source>新建学员……</source>
        <translation>New learner…</translation>
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
        <source>该学员档案不存在。</source>
        <translation>This learner profile does not exist.</translation>
    </message>
    <message>
        <location filename="../../catalogue/services.py" line="16"/>
        <source>请填写姓名。</source>
        <translation>Please enter your name.</translation>
    </message>
    <message>
        <location filename="../../catalogue/services.py" line="17"/>
        <source>姓名最多 {limit} 个字。</source>
        <translation>A name can have at most {limit} characters.</translation>
    </message>
    <message>
        <location filename="../../catalogue/services.py" line="18"/>
        <source>单位或部门最多 {limit} 个字。</source>
        <translation>An organisation or department can have at most {limit} characters.</translation>
    </message>
    <message>
        <location filename="../../catalogue/services.py" line="19"/>
        <source>请选择学员类别：领导干部、政务运营团队或公众。</source>
        <translation>Please choose a learner group: leading cadres, government new-media teams or the public.</translation>
    </message>
    <message>
        <location filename="../../catalogue/services.py" line="22"/>
        <source>该课程目前不可用，请联系培训管理员。</source>
        <translation>This course is not available at the moment. Please contact your training administrator.</translation>
    </message>
    <message>
        <location filename="../../catalogue/services.py" line="23"/>
        <source>该课时已不在课程中。</source>
        <translation>This lesson is no longer part of the course.</translation>
    </message>
    <message>
        <location filename="../../catalogue/services.py" line="24"/>
        <source>该课程没有结业测验。</source>
        <translation>This course has no final quiz.</translation>
    </message>
    <message>
        <location filename="../../catalogue/services.py" line="25"/>
        <source>本课没有课后练习。</source>
        <translation>This lesson has no practice.</translation>
    </message>
    <message>
        <location filename="../../catalogue/services.py" line="26"/>
        <source>本测验最多可参加 {limit} 次，机会已用完。</source>
        <translation>This quiz can be taken at most {limit} times, and all attempts have been used.</translation>
    </message>
    <message>
        <location filename="../../catalogue/services.py" line="27"/>
        <source>无法按规则抽题，题库可能在程序运行时被改动。请联系培训管理员检查课程“{course}”。</source>
        <translation>The questions could not be drawn by the quiz rules; the question banks may have been changed while the program was running. Ask your training administrator to check the course “{course}”.</translation>
    </message>
    <message>
        <location filename="../../catalogue/services.py" line="31"/>
        <source>题目“{question}”已不在题库中。</source>
        <translation>The question “{question}” is no longer in the question bank.</translation>
    </message>
    <message>
        <location filename="../../catalogue/services.py" line="32"/>
        <source>该题不属于本次测验。</source>
        <translation>This question is not part of this quiz.</translation>
    </message>
    <message>
        <location filename="../../catalogue/services.py" line="33"/>
        <source>没有找到这次测验。</source>
        <translation>This quiz attempt was not found.</translation>
    </message>
    <message>
        <location filename="../../catalogue/services.py" line="34"/>
        <source>这次测验已经提交，不能再修改答案。</source>
        <translation>This quiz has been handed in; its answers can no longer be changed.</translation>
    </message>
    <message>
        <location filename="../../catalogue/services.py" line="35"/>
        <source>课程内容已更新，这次作答已停止，已保存的答案保留在学习记录中。</source>
        <translation>The course has been updated, so this attempt was stopped. The answers you saved are kept in your learning records.</translation>
    </message>
    <message>
        <location filename="../../catalogue/services.py" line="38"/>
        <source>考试时间已到，这个答案没有保存。</source>
        <translation>Time is up; this answer was not saved.</translation>
    </message>
    <message>
        <location filename="../../catalogue/services.py" line="39"/>
        <source>还没有作答任何题目，请先作答再提交。</source>
        <translation>You have not answered any question yet. Please answer before handing in.</translation>
    </message>
    <message>
        <location filename="../../catalogue/services.py" line="40"/>
        <source>没有找到这次测验的成绩。</source>
        <translation>No result was found for this quiz attempt.</translation>
    </message>
    <message>
        <location filename="../../catalogue/services.py" line="41"/>
        <source>今天没有需要复习的错题。</source>
        <translation>There are no mistakes due for review today.</translation>
    </message>
    <message>
        <location filename="../../catalogue/services.py" line="42"/>
        <source>暂时没有可练习的题目：你已经做过全部题目，且今天没有待复习的错题。</source>
        <translation>There is nothing to practise right now: you have done every question, and no mistakes are due for review today.</translation>
    </message>
    <message>
        <location filename="../../catalogue/services.py" line="45"/>
        <source>该推演目前不可用，请联系培训管理员。</source>
        <translation>This drill is not available at the moment. Please contact your training administrator.</translation>
    </message>
    <message>
        <location filename="../../catalogue/services.py" line="46"/>
        <source>没有找到这次推演。</source>
        <translation>This drill run was not found.</translation>
    </message>
    <message>
        <location filename="../../catalogue/services.py" line="47"/>
        <source>这次推演已经结束。</source>
        <translation>This drill run has already ended.</translation>
    </message>
    <message>
        <location filename="../../catalogue/services.py" line="48"/>
        <source>这次推演还没有结束。</source>
        <translation>This drill run has not ended yet.</translation>
    </message>
    <message>
        <location filename="../../catalogue/services.py" line="49"/>
        <source>推演内容已更新，这次推演已停止，请重新开始。</source>
        <translation>The drill has been updated, so this run was stopped. Please start it again.</translation>
    </message>
    <message>
        <location filename="../../catalogue/services.py" line="50"/>
        <source>请先作出选择。</source>
        <translation>Please make a choice first.</translation>
    </message>
    <message>
        <location filename="../../catalogue/services.py" line="51"/>
        <source>这个选项已不在推演中。</source>
        <translation>This choice is no longer part of the drill.</translation>
    </message>
    <message>
        <location filename="../../catalogue/services.py" line="52"/>
        <source>无法在数据文件夹“{path}”中创建或写入文件。请检查该文件夹及其上级文件夹是否存在、是否可写，或用 --data-dir 指定另一个文件夹。</source>
        <translation>Files cannot be created or written in the data folder “{path}”. Check that the folder and the folders above it exist and can be written, or choose another folder with --data-dir.</translation>
    </message>
    <message>
        <location filename="../../catalogue/services.py" line="56"/>
        <source>数据文件夹“{path}”正由另一个已打开的程序窗口使用。请切换到那个窗口，或先关闭它再启动。</source>
        <translation>The data folder “{path}” is in use by another open window of the program. Switch to that window, or close it before starting again.</translation>
    </message>
    <message>
        <location filename="../../catalogue/services.py" line="60"/>
        <source>数据库“{path}”只能读取、不能写入，学习记录将无法保存。请检查该文件及其所在文件夹的写入权限后再启动程序。</source>
        <translation>The database “{path}” can be read but not written, so learning records could not be saved. Check the write permissions of the file and its folder, then start the program again.</translation>
    </message>
    <message>
        <location filename="../../catalogue/services.py" line="64"/>
        <source>无法读取数据库“{path}”（{detail}）。文件可能已损坏，或不是本程序的数据库；程序没有改动它。请从备份恢复，或用 --data-dir 指定另一个文件夹。</source>
        <translation>The database “{path}” cannot be read ({detail}). The file may be damaged or may not be this program’s database; the program has not changed it. Restore it from a backup, or choose another folder with --data-dir.</translation>
    </message>
    <message>
        <location filename="../../catalogue/services.py" line="68"/>
        <source>数据库“{path}”由更新版本的程序创建（结构版本 {revision}），本版本不能打开；程序没有改动它。请安装最新版本的程序。</source>
        <translation>The database “{path}” was made by a newer version of the program (schema version {revision}) and cannot be opened by this one; the program has not changed it. Install the latest version of the program.</translation>
    </message>
    <message>
        <location filename="../../catalogue/services.py" line="72"/>
        <source>数据库“{path}”中已有数据表（{tables}），但没有本程序的版本记录，可能不是本程序的数据库；程序没有改动它。请用 --data-dir 指定另一个文件夹。</source>
        <translation>The database “{path}” has tables ({tables}) but no version record of this program, so it may not be this program’s database; the program has not changed it. Choose another folder with --data-dir.</translation>
    </message>
    <message>
        <location filename="../../catalogue/content.py" line="11"/>
        <source>路径不存在</source>
        <translation>The path does not exist</translation>
    </message>
    <message>
        <location filename="../../catalogue/content.py" line="12"/>
        <source>不是课程文件夹、题库或推演文件（.yaml）</source>
        <translation>Not a course folder, question bank or drill file (.yaml)</translation>
    </message>
    <message>
        <location filename="../../catalogue/content.py" line="13"/>
        <source>不是 UTF-8 编码的文本（第 {offset} 字节附近）</source>
        <translation>Not UTF-8 text (near byte {offset})</translation>
    </message>
    <message>
        <location filename="../../catalogue/content.py" line="14"/>
        <source>YAML 语法错误：{detail}</source>
        <translation>YAML syntax error: {detail}</translation>
    </message>
    <message>
        <location filename="../../catalogue/content.py" line="15"/>
        <source>课程文件不能使用锚点（&amp;）和别名（*），请把内容直接写出</source>
        <translation>Course files may not use anchors (&amp;) or aliases (*); write the content out in full</translation>
    </message>
    <message>
        <location filename="../../catalogue/content.py" line="18"/>
        <source>键应为简单的文字；如果值里有花括号或方括号，请给整个值加上引号</source>
        <translation>A key must be plain text; if a value contains braces or brackets, put the whole value in quotes</translation>
    </message>
    <message>
        <location filename="../../catalogue/content.py" line="21"/>
        <source>值“{value}”无法按 {tag} 类型读取；如果它是文字，请加上引号</source>
        <translation>The value “{value}” cannot be read as {tag}; if it is text, put it in quotes</translation>
    </message>
    <message>
        <location filename="../../catalogue/content.py" line="24"/>
        <source>嵌套超过 {limit} 层，课程文件用不到这么深的结构</source>
        <translation>Nested more than {limit} levels deep; no course file needs so deep a structure</translation>
    </message>
    <message>
        <location filename="../../catalogue/content.py" line="27"/>
        <source>读取此文件时出现意外错误（{error}），其他文件不受影响；请把日志发给开发者</source>
        <translation>An unexpected error ({error}) occurred while reading this file; other files are not affected. Please send the log to the developers</translation>
    </message>
    <message>
        <location filename="../../catalogue/content.py" line="30"/>
        <source>course.yaml 应为“键: 值”形式的映射</source>
        <translation>course.yaml should be a mapping of “key: value” lines</translation>
    </message>
    <message>
        <location filename="../../catalogue/content.py" line="31"/>
        <source>题库文件应为“键: 值”形式的映射</source>
        <translation>A question bank file should be a mapping of “key: value” lines</translation>
    </message>
    <message>
        <location filename="../../catalogue/content.py" line="32"/>
        <source>推演文件应为“键: 值”形式的映射</source>
        <translation>A drill file should be a mapping of “key: value” lines</translation>
    </message>
    <message>
        <location filename="../../catalogue/content.py" line="33"/>
        <source>YAML 头部应为“键: 值”形式的映射</source>
        <translation>The YAML header should be a mapping of “key: value” lines</translation>
    </message>
    <message>
        <location filename="../../catalogue/content.py" line="34"/>
        <source>课时文件应以“---”开头的 YAML 头部（id、title、minutes、objectives）开始</source>
        <translation>A lesson file should start with a YAML header opened by “---” (id, title, minutes, objectives)</translation>
    </message>
    <message>
        <location filename="../../catalogue/content.py" line="37"/>
        <source>YAML 头部没有以“---”结束</source>
        <translation>The YAML header is not closed with “---”</translation>
    </message>
    <message>
        <location filename="../../catalogue/content.py" line="38"/>
        <source>缺少必填字段“{field}”</source>
        <translation>Required field “{field}” is missing</translation>
    </message>
    <message>
        <location filename="../../catalogue/content.py" line="39"/>
        <source>未知字段“{field}”，请检查拼写</source>
        <translation>Unknown field “{field}”; check the spelling</translation>
    </message>
    <message>
        <location filename="../../catalogue/content.py" line="40"/>
        <source>“{field}”的取值“{value}”无效，应为以下之一：{expected}</source>
        <translation>“{field}” cannot be “{value}”; it should be one of: {expected}</translation>
    </message>
    <message>
        <location filename="../../catalogue/content.py" line="43"/>
        <source>“{field}”应为文字</source>
        <translation>“{field}” should be text</translation>
    </message>
    <message>
        <location filename="../../catalogue/content.py" line="44"/>
        <source>“{field}”应为整数</source>
        <translation>“{field}” should be a whole number</translation>
    </message>
    <message>
        <location filename="../../catalogue/content.py" line="45"/>
        <source>“{field}”应为数字</source>
        <translation>“{field}” should be a number</translation>
    </message>
    <message>
        <location filename="../../catalogue/content.py" line="46"/>
        <source>“{field}”应为有限的数字</source>
        <translation>“{field}” should be a finite number</translation>
    </message>
    <message>
        <location filename="../../catalogue/content.py" line="47"/>
        <source>“{field}”应为列表（每项以“- ”开头）</source>
        <translation>“{field}” should be a list (each item starting with “- ”)</translation>
    </message>
    <message>
        <location filename="../../catalogue/content.py" line="48"/>
        <source>“{field}”应为“键: 值”形式的映射</source>
        <translation>“{field}” should be a mapping of “key: value” lines</translation>
    </message>
    <message>
        <location filename="../../catalogue/content.py" line="49"/>
        <source>“{field}”应大于 {bound}</source>
        <translation>“{field}” should be greater than {bound}</translation>
    </message>
    <message>
        <location filename="../../catalogue/content.py" line="50"/>
        <source>“{field}”应大于等于 {bound}</source>
        <translation>“{field}” should be at least {bound}</translation>
    </message>
    <message>
        <location filename="../../catalogue/content.py" line="51"/>
        <source>“{field}”应小于 {bound}</source>
        <translation>“{field}” should be less than {bound}</translation>
    </message>
    <message>
        <location filename="../../catalogue/content.py" line="52"/>
        <source>“{field}”应小于等于 {bound}</source>
        <translation>“{field}” should be at most {bound}</translation>
    </message>
    <message>
        <location filename="../../catalogue/content.py" line="53"/>
        <source>“{field}”只能使用小写英文字母、数字和连字符（-）</source>
        <translation>“{field}” may only use lower-case letters, digits and hyphens (-)</translation>
    </message>
    <message>
        <location filename="../../catalogue/content.py" line="56"/>
        <source>“{field}”不能为空</source>
        <translation>“{field}” must not be empty</translation>
    </message>
    <message>
        <location filename="../../catalogue/content.py" line="57"/>
        <source>“{field}”：{detail}</source>
        <translation>“{field}”: {detail}</translation>
    </message>
    <message>
        <location filename="../../catalogue/content.py" line="58"/>
        <source>选择题至少需要 2 个选项（options）</source>
        <translation>A choice question needs at least 2 options</translation>
    </message>
    <message>
        <location filename="../../catalogue/content.py" line="59"/>
        <source>单选题的 answer 应为一个选项字母，例如 B</source>
        <translation>A single-choice answer should be one option letter, for example B</translation>
    </message>
    <message>
        <location filename="../../catalogue/content.py" line="62"/>
        <source>多选题的 answer 应为至少两个选项字母的列表，例如 [A, C]</source>
        <translation>A multiple-choice answer should be a list of at least two option letters, for example [A, C]</translation>
    </message>
    <message>
        <location filename="../../catalogue/content.py" line="65"/>
        <source>答案 {missing} 不在选项 {options} 之中</source>
        <translation>Answer {missing} is not among the options {options}</translation>
    </message>
    <message>
        <location filename="../../catalogue/content.py" line="66"/>
        <source>判断题不需要 options，请删除</source>
        <translation>A true/false question has no options; remove them</translation>
    </message>
    <message>
        <location filename="../../catalogue/content.py" line="67"/>
        <source>判断题的 answer 应为 true（对）或 false（错）</source>
        <translation>A true/false answer should be true or false</translation>
    </message>
    <message>
        <location filename="../../catalogue/content.py" line="70"/>
        <source>题干应依次标出 {count} 个空：{markers}</source>
        <translation>The stem should mark {count} blanks in order: {markers}</translation>
    </message>
    <message>
        <location filename="../../catalogue/content.py" line="71"/>
        <source>排序题的各项不能重复</source>
        <translation>The items of an ordering question must all differ</translation>
    </message>
    <message>
        <location filename="../../catalogue/content.py" line="72"/>
        <source>配对题左侧的各项不能重复</source>
        <translation>The left-hand items of a matching question must all differ</translation>
    </message>
    <message>
        <location filename="../../catalogue/content.py" line="73"/>
        <source>配对题右侧的各项不能重复</source>
        <translation>The right-hand items of a matching question must all differ</translation>
    </message>
    <message>
        <location filename="../../catalogue/content.py" line="74"/>
        <source>课时文件“{file}”重复列出（第 {first_line} 行已列出）</source>
        <translation>Lesson file “{file}” is listed twice (already on line {first_line})</translation>
    </message>
    <message>
        <location filename="../../catalogue/content.py" line="77"/>
        <source>找不到课时文件 {file}</source>
        <translation>Lesson file {file} not found</translation>
    </message>
    <message>
        <location filename="../../catalogue/content.py" line="78"/>
        <source>课时文件 {file} 未列入 lessons</source>
        <translation>Lesson file {file} is not listed in lessons</translation>
    </message>
    <message>
        <location filename="../../catalogue/content.py" line="79"/>
        <source>课时标识“{id}”与 {other} 重复</source>
        <translation>Lesson id “{id}” is also used by {other}</translation>
    </message>
    <message>
        <location filename="../../catalogue/content.py" line="80"/>
        <source>图片“{src}”不是课程文件夹中的文件：课程须离线可用</source>
        <translation>Image “{src}” is not a file in the course folder: courses must work offline</translation>
    </message>
    <message>
        <location filename="../../catalogue/content.py" line="83"/>
        <source>图片“{src}”位于课程文件夹之外</source>
        <translation>Image “{src}” is outside the course folder</translation>
    </message>
    <message>
        <location filename="../../catalogue/content.py" line="84"/>
        <source>找不到图片“{src}”</source>
        <translation>Image “{src}” not found</translation>
    </message>
    <message>
        <location filename="../../catalogue/content.py" line="85"/>
        <source>路径“{file}”无效：含有空字符，或某一级名称超过 255 字节</source>
        <translation>The path “{file}” is invalid: it contains a NUL character, or one of its names is longer than 255 bytes</translation>
    </message>
    <message>
        <location filename="../../catalogue/content.py" line="88"/>
        <source>“{file}”不是普通文件（而是文件夹、设备或管道），不能作为课程内容</source>
        <translation>“{file}” is not a regular file (it is a folder, a device or a pipe) and cannot be course content</translation>
    </message>
    <message>
        <location filename="../../catalogue/content.py" line="91"/>
        <source>“{file}”有 {size} 字节，超过了此类文件 {limit} KiB 的上限</source>
        <translation>“{file}” has {size} bytes, over the limit of {limit} KiB for this kind of file</translation>
    </message>
    <message>
        <location filename="../../catalogue/content.py" line="94"/>
        <source>无法读取“{file}”：{reason}</source>
        <translation>Cannot read “{file}”: {reason}</translation>
    </message>
    <message>
        <location filename="../../catalogue/content.py" line="95"/>
        <source>“{file}”是指向课程文件夹之外的链接：课程只能使用本文件夹中的文件</source>
        <translation>“{file}” is a link to outside the course folder: a course may only use files in its own folder</translation>
    </message>
    <message>
        <location filename="../../catalogue/content.py" line="98"/>
        <source>课时正文过长（{size} 个字符，上限 {limit} 个）：请拆成几课</source>
        <translation>The lesson text is too long ({size} characters, at most {limit}): split it into several lessons</translation>
    </message>
    <message>
        <location filename="../../catalogue/content.py" line="101"/>
        <source>列表或引用嵌套过深（上限 {limit} 层，每层缩进 4 个空格或一个“&gt;”）</source>
        <translation>Lists or quotes are nested too deeply (at most {limit} levels; each level is 4 spaces of indentation or one “&gt;”)</translation>
    </message>
    <message>
        <location filename="../../catalogue/content.py" line="104"/>
        <source>课时正文排版超过 {seconds} 秒仍未完成：请简化正文（如大量未配对的“[”）</source>
        <translation>Laying out the lesson text took longer than {seconds} seconds: simplify the text (for example, many unmatched “[”)</translation>
    </message>
    <message>
        <location filename="../../catalogue/content.py" line="107"/>
        <source>课时正文无法排版：{error}</source>
        <translation>The lesson text cannot be laid out: {error}</translation>
    </message>
    <message>
        <location filename="../../catalogue/content.py" line="108"/>
        <source>课程标识“{id}”与 {other} 重复</source>
        <translation>Course id “{id}” is also used by {other}</translation>
    </message>
    <message>
        <location filename="../../catalogue/content.py" line="109"/>
        <source>题库标识“{id}”与 {other} 重复</source>
        <translation>Bank id “{id}” is also used by {other}</translation>
    </message>
    <message>
        <location filename="../../catalogue/content.py" line="110"/>
        <source>题目标识“{id}”重复（已用于 {other}）</source>
        <translation>Question id “{id}” is used twice (already at {other})</translation>
    </message>
    <message>
        <location filename="../../catalogue/content.py" line="111"/>
        <source>推演标识“{id}”与 {other} 重复</source>
        <translation>Drill id “{id}” is also used by {other}</translation>
    </message>
    <message>
        <location filename="../../catalogue/content.py" line="112"/>
        <source>引用的题库“{bank}”不存在或有错误</source>
        <translation>The referenced bank “{bank}” does not exist or has errors</translation>
    </message>
    <message>
        <location filename="../../catalogue/content.py" line="113"/>
        <source>课后练习没有可用的题库：请写 practice.banks，或为课程设置结业测验</source>
        <translation>The practice has no bank to draw from: write practice.banks, or give the course a final quiz</translation>
    </message>
    <message>
        <location filename="../../catalogue/content.py" line="116"/>
        <source>标签“{tag}”要抽 {wanted} 题，但符合条件的只有 {available} 题</source>
        <translation>Tag “{tag}” wants {wanted} questions, but only {available} qualify</translation>
    </message>
    <message>
        <location filename="../../catalogue/content.py" line="119"/>
        <source>标签 {tags} 的配额合计 {wanted} 题，每题只能算入一个配额，但带有这些标签且符合条件的只有 {available} 题</source>
        <translation>The quotas for tags {tags} want {wanted} questions in all, each question counting for one quota only, but only {available} qualifying questions carry these tags</translation>
    </message>
    <message>
        <location filename="../../catalogue/content.py" line="123"/>
        <source>各标签配额合计 {total} 题，超过了要抽的 {count} 题</source>
        <translation>The tag quotas add up to {total} questions, more than the {count} to draw</translation>
    </message>
    <message>
        <location filename="../../catalogue/content.py" line="126"/>
        <source>要抽 {wanted} 题，但所引用题库只有 {available} 题</source>
        <translation>{wanted} questions to draw, but the referenced banks hold only {available}</translation>
    </message>
    <message>
        <location filename="../../catalogue/content.py" line="129"/>
        <source>要抽 {wanted} 题，但符合筛选条件的只有 {available} 题</source>
        <translation>{wanted} questions to draw, but only {available} pass the filters</translation>
    </message>
    <message>
        <location filename="../../catalogue/content.py" line="132"/>
        <source>打乱选项后字母会变，但题目“{question}”的解析引用了选项字母：请改写解析或关闭 shuffle_options</source>
        <translation>Shuffled options get new letters, but the explanation of question “{question}” cites option letters: rewrite it or turn off shuffle_options</translation>
    </message>
    <message>
        <location filename="../../catalogue/content.py" line="136"/>
        <source>阶段标识“{stage}”重复</source>
        <translation>Stage id “{stage}” is used twice</translation>
    </message>
    <message>
        <location filename="../../catalogue/content.py" line="137"/>
        <source>起始阶段“{stage}”不存在</source>
        <translation>The start stage “{stage}” does not exist</translation>
    </message>
    <message>
        <location filename="../../catalogue/content.py" line="138"/>
        <source>结局阶段“{stage}”不应再有选项、时限或超时处理</source>
        <translation>Ending stage “{stage}” should have no choices, time limit or timeout outcome</translation>
    </message>
    <message>
        <location filename="../../catalogue/content.py" line="141"/>
        <source>阶段“{stage}”应有 2 到 4 个选项（现有 {count} 个）；没有后续的阶段请标注 ending: true</source>
        <translation>Stage “{stage}” should have 2 to 4 choices (it has {count}); mark a stage with nothing after it ending: true</translation>
    </message>
    <message>
        <location filename="../../catalogue/content.py" line="145"/>
        <source>阶段“{stage}”缺少 best（复盘时展示的理想做法）</source>
        <translation>Stage “{stage}” lacks best (the strong response shown in the debrief)</translation>
    </message>
    <message>
        <location filename="../../catalogue/content.py" line="148"/>
        <source>阶段“{stage}”设置了时限，但没有 on_timeout（超时后的去向）</source>
        <translation>Stage “{stage}” has a time limit but no on_timeout (where a timeout leads)</translation>
    </message>
    <message>
        <location filename="../../catalogue/content.py" line="151"/>
        <source>阶段“{stage}”的选项标识重复</source>
        <translation>Stage “{stage}” uses a choice id twice</translation>
    </message>
    <message>
        <location filename="../../catalogue/content.py" line="152"/>
        <source>去向的阶段“{stage}”不存在</source>
        <translation>The next stage “{stage}” does not exist</translation>
    </message>
    <message>
        <location filename="../../catalogue/content.py" line="153"/>
        <source>评分缺少维度 {dimensions}（应为 {expected} 五项）</source>
        <translation>The scores lack the dimensions {dimensions} (all five are needed: {expected})</translation>
    </message>
    <message>
        <location filename="../../catalogue/content.py" line="156"/>
        <source>评分有未知维度 {dimensions}（应为 {expected} 五项）</source>
        <translation>The scores have unknown dimensions {dimensions} (the five are: {expected})</translation>
    </message>
    <message>
        <location filename="../../catalogue/content.py" line="159"/>
        <source>阶段“{stage}”回到了“{target}”，形成循环：推演必须走向结局</source>
        <translation>Stage “{stage}” leads back to “{target}”, making a loop: a drill must lead to an ending</translation>
    </message>
    <message>
        <location filename="../../catalogue/content.py" line="162"/>
        <source>阶段“{stage}”从起始阶段无法到达</source>
        <translation>Stage “{stage}” cannot be reached from the start</translation>
    </message>
    <message>
        <location filename="../../catalogue/content.py" line="163"/>
        <source>已检查 {courses} 门课程、{banks} 个可用题库、{scenarios} 个可用推演：发现 {problems} 个问题。</source>
        <translation>Checked {courses} courses, {banks} usable banks and {scenarios} usable drills: {problems} problems found.</translation>
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
        <location filename="../pages/records.py" line="103"/>
        <source>学习路径课程完成</source>
        <translation>Path courses completed</translation>
    </message>
    <message>
        <location filename="../pages/records.py" line="103"/>
        <source>获得学时</source>
        <translation>Study hours earned</translation>
    </message>
    <message>
        <location filename="../pages/records.py" line="104"/>
        <source>已学完课时</source>
        <translation>Lessons completed</translation>
    </message>
    <message>
        <location filename="../pages/records.py" line="104"/>
        <source>累计阅读时长</source>
        <translation>Time spent reading</translation>
    </message>
    <message>
        <location filename="../pages/records.py" line="110"/>
        <source>测验、练习与推演记录（双击查看逐题解析或复盘）</source>
        <translation>Quizzes, practice and drills (double-click for the review or debrief)</translation>
    </message>
    <message>
        <location filename="../pages/records.py" line="132"/>
        <source>还没有测验记录</source>
        <translation>No quiz records yet</translation>
    </message>
    <message>
        <location filename="../pages/records.py" line="133"/>
        <source>学完一门课程的课时后，在课程页参加结业测验，成绩会记录在这里。</source>
        <translation>After finishing a course&apos;s lessons, take its final quiz on the course page. Your results will appear here.</translation>
    </message>
    <message>
        <location filename="../pages/records.py" line="147"/>
        <source>学习记录</source>
        <translation>Learning records</translation>
    </message>
    <message>
        <location filename="../pages/records.py" line="148"/>
        <source>记录保存在本机，关闭程序后仍然保留。参加测验 %1 次。</source>
        <translation>Records are kept on this computer and survive a restart. Quizzes taken: %1.</translation>
    </message>
    <message>
        <location filename="../pages/records.py" line="157"/>
        <source>%1 小时 %2 分</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location filename="../pages/records.py" line="161"/>
        <source>%1 分钟</source>
        <translation>%1 min</translation>
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
        <location filename="../pages/scenario_debrief.py" line="31"/>
        <source>五个维度的得分</source>
        <translation>Scores on the five dimensions</translation>
    </message>
    <message>
        <location filename="../pages/scenario_debrief.py" line="40"/>
        <source>逐步复盘</source>
        <translation>Step-by-step debrief</translation>
    </message>
    <message>
        <location filename="../pages/scenario_debrief.py" line="42"/>
        <source>再推演一次</source>
        <translation>Run the drill again</translation>
    </message>
    <message>
        <location filename="../pages/scenario_debrief.py" line="53"/>
        <source>%1 · 复盘</source>
        <translation>%1 · Debrief</translation>
    </message>
    <message>
        <location filename="../pages/scenario_debrief.py" line="54"/>
        <source>结局：%1</source>
        <translation>Outcome: %1</translation>
    </message>
    <message>
        <location filename="../pages/scenario_debrief.py" line="70"/>
        <source>%1 / 最高 %2</source>
        <translation>%1 / max %2</translation>
    </message>
    <message>
        <location filename="../pages/scenario_debrief.py" line="88"/>
        <source>第 %1 步 · %2</source>
        <translation>Step %1 · %2</translation>
    </message>
    <message>
        <location filename="../pages/scenario_debrief.py" line="94"/>
        <source>超时，未作决定</source>
        <translation>Timed out — no decision made</translation>
    </message>
    <message>
        <location filename="../pages/scenario_debrief.py" line="95"/>
        <source>你的决定：%1</source>
        <translation>Your decision: %1</translation>
    </message>
    <message>
        <location filename="../pages/scenario_debrief.py" line="99"/>
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
        <location filename="../app.py" line="228"/>
        <source>课程内容有 {count} 个问题</source>
        <translation>the course content has {count} problems</translation>
    </message>
    <message>
        <location filename="../app.py" line="232"/>
        <source>在 {places} 中没有找到课程</source>
        <translation>no courses found in {places}</translation>
    </message>
    <message>
        <location filename="../app.py" line="248"/>
        <source>主窗口没有载入完成</source>
        <translation>the main window did not finish loading</translation>
    </message>
    <message>
        <location filename="../app.py" line="262"/>
        <source>第一课没有打开</source>
        <translation>the first lesson did not open</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../app.py" line="158"/>
        <source>无法启动</source>
        <translation>Cannot start</translation>
    </message>
</context>
<context>
    <name>_LoadingPage</name>
    <message>
        <location filename="../main_window.py" line="62"/>
        <source>正在载入课程……</source>
        <translation>Loading courses…</translation>
    </message>
</context>
<context>
    <name>_ProgressDialog</name>
    <message>
        <location filename="../tasks.py" line="225"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../tasks.py" line="238"/>
        <source>正在取消……</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location filename="../tasks.py" line="252"/>
        <source>请稍候……</source>
        <translation>Please wait…</translation>
    </message>
</context>
</TS>
