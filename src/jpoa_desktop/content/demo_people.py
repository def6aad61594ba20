"""Realistic, deterministic demo participants for JPoA workshops (``jpoa demo``).

Plain Python only: no Qt, no database. The same seed always gives the same people, and
20,000 of them take a small fraction of a second.

Names are written the way the person writes them: Kazakh, Kyrgyz and Tajik Cyrillic for
KZ, KG and TJ; Uzbek Latin (with ʻ U+02BB in Oʻ and Gʻ) for UZ; Turkmen Latin (ä ç ň ö ş ü ý ž)
for TM. A small share of Kazakh and Kyrgyz citizens carry Russian names.

About 1% of the generated people are the same person as an earlier one, typed differently
(Kazakh letters typed on a Russian keyboard, Ё written as Е, ʻ written as ' or ‘, Turkmen
without diacritics, a dropped patronymic...). They keep organisation, position and phone
number but get another e-mail address. Nothing marks them: duplicate detection must find them.
"""

from __future__ import annotations

import bisect
import random
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TypeVar

from jpoa_desktop.model.codes import ORGANISATION_KINDS

_T = TypeVar("_T")

__all__ = [
    "COUNTRIES",
    "ORGANISATION_KINDS",
    "DemoOrganisation",
    "DemoPerson",
    "generate_people",
    "organisations",
]

COUNTRIES: tuple[str, ...] = ("KZ", "KG", "TJ", "TM", "UZ")


@dataclass(frozen=True)
class DemoOrganisation:
    name: str
    name_en: str
    kind: str
    country: str


@dataclass(frozen=True)
class DemoPerson:
    family_name: str
    given_name: str
    patronymic: str
    sex: str
    country: str
    organisation: DemoOrganisation
    position: str
    email: str
    phone: str
    languages: tuple[str, ...]


# --------------------------------------------------------------------------------------------
# Organisations
# --------------------------------------------------------------------------------------------

_UNRCCA = (
    "international_organisation",
    "Региональный центр ООН по превентивной дипломатии для Центральной Азии (UNRCCA)",
    "United Nations Regional Centre for Preventive Diplomacy for Central Asia (UNRCCA)",
)

