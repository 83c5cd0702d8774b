"""Indonesian temporal expressions: find the spans and read their parts.

The words come from `id.toml`; this module holds only the grammar. Patterns
are applied one by one; overlapping candidates keep the longest. A second pass
grows each date by what may follow it in news prose: a part of the day
("pagi"), a clock time ("pukul 06.18 WIB"), a marker ("lalu", "mendatang",
"kemarin"), and what may precede it ("awal", "akhir", "sekitar").

Every pattern is linear: no nested quantifiers, spaces never cross a line.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import cache
from types import MappingProxyType

import attrs

from ..lexicon import Holiday, Lexicon, lexicon
from . import Mention
from .patterns import SP, SP0, B, E
from .patterns import alt as _alt
from .patterns import clock_parts as _clock_parts
from .patterns import drop_overlaps as _drop_overlaps
from .patterns import exists as _exists
from .patterns import longest_first as _longest_first

DASH = rf"{SP0}(?:-|–|—|s\.?d\.?|hingga|sampai(?:{SP}dengan)?|sd){SP0}"


@attrs.frozen
class Grammar:
    """Compiled patterns for one lexicon."""

    lex: Lexicon
    rules: tuple[tuple[str, re.Pattern[str], Callable[..., Mention | None]], ...]
    # For speed: the words that must occur in a match of each rule. Each rule scans
    # only a window around its words, not the whole text. A number triggers the rules
    # of each of its shapes (`DIGIT_SHAPES`: "#/" for "13/10", "#year" for "2018").
    triggers: MappingProxyType[str, tuple[int, ...]]
    trigger_words: re.Pattern[str]  # the words of `triggers` and numbers, as whole tokens
    part_after: re.Pattern[str]
    clock_after: re.Pattern[str]
    marker_after: re.Pattern[str]
    modifier_before: re.Pattern[str]
    word_before: re.Pattern[str]
    word_after: re.Pattern[str]
    clock_next: re.Pattern[str]  # the next item of a list of clock times


def _number(lex: Lexicon, text: str) -> float | None:
    """A count written in digits or words ("3", "tiga", "se", "2,5"), None when vague."""
    t = re.sub(r"\s+", " ", text.strip().lower())
    if not t:
        return None
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+", t):  # "1.000": dots group thousands
        return float(t.replace(".", ""))
    if re.fullmatch(r"\d+(?:[.,]\d+)?", t):
        return float(t.replace(",", "."))
    if t in lex.numbers:
        return float(lex.numbers[t])
    if t.endswith(" setengah") and t[: -len(" setengah")] in lex.numbers:
        return float(lex.numbers[t[: -len(" setengah")]]) + 0.5
    return None


def _roman(text: str) -> int | None:
    return {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}.get(text.lower())


def _year(text: str) -> int:
    y = int(text.lstrip("'’"))
    if len(text.lstrip("'’")) == 2:
        y += 2000 if y < 50 else 1900
    return y


def _duration_value(amount: float | None, unit: str) -> str:
    """TIMEX3 duration for a count of a unit letter (D, W, M, Y, H, S, 8Y, 10Y, 100Y, Q)."""
    time_units = {"H": "H", "S": "S", "MIN": "M"}
    if unit == "Q":
        unit, amount = "M", None if amount is None else amount * 3
    elif unit == "H_YEAR":  # semester
        unit, amount = "M", None if amount is None else amount * 6
    elif unit.endswith("Y") and unit != "Y":
        factor = int(unit[:-1])
        unit = {8: "Y", 10: "DE", 100: "CE"}[factor]
        if unit == "Y":
            amount = None if amount is None else amount * factor
    if amount is None:
        number = "X"
    elif amount == int(amount):
        number = str(int(amount))
    else:
        number = f"{amount:g}"
        if unit in ("Y", "M", "D", "H"):  # "satu setengah tahun": P18M reads better than P1.5Y
            smaller = {"Y": ("M", 12), "M": ("D", 30), "D": ("H", 24), "H": ("M", 60)}[unit]
            if unit == "H":
                return f"PT{int(amount * 60)}M"
            return f"P{'T' if smaller[0] == 'H' else ''}{int(amount * smaller[1])}{smaller[0]}"
    if unit in time_units:
        return f"PT{number}{time_units[unit]}"
    return f"P{number}{unit}"


# Unit words map to a letter for durations and to a calendar unit for arithmetic.
_UNIT_DURATION = {
    "S": "S",
    "M": "M",
    "H": "H",
    "D": "D",
    "W": "W",
    "Y": "Y",
    "8Y": "8Y",
    "10Y": "10Y",
    "100Y": "100Y",
    "Q": "Q",
}


def _unit(lex: Lexicon, word: str) -> str:
    """The unit letter of a unit word; "menit" (minute) is MIN, "bulan" (month) is M."""
    word = word.lower()
    if word == "menit":
        return "MIN"
    if word == "semester":
        return "H_YEAR"
    return lex.units[word]


@cache
def grammar() -> Grammar:
    """The Indonesian grammar, compiled once."""
    lex = lexicon("id")
    month = rf"(?P<month>{_alt(lex.months)})\.?"
    month2 = rf"(?P<month2>{_alt(lex.months)})\.?"
    weekday = rf"(?P<weekday>{_alt(lex.weekdays)})"
    day = r"(?P<day>[0-3]?\d)"
    day2 = r"(?P<day2>[0-3]?\d)"
    year = r"(?P<year>(?:1[89]|2[01])\d\d)"
    year2 = r"(?P<year2>(?:1[89]|2[01])\d\d)"
    units = _alt(lex.units)
    numbers = _alt([*lex.numbers, *lex.vague_numbers, "satu setengah", "dua setengah"])
    count = rf"(?P<count>\d{{1,3}}(?:\.\d{{3}})+(?![.,]?\d)|\d+(?:,\d+)?(?![.,]?\d)|{numbers})"
    part = _alt(lex.parts_of_day)
    zones = _alt(lex.zones)
    ordinals = _alt(lex.ordinals)
    holidays = _alt([n for h in lex.holidays for n in h.names])
    eras = _alt({w for h in lex.holidays for w in h.era})
    refs = _alt(lex.references)
    mods = _alt(lex.modifiers)
    hour_words = "satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|sebelas|dua{SP}belas"
    hour_words = hour_words.replace("{SP}", SP)
    zone = rf"(?P<zone>{zones}|waktu{SP}(?:setempat|(?-i:[A-Z][a-z]+)(?:{SP}(?-i:[A-Z][a-z]+))?))"
    weekday_hari = rf"(?:(?:hari{SP})?{weekday})"
    rel_words = (
        r"ini|lalu|yang{SP}lalu|kemarin|depan|mendatang|yang{SP}akan{SP}datang"
        r"|berikutnya|sebelumnya|itu|tersebut|silam"
    ).replace("{SP}", SP)
    flags = re.IGNORECASE

    def rx(pattern: str) -> re.Pattern[str]:
        return re.compile(pattern, flags)

    rules: list[tuple[str, re.Pattern[str], Callable[..., Mention | None]]] = [
        # Sabtu (13/10), Sabtu (13/10/2018), Sabtu, 13/10/2018, (13/10)
        (
            "weekday-numeric",
            rx(
                rf"(?:{B}{weekday_hari}{SP0},?{SP0})?\({SP0}{day}{SP0}/{SP0}(?P<month_n>[01]?\d)"
                rf"(?:{SP0}/{SP0}(?P<year_n>\d{{4}}|\d{{2}}))?{SP0}\)"
            ),
            _numeric,
        ),
        (
            "weekday-numeric-plain",
            rx(
                rf"{B}{weekday}{SP0},?{SP0}{day}{SP0}[/.-]{SP0}(?P<month_m>[01]?\d){SP0}[/.-]{SP0}(?P<year_m>\d{{4}}){E}"
            ),
            _numeric,
        ),
        # 13/10/2018, 13-10-2018, 2018-10-13
        (
            "numeric-date",
            rx(
                rf"(?<![\w/.,-]){day}(?P<sep>[/.-])(?P<month_n>[01]?\d)(?P=sep)(?P<year_n>\d{{4}})(?![\w/]|[.,]\d)"
                rf"|(?<![\w/.,-])(?P<year_i>\d{{4}})-(?P<month_i>[01]\d)-(?P<day_i>[0-3]\d)(?![\w/]|[.,]\d)"
            ),
            _numeric,
        ),
        # 11/11, 8/10 (bare day/month; guarded in the handler)
        (
            "day-month-numeric",
            rx(rf"(?<![\w/.,:-]){day}/(?P<month_n>[01]?\d)(?![\w/]|[.,]\d)"),
            _numeric,
        ),
        # (Minggu,) 14 Okt 2018 | 8-14 Oktober 2018 | tanggal 13 Oktober
        (
            "day-month-year",
            rx(
                rf"{B}(?:{weekday_hari}{SP0},?{SP0})?(?:(?:tanggal|tgl\.?){SP})?{day}"
                rf"(?:{DASH}{day2})?{SP}{month}{E}(?:{SP0},?{SP0}(?:tahun{SP})?{year}{E})?"
                rf"(?:{SP0}(?:-|–|—|s\.?d\.?){SP0}(?P<day3>[0-3]?\d){SP}{month2}{E}"
                rf"(?:{SP0},?{SP0}(?:tahun{SP})?{year2}{E})?)?"
            ),
            _day_month,
        ),
        # Januari-Mei 2018, November 2018, bulan Oktober, Maret lalu
        (
            "month-year",
            rx(
                rf"{B}(?:(?P<bulan>bulan){SP})?{month}{E}(?:{DASH}{month2}{E})?(?:{SP0},?{SP0}(?:tahun{SP})?{year}{E}"
                rf"|{SP}tahun{SP}(?P<relyear>ini|lalu|depan|sebelumnya|berikutnya|itu|kemarin){E})?"
            ),
            _month_year,
        ),
        # tahun 2017, pada 2017, 2017 (guarded), 2017-2019
        (
            "year",
            rx(
                rf"(?<![\w/.,])(?:(?P<tahun>tahun{SP}anggaran|tahun|thn\.?|TA){SP})?"
                rf"(?P<year>(?:1[89]|2[01])\d\d|(?P<old>1[0-7]\d\d))(?:{SP0}[-–]{SP0}{year2})?{E}(?![.,]\d|/)"
            ),
            _year_rule,
        ),
        # 1990-an, tahun 90-an, era 2000-an
        (
            "decade",
            rx(rf"{B}(?:(?:tahun|era|dekade){SP})?(?:'|’)?(?P<decade>(?:1[89]|20)?\d0)-?an{E}"),
            _decade,
        ),
        ("century", rx(rf"{B}abad{SP}(?:ke-?{SP0})?(?P<century>\d{{1,2}}|[XVI]+){E}"), _century),
        # kuartal III-2018, triwulan pertama 2019, semester I tahun ini, Q3 2018
        (
            "quarter",
            rx(
                rf"{B}(?P<qword>kuartal|triwulan|semester|caturwulan|paruh|Q)(?:{SP0}ke-?)?{SP0}"
                rf"(?P<qnum>I{{1,3}}V?|IV|[1-4]|{ordinals}){E}(?:{SP0}[-/]?{SP0}(?:tahun{SP})?{year}{E}"
                rf"|{SP}tahun{SP}(?P<relyear>ini|lalu|depan|sebelumnya|berikutnya|itu){E})?"
            ),
            _quarter,
        ),
        # kemarin lusa, kemarin, hari ini, besok, lusa, tadi pagi, malam ini, keesokan harinya
        (
            "deictic",
            rx(
                rf"{B}(?P<deictic>kemarin{SP}lusa|kemarin|hari{SP}ini|besok{SP}lusa|besok|esok{SP}hari|esok|lusa"
                rf"|keesokan{SP}harinya|keesokan{SP}hari(?:nya)?|hari{SP}berikutnya|hari{SP}sebelumnya"
                rf"|hari{SP}yang{SP}sama|hari{SP}itu|hari{SP}tersebut|tadi{SP}(?:{part})|(?:{part}){SP}tadi"
                rf"|(?:{part}){SP}ini|nanti{SP}(?:{part})|(?:{part}){SP}(?:itu|harinya|hari{SP}itu)|semalam|tadi{SP}malam"
                rf"|(?:pagi|siang|sore|malam){SP}hari(?!{SP}(?:ini|itu|tersebut|berikutnya|sebelumnya|yang|ke)){E}"
                rf"){E}"
            ),
            _deictic,
        ),
        # akhir tahun, awal bulan, pertengahan pekan, akhir pekan: the edge of the current period
        (
            "period-edge",
            rx(
                rf"{B}(?P<edge>awal|akhir|pertengahan|penghujung|permulaan|medio){SP}"
                rf"(?P<unitw>tahun|bulan|pekan|minggu|kuartal|triwulan|semester|dekade){E}"
                rf"(?!{SP0}[-–/]?{SP0}\d|{SP}(?:{rel_words}|anggaran|tahun|ke-?|{_alt(lex.months)}|{ordinals}"
                rf"|I{{1,3}}V?|IV)(?!\w))"
            ),
            _period_edge,
        ),
        # bulan lalu, tahun ini, pekan depan, minggu lalu, akhir pekan ini
        (
            "unit-relative",
            rx(
                rf"{B}(?P<akhir>akhir{SP}(?:pekan|minggu)|(?:pekan|minggu){SP}ini|(?P<unitw>hari|pekan|minggu|bulan|tahun|kuartal|triwulan|semester|dekade)){SP}"
                rf"(?P<rel>{rel_words}){E}"
            ),
            _unit_relative,
        ),
        # tiga hari lalu, sehari kemudian, dua tahun lagi, sepekan sebelumnya, lima tahun terakhir
        (
            "count-relative",
            rx(
                rf"(?<![\w.,/])(?:{count}{SP}|(?P<se>se))(?P<unitw>{units}|menit){SP}(?P<rel>lalu|yang{SP}lalu|silam|lagi"
                rf"|kemudian|sebelumnya|setelahnya|sesudahnya|berikutnya|mendatang|ke{SP}depan|terakhir|belakangan){E}"
            ),
            _count_relative,
        ),
        # tiga hari, dua jam 15 menit, setahun, berhari-hari, beberapa pekan
        (
            "duration",
            rx(
                rf"(?<![\w.,/])(?:(?:{count}{SP}|(?P<se>se))(?P<unitw>{units}|menit)(?:{SP}(?P<count2>\d+|{numbers}){SP}(?P<unitw2>menit|detik|jam|hari|bulan))?"
                rf"|(?P<redup>ber(?P<runit>detik|menit|jam|hari|minggu|pekan|bulan|tahun)-(?P=runit))"
                rf"|(?P<whole>seharian|semalaman|sepanjang{SP}(?:hari|tahun|malam)"
                rf"(?!{SP}(?:ini|lalu|itu|tersebut|depan|kemarin|silam|yang|\d))))(?P<an>an)?{E}"
            ),
            _duration,
        ),
        # setiap tahun, tiap Senin, per hari, sehari-hari
        (
            "set",
            rx(
                rf"{B}(?:(?P<every>setiap|tiap|saban|per){SP}(?:(?P<scount>\d+|{numbers}){SP})?(?P<sunit>{units}|{weekday}|{part}|menit)(?:nya)?"
                rf"|(?P<daily>sehari-hari(?:nya)?)"
                rf"|(?P<every_day>setiap|tiap|saban){SP}(?:(?:tanggal|tgl\.?){SP0}(?P<sday>[0-3]?\d)"
                rf"(?:{SP}(?P<smonth>{_alt(lex.months)}))?|(?P<sday2>[0-3]?\d){SP}(?P<smonth2>{_alt(lex.months)}))){E}"
            ),
            _set,
        ),
        # pukul 06.18 WIB, pkl 10.00, jam 7 pagi, 15:14 WIB
        (
            "clock",
            rx(
                rf"{B}(?:(?:pukul|pkl\.?|jam){SP0}(?:(?P<hour>[0-2]?\d)(?:[.:](?P<minute>[0-5]\d))?"
                rf"(?:{DASH}(?:pukul{SP})?(?P<hour_to>[0-2]?\d)[.:](?P<minute_to>[0-5]\d))?"
                rf"|(?P<hourw>{hour_words}){E}(?!{SP}(?:belas|puluh)))"
                rf"|(?P<hour2>[0-2]?\d)[.:](?P<minute2>[0-5]\d)(?=(?:{SP0}(?:{zones}){E})))"
                rf"(?:{SP0}{zone}{E})?(?:{SP}(?P<part>{part}){E})?"
            ),
            _clock,
        ),
        # Natal, Lebaran 2016, malam Natal, H-5 Lebaran, Idul Fitri 1437 H, Imlek 2574 Kongzili
        (
            "holiday",
            rx(
                rf"{B}(?:H{SP0}(?P<hsign>[-+–]){SP0}(?P<hcount>\d{{1,2}}){SP})?(?:(?P<malam>malam){SP})?"
                rf"(?P<holiday>{holidays}){E}(?:{SP0},?{SP0}(?:tahun{SP})?{year}{E}"
                rf"|{SP}(?:tahun{SP})?(?P<era_year>\d{{3,4}})(?:{SP}(?P<era>{eras}))?{E}"
                rf"|{SP}tahun{SP}(?P<relyear>ini|lalu|depan|kemarin){E})?"
            ),
            _holiday,
        ),
        # H-7, H+2: days before or after the holiday the text is about
        (
            "holiday-day",
            rx(rf"{B}H{SP0}(?P<hsign>[-+–]){SP0}(?P<hcount>\d{{1,2}}){E}"),
            _holiday_day,
        ),
        # Senin, Minggu lalu, Jumat depan (bare weekdays; "minggu" as week: see the handler)
        ("weekday", rx(rf"{B}{weekday_hari}{E}"), _weekday),
        # saat ini, kini, dulu, ke depan
        ("reference", rx(rf"{B}(?P<ref>{refs}){E}"), _reference),
        # periode yang sama tahun lalu
        (
            "same-period",
            rx(
                rf"{B}(?:periode|kuartal|triwulan|bulan|semester|waktu){SP}yang{SP}sama{SP}tahun{SP}(?P<rel>lalu|sebelumnya|kemarin){E}"
            ),
            _same_period,
        ),
        # "tanggal 17" reads the month in focus ("hari keenam" of an event is left to packs)
        ("day-only", rx(rf"{B}(?:tanggal|tgl\.?){SP0}{day}{E}(?!{SP0}[/.-]\d)"), _day_only),
    ]
    return Grammar(
        lex=lex,
        rules=tuple(rules),
        triggers=(triggers := _triggers(lex, [name for name, _, _ in rules])),
        trigger_words=re.compile(rf"(?<!\w)(?:\d\w*|{_alt(triggers)}(?!\w))", flags),
        part_after=re.compile(rf"\A{SP}(?P<part>{part})(?:{SP}hari)?{E}", flags),
        clock_after=re.compile(
            rf"\A{SP0},?{SP0}(?:(?P<approx>sekitar){SP})?(?:(?:pukul|pkl\.?|jam){SP0})?(?P<hour>[0-2]?\d)[.:](?P<minute>[0-5]\d)"
            rf"(?:{DASH}(?:pukul{SP})?(?P<hour_to>[0-2]?\d)[.:](?P<minute_to>[0-5]\d))?"
            rf"(?:{SP0}{zone}{E})?(?:{SP}(?P<part>{part}){E})?",
            flags,
        ),
        marker_after=re.compile(
            rf"\A{SP0},?{SP0}(?P<marker>yang{SP}lalu|lalu|silam|kemarin|mendatang|yang{SP}akan{SP}datang|depan|nanti|ini){E}",
            flags,
        ),
        modifier_before=re.compile(rf"(?:{B})(?P<mod>{mods}){SP}\Z", flags),
        word_before=re.compile(r"([\w$%.]+)[^\S\r\n]*\Z"),
        word_after=re.compile(r"\A[^\S\r\n]*([\w%$/.]+)"),
        clock_next=re.compile(
            rf"\A(?:{SP0},{SP0}(?:(?:dan|serta|atau){SP})?|{SP}(?:dan|serta|atau){SP})"
            rf"(?P<hour>[0-2]?\d)[.:](?P<minute>[0-5]\d)(?![\w:/]|[.,]\d)(?:{SP0}{zone}{E})?",
            flags,
        ),
    )


# What a number starts, tested at the number (re.match): the rules that may read it.
# A rule triggered by numbers has, in every match, a number of one of its shapes.
DIGIT_SHAPES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("#/", re.compile(r"\d+[^\S\r\n]*/")),  # 13/10, (13 / 10 / 2018)
    ("#date", re.compile(r"\d{1,2}[/.-]\d{1,2}[/.-]\d{4}|\d{4}-\d\d-\d\d")),  # 13.10.2018
    ("#year", re.compile(r"\d{4}(?!\w)")),  # 2018, 2017-2019
    ("#an", re.compile(r"\d+-?an(?!\w)")),  # 1990-an, 90an
    ("#clock", re.compile(r"\d+[.:]\d")),  # 15:14 WIB, 06.18 WIB
)


def _words(*groups: object) -> set[str]:
    """Lower-case word tokens of lexicon keys and word lists."""
    out: set[str] = set()
    for group in groups:
        for item in group:  # type: ignore[attr-defined]
            out.update(re.findall(r"\w+", str(item).lower()))
    return out


def _triggers(lex: Lexicon, names: list[str]) -> MappingProxyType[str, tuple[int, ...]]:
    """Map each trigger word to the rules (by index) that need it."""
    units = _words(lex.units, ["menit"])
    se_units = {"se" + u for u in units} | {"ber" + u for u in units}
    parts = _words(lex.parts_of_day)
    need: dict[str, set[str]] = {
        "weekday-numeric": {"#/"},
        "weekday-numeric-plain": _words(lex.weekdays),
        "numeric-date": {"#date"},
        "day-month-numeric": {"#/"},
        "day-month-year": _words(lex.months),
        "month-year": _words(lex.months),
        "year": {"#year"},
        "decade": {"#an"},
        "century": {"abad"},
        "quarter": {
            "kuartal",
            "triwulan",
            "semester",
            "caturwulan",
            "paruh",
            "q",
            "q1",
            "q2",
            "q3",
            "q4",
        },
        "deictic": {
            "kemarin",
            "hari",
            "besok",
            "esok",
            "lusa",
            "keesokan",
            "tadi",
            "nanti",
            "semalam",
        }
        | parts,
        "period-edge": {"awal", "akhir", "pertengahan", "penghujung", "permulaan", "medio"},
        "unit-relative": {"akhir"} | units,
        # A count ("tiga", "3") comes with its unit, which triggers.
        "count-relative": units | se_units,
        "duration": units | se_units | {"seharian", "semalaman", "sepanjang"},
        "set": {"setiap", "tiap", "saban", "per", "sehari"},
        "clock": {"#clock", "pukul", "pkl", "jam"},
        "holiday": _words(
            [next(w for w in n.split() if not w.isdigit()) for h in lex.holidays for n in h.names]
        ),
        "holiday-day": {"h"},
        "weekday": _words(lex.weekdays),
        "reference": _words([r.split()[0] for r in lex.references]),
        "same-period": {"sama"},
        "day-only": {"tanggal", "tgl"},
    }
    index: dict[str, list[int]] = {}
    for i, name in enumerate(names):
        for word in need[name]:
            index.setdefault(word, []).append(i)
    return MappingProxyType({w: tuple(rules) for w, rules in index.items()})


# --- handlers: a match to a Mention (or None to drop it) ---


def _g(m: re.Match[str], *names: str) -> str | None:
    for name in names:
        try:
            value = m.group(name)
        except IndexError:
            continue
        if value:
            return value
    return None


def _weekday_number(lex: Lexicon, word: str | None) -> int | None:
    return lex.weekdays.get(word.lower().replace("’", "'")) if word else None


def _numeric(m: re.Match[str], lex: Lexicon, text: str) -> Mention | None:
    day = int(_g(m, "day", "day_i") or 0)
    month = int(_g(m, "month_n", "month_m", "month_i") or 0)
    year_text = _g(m, "year_n", "year_m", "year_i")
    weekday = _weekday_number(lex, _g(m, "weekday"))
    bare = m.group(0)[0].isdigit() and "/" in m.group(0) and year_text is None
    if bare:  # "11/11": accept only where it reads as a date, not a fraction, number or score
        before = _word_before(text, m.start())
        after = _word_after(text, m.end())
        if before in lex.not_before or after in lex.not_after or not (1 <= month <= 12):
            return None
        if not 1 <= day <= 31:
            return None
        if day < 10 and month < 10 and len(m.group(0)) == 3:
            return None  # "1/2", "3/4": fractions far more often than dates
    elif weekday is None and not (1 <= month <= 12 and 1 <= day <= 31):
        return None  # "(13/13)" without a weekday: not recognizably a date
    year = _year(year_text) if year_text else None
    return Mention(
        start=m.start(),
        end=m.end(),
        kind="calendar",
        day=day,
        month=month,
        year=year,
        weekday=weekday,
        rule="numeric-date",
        impossible=not _exists(year, month, day),
    )


def _day_range(
    m: re.Match[str],
    day: int,
    month: int,
    year: int | None,
    weekday: int | None,
    until_day: int,
    until_month: int,
    until_year: int | None,
) -> Mention:
    """A range of days, "8-14 Oktober 2018" or "18 Agustus-2 September 2018"."""
    return Mention(
        start=m.start(),
        end=m.end(),
        kind="calendar",
        day=day,
        month=month,
        year=year,
        weekday=weekday,
        until_day=until_day,
        until_month=until_month,
        until_year=until_year,
        rule="day-range",
        impossible=not (_exists(year, month, day) and _exists(until_year, until_month, until_day)),
    )


def _day_month(m: re.Match[str], lex: Lexicon, text: str) -> Mention | None:
    day = int(m.group("day"))
    month = lex.months[m.group("month").lower()]
    weekday = _weekday_number(lex, m.group("weekday"))
    year = _year(m.group("year")) if m.group("year") else None
    if day == 0 or day > 31:
        return None
    if m.group("weekday") is None and not m.group(0)[:1].isalpha():
        before = _word_before(text, m.start())
        if before in ("rp", "rp.", "us$", "$", "no", "no.", "nomor", "pasal"):
            return None
    if m.group("day3"):  # "18 Agustus-2 September 2018", "23 Desember 2019-1 Januari 2020"
        if m.group("day2"):
            return None
        until_day, until_month = int(m.group("day3")), lex.months[m.group("month2").lower()]
        until_year = int(m.group("year2")) if m.group("year2") else None
        if year is None and until_year is not None:
            year = until_year if month <= until_month else until_year - 1
        elif until_year is None and year is not None:
            until_year = year if month <= until_month else year + 1
        if not 1 <= until_day <= 31 or (
            year is not None and (until_year, until_month) < (year, month)
        ):
            return None
        return _day_range(m, day, month, year, weekday, until_day, until_month, until_year)
    until_day = int(m.group("day2")) if m.group("day2") else None
    if until_day is not None:  # "8-14 Oktober 2018": one range in one month
        if not day < until_day <= 31:
            return None
        return _day_range(m, day, month, year, weekday, until_day, month, year)
    return Mention(
        start=m.start(),
        end=m.end(),
        kind="calendar",
        day=day,
        month=month,
        year=year,
        weekday=weekday,
        rule="day-month-year",
        impossible=not _exists(year, month, day),
    )


_REL_YEAR = {
    "ini": 0,
    "lalu": -1,
    "kemarin": -1,
    "sebelumnya": -1,
    "depan": 1,
    "berikutnya": 1,
    "itu": 0,
}


def _month_year(m: re.Match[str], lex: Lexicon, text: str) -> Mention | None:
    word = m.group("month")
    month = lex.months[word.lower()]
    has_year = bool(m.group("year"))
    is_full_name = len(word) > 3 and word.lower() not in ("sept", "agst", "agus")
    after_month = m.end("month")
    if (
        is_full_name
        and text[after_month : after_month + 1] == "."
        and (has_year or m.group("relyear"))
        and not m.group("month2")
    ):  # "12 Desember. Tahun ini, ...": the sentence ends after the month
        if not word[0].isupper():
            return None
        return Mention(
            start=m.start("bulan") if m.group("bulan") else m.start("month"),
            end=after_month,
            kind="calendar",
            month=month,
            rule="month",
        )
    if not has_year and not m.group("bulan") and not m.group("relyear"):
        # A month name alone must be written as a name: "Maret", not "mar" or "mei" in a word list;
        # an abbreviation will do in a range or after a modifier ("Okt-Des", "awal Nop")
        if not word[0].isupper():
            return None
        if not is_full_name and not (
            (m.group("month2") and m.group("month2")[0].isupper())
            or _word_before(text, m.start()) in ("awal", "akhir", "pertengahan", "medio")
        ):
            return None
    elif not has_year and not is_full_name and not m.group("bulan"):
        return None
    month2 = lex.months[m.group("month2").lower()] if m.group("month2") else None
    year = int(m.group("year")) if has_year else None
    rel = m.group("relyear")
    return Mention(
        start=m.start(),
        end=m.end(),
        kind="calendar",
        month=month,
        year=year,
        until_month=month2,
        until_year=year if month2 else None,
        year_offset=_REL_YEAR.get(rel.lower()) if rel else None,
        anchor="focus"
        if rel and rel.lower() in ("itu", "sebelumnya", "berikutnya")
        else "publication",
        rule="month-year" if has_year else "month",
    )


def _year_rule(m: re.Match[str], lex: Lexicon, text: str) -> Mention | None:
    year = int(m.group("year"))
    start = m.start()
    before = _word_before(text, start)
    after = _word_after(text, m.end())
    if m.group("tahun"):
        if _is_law_name(lex, text, start):
            return None
    else:
        if before in lex.not_before or after in lex.not_after:
            return None
        if before in lex.law_names or _is_law_name(lex, text, start):
            return None
        if re.match(r"[.,]\d", text[m.end() : m.end() + 2]) or text[start - 1 : start] in ".,":
            return None
        if _in_a_name(text, start):
            return None  # "Asian Games 2018", "Operasi Lilin 2019", "Pemilu 2024"
    if m.group("old") and not m.group("tahun") and before not in ("pada", "sejak", "hingga"):
        return None  # "1650" is a year only where the text says so ("pada 1650")
    year2 = int(m.group("year2")) if m.group("year2") else None
    if year2 is not None and year2 <= year:
        year2 = None
    return Mention(
        start=start, end=m.end(), kind="calendar", year=year, until_year=year2, rule="year"
    )


_NAME_WORD = re.compile(r"(?<![\w-])(\w[\w'’-]*)[^\S\r\n]+\Z")


def _in_a_name(text: str, start: int) -> bool:
    """Whether a year ends a name: a capitalized word, not an acronym, before it mid-sentence."""
    m = _NAME_WORD.search(text, max(0, start - 40), start)
    if m is None:
        return False
    word = m.group(1)
    if not word[0].isupper() or word.isupper() or any(c.isdigit() for c in word):
        return False
    lex = grammar().lex
    if word.lower() in lex.months or word.lower() in lex.weekdays:
        return False
    head = text[max(0, m.start() - 3) : m.start()].rstrip(" \t")
    return not (head == "" or head[-1] in ".!?\n\"“'‘(:;—–-")


def _is_law_name(lex: Lexicon, text: str, start: int) -> bool:
    """Whether "Tahun 2008" ends a regulation's name: "UU Nomor 11 Tahun 2008", "PP No. 12/2018"."""
    window = text[max(0, start - 60) : start].lower()
    return bool(
        re.search(
            r"(?:nomor|no\.?|nmr\.?)[^\S\r\n]*\d+[a-z]?[^\S\r\n]*(?:tahun[^\S\r\n]*)?\Z", window
        )
    )


