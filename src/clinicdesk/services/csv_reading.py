"""Reading a client list exported from a spreadsheet or another salon system.

`read_client_csv` turns the bytes of a CSV file into ClientFields rows, each already passed
through `clean_client_fields`, plus the rows it had to skip and why. Along the way it works out
the character encoding (UTF-8/UTF-16, or a guess between the Polish, Western and Chinese Windows
code pages), the delimiter (comma, semicolon or tab), which column holds what (headers in
English, French, Polish or Chinese) and the day/month order of the dates. It does no I/O and
writes nothing: bytes in, plain data out.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from functools import lru_cache, partial
from typing import Any

from clinicdesk.errors import QT_TRANSLATE_NOOP, ImportFailed, ValidationError
from clinicdesk.services.client_fields import ClientFields, clean_client_fields


@dataclass(frozen=True)
class SkippedRow:
    line: int  # 1-based physical line where the record starts (the header is line 1)
    reason: str  # English, names the column, never repeats the row's content nor its line


@dataclass(frozen=True)
class ParsedRow:
    line: int
    fields: ClientFields


@dataclass(frozen=True)
class CsvReadResult:
    encoding: str
    delimiter: str
    # ClientFields name -> header text; a whole-name column that was split is under "full_name".
    columns: dict[str, str]
    rows: list[ParsedRow]
    skipped: list[SkippedRow]


# --- Encoding -----------------------------------------------------------------------------------

# Order breaks ties: Western first, as the most common Windows code page.
_LEGACY_ENCODINGS = ("cp1252", "cp1250", "gb18030")
# Polish, French and German letters, plus the Spanish and Portuguese ones common in names.
_LATIN_LETTERS = "ąćęłńóśźżàâæçéèêëîïôœùûüÿäößáíúñãõ"
_EXPECTED_LATIN = frozenset(_LATIN_LETTERS + _LATIN_LETTERS.upper())
# Typography that every Windows code page puts at the same byte, so it tells them apart neither way.
_NEUTRAL = frozenset("\xa0€‚„…†‡‰‘’“”•–—™«»°§©®±·×")
_CJK = "\u3400-\u4dbf\u4e00-\u9fff"
# Western text read as gb18030 pairs an accented byte with the next ASCII letter, giving a lone
# ideograph glued to Latin letters; real Chinese gives ideographs next to each other or to
# punctuation, digits and delimiters.
_GLUED_CJK = re.compile(f"(?<=[A-Za-z])[{_CJK}]|[{_CJK}](?=[A-Za-z])")
_NON_ASCII_RUN = re.compile("[^\x00-\x7f]+")
_ASCII_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
_ENOUGH_EVIDENCE = 50_000  # non-ASCII characters
_CONTROL_BYTES = re.compile(b"[\x01-\x08\x0b\x0c\x0e-\x1f]")
_CONTROL_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")

_NOT_TEXT = QT_TRANSLATE_NOOP(
    "ClinicDeskError",
    "This file is not a text/CSV file. Save the client list from your spreadsheet as CSV and "
    "try again.",
)


def _looks_binary(control_count: int, size: int) -> bool:
    # A stray control character (an old DOS end-of-file mark, say) is tolerated; many are not.
    return control_count > max(3, size // 100)


def _plausibility(text: str) -> int:
    """How much `text` looks like Polish, French, German or Chinese rather than mojibake."""
    # Accented letters sit inside words with ASCII letters ("Wąsowska"); Chinese read as a
    # Windows code page gives runs of them standing alone ("李娜" -> "ÀîÄÈ"), so only the former
    # count as evidence for a Latin reading.
    in_words: list[str] = []
    alone: list[str] = []
    seen, size = 0, len(text)
    for run in _NON_ASCII_RUN.finditer(text):
        start, end = run.span()
        attached = (start > 0 and text[start - 1] in _ASCII_LETTERS) or (
            end < size and text[end] in _ASCII_LETTERS
        )
        (in_words if attached else alone).append(run.group())
        seen += end - start
        # A Chinese file is almost all non-ASCII; the verdict is clear long before its end.
        if seen >= _ENOUGH_EVIDENCE:
            text = text[:end]
            break
    score = 0
    for part, latin_weight in (("".join(in_words), 2), ("".join(alone), 0)):
        for char, count in Counter(part).items():
            if "\u3400" <= char <= "\u9fff":
                score += 2 * count
            elif char in _EXPECTED_LATIN:
                score += latin_weight * count
            elif char in _NEUTRAL or "\u3000" <= char <= "\u303f" or "\uff00" <= char <= "\uffef":
                continue  # CJK punctuation and full-width forms: plausible, but prove nothing
            else:
                score -= 3 * count
    # Glued ideographs were counted +2 above; they are evidence against, so swing them to -3.
    return score - 5 * len(_GLUED_CJK.findall(text))


def _decode(data: bytes) -> tuple[str, str]:
    """The encoding name and the decoded text; raises ImportFailed for binary data."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as error:
            raise ImportFailed(_NOT_TEXT) from error
        if _looks_binary(len(_CONTROL_CHARS.findall(text)), len(text)):
            raise ImportFailed(_NOT_TEXT)
        return "utf-16", text
    # No 8-bit text encoding uses NUL or the C0 controls inside a character, so test the bytes.
    if b"\x00" in data or _looks_binary(len(_CONTROL_BYTES.findall(data)), len(data)):
        raise ImportFailed(_NOT_TEXT)
    try:
        if data.startswith(b"\xef\xbb\xbf"):
            return "utf-8-sig", data.decode("utf-8-sig")
        return "utf-8", data.decode("utf-8")
    except UnicodeDecodeError:
        pass  # a BOM followed by something else is judged like any other 8-bit text
    candidates = []
    for order, encoding in enumerate(_LEGACY_ENCODINGS):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue  # a strict decoding failure rules the code page out
        candidates.append((_plausibility(text), -order, encoding, text))
    if not candidates:
        raise ImportFailed(
            QT_TRANSLATE_NOOP(
                "ClinicDeskError",
                "The characters in this file could not be recognised. Save it as CSV in UTF-8 "
                "and try again.",
            )
        )
    _, _, encoding, text = max(candidates)
    return encoding, text


