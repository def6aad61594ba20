"""The action plan's spreadsheet columns: what the XLSX export writes and the import reads.

Each column is a field and the handout label that names it, so the export's headers are in the
document's language and the import recognises the headers of any of the seven handout
languages (and the few other spellings ministries use) without a list of its own to keep.
"""

from __future__ import annotations

from collections.abc import Sequence

from jpoa_desktop.io.tables.columns import fold_header
from jpoa_desktop.texts.labels import catalogue

# field, label key, column width in characters (the XLSX export's).
PLAN_FIELDS: tuple[tuple[str, str, float], ...] = (
    ("goal_number", "strategy_goal_number", 8),
    ("goal", "strategy_goal", 30),
    ("objective_number", "strategy_objective_number", 9),
    ("objective", "strategy_objective", 30),
    ("number", "number", 8),
    ("measure", "strategy_measure", 45),
    ("responsible", "strategy_responsible", 28),
    ("partners", "strategy_partners", 22),
    ("start", "strategy_start", 12),
    ("end", "strategy_end", 12),
    ("deadline", "strategy_deadline", 18),  # the words; start and end are derived from them
    ("indicators", "strategy_indicators", 40),
    ("amount", "strategy_amount", 15),
    ("currency", "strategy_currency", 9),
    ("source", "strategy_funding_source", 24),
    ("mapping", "strategy_mapping", 14),
    ("priority", "strategy_priority", 11),
    ("status", "strategy_status", 14),
)
# Columns of the Word table (and of plans typed by hand) that the import reads too.
IMPORT_ONLY: tuple[tuple[str, str], ...] = (
    ("dates", "strategy_dates"),
    ("budget", "strategy_budget"),
)
FIELDS = tuple(field for field, _key, _width in PLAN_FIELDS) + tuple(f for f, _k in IMPORT_ONLY)

# Other headers seen in ministries' own plans, folded.
_EXTRA = {
    "no": "number", "n": "number", "nп": "number", "ппп": "number", "пп": "number",
    "мера": "measure", "наименованиемероприятия": "measure", "мероприятия": "measure",
    "action": "measure", "activity": "measure", "measures": "measure",
    "ответственный": "responsible", "исполнитель": "responsible", "исполнители": "responsible",
    "ответственныеисполнители": "responsible", "responsibleagency": "responsible",
    "партнеры": "partners", "срок": "deadline", "срокисполнения": "deadline",
    "сроки": "deadline", "срокиисполнения": "deadline", "срокреализации": "deadline",
    "срокиреализации": "deadline", "deadline": "deadline", "timeframe": "deadline",
    "timeline": "deadline", "дата": "deadline", "мерзімі": "deadline", "мерзім": "deadline",
    "мөөнөтү": "deadline", "мөөнөт": "deadline", "мӯҳлат": "deadline", "muddat": "deadline",
    "muddati": "deadline", "möhlet": "deadline", "möhleti": "deadline",
    "начало": "start", "окончание": "end", "срокначала": "start", "срококончания": "end",
    "indicator": "indicators", "индикатор": "indicators", "показатели": "indicators",
    "сумма": "amount", "объемфинансирования": "amount",
    "источник": "source", "source": "source", "цель": "goal", "задача": "objective",
    "pillars": "mapping", "направления": "mapping", "статус": "status", "priority": "priority",
    "направленияиобласти": "mapping", "компоненты": "mapping",  # older exports' headers
    # and the headers of ministries' own plans in the region's languages
    "наименованиемероприятий": "measure", "содержаниемероприятия": "measure",
    "ісшаралар": "measure", "ісшараатауы": "measure", "ісшаралардыңатауы": "measure",
    "ісшараларатауы": "measure",
    "ишчаралар": "measure", "ишчаранынаталышы": "measure", "чорабиниҳо": "measure",
    "номичорабинӣ": "measure", "tadbirlar": "measure", "choratadbirlar": "measure",
    "choratadbirlarnomi": "measure", "tadbirnomi": "measure", "çäreler": "measure",
    "activities": "measure",
    "ответственныйисполнитель": "responsible", "ответственныеорганы": "responsible",
    "ответственныйзаисполнение": "responsible", "жауаптыорындаушылар": "responsible",
    "жауаптыорындаушы": "responsible", "жооптууаткаруучулар": "responsible",
    "масъулин": "responsible", "иҷрокунандагон": "responsible", "masulijrochilar": "responsible",
    "ijrochilar": "responsible", "responsibleagencies": "responsible",
    "leadagency": "responsible", "implementingagency": "responsible",
    "соисполнители": "partners", "partnerorganisations": "partners",
    "срокивыполнения": "deadline", "сроквыполнения": "deadline", "периодисполнения": "deadline",
    "орындалумерзімі": "deadline", "ijromuddati": "deadline", "implementationperiod": "deadline",
    "ожидаемыйрезультат": "indicators", "ожидаемыерезультаты": "indicators",
    "expectedresults": "indicators", "kutilayotgannatija": "indicators",
    "источникифинансирования": "source", "предполагаемыерасходы": "amount",
}  # fmt: skip


def _known_headers() -> dict[str, str]:
    known = dict(_EXTRA)
    for field, key in [(f, k) for f, k, _w in PLAN_FIELDS] + list(IMPORT_ONLY):
        for text in catalogue()[key].values():
            known[fold_header(text)] = field
    return known


def suggest_plan_mapping(headers: Sequence[str]) -> dict[int, str]:
    """Column index → field for the headers recognised; each field to one column only."""
    known = _known_headers()
    mapping: dict[int, str] = {}
    taken: set[str] = set()
    for index, header in enumerate(headers):
        # "Measure / Мероприятие": a bilingual export's header names the field twice;
        # "Сроки: начало": a two-row header's lower name says more than the upper one
        upper, _colon, lower = header.rpartition(": ")
        parts = [header, *header.split(" / "), *([lower, upper] if upper else [])]
        fields = (known[k] for k in map(fold_header, parts) if k in known)
        field = next((f for f in fields if f not in taken), None)
        if field is not None:
            mapping[index] = field
            taken.add(field)
    return mapping