_ORGS: dict[str, tuple[tuple[str, str, str], ...]] = {
    "KZ": (
        (
            "ministry",
            "Министерство иностранных дел Республики Казахстан",
            "Ministry of Foreign Affairs of the Republic of Kazakhstan",
        ),
        (
            "ministry",
            "Агентство Республики Казахстан по делам религий",
            "Agency of the Republic of Kazakhstan for Religious Affairs",
        ),
        (
            "law_enforcement",
            "Министерство внутренних дел Республики Казахстан",
            "Ministry of Internal Affairs of the Republic of Kazakhstan",
        ),
        (
            "law_enforcement",
            "Комитет национальной безопасности Республики Казахстан",
            "National Security Committee of the Republic of Kazakhstan",
        ),
        (
            "law_enforcement",
            "Генеральная прокуратура Республики Казахстан",
            "Prosecutor General's Office of the Republic of Kazakhstan",
        ),
        (
            "judiciary",
            "Верховный суд Республики Казахстан",
            "Supreme Court of the Republic of Kazakhstan",
        ),
        (
            "parliament",
            "Мажилис Парламента Республики Казахстан",
            "Mazhilis of the Parliament of the Republic of Kazakhstan",
        ),
        (
            "civil_society",
            "Общественный фонд «Диалог и доверие»",
            "Dialogue and Trust Public Foundation",
        ),
        (
            "academia",
            "Академия правоохранительных органов при Генеральной прокуратуре Республики Казахстан",
            "Academy of Law Enforcement Agencies under the Prosecutor General's Office "
            "of the Republic of Kazakhstan",
        ),
        (
            "academia",
            "Казахский национальный университет имени аль-Фараби",
            "Al-Farabi Kazakh National University",
        ),
        (
            "media",
            "Международное информационное агентство «Казинформ»",
            "Kazinform International News Agency",
        ),
        _UNRCCA,
    ),
    "KG": (
        (
            "ministry",
            "Министерство иностранных дел Кыргызской Республики",
            "Ministry of Foreign Affairs of the Kyrgyz Republic",
        ),
        (
            "ministry",
            "Министерство юстиции Кыргызской Республики",
            "Ministry of Justice of the Kyrgyz Republic",
        ),
        (
            "law_enforcement",
            "Министерство внутренних дел Кыргызской Республики",
            "Ministry of Internal Affairs of the Kyrgyz Republic",
        ),
        (
            "law_enforcement",
            "Государственный комитет национальной безопасности Кыргызской Республики",
            "State Committee for National Security of the Kyrgyz Republic",
        ),
        (
            "law_enforcement",
            "Генеральная прокуратура Кыргызской Республики",
            "Prosecutor General's Office of the Kyrgyz Republic",
        ),
        (
            "judiciary",
            "Верховный суд Кыргызской Республики",
            "Supreme Court of the Kyrgyz Republic",
        ),
        (
            "parliament",
            "Жогорку Кенеш Кыргызской Республики",
            "Jogorku Kenesh of the Kyrgyz Republic",
        ),
        (
            "civil_society",
            "Общественный фонд «Ынтымак — центр поддержки местных инициатив»",
            "Yntymak Centre for Local Initiatives Public Foundation",
        ),
        (
            "academia",
            "Кыргызско-Российский Славянский университет имени Б. Н. Ельцина",
            "Kyrgyz-Russian Slavic University named after B. N. Yeltsin",
        ),
        (
            "media",
            "Национальное информационное агентство «Кабар»",
            "Kabar National News Agency",
        ),
        (
            "international_organisation",
            "Программный офис ОБСЕ в Бишкеке",
            "OSCE Programme Office in Bishkek",
        ),
    ),
    "TJ": (
        (
            "ministry",
            "Министерство иностранных дел Республики Таджикистан",
            "Ministry of Foreign Affairs of the Republic of Tajikistan",
        ),
        (
            "ministry",
            "Комитет по делам религии, упорядочения традиций, торжеств и обрядов "
            "при Правительстве Республики Таджикистан",
            "Committee on Religious Affairs, Regulation of Traditions, Celebrations and "
            "Ceremonies under the Government of the Republic of Tajikistan",
        ),
        (
            "law_enforcement",
            "Министерство внутренних дел Республики Таджикистан",
            "Ministry of Internal Affairs of the Republic of Tajikistan",
        ),
        (
            "law_enforcement",
            "Государственный комитет национальной безопасности Республики Таджикистан",
            "State Committee for National Security of the Republic of Tajikistan",
        ),
        (
            "law_enforcement",
            "Агентство по контролю за наркотиками при Президенте Республики Таджикистан",
            "Drug Control Agency under the President of the Republic of Tajikistan",
        ),
        (
            "judiciary",
            "Верховный суд Республики Таджикистан",
            "Supreme Court of the Republic of Tajikistan",
        ),
        (
            "parliament",
            "Маджлиси намояндагон Маджлиси Оли Республики Таджикистан",
            "Assembly of Representatives of the Majlisi Oli of the Republic of Tajikistan",
        ),
        (
            "civil_society",
            "Общественная организация «Молодёжь за мир и согласие»",
            "Youth for Peace and Concord Public Organisation",
        ),
        (
            "academia",
            "Таджикский национальный университет",
            "Tajik National University",
        ),
        (
            "media",
            "Национальное информационное агентство Таджикистана «Ховар»",
            "Khovar National Information Agency of Tajikistan",
        ),
        (
            "international_organisation",
            "Программный офис ОБСЕ в Душанбе",
            "OSCE Programme Office in Dushanbe",
        ),
    ),
    "TM": (
        (
            "ministry",
            "Министерство иностранных дел Туркменистана",
            "Ministry of Foreign Affairs of Turkmenistan",
        ),
        (
            "ministry",
            "Министерство адалат Туркменистана",
            "Ministry of Adalat (Justice) of Turkmenistan",
        ),
        (
            "law_enforcement",
            "Министерство внутренних дел Туркменистана",
            "Ministry of Internal Affairs of Turkmenistan",
        ),
        (
            "law_enforcement",
            "Министерство национальной безопасности Туркменистана",
            "Ministry of National Security of Turkmenistan",
        ),
        (
            "law_enforcement",
            "Государственная пограничная служба Туркменистана",
            "State Border Service of Turkmenistan",
        ),
        (
            "judiciary",
            "Верховный суд Туркменистана",
            "Supreme Court of Turkmenistan",
        ),
        (
            "parliament",
            "Меджлис Туркменистана",
            "Mejlis of Turkmenistan",
        ),
        (
            "civil_society",
            "Общество Красного Полумесяца Туркменистана",
            "Red Crescent Society of Turkmenistan",
        ),
        (
            "academia",
            "Институт международных отношений Министерства иностранных дел Туркменистана",
            "Institute of International Relations of the Ministry of Foreign Affairs "
            "of Turkmenistan",
        ),
        (
            "media",
            "Государственное информационное агентство Туркменистана (TDH)",
            "State News Agency of Turkmenistan (TDH)",
        ),
        _UNRCCA,
    ),
    "UZ": (
        (
            "ministry",
            "Министерство иностранных дел Республики Узбекистан",
            "Ministry of Foreign Affairs of the Republic of Uzbekistan",
        ),
        (
            "ministry",
            "Комитет по делам религий при Кабинете Министров Республики Узбекистан",
            "Committee on Religious Affairs under the Cabinet of Ministers "
            "of the Republic of Uzbekistan",
        ),
        (
            "law_enforcement",
            "Министерство внутренних дел Республики Узбекистан",
            "Ministry of Internal Affairs of the Republic of Uzbekistan",
        ),
        (
            "law_enforcement",
            "Служба государственной безопасности Республики Узбекистан",
            "State Security Service of the Republic of Uzbekistan",
        ),
        (
            "law_enforcement",
            "Генеральная прокуратура Республики Узбекистан",
            "Prosecutor General's Office of the Republic of Uzbekistan",
        ),
        (
            "judiciary",
            "Верховный суд Республики Узбекистан",
            "Supreme Court of the Republic of Uzbekistan",
        ),
        (
            "parliament",
            "Законодательная палата Олий Мажлиса Республики Узбекистан",
            "Legislative Chamber of the Oliy Majlis of the Republic of Uzbekistan",
        ),
        (
            "civil_society",
            "Негосударственная некоммерческая организация «Центр развития гражданского общества»",
            "Civil Society Development Centre (non-governmental non-profit organisation)",
        ),
        (
            "academia",
            "Ташкентский государственный юридический университет",
            "Tashkent State University of Law",
        ),
        (
            "academia",
            "Международная исламская академия Узбекистана",
            "International Islamic Academy of Uzbekistan",
        ),
        (
            "media",
            "Национальное информационное агентство Узбекистана (УзА)",
            "National News Agency of Uzbekistan (UzA)",
        ),
        (
            "international_organisation",
            "Региональное представительство Управления ООН по наркотикам и преступности "
            "для Центральной Азии (UNODC)",
            "United Nations Office on Drugs and Crime, Regional Office for Central Asia (UNODC)",
        ),
    ),
}