def detect_encoding(data: bytes) -> str:
    """The encoding `read_client_csv` would use for `data`; raises ImportFailed for binary data."""
    return _decode(data)[0]


# --- Delimiter ----------------------------------------------------------------------------------

_DELIMITERS = (",", ";", "\t")
_SNIFF_LINES = 20
_SNIFF_CHARS = 16384


def _detect_delimiter(text: str) -> str:
    # A small sample: the Sniffer's regular expressions slow down badly on long text.
    lines = [line for line in text[:_SNIFF_CHARS].splitlines() if line.strip()]
    if len(text) > _SNIFF_CHARS and len(lines) > 1:
        lines.pop()  # probably cut short
    lines = lines[:_SNIFF_LINES]
    # Delimiters outside quotes in the header line: its number of cells, less one.
    header_counts = {d: len(next(csv.reader(lines[:1], delimiter=d), [])) - 1 for d in _DELIMITERS}
    try:
        sniffed = csv.Sniffer().sniff("\n".join(lines), delimiters="".join(_DELIMITERS)).delimiter
    except csv.Error:
        sniffed = ""
    # The Sniffer can be misled (apostrophes in notes pass for quotes, say); the header line,
    # which every file has and which rarely holds punctuation, has the last word.
    if header_counts.get(sniffed, 0) > 0:
        return sniffed
    return max(_DELIMITERS, key=lambda d: header_counts.get(d, 0))


# --- Headers and values -------------------------------------------------------------------------