def _decade(m: re.Match[str], lex: Lexicon, text: str) -> Mention | None:
    digits = m.group("decade")
    if len(digits) == 2:
        digits = ("19" if int(digits) >= 30 else "20") + digits
    elif len(digits) != 4:
        return None
    return Mention(
        start=m.start(), end=m.end(), kind="calendar", decade=int(digits[:3]), rule="decade"
    )


def _century(m: re.Match[str], lex: Lexicon, text: str) -> Mention | None:
    raw = m.group("century")
    number = int(raw) if raw.isdigit() else _roman_number(raw)
    if not number or number > 30:
        return None
    return Mention(
        start=m.start(), end=m.end(), kind="calendar", century=number - 1, rule="century"
    )


def _roman_number(text: str) -> int:
    values = {"I": 1, "V": 5, "X": 10}
    total = 0
    for a, b in zip(text.upper(), text.upper()[1:] + " ", strict=True):
        v = values.get(a, 0)
        total += -v if values.get(b, 0) > v else v
    return total


def _quarter(m: re.Match[str], lex: Lexicon, text: str) -> Mention | None:
    word = m.group("qword").lower()
    raw = m.group("qnum")
    number = _roman(raw) or lex.ordinals.get(raw.lower())
    if word == "q" and m.group("qword") != "Q":
        return None
    if word == "caturwulan" or not number:
        return None
    rel = m.group("relyear")
    year = int(m.group("year")) if m.group("year") else None
    half = number if word in ("semester", "paruh") else None
    if half is not None and half > 2:
        return None
    return Mention(
        start=m.start(),
        end=m.end(),
        kind="calendar",
        year=year,
        quarter=None if half else number,
        half=half,
        year_offset=_REL_YEAR.get(rel.lower()) if rel else None,
        rule="quarter",
    )