_ORGANISATIONS: dict[str, tuple[DemoOrganisation, ...]] = {
    cc: tuple(DemoOrganisation(name, name_en, kind, cc) for kind, name, name_en in rows)
    for cc, rows in _ORGS.items()
}

# How many participants a kind of organisation sends, relative to the others.
_KIND_WEIGHT: dict[str, int] = {
    "ministry": 3,
    "law_enforcement": 4,
    "judiciary": 2,
    "parliament": 1,
    "civil_society": 2,
    "academia": 2,
    "media": 1,
    "international_organisation": 1,
}

_POSITIONS: dict[str, tuple[str, ...]] = {
    "ministry": (
        "главный специалист",
        "ведущий специалист",
        "главный эксперт",
        "начальник отдела",
        "заместитель начальника управления",
        "директор департамента",
        "советник министра",
        "эксперт",
    ),
    "law_enforcement": (
        "старший оперуполномоченный",
        "оперуполномоченный по особо важным делам",
        "старший следователь",
        "прокурор",
        "старший помощник прокурора",
        "начальник отдела",
        "заместитель начальника управления",
        "старший инспектор",
        "аналитик",
    ),
    "judiciary": (
        "судья",
        "помощник судьи",
        "консультант",
        "главный специалист",
        "секретарь судебного заседания",
    ),
    "parliament": (
        "депутат",
        "помощник депутата",
        "главный консультант",
        "эксперт комитета",
    ),
    "civil_society": (
        "директор",
        "координатор проектов",
        "юрист",
        "эксперт",
        "исследователь",
    ),
    "academia": (
        "профессор",
        "доцент",
        "старший преподаватель",
        "старший научный сотрудник",
        "заведующий кафедрой",
    ),
    "media": (
        "журналист",
        "корреспондент",
        "редактор",
        "главный редактор",
    ),
    "international_organisation": (
        "национальный консультант",
        "программный сотрудник",
        "координатор проектов",
        "эксперт",
    ),
}


def _pick(rng: random.Random, items: Sequence[_T]) -> _T:
    """``rng.choice`` without its overhead (it matters for 20,000 people)."""
    return items[int(rng.random() * len(items))]


def organisations(country: str) -> tuple[DemoOrganisation, ...]:
    """The demo organisations of one country (ISO 3166-1 alpha-2), every kind at least once."""
    try:
        return _ORGANISATIONS[country.upper()]
    except KeyError:
        raise ValueError(f"unknown country {country!r}; expected one of {COUNTRIES}") from None


# --------------------------------------------------------------------------------------------
# Names
# --------------------------------------------------------------------------------------------


def _words(text: str) -> list[str]:
    return text.split()


_KZ_MALE = _words("""
Нұрлан Қайрат Ерғали Өмірбек Асқар Бауыржан Ержан Дәурен Мұрат Серік Ғалым Жандос Айдос
Нұржан Талғат Ерлан Әділет Бақытжан Самат Арман Дәулет Қанат Марат Ерболат Нұрсұлтан Ринат
Әлихан Ақжол Еркебұлан Біржан Тимур Азамат Ілияс Мұхтар Қуаныш Руслан Бекзат Жасұлан Болат
Рүстем Сәкен Шыңғыс Олжас Ғабит Ербол Темірлан Дастан Мейрам Санжар Алмас Ақылбек Һидаят
""")

_KZ_FEMALE = _words("""
Әсел Гүлнар Айгүл Әйгерім Гүлжан Динара Жанар Сәуле Ақмарал Мәдина Айжан Назгүл Ләззат Балжан
Гүлмира Жұлдыз Камила Мөлдір Перизат Салтанат Толқын Қарлығаш Ботагөз Дана Әлия Айнұр Ақбота
Гүлшат Нұргүл Роза Зарина Меруерт Анар Ұлжан Самал Гауһар Інжу Шолпан Айым Раушан Күләш
Эльмира Нәзира Аружан Ақерке Дилнәз
""")

_KZ_FAMILY = _words("""
Нұрланов Қасымов Әлиев Төлегенов Жұмабаев Сәрсенбаев Құдайбергенов Тоқаев Оспанов Мұратов
Серікбаев Әбдірахманов Ғабдуллин Байжанов Ахметов Исмағұлов Сейтқалиев Омаров Бекмұхамбетов
Жақсылықов Нұрпейісов Ермеков Бейсенов Әбішев Қожахметов Тұрсынов Мұқанов Нұрғалиев Есенов
Ержанов Қалиев Ибраев Сұлтанов Дүйсенов Әубәкіров Шәріпов Жүсіпов Смағұлов Өтегенов Қуанышев
Садықов Баймұханов Есімов Тәжібаев Әміров Мұхамеджанов Кенжебаев Рахымжанов Темірбаев Ұзақов
Құрманов Жанұзақов Бекенов Ысқақов Мамыров Түсіпбеков Сағынтаев Қазыбеков Әшімов
Жанғожин Серғазин Қонаев Бөкейханов Мәметов Ілиясов Һашимов
""")

