"""One strategy draft for the export and import tests, carrying every letter of the region:
Kazakh, Kyrgyz and Tajik Cyrillic, Uzbek and Turkmen Latin."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from jpoa_desktop.model.strategies import (
    BudgetInput,
    DraftInput,
    IndicatorInput,
    ItemInput,
)
from jpoa_desktop.services.strategies.strategies import StrategyService

KAZAKH = "Жастарға арналған әңгімелер: ғ қ ң ө ұ ү һ і"
TAJIK = "Вазорати корҳои дохилӣ: ӣ ӯ ҳ ҷ"
UZBEK = "Oʻzbekiston IIV: gʻ oʻ"
TURKMEN = "Türkmenistanyň Içeri işler ministrligi: ä ç ň ö ş ü ý ž"
LETTERS = "әғқңөұүһіӣӯҳҷäçňöşüýžʻ"

DRAFT = DraftInput(
    country="KZ",
    titles={"ru": "План действий по противодействию экстремизму", "en": "Action plan on PVE"},
    start_year=2025,
    end_year=2029,
    status="under_review",
    lead_agency="Комитет национальной безопасности",
    languages=("ru", "en"),
)

# (goal, objectives: (objective, measures: (ru, en, responsible, indicator, budget, mapping)))
MEASURES: tuple[tuple[Any, ...], ...] = (
    (KAZAKH, "Youth talks", ("Министерство информации", TAJIK),
     IndicatorInput("Охват молодёжи", "0", "5000", "человек"),
     BudgetInput(Decimal("12500.50"), "KZT", "республиканский бюджет"), ["pillar-1", "area-i.2"]),
    ("Обучение учителей", "Teacher training", (UZBEK,),
     IndicatorInput(TURKMEN, "10", "80", "%"),
     BudgetInput(Decimal("3000"), "USD", "OSCE"), ["pillar-2"]),
    ("Мониторинг", "Monitoring", ("Генеральная прокуратура",),
     None, None, []),
)  # fmt: skip


def build_sample(service: StrategyService) -> int:
    """Two goals, three objectives, four measures; return the draft's id."""
    draft = service.create(DRAFT)
    goal1 = service.add_item(
        draft, None, "goal", ItemInput({"ru": "Профилактика", "en": "Prevent"})
    )
    goal2 = service.add_item(draft, None, "goal", ItemInput({"ru": "Защита", "en": "Protect"}))
    first = service.add_item(
        draft, goal1, "objective", ItemInput({"ru": "Молодёжь", "en": "Youth"})
    )
    second = service.add_item(
        draft, goal1, "objective", ItemInput({"ru": "Школы", "en": "Schools"})
    )
    third = service.add_item(draft, goal2, "objective", ItemInput({"ru": "Суды", "en": "Courts"}))
    parents = (first, second, second, third)
    for n, parent in enumerate(parents):
        ru, en, responsible, indicator, budget, mapping = MEASURES[min(n, 2)]
        measure = service.add_item(
            draft,
            parent,
            "measure",
            ItemInput(
                texts={"ru": ru if n < 3 else "Отчёт", "en": en if n < 3 else "Report"},
                responsible=responsible,
                partners=("partner-osce", "Местная НКО") if n == 0 else (),
                start=date(2025, 1, 1) if n < 2 else None,
                end=date(2026, 12, 31) if n < 2 else None,
                priority="high" if n == 0 else "",
                status="planned" if n < 2 else "done",
            ),
        )
        if indicator is not None:
            service.add_indicator(measure, indicator)
        if budget is not None:
            service.add_budget(measure, budget)
        if mapping:
            service.set_mapping(measure, mapping)
    return draft


def edit_sample(
    service: StrategyService, draft: int, talks: dict[str, str], priority: str
) -> dict[str, int]:
    """What the version comparisons show: the first measure reworded (`talks`) and
    reprioritised, "Monitoring" deleted, "Report" moved to the head of "Schools" and "Trial
    monitoring" added under "Courts"; return the ids of "talks", "report" and "added"."""
    view = service.draft(draft, "en")
    youth, schools, courts = (o for g in view.goals for o in g.objectives)
    first, monitoring, report = youth.measures[0], schools.measures[1], courts.measures[0]
    before = service.item(first.id)
    service.update_item(
        first.id,
        ItemInput(
            texts={**before.texts, **talks},
            responsible=before.responsible,
            partners=before.partners,
            start=before.start,
            end=before.end,
            priority=priority,
            status=before.status,
        ),
    )
    service.delete_item(monitoring.id)
    service.move_item(report.id, schools.id, 0)
    added = service.add_item(
        draft, courts.id, "measure", ItemInput({"en": "Trial monitoring", "ru": "Мониторинг судов"})
    )
    return {"talks": first.id, "report": report.id, "added": added}