@lru_cache(maxsize=4096)  # values such as sex or country repeat on nearly every row
def _fold(text: str) -> str:
    """Lower case, no accents, no spaces or punctuation: "Nr. telefonu:" -> "nrtelefonu"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    # Ł has no decomposition, so NFKD leaves it; Polish headers are often typed without it.
    return "".join(char for char in decomposed if char.isalnum()).replace("ł", "l")


def _aliases(table: dict[str, str]) -> dict[str, str]:
    return {_fold(alias): value for aliases, value in table.items() for alias in aliases.split("|")}


_HEADERS = _aliases(
    {
        "first name|given name|forename|prénom|imię|名|名字": "given_name",
        "last name|surname|family name|nom|nom de famille|nazwisko|姓|姓氏": "family_name",
        "name|full name|client|client name|customer|nom complet|imię i nazwisko|klient|"
        "姓名|客户|客户姓名": "full_name",
        "nickname|preferred name|surnom|pseudonim|昵称": "preferred_name",
        "date of birth|dob|birth date|birthdate|birthday|date de naissance|né le|née le|"
        "data urodzenia|出生日期|生日": "date_of_birth",
        "sex|gender|sexe|genre|płeć|性别": "sex",
        "phone|phone number|mobile|mobile phone|cell|telephone|tel|téléphone|portable|telefon|"
        "komórka|nr telefonu|numer telefonu|电话|手机|手机号|电话号码": "phone",
        "email|email address|mail|courriel|adresse e-mail|adres e-mail|邮箱|电子邮件|电子邮箱": "email",
        "address|street|address line 1|adresse|rue|adres|ulica|地址": "address_line1",
        "address line 2|address 2|adresse 2|complément d'adresse": "address_line2",
        "postcode|zip|zip code|postal code|code postal|cp|kod pocztowy|邮编|邮政编码": "postal_code",
        "city|town|ville|miasto|miejscowość|城市": "city",
        "country|pays|kraj|国家": "country",
        "notes|note|comments|remarks|remarques|commentaire|commentaires|uwagi|notatki|"
        "备注|说明": "notes",
        "source|referral|referral source|how did you hear|how did you hear about us|provenance|"
        "źródło|来源": "referral_source",
        "marketing|newsletter|consent marketing|marketing consent|opt-in|zgoda marketingowa|"
        "营销": "marketing_consent",
    }
)
_SEXES = _aliases(
    {
        "f|female|woman|femme|k|kobieta|女|女性": "female",
        "m|male|man|h|homme|mężczyzna|男|男性": "male",
    }
)
_COUNTRIES = _aliases(
    {
        "fra|france|francja|法国": "FR",
        "pol|poland|pologne|polska|波兰": "PL",
        "chn|china|chine|chiny|中国": "CN",
        "uk|gbr|united kingdom|great britain|england|royaume-uni|angleterre|wielka brytania|"
        "anglia|英国": "GB",
        "deu|germany|allemagne|deutschland|niemcy|德国": "DE",
        "bel|belgium|belgique|belgië|belgia|比利时": "BE",
        "che|switzerland|suisse|schweiz|szwajcaria|瑞士": "CH",
        "usa|united states|united states of america|états-unis|stany zjednoczone|美国": "US",
    }
)
_TRUTHY = frozenset(_fold(word) for word in ("yes", "y", "true", "1", "oui", "tak", "是", "x"))
# Chinese family names are one character, except a handful of two-character ones.
_COMPOUND_SURNAMES = frozenset(
    "欧阳 司马 诸葛 上官 东方 皇甫 尉迟 公孙 慕容 令狐 司徒 夏侯 长孙 宇文 端木 南宫 西门".split()  # noqa: SIM905
)


@lru_cache(maxsize=4096)
def _country(value: str) -> str | None:
    folded = _fold(value)
    code = _COUNTRIES.get(folded)
    if code is None and len(folded) == 2 and folded.isascii() and folded.isalpha():
        code = folded.upper()  # any other ISO 3166 two-letter code, taken as written
    return code


def _split_full_name(name: str) -> tuple[str, str]:
    """(given, family) from a whole name; an empty family name is left for the checks to refuse."""
    if "," in name:  # "Lefèvre, Hélène", as directories and some salon systems write it
        family, _, given = name.partition(",")
        return given, family
    if "\u3400" <= name[0] <= "\u9fff":  # Chinese: family name first
        if " " in name:
            family, _, given = name.partition(" ")
            return given, family
        cut = 2 if name[:2] in _COMPOUND_SURNAMES and len(name) > 2 else 1
        return name[cut:], name[:cut]
    given, _, family = name.rpartition(" ")
    return (given, family) if given else (family, "")


# --- Dates --------------------------------------------------------------------------------------

_TIME = r"(?:[ T]+\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:\s*[AaPp][Mm])?)?"  # Excel adds 00:00:00
_YEAR_FIRST = re.compile(rf"(\d{{4}})([-/.])(\d{{1,2}})\2(\d{{1,2}}){_TIME}")
_CHINESE_DATE = re.compile(rf"(\d{{4}})\s*年\s*(\d{{1,2}})\s*月\s*(\d{{1,2}})\s*日?{_TIME}")
_DOTTED = re.compile(rf"(\d{{1,2}})\.(\d{{1,2}})\.(\d+){_TIME}")
_SLASHED = re.compile(rf"(\d{{1,2}})([-/])(\d{{1,2}})\2(\d+){_TIME}")


def _day_first(values: list[str]) -> bool:
    """Whether "03/04/1985" in this column means 3 April (Europe) rather than March 4 (US)."""
    month_first = False
    for value in values:
        match = _SLASHED.fullmatch(value)
        if match:
            if int(match[1]) > 12:
                return True
            month_first = month_first or int(match[3]) > 12
    return not month_first


def _date_problem(message: str) -> ValidationError:
    return ValidationError(message, field="date_of_birth")


def _parse_date(value: str, day_first: bool) -> date:
    if match := _YEAR_FIRST.fullmatch(value):
        year, month, day = match[1], match[3], match[4]
    elif match := _CHINESE_DATE.fullmatch(value):
        year, month, day = match[1], match[2], match[3]
    elif match := _DOTTED.fullmatch(value):  # dots are always day first
        day, month, year = match[1], match[2], match[3]
    elif match := _SLASHED.fullmatch(value):
        first, second, year = match[1], match[3], match[4]
        day, month = (first, second) if day_first else (second, first)
    else:
        raise _date_problem("this is not a date in a known format; write it as YYYY-MM-DD")
    if len(year) == 2:
        raise _date_problem("the year has only two digits, so the century is unknown")
    if len(year) != 4:
        raise _date_problem("this is not a date in a known format; write it as YYYY-MM-DD")
    try:
        return date(int(year), int(month), int(day))
    except ValueError:
        raise _date_problem("this date does not exist") from None


# --- Rows ---------------------------------------------------------------------------------------


def _records(text: str, delimiter: str) -> Iterator[tuple[int, list[str]]]:
    """(first physical line, cells) for every record, blank ones included."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, skipinitialspace=True)
    start = 1
    try:
        for cells in reader:
            yield start, cells
            start = reader.line_num + 1
    except csv.Error as error:  # e.g. a runaway quote swallowing the rest of the file
        raise ImportFailed(
            QT_TRANSLATE_NOOP(
                "ClinicDeskError", "The file could not be read as CSV near line {line}."
            ),
            line=start,
        ) from error