_KG_MALE = _words("""
Бөлөт Азамат Нурлан Эркин Айбек Бакыт Улан Талант Кубанычбек Эрмек Темир Мирлан Жоомарт Нурбек
Алмаз Чынгыз Жаныбек Кайрат Марат Тилек Мелис Адилет Үсөн Өмүрбек Сүйүнбай Токтосун Аскар
Бекболот Канат Максат Нурсултан Данияр Элдияр Эмил Айдар Мырзабек Дөөлөт Замир Ысмайыл Төлөгөн
Сооронбай Курманбек Садыр Алтынбек Мухтар Медер Үмөт Нуржигит
""")

_KG_FEMALE = _words("""
Үмүт Чолпон Айгүл Жылдыз Гүлнара Айпери Бермет Нурзат Динара Жибек Асель Бактыгүл Назира Гүлзат
Айжан Мээрим Алтынай Бүбүсара Айнура Чынара Мира Гүлмира Айсулуу Нургүл Эльвира Элмира
Таалайгүл Салтанат Каныкей Сезим Бурул Толкун Жазгүл Айзада Акмаал Венера Роза Мадина Гүлайым
Нуриза Кымбат Аида Сүйүү Төрөгүл
""")

_KG_FAMILY = _words("""
Асанов Осмонов Жээнбеков Садыров Токтогулов Сыдыков Мамытов Абдыкадыров Өмүрбеков Түгөлбаев
Исаков Калыков Турдубаев Эсенов Жумабеков Мамбетов Абдрахманов Кадыров Усенов Чотонов Байтиков
Аманбаев Бейшеналиев Сатыбалдиев Токтобаев Момунов Шаршеналиев Эсенгулов Канатбеков
Кудайбергенов Назаров Орозбеков Абдылдаев Мырзакматов Бекболотов Жолдошев Касымов Керимбеков
Айтматов Сулайманов Алымкулов Нурматов Кубатбеков Дөөлөтбеков Үсөнов Төрөбеков Жусупов Маматов
Кочкоров Сарыгулов Тилеков Акматов Эргешов Ногойбаев Чолпонбаев Ырысбеков Белеков Осмоналиев
Таштанов Сүйүнбаев Көчөрбаев Бөрүбаев
""")

_TJ_MALE = _words("""
Ҷамшед Раҳмон Шоҳрух Фаридун Баҳодур Бахтиёр Фирӯз Далер Зафар Исмоил Илҳом Комрон Навруз
Парвиз Рустам Саидҷон Сафар Сино Сӯҳроб Тоҳир Умед Фарҳод Хуршед Шаҳром Абдуллоҳ Алишер Азиз
Бобур Дилшод Ёдгор Зоҳир Искандар Карим Манучеҳр Муҳаммад Нозим Олим Раҷаб Сиёвуш Файзулло
Ҳасан Ҳусейн Шерали Ӯктам Фаррух Ҷаҳонгир Ҳамид Ҷалолиддин Алӣ Валӣ Меҳрод Суҳайл Неъмат
""")

_TJ_FEMALE = _words("""
Зарина Мадина Нигина Шаҳноза Дилноза Фарангис Гулноза Малика Нилуфар Парвина Мунира Саодат
Таҳмина Ҳумайро Фарзона Шабнам Манижа Зулфия Гулрух Меҳрангез Наргис Сурайё Ситора Фотима
Ҷамила Барно Дилафрӯз Мавлуда Мавзуна Нодира Озода Раъно Рухшона Сабоҳат Тоҳира Фирӯза Ҳилола
Шаҳло Лола Гавҳар Моҳира Ганҷина Ҳамида Меҳрӣ Сарвиноз Ҳафиза
""")

_TJ_FAMILY = _words("""
Раҳимов Қодиров Сафаров Назаров Шарипов Исмоилов Раҳмонов Каримов Ҳасанов Ҳусейнов Саидов
Мирзоев Абдуллоев Давлатов Зиёев Иброҳимов Латипов Маҳмадов Муродов Набиев Одинаев Султонов
Тошматов Умаров Файзуллоев Хоҷаев Ҷалолов Шоев Юсуфов Ашуров Бобоев Валиев Ғафуров Гулов
Додхудоев Ёров Зокиров Исломов Қурбонов Мансуров Неъматов Олимов Пӯлодов Раҷабов Салимов Тағоев
Усмонов Фаттоев Ҳакимов Ҷӯраев Шукуров Қаҳоров Назриев Амиров Бахтиёров Нуров Содиқов Холов
Ҳасанзода Раҳимзода Қодирзода Мирзозода Саидзода Шарифзода Абдуллозода Давлатзода Юсуфзода
Сафарзода Каримзода Назарзода Ҷӯразода Ҳакимзода Умарзода Алӣзода
""")

