"""Running the self-test's steps in order and saying how each went, one line each.

The lines are for a trainer reading a terminal and for `make bundle` reading the exit status:
`<step> ok <ms> ms` per step, then `self-test passed`, or `self-test failed at step <step>:
<reason>` and exit 1 at the first step that fails (the steps build on each other). A check
that did not hold gives its own reason; an error the app explains (a `JpoaError`) gives its
sentence; anything else is a bug, so its traceback follows on stderr. English, like `jpoa`.
"""

from __future__ import annotations

import platform
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from jpoa_desktop import __version__
from jpoa_desktop.config import APP_NAME
from jpoa_desktop.errors import JpoaError
from jpoa_desktop.ui.self_test.console import output_streams
from jpoa_desktop.ui.self_test.scratch import Scratch, check_user_folders_inside
from jpoa_desktop.ui.self_test.trial import StepFailed, Trial

PASSED, FAILED = 0, 1


@dataclass(frozen=True)
class Step:
    name: str
    run: Callable[[Trial], None]


def steps() -> tuple[Step, ...]:
    """The steps in order; each module is imported when the test starts, not at the app's."""
    from jpoa_desktop.ui.self_test import data_steps, people_steps, window_step

    return (
        Step("database", data_steps.open_fresh_database),
        Step("library", data_steps.load_library),
        Step("search", data_steps.search_both_scripts),
        Step("import", people_steps.import_participants),
        Step("certificate", people_steps.print_and_verify_certificates),
        Step("window", window_step.show_main_window),
    )


def reason_of(error: BaseException) -> str:
    """The one line said for `error`: a check's or the app's own sentence, else its type too."""
    if isinstance(error, StepFailed | JpoaError):
        text = str(error)
    else:
        text = f"{type(error).__name__}: {error}"
    return " ".join(text.split()) or type(error).__name__


def say(stream: TextIO | None, line: str) -> None:
    """Write a line where one can be written (a windowed app on Windows has no stdout), in
    letters the console has."""
    if stream is None:
        return
    try:
        print(line, file=stream, flush=True)
    except UnicodeEncodeError:  # a Kazakh letter in a reason, on a console in code page 866
        encoding = getattr(stream, "encoding", None) or "ascii"
        print(line.encode(encoding, "backslashreplace").decode(encoding), file=stream, flush=True)


def run_steps(
    trial: Trial, chosen: tuple[Step, ...], out: TextIO | None, err: TextIO | None
) -> int:
    """Run `chosen` in order on `trial`, one line each; stop at the first that fails."""
    for step in chosen:
        started = time.perf_counter()
        try:
            step.run(trial)
        except Exception as error:
            say(out, f"self-test failed at step {step.name}: {reason_of(error)}")
            if not isinstance(error, StepFailed | JpoaError) and err is not None:
                traceback.print_exception(error, file=err)
            return FAILED
        say(out, f"{step.name:<12} ok {(time.perf_counter() - started) * 1000:8.0f} ms")
    return PASSED


def run_self_test(out: TextIO | None = None, err: TextIO | None = None) -> int:
    """The whole self-test, in a temporary folder removed at the end; 0 passed, 1 failed."""
    if out is None and err is None:
        out, err = output_streams()
    started = time.perf_counter()
    say(out, f"{APP_NAME} {__version__} self-test on {platform.system()} {platform.machine()}")
    scratch = Scratch()
    trial = Trial(Path())
    try:
        with scratch as folder:
            trial.folder = folder
            status = run_steps(trial, (Step("folder", check_folder),), out, err)
            if status == PASSED:
                status = run_steps(trial, steps(), out, err)
            trial.close()
    except StepFailed as error:  # the folder could not be made: nothing to remove
        say(out, f"self-test failed at step folder: {reason_of(error)}")
        return FAILED
    except OSError as error:  # the folder could not be removed
        trial.close()
        say(out, f"self-test failed at step cleanup: {reason_of(error)}")
        return FAILED
    if status == PASSED:
        say(out, f"self-test passed in {time.perf_counter() - started:.1f} s")
    return status


def check_folder(trial: Trial) -> None:
    """The first step: the user's folders now point into the self-test's folder."""
    check_user_folders_inside(trial.folder)