def _map_columns(header: list[str]) -> dict[str, int]:
    index: dict[str, int] = {}
    for position, text in enumerate(header):
        field = _HEADERS.get(_fold(text))
        if field is not None and field not in index:
            index[field] = position
    if "full_name" in index and "given_name" in index and "family_name" not in index:
        # "First name" beside "Name": the latter can only be the family name.
        index["family_name"] = index.pop("full_name")
    elif "family_name" in index and "given_name" not in index and "full_name" not in index:
        # A lone "Nom" or "Nazwisko" column most likely holds the whole name.
        index["full_name"] = index.pop("family_name")
    return index


def _reason(header: str | None, message: str) -> str:
    """'column "Data urodzenia": the date of birth is in the future'; the line is kept apart."""
    message = message.rstrip(".")
    if message[:2].istitle():  # "The date..." -> "the date...", but leave "FR..." alone
        message = message[0].lower() + message[1:]
    return f'column "{header}": {message}' if header else message


def _converters(day_first: bool) -> dict[str, Callable[[str], object]]:
    """Cell text -> field value, for the columns that are not plain text."""
    # Birth dates repeat a lot in a large file, and parsing one tries up to four patterns.
    parse_date = lru_cache(maxsize=65536)(partial(_parse_date, day_first=day_first))
    return {
        "date_of_birth": parse_date,
        "sex": lambda value: _SEXES.get(_fold(value)),
        "country": _country,
        "marketing_consent": lambda value: _fold(value) in _TRUTHY,
    }


def read_client_csv(data: bytes, *, today: date | None = None) -> CsvReadResult:
    """The client rows of a CSV file, and the rows skipped with the reason; see the module doc."""
    encoding, text = _decode(data)
    delimiter = _detect_delimiter(text)
    records = [
        (line, cells) for line, cells in _records(text, delimiter) if any(map(str.strip, cells))
    ]
    if len(records) < 2:
        raise ImportFailed(QT_TRANSLATE_NOOP("ClinicDeskError", "The file has no client rows."))
    header = [cell.strip().lstrip("\ufeff") for cell in records[0][1]]
    index = _map_columns(header)
    if not index.keys() & {"given_name", "family_name", "full_name"}:
        raise ImportFailed(
            QT_TRANSLATE_NOOP(
                "ClinicDeskError",
                "No column holds the client's name. The first line must name the columns, for "
                'example "First name" and "Last name", or "Name" (also "Prénom"/"Nom", '
                '"Imię"/"Nazwisko", "姓名").',
            )
        )
    columns = {field: header[position] for field, position in index.items()}
    body = records[1:]
    born_at = index.get("date_of_birth")
    day_first = born_at is None or _day_first(
        [cells[born_at].strip() for _, cells in body if born_at < len(cells)]
    )
    converters = _converters(day_first)
    plan = [(field, at, converters.get(field)) for field, at in index.items()]
    rows: list[ParsedRow] = []
    skipped: list[SkippedRow] = []
    for line, cells in body:
        width = len(cells)
        # Empty cells are left out, so ClientFields' defaults (None, False) apply.
        values: dict[str, Any] = {}
        try:
            for field, at, convert in plan:
                if at < width and (value := cells[at].strip()):
                    values[field] = convert(value) if convert else value
            full_name = values.pop("full_name", None)
            if full_name and "given_name" not in values and "family_name" not in values:
                values["given_name"], values["family_name"] = _split_full_name(full_name)
            if "given_name" not in values and "family_name" not in values:
                skipped.append(SkippedRow(line, _reason(None, "no name")))
                continue
            values.setdefault("given_name", "")
            values.setdefault("family_name", "")
            rows.append(ParsedRow(line, clean_client_fields(ClientFields(**values), today=today)))
        except ValidationError as error:
            header_text = columns.get(error.field or "")
            if header_text is None and error.field in ("given_name", "family_name"):
                header_text = columns.get("full_name")
            skipped.append(SkippedRow(line, _reason(header_text, str(error))))
    return CsvReadResult(encoding, delimiter, columns, rows, skipped)