_UZ_MALE = _words("""
Toʻlqin Sardor Jasur Bekzod Aziz Rustam Shavkat Botir Oʻtkir Gʻayrat Dilshod Farrux Javohir
Sherzod Ulugʻbek Oybek Alisher Bahodir Sanjar Abdulla Shohrux Islom Doniyor Eldor Temur Nodir
Otabek Akmal Anvar Bobur Zafar Xurshid Jamshid Shuhrat Laziz Ikrom Murod Nurbek Qodir Rashid
Ravshan Shohjahon Ibrohim Yusuf Komil Asror Baxtiyor Elbek Gʻolib Oʻktam Sirojiddin Umid Hasan
Ilhom Mansur Sobir Behzod Hamid Davron Erkin Gʻulom Qahramon Nurillo Oʻral
""")

_UZ_FEMALE = _words("""
Shahnoza Dilnoza Gulnora Malika Nilufar Madina Zarina Feruza Nodira Mohira Sevara Dildora
Gulchehra Munisa Nigora Oʻgʻiloy Gʻuncha Dilfuza Zulfiya Kamola Laylo Lola Mavluda Mahliyo
Nargiza Ozoda Rayhona Sabina Sarvinoz Saodat Shahlo Shoira Umida Xurshida Yulduz Zilola Barno
Charos Diyora Dilorom Durdona Gulbahor Gulshan Hilola Iroda Kumush Maftuna Marjona Muhabbat
Nasiba Nozima Oydin Robiya Sitora Surayyo Tahmina Zebo Ziyoda Oʻlmasoy Gʻunchaxon Moʻtabar
""")

_UZ_FAMILY = _words("""
Karimov Gʻulomov Oʻrinboyev Toshmatov Yusupov Rahimov Qodirov Xoʻjayev Usmonov Abdullayev
Tursunov Sodiqov Ergashev Nazarov Ismoilov Aliyev Hasanov Hakimov Sultonov Umarov Saidov
Rasulov Joʻrayev Qoʻchqorov Toʻxtayev Xolmatov Normatov Jalilov Mahmudov Rustamov Shukurov
Yoʻldoshev Gʻaniyev Ahmedov Boboyev Valiyev Davletov Egamberdiyev Fayzullayev Ibragimov Komilov
Latipov Mamatov Nurmatov Poʻlatov Qurbonov Salimov Tojiyev Xudoyberdiyev Yoqubov Zokirov
Abdurahmonov Baxromov Choriyev Doʻstmatov Eshonqulov Gʻafurov Haydarov Islomov Jumayev Kamolov
Murodov Musayev Nabiyev Oripov Qayumov Sharipov Yunusov Zaripov Sattorov Abduvaliyev Mirzayev
Oʻktamov Bozorov Turgʻunov Ortiqov Safarov Sobirov Eshmatov Gʻoipov Moʻminov Qoʻziyev
""")

_TM_MALE = _words("""
Gurbanguly Myrat Döwlet Serdar Batyr Merdan Arslan Berdi Nury Orazgeldi Annageldi Öwez Rahman
Rustam Baýram Döwran Kakajan Maksat Mekan Nurmuhammet Perhat Resul Saparmyrat Şatlyk Täçmyrat
Ýusup Jeýhun Aýdogdy Begenç Bahtyýar Çary Dörtguly Eziz Guwanç Gylyç Hojamyrat Ilýas Kerim
Mämmet Myratberdi Nobat Röwşen Süleýman Şöhrat Tagan Wepa Ýagmyr Yhlas Aşyr Azat Bäşim Dawut
Garly Hudaýberdi Jumamyrat Meret Nazar Oraz Pälwan Rejep Sapar Tirkiş Ýazmyrat Agajan Ahmet
Babageldi Deňizmyrat
""")

_TM_FEMALE = _words("""
Aýna Jeren Ogulgerek Maral Aýgül Bahar Dursun Enejan Gözel Gülälek Gülşat Jemal Leýli Mähri
Näzik Ogulbibi Selbi Sona Şirin Tylla Ýazgül Zöhre Aýjemal Bägül Dünýä Enegül Gülbahar Gülnar
Gunça Güljahan Hurma Jahan Keýik Läle Merjen Nabat Ogulsapar Ogulnabat Sülgün Şemşat Tawus
Ýakut Züleýha Altyn Ajap Amanbibi Arzuw Bibi Dilber Gülnabat Jennet Kümüş Mähriban Mylaýym
Nurjahan Oguljan Sähra Sapargül Ýaňyl Maýsa Ogulşat Ejegyz Humar Ogulbägül
""")

_TM_FAMILY = _words("""
Annaýew Orazow Öwezow Berdiýew Gurbanow Myradow Ataýew Hojaýew Nurmuhammedow Rejepow Saparow
Täçmyradow Durdyýew Amanow Baýramow Çaryýew Döwletow Garaýew Hallyýew Ilýasow Jumaýew Kakaýew
Mämmedow Nazarow Ödäýew Rahmanow Soltanow Taganow Weliýew Ýazmyradow Agaýew Babaýew Bäşimow
Çaryýarow Geldiýew Gylyjow Hanmämmedow Işangulyýew Kerimow Meredow Muhammedow Nobatow
Orazmyradow Resulow Saparmyradow Şamyradow Tirkişow Weýisow Ýusupow Allaberdiýew Ahmedow
Aşyrow Batyrow Begmyradow Hudaýberdiýew Joraýew Atajanow Hydyrow Sähetmyradow Baýramgeldiýew
Ballyýew Orazgeldiýew Rozyýew Gandymow Esenow Hojamuhammedow Myratgeldiýew Gurbandurdyýew
Çömmekow Ýagşyýew Pälwanow
""")