_DEICTIC = {  # word: (offset in days, anchor)
    "kemarin lusa": (-2, "publication"),
    "kemarin": (-1, "publication"),
    "hari ini": (0, "publication"),
    "besok lusa": (2, "publication"),
    "besok": (1, "publication"),
    "esok hari": (1, "publication"),
    "esok": (1, "publication"),
    "lusa": (2, "publication"),
    "keesokan harinya": (1, "focus"),
    "keesokan hari": (1, "focus"),
    "keesokan harinyanya": (1, "focus"),
    "hari berikutnya": (1, "focus"),
    "hari sebelumnya": (-1, "focus"),
    "hari yang sama": (0, "focus"),
    "hari itu": (0, "focus"),
    "hari tersebut": (0, "focus"),
    "semalam": (-1, "publication"),
    "tadi malam": (-1, "publication"),
    "malam tadi": (-1, "publication"),
}


def _deictic(m: re.Match[str], lex: Lexicon, text: str) -> Mention | None:
    word = re.sub(r"\s+", " ", m.group("deictic").lower())
    part = None
    if word in _DEICTIC:
        offset, anchor = _DEICTIC[word]
        if anchor == "focus" and _word_before(text, m.start()) in lex.numbers:
            return None  # "satu hari tersebut": a day already named, not the date in focus
        if word in ("semalam", "tadi malam", "malam tadi"):
            part = "NI"
            if word == "semalam" and _word_before(text, m.start()) in ("selama", "dalam"):
                return None  # "selama semalam": a duration, read by the duration rule
    else:
        words = word.split(" ")
        part_word = next(
            (
                w
                for w in (word, *words, " ".join(words[:2]), " ".join(words[1:]))
                if w in lex.parts_of_day
            ),
            None,
        )
        if part_word is None:
            return None
        part = lex.parts_of_day[part_word]
        # "sore itu", "pagi harinya", "pada sore hari": the day in focus
        focus_words = ("itu", "harinya", "hari")
        anchor = "focus" if any(w in words for w in focus_words) else "publication"
        if words[-1] == "hari" and _word_before(text, m.start()) in ("setiap", "tiap", "per"):
            return None
        offset = 0
    return Mention(
        start=m.start(),
        end=m.end(),
        kind="relative",
        unit="D",
        offset=offset,
        anchor=anchor,
        part=part,
        rule="deictic",
    )


