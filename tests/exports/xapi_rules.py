"""The xAPI 1.0.3 rules a statement must keep (the parts of the specification this program uses).

Statement properties: id (UUID), actor (an Agent identified by exactly one inverse functional
identifier, here an account), verb (IRI id, language-map display), object (an Activity with an IRI
id), optional result (score scaled within -1..1, raw within min..max, success and completion
booleans, ISO 8601 duration, response as a string), context and timestamp (ISO 8601 with a zone).
"""

from __future__ import annotations

import re
import uuid
from datetime import datetime

STATEMENT_KEYS = {"id", "actor", "verb", "object", "result", "context", "timestamp"}
RESULT_KEYS = {"score", "success", "completion", "response", "duration", "extensions"}
CONTEXT_KEYS = {"registration", "instructor", "team", "contextActivities", "revision",
                "platform", "language", "statement", "extensions"}  # fmt: skip
ADL_VERBS = {f"http://adlnet.gov/expapi/verbs/{v}"
             for v in ("experienced", "answered", "completed", "passed", "failed")}  # fmt: skip
IRI = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:\S+$")
LANGUAGE_TAG = re.compile(r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$")
DURATION = re.compile(
    r"^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?$"
)


def problems(statement: dict) -> list[str]:
    """Every rule the statement breaks, as short descriptions; empty when it is valid."""
    found: list[str] = []

    def check(ok: bool, what: str) -> None:
        if not ok:
            found.append(what)

    check(set(statement) <= STATEMENT_KEYS, f"unknown properties {set(statement) - STATEMENT_KEYS}")
    for key in ("id", "actor", "verb", "object", "timestamp"):
        check(key in statement, f"{key} missing")
    try:
        check(uuid.UUID(statement.get("id", "")).version == 5, "id is not a UUIDv5")
    except ValueError:
        found.append("id is not a UUID")
    actor = statement.get("actor", {})
    check(actor.get("objectType") == "Agent", "actor is not an Agent")
    identifiers = {"mbox", "mbox_sha1sum", "openid", "account"} & set(actor)
    check(identifiers == {"account"}, "actor needs exactly one identifier, an account")
    account = actor.get("account", {})
    check(bool(IRI.match(account.get("homePage", ""))), "account homePage is not an IRI")
    check(isinstance(account.get("name"), str) and bool(account.get("name")), "account name")
    verb = statement.get("verb", {})
    check(verb.get("id") in ADL_VERBS, f"verb {verb.get('id')} is not an ADL verb")
    check(language_map(verb.get("display")), "verb display is not a language map")
    check({"zh-CN", "en-US"} <= set(verb.get("display", {})), "verb display lacks zh-CN/en-US")
    activity = statement.get("object", {})
    found += activity_problems(activity)
    result = statement.get("result")
    if result is not None:
        check(set(result) <= RESULT_KEYS, f"unknown result properties {set(result) - RESULT_KEYS}")
        score = result.get("score")
        if score is not None:
            scaled, raw = score.get("scaled"), score.get("raw")
            low, high = score.get("min"), score.get("max")
            check(scaled is None or -1 <= scaled <= 1, "scaled score outside -1..1")
            check(low is None or high is None or low < high, "score min not below max")
            check(raw is None or low is None or raw >= low, "raw score below min")
            check(raw is None or high is None or raw <= high, "raw score above max")
        for flag in ("success", "completion"):
            check(flag not in result or isinstance(result[flag], bool), f"{flag} not boolean")
        check("response" not in result or isinstance(result["response"], str), "response text")
        duration = result.get("duration")
        check(duration is None or bool(DURATION.match(duration)), f"duration {duration}")
    context = statement.get("context")
    if context is not None:
        check(set(context) <= CONTEXT_KEYS, "unknown context properties")
        for activities in context.get("contextActivities", {}).values():
            check(isinstance(activities, list), "context activities must be a list")
            for item in activities:
                found += activity_problems(item)
        check(bool(LANGUAGE_TAG.match(context.get("language", "zh"))), "context language")
    moment = statement.get("timestamp", "")
    try:
        check(datetime.fromisoformat(moment).tzinfo is not None, "timestamp has no time zone")
        check(bool(re.match(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d", moment)), "timestamp format")
    except ValueError:
        found.append(f"timestamp {moment!r} is not ISO 8601")
    return found


def language_map(value: object) -> bool:
    return isinstance(value, dict) and all(
        isinstance(k, str) and LANGUAGE_TAG.match(k) and isinstance(v, str)
        for k, v in value.items()
    )


def activity_problems(activity: dict) -> list[str]:
    found = []
    if activity.get("objectType", "Activity") != "Activity":
        found.append("object is not an Activity")
    if not IRI.match(activity.get("id", "")):
        found.append(f"activity id {activity.get('id')!r} is not an IRI")
    definition = activity.get("definition", {})
    if "type" in definition and not IRI.match(definition["type"]):
        found.append("activity type is not an IRI")
    if "name" in definition and not language_map(definition["name"]):
        found.append("activity name is not a language map")
    return found