# Turkmen patronymics are irregular enough (voicing, vowel harmony) to be written out.
_TM_PATRONYMICS: tuple[tuple[str, str], ...] = (
    ("Myradowiç", "Myradowna"),
    ("Annaýewiç", "Annaýewna"),
    ("Orazowiç", "Orazowna"),
    ("Gurbangulyýewiç", "Gurbangulyýewna"),
    ("Bäşimowiç", "Bäşimowna"),
    ("Berdiýewiç", "Berdiýewna"),
    ("Saparowiç", "Saparowna"),
    ("Döwletowiç", "Döwletowna"),
    ("Rejepowiç", "Rejepowna"),
    ("Nazarowiç", "Nazarowna"),
    ("Öwezowiç", "Öwezowna"),
    ("Baýramowiç", "Baýramowna"),
    ("Garlyýewiç", "Garlyýewna"),
    ("Mämmedowiç", "Mämmedowna"),
)

_RU_MALE = _words("""
Александр Сергей Андрей Дмитрий Алексей Пётр Артём Фёдор Владимир Евгений Игорь Максим Николай
Олег Виктор Семён Павел Роман Михаил Антон Денис Вадим Константин Глеб
""")

_RU_FEMALE = _words("""
Алёна Ольга Елена Наталья Татьяна Ирина Светлана Анна Мария Юлия Екатерина Оксана Людмила
Галина Марина Дарья Ксения Валентина Надежда Вера Жанна Лариса
""")

_RU_FAMILY = _words("""
Королёв Семёнов Фёдоров Иванов Петров Кузнецов Попов Соколов Лебедев Козлов Новиков Морозов
Волков Алексеев Никитин Ильин Сорокин Ковальский Пугачёв Щербаков Журавлёв Воробьёв Белов
Киселёв Зайцев Павлов Тарасов Богданов Рогачёв Костин
""")

# Russian patronymic stems that the regular rule gets wrong.
_RU_STEM_OVERRIDES = {"Пётр": "Петров", "Павел": "Павлов", "Михаил": "Михайлов"}


def _ru_patronymic(father: str) -> tuple[str, str] | None:
    """Russian-style patronymic (male, female) from a father's name, or None when irregular."""
    stem = _RU_STEM_OVERRIDES.get(father)
    if stem is None:
        last = father[-1]
        if last in "йиь":
            stem = father[:-1] + ("ев" if last != "и" else "иев")
        elif last in "жшчщц":
            stem = father + "ев"
        elif last in "аеёиоуыэюяәөұүіӣӯ":
            return None
        else:
            stem = father + "ов"
    return stem + "ич", stem + "на"


def _feminine(family: str) -> str:
    """The feminine form of a family name; indeclinable ones (…зода) stay as they are."""
    if family.endswith(("ский", "цкий")):
        return family[:-2] + "ая"
    if family.endswith(("ов", "ев", "ёв", "ин")):
        return family + "а"  # Cyrillic а
    if family.endswith(("ow", "ew", "ov", "ev")):
        return family + "a"  # Latin a
    return family


@dataclass(frozen=True, slots=True)
class _Pool:
    """One naming tradition within a country."""

    style: str  # "kz", "kg", "tj", "ru", "uz", "tm": which patronymic rule applies
    male: tuple[str, ...]
    female: tuple[str, ...]
    families: tuple[tuple[str, str], ...]  # (masculine, feminine)
    patronymics: tuple[tuple[str, str], ...]  # (male, female), Russian-style or national
    native: tuple[tuple[str, str], ...]  # Kazakh -ұлы/-қызы, Uzbek oʻgʻli/qizi


def _pool(
    style: str,
    male: list[str],
    female: list[str],
    families: list[str],
    fathers: list[str] | None = None,
) -> _Pool:
    patronymics: list[tuple[str, str]] = []
    for father in fathers if fathers is not None else male:
        pair = _ru_patronymic(father)
        if pair is not None and pair not in patronymics:
            patronymics.append(pair)
    native: list[tuple[str, str]] = []
    if style == "kz":
        native = [(name + "ұлы", name + "қызы") for name in male]
    elif style == "uz":
        native = [(f"{name} oʻgʻli", f"{name} qizi") for name in male]
        patronymics = []
    elif style == "tm":
        patronymics = list(_TM_PATRONYMICS)
    unique_families = list(dict.fromkeys(families))
    return _Pool(
        style=style,
        male=tuple(dict.fromkeys(male)),
        female=tuple(dict.fromkeys(female)),
        families=tuple((f, _feminine(f)) for f in unique_families),
        patronymics=tuple(patronymics),
        native=tuple(native),
    )


_RU_POOL = _pool("ru", _RU_MALE, _RU_FEMALE, _RU_FAMILY)

# country -> ((share of people, pool), ...)
_POOLS: dict[str, tuple[tuple[float, _Pool], ...]] = {
    "KZ": ((0.92, _pool("kz", _KZ_MALE, _KZ_FEMALE, _KZ_FAMILY)), (1.0, _RU_POOL)),
    "KG": ((0.94, _pool("kg", _KG_MALE, _KG_FEMALE, _KG_FAMILY)), (1.0, _RU_POOL)),
    "TJ": ((1.0, _pool("tj", _TJ_MALE, _TJ_FEMALE, _TJ_FAMILY)),),
    "TM": ((1.0, _pool("tm", _TM_MALE, _TM_FEMALE, _TM_FAMILY)),),
    "UZ": ((1.0, _pool("uz", _UZ_MALE, _UZ_FEMALE, _UZ_FAMILY)),),
}


