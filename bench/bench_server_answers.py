"""Clients of one PostgreSQL server saving answers at the same time lose nothing and duplicate nothing.

50 clients (threads spread over a few processes, each process one program with its own connection
pool, as windows on separate machines would be) each sign in their own learner and for 60 s start
final quizzes, answer and re-answer their questions and hand them in. Each client notes every
answer it was told was saved; at the end the database must hold, for every attempt, exactly one
answer per question answered, with the response the client saved last, and every hand-in.

Printed against baselines in the same run: the answers' latency with all clients against one
client alone, and answers stored against answers the clients saved (1.00x: nothing lost or doubled).

Run: python bench/bench_server_answers.py [--smoke] [--clients N] [--seconds S] [--server URL]
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import random
import statistics
import tempfile
import threading
import time
import uuid
from pathlib import Path

from bench_answers import content_without_attempt_limits  # the scripts run from this folder
from server import add_server_option, server_database
from sqlalchemy import text

from literacy_app.content.model import Tier
from literacy_app.services.academy import Academy
from literacy_app.services.config import AppConfig

PROCESSES = 5
QUESTIONS_ANSWERED = 4  # per attempt, each answered twice (the second replaces the first)


def client(academy: Academy, learner, course: str, until: float, seed: int) -> dict:
    """Quizzes until `until`; returns the attempts' last responses and the answers' latencies."""
    rng = random.Random(seed)
    saved: dict[tuple[str, str], str] = {}
    submitted: list[str] = []
    latencies: list[float] = []
    while time.monotonic() < until:
        view = academy.assessment.start_final(learner, course)
        questions = [q for q in view.answerable() if q.options][:QUESTIONS_ANSWERED]
        for question in questions + questions:
            key = rng.choice(question.options)[0]
            began = time.perf_counter()
            academy.assessment.record_answer(learner, view.attempt_id, question.question_id, key)
            latencies.append(time.perf_counter() - began)
            saved[(str(view.attempt_id), question.question_id)] = key
        academy.assessment.submit(learner, view.attempt_id)
        submitted.append(str(view.attempt_id))
    return {"saved": saved, "submitted": submitted, "latencies": latencies}


def run_process(url: str, content: list[str], folder: str, learners: list[str], seconds: float,
                start_at: float, results) -> None:  # fmt: skip
    try:
        results.put(clients_of_one_program(url, content, folder, learners, seconds, start_at))
    except BaseException as error:  # the parent waits for a report from every process
        results.put({"outcomes": [], "failures": [repr(error)]})
        raise


def clients_of_one_program(url: str, content: list[str], folder: str, learners: list[str],
                           seconds: float, start_at: float) -> dict:  # fmt: skip
    academy = Academy(AppConfig.resolve(folder, url, content))
    course = academy.library().courses[0].id
    actors = [academy.learners.sign_in(uuid.UUID(learner)) for learner in learners]
    outcomes: list[dict] = []
    failures: list[BaseException] = []

    def one(actor, seed: int) -> None:
        try:
            outcomes.append(client(academy, actor, course, until, seed))
        except BaseException as error:  # reported, and the run fails
            failures.append(error)

    while time.time() < start_at - 0.05:
        time.sleep(0.01)
    until = time.monotonic() + seconds
    threads = [threading.Thread(target=one, args=(a, n)) for n, a in enumerate(actors)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    academy.close()
    return {"outcomes": outcomes, "failures": [repr(f) for f in failures]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--smoke", action="store_true", help="a few clients for a few seconds")
    parser.add_argument("--clients", type=int)
    parser.add_argument("--seconds", type=float)
    add_server_option(parser)
    arguments = parser.parse_args()
    clients = arguments.clients or (6 if arguments.smoke else 50)
    seconds = arguments.seconds or (3.0 if arguments.smoke else 60.0)
    processes = min(PROCESSES, clients)
    name = f"literacy_bench_answers_{os.getpid()}"
    with tempfile.TemporaryDirectory() as scratch, server_database(arguments.server, name) as url:
        content = content_without_attempt_limits(Path(scratch) / "content")
        academy = Academy(AppConfig.resolve(Path(scratch) / "setup", url, content))
        course = academy.library().courses[0].id
        tier = next(iter(academy.library().courses[0].spec.tiers))
        learners = [
            academy.learners.create(f"学员{n:02d}", "", Tier(tier))[0] for n in range(clients)
        ]
        # The baseline: one client alone on the server.
        alone = client(academy, academy.learners.sign_in(learners[0].id), course,
                       time.monotonic() + min(seconds, 5.0), seed=-1)  # fmt: skip
        academy.close()

        context = multiprocessing.get_context("spawn")
        results = context.Queue()
        start_at = time.time() + 15.0  # every process has started and opened the program
        workers = [
            context.Process(
                target=run_process,
                args=(
                    url,
                    content,
                    str(Path(scratch) / f"client-{p}"),
                    [str(learner.id) for learner in learners[p::processes]],
                    seconds,
                    start_at,
                    results,
                ),
            )
            for p in range(processes)
        ]
        for worker in workers:
            worker.start()
        reports = [results.get(timeout=seconds + 120) for _ in workers]
        for worker in workers:
            worker.join()
        failures = [f for report in reports for f in report["failures"]]
        assert not failures, failures
        outcomes = [o for report in reports for o in report["outcomes"]] + [alone]
        assert len(outcomes) == clients + 1, len(outcomes)

        saved = {k: v for o in outcomes for k, v in o["saved"].items()}
        submitted = {a for o in outcomes for a in o["submitted"]}
        check = Academy(AppConfig.resolve(Path(scratch) / "check", url, content))
        with check.engine.connect() as connection:
            stored = connection.execute(
                text("select attempt_id, question_id, response from attempt_answers")
            ).all()
            handed_in = connection.execute(
                text("select id from quiz_attempts where status = 'completed'")
            ).scalars().all()  # fmt: skip
        check.close()
        found = {(str(a), q): r for a, q, r in stored}
        assert len(found) == len(stored), "an answer stored twice"
        assert found == saved, "answers lost, added or not the last one saved"
        assert {str(a) for a in handed_in} == submitted, "a hand-in lost"

        together = statistics.median(t for o in outcomes[:-1] for t in o["latencies"])
        single = statistics.median(alone["latencies"])
        answers = sum(len(o["latencies"]) for o in outcomes[:-1])
        print(f"{clients} clients for {seconds:g} s: {answers} answers saved ({answers / seconds:.0f}/s), "
              f"{len(submitted)} quizzes handed in, on PostgreSQL")  # fmt: skip
        print(f"answer latency, {clients} clients / 1 client = {together / single:.1f}x "
              f"({together * 1000:.1f} ms vs {single * 1000:.1f} ms, medians)")  # fmt: skip
        print(f"answers stored / answers saved = {len(found) / len(saved):.2f}x "
              f"({len(found)} vs {len(saved)}: none lost, none doubled)")  # fmt: skip


if __name__ == "__main__":
    main()