_UNIT_WORDS = {
    "hari": "D",
    "pekan": "W",
    "minggu": "W",
    "bulan": "M",
    "tahun": "Y",
    "kuartal": "Q",
    "triwulan": "Q",
    "semester": "H",
    "dekade": "DE",
}
_REL = {  # word after a unit: (offset, anchor)
    "ini": (0, "publication"),
    "lalu": (-1, "publication"),
    "yang lalu": (-1, "publication"),
    "kemarin": (-1, "publication"),
    "silam": (-1, "publication"),
    "depan": (1, "publication"),
    "mendatang": (1, "publication"),
    "yang akan datang": (1, "publication"),
    "berikutnya": (1, "focus"),
    "sebelumnya": (-1, "focus"),
    "itu": (0, "focus"),
    "tersebut": (0, "focus"),
}


def _unit_relative(m: re.Match[str], lex: Lexicon, text: str) -> Mention | None:
    rel = re.sub(r"\s+", " ", m.group("rel").lower())
    head = re.sub(r"\s+", " ", m.group("akhir").lower())
    if head.startswith("akhir "):
        unit = "WE"
    elif head in ("pekan ini", "minggu ini"):  # "pekan ini juga": treat "ini" as the marker
        unit = "W"
    else:
        unit = _UNIT_WORDS[m.group("unitw").lower()]
    if unit == "D":
        return None  # "hari ini", "hari itu" are deictic
    if unit == "W" and m.group(0)[0] == "M" and m.start() > 0 and text[m.start() - 1] not in "\n.":
        pass  # "Minggu lalu" mid-sentence still reads as "last week" in news prose
    offset, anchor = _REL[rel]
    if head in ("pekan ini", "minggu ini") and rel != "ini":
        return None
    return Mention(
        start=m.start(),
        end=m.end(),
        kind="relative",
        unit=unit,
        offset=offset,
        anchor=anchor,
        tense=_tense_of(rel),
        rule="unit-relative",
    )


