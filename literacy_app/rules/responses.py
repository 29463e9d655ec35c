"""What a learner's response looks like, for every question type, and when it counts as given.

- single: an option key ("B"); multiple: a list of option keys; truefalse: a boolean;
- fill: a list of texts, one per blank;
- ordering: the items' indices in the key's order, as the learner arranged them ([2, 0, 1, …]);
- matching: for each left item, the index of the right item chosen (None where none is).

The interface builds responses in this shape, the database stores them as JSON, the engine scores
them.
"""

from __future__ import annotations

from typing import Any

Response = str | bool | list[Any] | None


def is_answered(response: Response) -> bool:
    """Whether the learner has given anything at all (a list of empty blanks is not an answer)."""
    if response is None:
        return False
    if isinstance(response, list):
        return any(item not in (None, "") for item in response)
    return True
