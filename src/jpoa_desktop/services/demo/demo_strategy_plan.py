"""The small demo's action plan, in English and Russian, written in our own words after the
kind of programme Kyrgyzstan adopts for 2023–2027: goals → objectives → measures, each with
the agencies responsible, the framework areas it serves, an indicator and a budget in KGS (an
empty indicator or a zero budget is a gap left on purpose, for the coverage screen to show).
"""

from __future__ import annotations

# (English, Russian, agencies, areas, indicator (en) or "", budget in KGS or 0)
Measure = tuple[str, str, tuple[str, ...], tuple[str, ...], str, int]
KG_PLAN: list[tuple[str, str, list[tuple[str, str, list[Measure]]]]] = [
    (
        "Prevent radicalisation in communities",
        "Предупреждение радикализации в местных сообществах",
        [
            (
                "Strengthen the resilience of young people",
                "Повысить устойчивость молодёжи",
                [
                    (
                        "Run youth leadership and volunteering clubs in every oblast",
                        "Организовать клубы лидерства и волонтёрства молодёжи во всех областях",
                        ("Ministry of Culture, Information, Sports and Youth Policy",),
                        ("area-i.2",),
                        "Young people taking part",
                        4_500_000,
                    ),
                    (
                        "Train school teachers to recognise early signs of radicalisation",
                        "Обучить школьных учителей распознавать ранние признаки радикализации",
                        ("Ministry of Education and Science",),
                        ("area-i.4", "area-iii.7"),
                        "Teachers trained",
                        2_000_000,
                    ),
                    (
                        "Hold sport and cultural festivals in border districts",
                        "Провести спортивные и культурные фестивали в приграничных районах",
                        ("Ministry of Culture, Information, Sports and Youth Policy",),
                        ("area-i.2", "area-i.1"),
                        "",
                        1_200_000,
                    ),
                ],
            ),
            (
                "Engage religious leaders, women and the media",
                "Вовлечь религиозных лидеров, женщин и СМИ",
                [
                    (
                        "Courses for imams on countering extremist narratives",
                        "Курсы для имамов по противодействию экстремистским нарративам",
                        ("State Commission for Religious Affairs",),
                        ("area-i.5",),
                        "Imams completing the course",
                        800_000,
                    ),
                    (
                        "Support women's councils in local prevention work",
                        "Поддержать женские советы в профилактической работе на местах",
                        ("Local self-government bodies",),
                        ("area-i.3", "area-iv.5"),
                        "Councils supported",
                        0,
                    ),
                    (
                        "Publish counter-narrative content in Kyrgyz and Russian online",
                        "Размещать в интернете контрнарративные материалы на кыргызском и русском",
                        ("Ministry of Culture, Information, Sports and Youth Policy",),
                        ("area-i.7", "area-ii.6"),
                        "Materials published",
                        1_500_000,
                    ),
                    (
                        "Pre-departure briefings for labour migrants",
                        "Информирование трудовых мигрантов перед выездом",
                        (),
                        ("area-i.6",),
                        "",
                        0,
                    ),
                ],
            ),
        ],
    ),
    (
        "Prevent and combat terrorism",
        "Предотвращение терроризма и борьба с ним",
        [
            (
                "Stop terrorist financing and travel",
                "Пресечь финансирование терроризма и перемещение террористов",
                [
                    (
                        "Bring the financial intelligence unit's procedures in line with FATF "
                        "recommendations",
                        "Привести процедуры подразделения финансовой разведки в соответствие с "
                        "рекомендациями ФАТФ",
                        ("State Financial Intelligence Service",),
                        ("area-ii.2",),
                        "Recommendations met",
                        600_000,
                    ),
                    (
                        "Equip border crossing points with passenger data systems",
                        "Оснастить пункты пропуска системами данных о пассажирах",
                        ("Border Service of the State Committee for National Security",),
                        ("area-ii.3",),
                        "Crossing points equipped",
                        25_000_000,
                    ),
                    (
                        "Joint exercises on foreign terrorist fighters' routes",
                        "Совместные учения по маршрутам иностранных боевиков-террористов",
                        ("State Committee for National Security", "Ministry of Internal Affairs"),
                        ("area-ii.4", "area-iii.2"),
                        "Exercises held",
                        0,
                    ),
                ],
            ),
            (
                "Protect critical infrastructure and counter online propaganda",
                "Защитить критическую инфраструктуру и противодействовать пропаганде в сети",
                [
                    (
                        "Security audits of energy and transport facilities",
                        "Проверки безопасности объектов энергетики и транспорта",
                        ("Ministry of Emergency Situations",),
                        ("area-ii.5",),
                        "Facilities audited",
                        3_000_000,
                    ),
                    (
                        "A unit to detect and remove terrorist content online",
                        "Создать подразделение по выявлению и удалению террористического "
                        "контента в интернете",
                        ("Ministry of Internal Affairs",),
                        ("area-ii.6",),
                        "",
                        5_000_000,
                    ),
                    (
                        "Exchange data on drug trafficking linked to terrorism with CARICC",
                        "Обмен данными с ЦАРИКЦ о наркотрафике, связанном с терроризмом",
                        ("Ministry of Internal Affairs",),
                        ("area-ii.7",),
                        "Data exchanges",
                        0,
                    ),
                ],
            ),
        ],
    ),
    (
        "Build capacity and cooperate",
        "Наращивание потенциала и сотрудничество",
        [
            (
                "Coordinate and monitor the programme",
                "Координация и мониторинг программы",
                [
                    (
                        "An interagency working group reviews the action plan twice a year",
                        "Межведомственная рабочая группа рассматривает план действий дважды в год",
                        ("Cabinet of Ministers",),
                        ("area-iii.1", "area-iii.6"),
                        "Reviews held",
                        0,
                    ),
                    (
                        "Train investigators and prosecutors on terrorism cases",
                        "Обучить следователей и прокуроров ведению дел о терроризме",
                        ("Prosecutor General's Office",),
                        ("area-iii.4", "area-ii.1"),
                        "Officials trained",
                        1_800_000,
                    ),
                    (
                        "Take part in the Counter-Terrorism Early Warning Network for Central Asia",
                        "Участвовать в Сети раннего предупреждения терроризма в Центральной Азии",
                        ("State Committee for National Security",),
                        ("area-iii.7", "area-iii.2"),
                        "Meetings attended",
                        0,
                    ),
                ],
            ),
        ],
    ),
    (
        "Respect human rights and the rule of law",
        "Соблюдение прав человека и верховенства права",
        [
            (
                "Rehabilitate and reintegrate returnees",
                "Реабилитация и реинтеграция вернувшихся граждан",
                [
                    (
                        "Rehabilitation programmes for women and children returned from Syria "
                        "and Iraq",
                        "Программы реабилитации женщин и детей, возвращённых из Сирии и Ирака",
                        ("Ministry of Labour, Social Security and Migration",),
                        ("area-iv.3",),
                        "People in programmes",
                        7_500_000,
                    ),
                    (
                        "Probation officers trained on reintegration of convicted offenders",
                        "Обучить сотрудников пробации реинтеграции осуждённых",
                        ("Probation Service",),
                        ("area-iv.3", "area-iv.2"),
                        "",
                        900_000,
                    ),
                    (
                        "Review counter-terrorism laws for compliance with human rights",
                        "Проверить контртеррористическое законодательство на соответствие "
                        "правам человека",
                        ("Ministry of Justice", "Ombudsman"),
                        ("area-iv.1", "area-iv.6"),
                        "Laws reviewed",
                        0,
                    ),
                    (
                        "Support services for victims of terrorism",
                        "Услуги поддержки жертв терроризма",
                        (),
                        ("area-iv.4",),
                        "",
                        0,
                    ),
                ],
            ),
        ],
    ),
]
PARTNERS = ("partner-unoct", "partner-unrcca", "partner-osce", "partner-unodc", "partner-undp")
