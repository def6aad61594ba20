"""A team's server for permission tests: a database on the throw-away cluster, `jpoa server
init` run on it, four accounts (KZ editor, KG editor, reader, admin) and a KZ and a KG draft
with a measure each plus a KZ workshop with one participant marked present.

Roles are cluster-wide and the tests share one cluster, so every account's name carries the
database's unique name.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import psycopg
from sqlalchemy.engine import URL
from tests.postgres_cluster import Cluster

from jpoa_desktop.model.strategies import DraftInput, ItemInput
from jpoa_desktop.services.container import Services
from jpoa_desktop.services.database import Database, open_database
from jpoa_desktop.services.people.people import PersonInput
from jpoa_desktop.services.workshops.workshops import WorkshopInput

PASSWORD = "Пароль-team-1"  # not only ASCII: the hash must be made as the server makes it
EMPTY_TEMPLATE = "jpoa_empty_template"


@dataclass
class Team:
    cluster: Cluster
    database: str
    users: dict[str, str] = field(default_factory=dict)  # "kz" → the role's name
    drafts: dict[str, int] = field(default_factory=dict)  # country → draft id
    measures: dict[str, int] = field(default_factory=dict)  # country → measure id
    workshop: int = 0
    badge: str = ""
    registration: int = 0

    def url(self, who: str, password: str = PASSWORD) -> URL:
        return self.cluster.url(self.database, user=self.users[who], password=password)

    def target(self, who: str) -> str:
        return self.url(who).render_as_string(hide_password=False)

    def open(self, who: str) -> Database:
        return open_database(self.target(who))

    def connect(self, who: str) -> psycopg.Connection[tuple[object, ...]]:
        """A plain psycopg connection as `who`: what any PostgreSQL client could do."""
        return psycopg.connect(self.target(who).replace("+psycopg", ""), autocommit=True)

    def sql(self, statement: str) -> list[tuple[object, ...]]:
        """One statement as the cluster's superuser (reading what really is there)."""
        url = self.cluster.url(self.database).render_as_string(hide_password=False)
        with psycopg.connect(url.replace("+psycopg", "")) as connection:
            return connection.execute(statement.encode()).fetchall()


def prepare_team(cluster: Cluster, folder: Path) -> Team:
    """The database, its rules, the four accounts and the rows the tests change."""
    database = cluster.new_database_name("team")
    cluster.create_database(database, template=EMPTY_TEMPLATE)
    team = Team(cluster, database)
    password_file = folder / "password.txt"
    password_file.write_text(PASSWORD + "\n", encoding="utf-8")
    owner = open_database(cluster.url(database).render_as_string(hide_password=False))
    try:
        services = Services(owner)
        services.accounts.init()
        for who, access, country in (
            ("kz", "editor", "KZ"),
            ("kg", "editor", "KG"),
            ("reader", "reader", ""),
            ("admin", "admin", ""),
        ):
            team.users[who] = f"{who}_{database}"
            services.accounts.add_user(team.users[who], access, country, password_file)
        _fill(team, services)
    finally:
        owner.dispose()
    return team


def _fill(team: Team, services: Services) -> None:
    for country in ("KZ", "KG"):
        drafts = services.strategies
        draft = drafts.create(DraftInput(country=country, titles={"en": f"{country} plan"}))
        goal = drafts.add_item(draft, None, "goal", ItemInput(texts={"en": "Goal"}))
        objective = drafts.add_item(draft, goal, "objective", ItemInput(texts={"en": "Aim"}))
        measure = ItemInput(texts={"en": f"{country} measure"})
        team.drafts[country] = draft
        team.measures[country] = drafts.add_item(draft, objective, "measure", measure)
    team.workshop = services.workshops.create(
        WorkshopInput(
            titles={"en": "Almaty workshop"},
            start=date(2026, 12, 1),
            end=date(2026, 12, 3),
            country="KZ",
        )
    )
    person = services.people.add(PersonInput(family_name="Абдуллаева", given_name="Гүлнар"))
    team.badge = services.workshops.register(team.workshop, person)
    (registration,) = services.workshops.registrations(team.workshop)
    team.registration = registration.id
