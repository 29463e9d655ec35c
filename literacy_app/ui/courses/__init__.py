"""The trainer's 课程管理 area: installed courses, packages, checks, and trusted trainer keys."""