def _period_edge(m: re.Match[str], lex: Lexicon, text: str) -> Mention | None:
    """ "akhir tahun": the end of the current year (or of the year the narrative is in)."""
    edge = m.group("edge").lower()
    mod = lex.modifiers.get(edge, "MID" if edge == "medio" else None)
    word = m.group("unitw").lower()
    if word in ("pekan", "minggu") and mod == "END":  # "akhir pekan": the weekend
        return Mention(start=m.start(), end=m.end(), kind="weekend", rule="period-edge")
    return Mention(
        start=m.start(),
        end=m.end(),
        kind="relative",
        unit=_UNIT_WORDS[word],
        offset=0,
        anchor="publication",
        mod=mod,
        focus_year=True,
        rule="period-edge",
    )


def _tense_of(word: str) -> str | None:
    word = word.lower()
    if word in ("lalu", "yang lalu", "silam", "kemarin", "sebelumnya"):
        return "past"
    if word in ("depan", "mendatang", "yang akan datang", "lagi", "berikutnya", "nanti"):
        return "future"
    return None


def _count_relative(m: re.Match[str], lex: Lexicon, text: str) -> Mention | None:
    amount = 1.0 if m.group("se") else _number(lex, m.group("count"))
    unit = _unit(lex, m.group("unitw"))
    rel = re.sub(r"\s+", " ", m.group("rel").lower())
    if rel in ("ke depan", "terakhir", "belakangan"):  # "lima tahun ke depan": a duration
        mod = None
        return Mention(
            start=m.start(),
            end=m.end(),
            kind="duration",
            value=_duration_value(amount, _UNIT_DURATION.get(unit, unit)),
            mod=mod,
            rule="duration-relative",
        )
    if (
        amount is None
        or amount != int(amount)
        or unit in ("MIN", "S", "H", "8Y", "10Y", "100Y", "H_YEAR")
    ):
        value = _duration_value(amount, _UNIT_DURATION.get(unit, unit))
        return Mention(
            start=m.start(),
            end=m.end(),
            kind="duration",
            value=value,
            tense=_tense_of(rel),
            rule="duration-relative",
        )
    sign = -1 if rel in ("lalu", "yang lalu", "silam", "sebelumnya") else 1
    anchor = (
        "focus"
        if rel in ("kemudian", "sebelumnya", "setelahnya", "sesudahnya", "berikutnya")
        else "publication"
    )
    return Mention(
        start=m.start(),
        end=m.end(),
        kind="relative",
        unit=unit,
        offset=sign * int(amount),
        anchor=anchor,
        tense="past"
        if sign < 0 and anchor == "publication"
        else ("future" if anchor == "publication" else None),
        rule="count-relative",
    )