def _patronymic(rng: random.Random, pool: _Pool, family: str, female: bool) -> str:
    r = rng.random()
    index = 1 if female else 0
    style = pool.style
    if style == "ru":
        return _pick(rng, pool.patronymics)[index]
    if style == "kz":
        if r < 0.78:
            return _pick(rng, pool.patronymics)[index]
        if r < 0.90:
            return _pick(rng, pool.native)[index]
        return ""
    if style == "kg":
        return _pick(rng, pool.patronymics)[index] if r < 0.86 else ""
    if style == "tj":
        # Tajik -зода family names often come without a patronymic.
        limit = 0.3 if family.endswith("зода") else 0.85
        return _pick(rng, pool.patronymics)[index] if r < limit else ""
    if style == "uz":
        return _pick(rng, pool.native)[index] if r < 0.3 else ""
    return _pick(rng, pool.patronymics)[index] if r < 0.15 else ""


# --------------------------------------------------------------------------------------------
# Contact details
# --------------------------------------------------------------------------------------------

_PRIMARY_LANGUAGE = {"KZ": "kk", "KG": "ky", "TJ": "tg", "TM": "tk", "UZ": "uz"}
_RUSSIAN_SHARE = {"KZ": 0.95, "KG": 0.92, "TJ": 0.8, "TM": 0.7, "UZ": 0.82}
_EXTRA_LANGUAGES = {
    "KZ": ("tr", "de", "zh"),
    "KG": ("tr", "zh", "de"),
    "TJ": ("fa", "ar", "de"),
    "TM": ("tr", "fa", "de"),
    "UZ": ("tr", "ar", "ko"),
}

_MOBILE_PREFIXES = {
    "KZ": ("700", "701", "702", "705", "707", "708", "747", "771", "775", "776", "777", "778"),
    "KG": ("500", "550", "555", "700", "705", "707", "770", "772", "777", "990", "995", "999"),
    "TJ": ("90", "91", "92", "93", "98", "88", "55", "50", "11", "00"),
    "TM": ("61", "62", "63", "64", "65", "71"),
    "UZ": ("90", "91", "93", "94", "95", "97", "99", "33", "88", "77"),
}


def _phone(rng: random.Random, country: str) -> str:
    prefix = _pick(rng, _MOBILE_PREFIXES[country])
    n = int(rng.random() * 10**7)
    if country == "KZ":
        return f"+7 {prefix} {n // 10**4:03d} {n // 100 % 100:02d} {n % 100:02d}"
    if country == "KG":
        n //= 10
        return f"+996 {prefix} {n // 1000:03d} {n % 1000:03d}"
    if country == "TJ":
        return f"+992 {prefix} {n // 10**4:03d} {n // 100 % 100:02d} {n % 100:02d}"
    if country == "TM":
        n //= 10
        return f"+993 {prefix} {n // 10**4:02d} {n // 100 % 100:02d} {n % 100:02d}"
    return f"+998 {prefix} {n // 10**4:03d} {n // 100 % 100:02d} {n % 100:02d}"


def _languages(rng: random.Random, country: str, russian_pool: bool) -> tuple[str, ...]:
    primary = _PRIMARY_LANGUAGE[country]
    if russian_pool:
        langs = ["ru", primary] if rng.random() < 0.3 else ["ru"]
    else:
        langs = [primary, "ru"] if rng.random() < _RUSSIAN_SHARE[country] else [primary]
    if rng.random() < 0.35:
        langs.append("en")
    if rng.random() < 0.06:
        langs.append(_pick(rng, _EXTRA_LANGUAGES[country]))
    return tuple(dict.fromkeys(langs))


_TO_ASCII = str.maketrans(
    {
        "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh",
        "з": "z", "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
        "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
        "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu",
        "я": "ya", "ә": "a", "ғ": "g", "қ": "k", "ң": "n", "ө": "o", "ұ": "u", "ү": "u",
        "һ": "h", "і": "i", "ӣ": "i", "ӯ": "u", "ҳ": "h", "ҷ": "j",
        "ä": "a", "ç": "ch", "ň": "n", "ö": "o", "ş": "sh", "ü": "u", "ý": "y", "ž": "zh",
        "ʻ": "", "'": "", "‘": "", "`": "", "’": "", " ": "", "-": "",
    }
)  # fmt: skip


@lru_cache(maxsize=4096)
def _ascii(text: str) -> str:
    return "".join(ch for ch in text.lower().translate(_TO_ASCII) if "a" <= ch <= "z")


def _email(rng: random.Random, country: str, given: str, family: str, taken: set[str]) -> str:
    local = f"{_ascii(given)[:1]}.{_ascii(family)}"
    domain = f"@example.{country.lower()}"
    for _ in range(20):
        email = f"{local}{10 + int(rng.random() * 9990)}{domain}"
        if email not in taken:
            break
    else:
        suffix = 10000
        while (email := f"{local}{suffix}{domain}") in taken:
            suffix += 1
    taken.add(email)
    return email


