"""Two doors scan one badge at the same moment: one mark, one "already marked", no error.

Runs on SQLite and on the PostgreSQL server (the services conftest): on the server the second
scan waits on the registration's row lock; on SQLite on the database's write lock.
"""

from __future__ import annotations

import threading
from datetime import date

from jpoa_desktop.model.workshops import CheckIn
from jpoa_desktop.services.container import Services
from jpoa_desktop.services.database import Database
from jpoa_desktop.services.people.people import PersonInput
from jpoa_desktop.services.workshops.workshops import WorkshopInput

DOORS = 6
DAY = date(2026, 12, 8)


def test_one_badge_scanned_at_several_doors_at_once_is_marked_once(empty_db: Database) -> None:
    services = Services(empty_db)
    workshop = services.workshops.create(
        WorkshopInput(titles={"en": "Dushanbe workshop"}, start=DAY, end=DAY, country="TJ")
    )
    person = services.people.add(PersonInput(family_name="Раҳимова", given_name="Зарина"))
    badge = services.workshops.register(workshop, person)
    start = threading.Barrier(DOORS)
    answers: list[CheckIn] = []
    failures: list[BaseException] = []

    def door() -> None:
        start.wait()
        try:
            answers.append(services.attendance.mark(workshop, badge, DAY))
        except BaseException as error:  # the test reports every failure
            failures.append(error)

    threads = [threading.Thread(target=door) for _ in range(DOORS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)

    assert failures == []
    assert len(answers) == DOORS
    assert sorted(answer.already for answer in answers) == [False] + [True] * (DOORS - 1)
    (registration,) = services.workshops.registrations(workshop)
    assert registration.status == "attended"
    marks = services.attendance.marks(workshop)
    assert [view.days_present for view in marks] == [(DAY,)]
    assert len({answer.marked_at for answer in answers}) == 1  # all name the one mark