def _duration(m: re.Match[str], lex: Lexicon, text: str) -> Mention | None:
    if m.group("an") and not m.group("se"):
        return None  # "ratusan", "tahunan" as adjectives
    if m.group("whole"):
        word = m.group("whole").lower()
        value = (
            "P1Y"
            if word.endswith("tahun")
            else ("PT12H" if word.endswith("malam") or "malam" in word else "P1D")
        )
        if m.group("an"):
            return None
        return Mention(start=m.start(), end=m.end(), kind="duration", value=value, rule="duration")
    if m.group("redup"):
        unit = _unit(lex, m.group("runit"))
        return Mention(
            start=m.start(),
            end=m.end(),
            kind="duration",
            value=_duration_value(None, _UNIT_DURATION.get(unit, unit)),
            rule="duration",
        )
    amount = 1.0 if m.group("se") else _number(lex, m.group("count"))
    if m.group("se") and m.group("an"):  # "seharian"
        pass
    elif m.group("an"):
        return None
    word = m.group("unitw").lower()
    unit = _unit(lex, word)
    count_text = (m.group("count") or "").lower()
    if count_text in lex.vague_numbers and count_text not in (
        "beberapa",
        "puluhan",
        "ratusan",
        "belasan",
        "berbilang",
    ):
        return None
    if not m.group("se") and count_text.isdigit():
        before = _word_before(text, m.start())
        if before in ("rp", "rp.", "$", "no", "nomor", "pasal", "pukul", "jam"):
            return None
    if unit == "W" and word == "minggu" and m.group("unitw")[0] == "M" and not m.group("count"):
        return None
    if m.group("se") and word == "hari" and _word_before(text, m.start()) == "kali":
        return Mention(start=m.start(), end=m.end(), kind="set", value="P1D", rule="set")
    value = _duration_value(amount, _UNIT_DURATION.get(unit, unit))
    if m.group("count2") and m.group("unitw2"):
        extra_unit = _unit(lex, m.group("unitw2"))
        extra = _duration_value(
            _number(lex, m.group("count2")), _UNIT_DURATION.get(extra_unit, extra_unit)
        )
        value = _join_durations(value, extra)
    return Mention(start=m.start(), end=m.end(), kind="duration", value=value, rule="duration")


def _join_durations(a: str, b: str) -> str:
    """P1D + PT2H -> P1DT2H; PT2H + PT15M -> PT2H15M."""
    a_date, _, a_time = a[1:].partition("T")
    b_date, _, b_time = b[1:].partition("T")
    date = a_date + b_date
    time = a_time + b_time
    return "P" + date + (("T" + time) if time else "")


def _set(m: re.Match[str], lex: Lexicon, text: str) -> Mention | None:
    if m.group("daily"):
        return Mention(start=m.start(), end=m.end(), kind="set", value="P1D", rule="set")
    if m.group("every_day"):  # "setiap tanggal 15", "setiap 12 Desember"
        day = int(m.group("sday") or m.group("sday2"))
        month_word = m.group("smonth") or m.group("smonth2")
        month = lex.months[month_word.lower()] if month_word else None
        if not 1 <= day <= 31 or (month_word and not month_word[0].isupper()):
            return None
        value = f"XXXX-{month:02d}-{day:02d}" if month else f"XXXX-XX-{day:02d}"
        return Mention(start=m.start(), end=m.end(), kind="set", value=value, rule="set")
    every = m.group("every").lower()
    word = m.group("sunit")
    lower = word.lower()
    if lower in lex.weekdays:
        if every == "per":
            return None
        return Mention(
            start=m.start(),
            end=m.end(),
            kind="set",
            value=f"XXXX-WXX-{lex.weekdays[lower.replace('’', chr(39))]}",
            rule="set",
        )
    if lower in lex.parts_of_day:
        return Mention(start=m.start(), end=m.end(), kind="set", value="P1D", rule="set")
    unit = _unit(lex, lower)
    count = _number(lex, m.group("scount")) if m.group("scount") else 1.0
    return Mention(
        start=m.start(),
        end=m.end(),
        kind="set",
        value=_duration_value(count, _UNIT_DURATION.get(unit, unit)),
        rule="set",
    )


_HOUR_WORDS = {
    "satu": 1,
    "dua": 2,
    "tiga": 3,
    "empat": 4,
    "lima": 5,
    "enam": 6,
    "tujuh": 7,
    "delapan": 8,
    "sembilan": 9,
    "sepuluh": 10,
    "sebelas": 11,
    "dua belas": 12,
}