# --------------------------------------------------------------------------------------------
# Near-duplicates: the same person typed differently
# --------------------------------------------------------------------------------------------


def _both_cases(table: dict[str, str]) -> dict[int, str]:
    full = dict(table)
    full.update({k.upper(): v.upper() for k, v in table.items()})
    return str.maketrans(full)


_YO = _both_cases({"ё": "е"})
_FOLD = {
    # Kazakh letters typed on a Russian keyboard.
    "KZ": _both_cases(
        {"ә": "а", "ғ": "г", "қ": "к", "ң": "н", "ө": "о", "ұ": "у", "ү": "у", "һ": "х", "і": "и"}
    ),
    "KG": _both_cases({"ң": "н", "ө": "о", "ү": "у"}),
    "TJ": _both_cases({"ӣ": "и", "ӯ": "у", "ҳ": "х", "ҷ": "ч", "ғ": "г", "қ": "к"}),
    "TM": _both_cases(
        {"ä": "a", "ç": "c", "ň": "n", "ö": "o", "ş": "s", "ü": "u", "ý": "y", "ž": "z"}
    ),
    "UZ": _both_cases({}),
}

_Names = tuple[str, str, str]  # family, given, patronymic


def _respellings(country: str, names: _Names) -> list[_Names]:
    family, given, patronymic = names
    fold = _FOLD[country]
    out: list[_Names] = [
        (family.translate(fold), given.translate(fold), patronymic.translate(fold)),
        (family.translate(fold), given, patronymic),
        (family.translate(_YO), given.translate(_YO), patronymic.translate(_YO)),
    ]
    if patronymic:
        out.append((family, given, ""))
    if country == "UZ":
        for mark in ("'", "‘", "`"):
            out.append((family.replace("ʻ", mark), given.replace("ʻ", mark), patronymic))
        for masc, alt in (("yev", "ev"), ("yeva", "eva")):
            if family.endswith(masc):
                out.append((family[: -len(masc)] + alt, given, patronymic))
    if country == "TM":
        for masc, alt in (("ow", "ov"), ("owa", "ova"), ("ew", "ev"), ("ewa", "eva")):
            if family.endswith(masc):
                out.append((family[: -len(masc)] + alt, given, patronymic))
    return [v for v in dict.fromkeys(out) if v != names]


# --------------------------------------------------------------------------------------------
# The generator
# --------------------------------------------------------------------------------------------

_DUPLICATE_SHARE = 0.01


def _weighted_organisations(country: str) -> tuple[tuple[DemoOrganisation, ...], list[float]]:
    """The organisations with cumulative shares ending at 1.0, for a bisect on rng.random()."""
    orgs = _ORGANISATIONS[country]
    total = sum(_KIND_WEIGHT[org.kind] for org in orgs)
    cumulative: list[float] = []
    running = 0
    for org in orgs:
        running += _KIND_WEIGHT[org.kind]
        cumulative.append(running / total)
    return orgs, cumulative


_WEIGHTED_ORGS = {cc: _weighted_organisations(cc) for cc in COUNTRIES}


def generate_people(count: int, seed: int = 2011) -> list[DemoPerson]:
    """``count`` demo participants, always the same ones for the same ``seed``.

    Countries and sexes are drawn evenly; e-mail addresses are unique within one call.
    About 1% of the people are re-spellings of an earlier person (see the module docstring).
    """
    if count < 0:
        raise ValueError(f"count must not be negative, got {count}")
    rng = random.Random(seed)
    people: list[DemoPerson] = []
    originals: list[int] = []
    taken: set[str] = set()
    for i in range(count):
        if originals and i >= 10 and rng.random() < _DUPLICATE_SHARE:
            twin = _respelled(rng, people[_pick(rng, originals)], taken)
            if twin is not None:
                people.append(twin)
                continue
        country = _pick(rng, COUNTRIES)
        r = rng.random()
        pool = next(p for share, p in _POOLS[country] if r < share)
        female = rng.random() < 0.5
        masculine, feminine = _pick(rng, pool.families)
        family = feminine if female else masculine
        given = _pick(rng, pool.female if female else pool.male)
        patronymic = _patronymic(rng, pool, masculine, female)
        orgs, cumulative = _WEIGHTED_ORGS[country]
        org = orgs[min(bisect.bisect(cumulative, rng.random()), len(orgs) - 1)]
        originals.append(len(people))
        people.append(
            DemoPerson(
                family_name=family,
                given_name=given,
                patronymic=patronymic,
                sex="female" if female else "male",
                country=country,
                organisation=org,
                position=_pick(rng, _POSITIONS[org.kind]),
                email=_email(rng, country, given, family, taken),
                phone=_phone(rng, country),
                languages=_languages(rng, country, pool.style == "ru"),
            )
        )
    return people


def _respelled(rng: random.Random, person: DemoPerson, taken: set[str]) -> DemoPerson | None:
    names = (person.family_name, person.given_name, person.patronymic)
    variants = _respellings(person.country, names)
    if not variants:
        return None
    family, given, patronymic = _pick(rng, variants)
    return DemoPerson(
        family_name=family,
        given_name=given,
        patronymic=patronymic,
        sex=person.sex,
        country=person.country,
        organisation=person.organisation,
        position=person.position,
        email=_email(rng, person.country, given, family, taken),
        phone=person.phone,
        languages=person.languages,
    )