def _clock(m: re.Match[str], lex: Lexicon, text: str) -> Mention | None:
    if m.group("hourw"):
        hour = _HOUR_WORDS[re.sub(r"\s+", " ", m.group("hourw").lower())]
    else:
        hour = int(_g(m, "hour", "hour2") or 0)
    minute_text = _g(m, "minute", "minute2")
    minute = int(minute_text) if minute_text else 0
    if hour > 24:
        return None
    bare_hour = minute_text is None and not (m.group("zone") or m.group("part"))
    if bare_hour and m.group(0).lower().startswith("jam"):
        # "jam 7", "jam lima" is a clock time, but not in "24 jam 7 hari" or "dua jam lima menit"
        before = _word_before(text, m.start())
        after = _word_after(text, m.end())
        if before.isdigit() or before in lex.numbers or after in lex.units or after == "menit":
            return None
        if before in ("per", "setiap", "tiap", "selama", "dalam") or not m.group("hourw"):
            return None
    part = (
        lex.parts_of_day.get(re.sub(r"\s+", " ", m.group("part").lower()))
        if m.group("part")
        else None
    )
    hour = _hour_of_part(hour, part)
    zone = lex.zones.get(m.group("zone").lower()) if m.group("zone") else None
    until_hour = until_minute = None
    if m.group("hour_to") and int(m.group("hour_to")) <= 24:
        until_hour, until_minute = (
            _hour_of_part(int(m.group("hour_to")), part),
            int(m.group("minute_to")),
        )
    return Mention(
        start=m.start(),
        end=m.end(),
        kind="clock",
        hour=hour % 24,
        minute=minute,
        until_hour=None if until_hour is None else until_hour % 24,
        until_minute=until_minute,
        zone=zone,
        anchor="focus",
        rule="clock",
    )


def _hour_of_part(hour: int, part: str | None) -> int:
    """The 24-hour clock of "jam 7 malam" (19) and "pukul 2 dini hari" (2)."""
    if part in ("AF", "EV", "NI") and hour < 12 and not (part == "NI" and hour < 5):
        return hour + 12
    return hour


# Holiday names news writes in lower case ("menjelang malam pergantian tahun").
_LOWER_CASE_HOLIDAYS = frozenset(("pergantian tahun", "malam takbiran"))


def _holiday(m: re.Match[str], lex: Lexicon, text: str) -> Mention | None:
    written = m.group("holiday")
    name = re.sub(r"\s+", " ", written.lower())
    holiday = next(h for h in lex.holidays if name in h.names)
    last = written.split()[-1]
    if not (last[0].isupper() or name in _LOWER_CASE_HOLIDAYS or m.group("malam")):
        return None  # "imlek" in lower case is a word, not the day; "hari raya Natal" is the day
    if _word_before(text, m.start()) in lex.not_holiday_before:
        return None
    offset = 0
    if m.group("hsign"):  # "H-5 Lebaran": five days before
        if m.group(0)[0] != "H":
            return None
        offset = int(m.group("hcount")) * (1 if m.group("hsign") == "+" else -1)
    part = holiday.part
    if m.group("malam"):  # "malam Natal": the eve, at night
        offset, part = offset - 1, "NI"
    start, end = m.start(), m.end()
    if not (m.group("hsign") or m.group("malam") or name in _LOWER_CASE_HOLIDAYS):
        # "misa hari raya Natal": "hari raya" in lower case is a common noun, not the name
        lead = re.match(r"(?:[a-z]+[^\S\r\n]+)+", written)
        if lead:
            start += lead.end()
    year = int(m.group("year")) if m.group("year") else None
    dates = holiday.dates
    if m.group("era_year"):
        day = holiday.era_dates.get(int(m.group("era_year")))
        if day is None or (m.group("era") is None and not _ends_with_era(holiday, name)):
            end = m.end("holiday")  # "Imlek 1650": not a year of the Chinese calendar
        else:
            dates = (day,)
            year = day.year
    if year is not None and holiday.dates:  # "Lebaran 2016": the day of that year, if known
        dates = tuple(d for d in holiday.dates if d.year == year)
        if not dates:
            return Mention(start=start, end=end, kind="calendar", year=year, rule="holiday")
    rel = m.group("relyear")
    return Mention(
        start=start,
        end=end,
        kind="holiday",
        month=holiday.month,
        day=holiday.day,
        year=year,
        year_offset=_REL_YEAR[rel.lower()] if rel else None,
        dates=dates,
        offset=offset,
        part=part,
        anchor="publication",
        rule="holiday",
    )


def _ends_with_era(holiday: Holiday, name: str) -> bool:
    """Whether a holiday's name ends with its era's word ("tahun baru saka 1936")."""
    return name.rsplit(" ", 1)[-1] in holiday.era


def _holiday_day(m: re.Match[str], lex: Lexicon, text: str) -> Mention | None:
    if m.group(0)[0] != "H":
        return None
    count = int(m.group("hcount"))
    sign = 1 if m.group("hsign") == "+" else -1
    return Mention(
        start=m.start(),
        end=m.end(),
        kind="holiday-day",
        offset=sign * count,
        anchor="focus",
        rule="holiday-day",
    )


_WEEK_WORDS = frozenset(
    (
        "lalu",
        "depan",
        "ini",
        "kemarin",
        "berikutnya",
        "sebelumnya",
        "mendatang",
        "pertama",
        "kedua",
        "ketiga",
        "keempat",
        "terakhir",
        "itu",
        "tersebut",
    )
)


def _weekday(m: re.Match[str], lex: Lexicon, text: str) -> Mention | None:
    word = m.group("weekday")
    number = _weekday_number(lex, word)
    if not word[0].isupper():
        return None  # news writes weekdays as names; lower case "minggu" is "week"
    if word.lower() == "minggu" and m.start() == m.start("weekday"):  # "hari Minggu": Sunday
        after = _word_after(text, m.end())
        before = _word_before(text, m.start())
        if (
            after in _WEEK_WORDS
            or before in lex.numbers
            or before in lex.vague_numbers
            or before.isdigit()
        ):
            return None  # "Minggu lalu", "dua Minggu": week, however capitalized
        if before in ("akhir", "tiap", "setiap", "per", "dalam", "selama"):
            return None
    if word.isupper() and len(word) > 3 and text[m.end() : m.end() + 1] == ",":
        pass  # "SENIN, 8 OKTOBER" is read by the date rule
    return Mention(start=m.start(), end=m.end(), kind="weekday", weekday=number, rule="weekday")


def _reference(m: re.Match[str], lex: Lexicon, text: str) -> Mention | None:
    word = re.sub(r"\s+", " ", m.group("ref").lower())
    if word in ("dulu", "dahulu") and _word_before(text, m.start()) in ("lebih", "terlebih"):
        return None  # "lebih dulu": first, before the others, not a time
    return Mention(
        start=m.start(), end=m.end(), kind="reference", value=lex.references[word], rule="reference"
    )


def _same_period(m: re.Match[str], lex: Lexicon, text: str) -> Mention | None:
    return Mention(
        start=m.start(),
        end=m.end(),
        kind="same-period",
        year_offset=-1,
        anchor="focus",
        tense="past",
        rule="same-period",
    )


def _day_only(m: re.Match[str], lex: Lexicon, text: str) -> Mention | None:
    day = int(m.group("day"))
    if not 1 <= day <= 31:
        return None
    return Mention(
        start=m.start(),
        end=m.end(),
        kind="calendar",
        day=day,
        anchor="focus",
        rule="day-of-focus-month",
    )


def _word_before(text: str, start: int) -> str:
    m = grammar().word_before.search(text, max(0, start - 40), start)
    return m.group(1).lower() if m else ""


def _word_after(text: str, end: int) -> str:
    m = grammar().word_after.match(text[end : end + 40])
    return m.group(1).lower().rstrip(".,") if m else ""


# --- the recognizer ---


def recognize(text: str, start: int = 0, end: int | None = None) -> list[Mention]:
    """Indonesian temporal expressions in `text[start:end]`, in text order, not overlapping."""
    g = grammar()
    end = len(text) if end is None else end
    candidates: list[tuple[int, int, int, Mention]] = []
    for priority, ws, we in _windows(g, text, start, end):
        _, pattern, handler = g.rules[priority]
        for m in pattern.finditer(text, ws, we):
            mention = handler(m, g.lex, text)
            if mention is not None and text[mention.end - 1] == ".":
                mention = _without_final_period(text, mention)
            if mention is not None:
                candidates.append(
                    (mention.start, -(mention.end - mention.start), priority, mention)
                )
    chosen = _longest_first(candidates)
    grown = _drop_overlaps([_grow(g, text, mention, end) for mention in chosen])
    return _merge(g, text, _clock_lists(g, text, grown, end))


def _clock_lists(g: Grammar, text: str, mentions: list[Mention], limit: int) -> list[Mention]:
    """Add the bare items of a list of clock times: "pukul 17.00, 19.30, dan 22.00 WIB"."""
    out: list[Mention] = []
    for i, mention in enumerate(mentions):
        out.append(mention)
        if mention.kind != "clock":
            continue
        cur = mention
        following = mentions[i + 1].start if i + 1 < len(mentions) else limit
        while m := g.clock_next.match(text[cur.end : min(following, cur.end + 40)]):
            hour, minute = int(m.group("hour")), int(m.group("minute"))
            if hour > 24:
                break
            start = cur.end + m.start("hour")
            zone = g.lex.zones.get(m.group("zone").lower()) if m.group("zone") else None
            cur = Mention(
                start=start,
                end=cur.end + m.end(),
                kind="clock",
                hour=hour % 24,
                minute=minute,
                zone=zone,
                anchor="focus",
                rule="clock-list",
            )
            out.append(cur)
    return out


BEFORE, AFTER = 48, 80  # how far a match may reach before and after its trigger word


def _windows(g: Grammar, text: str, start: int, end: int) -> list[tuple[int, int, int]]:
    """(rule, start, end) windows around each rule's trigger words, merged per rule."""
    spans: dict[int, list[list[int]]] = {}
    shapes = [(shape, g.triggers.get(key, ())) for key, shape in DIGIT_SHAPES]
    for token in g.trigger_words.finditer(text, start, end):
        word = token.group()
        if word[0].isdigit():
            at = token.start()
            found = [r for shape, rules in shapes if shape.match(text, at) for r in rules]
            rules = tuple(sorted(set(found))) if found else ()
        else:
            rules = g.triggers.get(word.lower(), ())
        if not rules:
            continue
        ws, we = max(start, token.start() - BEFORE), min(end, token.end() + AFTER)
        for rule in rules:
            windows = spans.setdefault(rule, [])
            if windows and ws <= windows[-1][1]:
                windows[-1][1] = we
            else:
                windows.append([ws, we])
    return [(rule, ws, we) for rule in sorted(spans) for ws, we in spans[rule]]


def _without_final_period(text: str, mention: Mention) -> Mention:
    """Drop a final period unless it belongs to an abbreviation ("Okt.", "Sept.")."""
    word = re.search(r"(\w+)\.\Z", text[mention.start : mention.end])
    if word and word.group(1).lower() in grammar().lex.abbreviations:
        return mention
    return attrs.evolve(mention, end=mention.end - 1)


_DAY_KINDS = ("calendar", "weekday", "relative", "holiday")


def _is_day(mention: Mention) -> bool:
    if mention.kind == "weekday":
        return True
    if mention.kind == "calendar":
        return mention.day is not None and mention.until_day is None
    return mention.kind == "relative" and mention.unit == "D"


def _grow(g: Grammar, text: str, mention: Mention, limit: int) -> Mention:
    """Extend a date by a following part of day, clock time or marker, and a preceding modifier."""
    if mention.kind in ("calendar", "weekday", "relative", "duration", "clock"):
        m = g.modifier_before.search(text, max(0, mention.start - 30), mention.start)
        if (
            m
            and mention.mod is None
            and not (
                mention.kind == "duration"
                and m.group("mod").lower()
                in ("awal", "akhir", "pertengahan", "tengah", "penghujung", "permulaan")
            )
        ):
            mod = g.lex.modifiers[re.sub(r"\s+", " ", m.group("mod").lower())]
            if not (mention.kind != "duration" and mod in ("LESS_THAN", "MORE_THAN")):
                mention = attrs.evolve(mention, start=m.start(), mod=mod)
    if mention.kind not in _DAY_KINDS:
        return mention
    for _ in range(3):
        if text[mention.end - 1] == ".":
            break  # an abbreviation's period that also ends the sentence
        rest = text[mention.end : min(limit, mention.end + 60)]
        if _is_day(mention) and mention.part is None and (m := g.part_after.match(rest)):
            part = g.lex.parts_of_day[re.sub(r"\s+", " ", m.group("part").lower())]
            mention = attrs.evolve(mention, end=mention.end + m.end(), part=part)
            continue
        if _is_day(mention) and mention.hour is None and (m := g.clock_after.match(rest)):
            hour, minute = int(m.group("hour")), int(m.group("minute"))
            part = (
                g.lex.parts_of_day.get(m.group("part").lower()) if m.group("part") else mention.part
            )
            hour = _hour_of_part(hour, part)
            until_hour = until_minute = None
            if m.group("hour_to") and int(m.group("hour_to")) < 24:
                until_hour = _hour_of_part(int(m.group("hour_to")), part)
                until_minute = int(m.group("minute_to"))
            if hour < 24:
                zone = g.lex.zones.get(m.group("zone").lower()) if m.group("zone") else None
                mention = attrs.evolve(
                    mention,
                    end=mention.end + m.end(),
                    hour=hour,
                    minute=minute,
                    until_hour=None if until_hour is None else until_hour % 24,
                    until_minute=until_minute,
                    zone=zone,
                    part=None,
                    mod=mention.mod or ("APPROX" if m.group("approx") else None),
                )
                continue
        if (
            mention.tense is None
            and mention.kind in ("calendar", "weekday", "holiday")
            and mention.year_offset is None
            and (m := g.marker_after.match(rest))
        ):
            marker = re.sub(r"\s+", " ", m.group("marker").lower())
            if marker == "ini" and mention.kind == "calendar" and mention.year is not None:
                break
            tense = "present" if marker == "ini" else _tense_of(marker)
            mention = attrs.evolve(mention, end=mention.end + m.end(), tense=tense or "past")
            continue
        break
    return mention


def _merge(g: Grammar, text: str, mentions: list[Mention]) -> list[Mention]:
    """Join a clock time to the date right before or after it: one TIME expression."""
    out: list[Mention] = []
    i = 0
    while i < len(mentions):
        cur = mentions[i]
        nxt = mentions[i + 1] if i + 1 < len(mentions) else None
        if nxt is not None and re.fullmatch(
            r"[^\S\r\n]*,?[^\S\r\n]*(?:pada[^\S\r\n]+)?", text[cur.end : nxt.start]
        ):
            if cur.kind == "weekday" and nxt.kind == "relative" and nxt.unit == "W":
                # "Jumat pekan lalu": the Friday of last week
                out.append(attrs.evolve(nxt, start=cur.start, weekday=cur.weekday))
                i += 2
                continue
            if cur.kind == "clock" and _is_day(nxt) and nxt.hour is None:
                out.append(attrs.evolve(nxt, start=cur.start, **_clock_parts(cur)))
                i += 2
                continue
            if _is_day(cur) and cur.hour is None and nxt.kind == "clock":
                out.append(attrs.evolve(cur, end=nxt.end, **_clock_parts(nxt)))
                i += 2
                continue
            if (
                cur.kind == "weekday"
                and nxt.kind == "calendar"
                and nxt.weekday is None
                and nxt.day is not None
            ):
                out.append(attrs.evolve(nxt, start=cur.start, weekday=cur.weekday))
                i += 2
                continue
        out.append(cur)
        i += 1
    return out


def iter_rules() -> Iterator[str]:
    """Names of the grammar's rules, in priority order (for documentation and tests)."""
    for name, _, _ in grammar().rules:
        yield name
