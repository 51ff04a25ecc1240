"""Reading client lists exported from spreadsheets and other salon systems."""

from __future__ import annotations

import time
from datetime import date

import pytest

from clinicdesk.errors import ImportFailed
from clinicdesk.services.csv_reading import (
    CsvReadResult,
    ParsedRow,
    SkippedRow,
    detect_encoding,
    read_client_csv,
)

TODAY = date(2024, 6, 1)

POLISH = (
    "Imię;Nazwisko;Data urodzenia;Telefon\n"
    "Łucja;Wąsowska;14.03.1985;+48 601 234 567\n"
    "Małgorzata;Żółkiewska;02.11.1972;+48 502 111 222\n"
)
FRENCH = (
    "Prénom;Nom;Date de naissance;Téléphone;Courriel\n"
    "Hélène;Lefèvre;25/12/1980;06 12 34 56 78;helene.lefevre@example.fr\n"
    "François;Bézier;02/05/1990;01 23 45 67 89;\n"
)
CHINESE = (
    "姓名,性别,出生日期,手机,城市,备注\n"
    "王芳,女,1985年3月14日,138 0013 8000,北京,对乳胶过敏\n"
    "欧阳娜娜,女,2001-06-16,139 1234 5678,上海,\n"
    "张伟,男,1979/07/01,,广州,喜欢喝茶\n"
)


def read(text: str, encoding: str = "utf-8") -> CsvReadResult:
    return read_client_csv(text.encode(encoding), today=TODAY)


def names(result: CsvReadResult) -> list[tuple[str, str]]:
    return [(row.fields.given_name, row.fields.family_name) for row in result.rows]


def only_row(text: str) -> ParsedRow:
    result = read(text)
    assert result.skipped == []
    assert len(result.rows) == 1
    return result.rows[0]


def only_skip(text: str) -> SkippedRow:
    result = read(text)
    assert result.rows == []
    assert len(result.skipped) == 1
    return result.skipped[0]


# --- Encoding -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        pytest.param(FRENCH.encode("utf-8"), "utf-8", id="utf-8"),
        pytest.param(b"First name,Last name\nAnne,Dupont\n", "utf-8", id="ascii"),
        pytest.param(b"\xef\xbb\xbf" + FRENCH.encode("utf-8"), "utf-8-sig", id="utf-8-bom"),
        pytest.param(POLISH.encode("cp1250"), "cp1250", id="polish"),
        # ć ę ś read as cp1252 are æ ê œ, French letters; ł and ą still give it away.
        pytest.param("Imię;Nazwisko\nJoanna;Ćwikła\nMarek;Śliwa\n".encode("cp1250"), "cp1250"),
        # Read as cp1252, "Żółć" is "¯ó³æ": not a letter for ¯ and ³, while ę passes for ê.
        pytest.param("Imię;Nazwisko\nJoanna;Kęsicka-Żółć\n".encode("cp1250"), "cp1250"),
        pytest.param(FRENCH.encode("cp1252"), "cp1252", id="french"),
        pytest.param("Prénom;Nom;Ville\nAgnès;Dubois;Nîmes à côté\n".encode("cp1252"), "cp1252"),
        pytest.param("Vorname;Name\nJürgen;Größmann\n".encode("cp1252"), "cp1252", id="german"),
        pytest.param(CHINESE.encode("gb18030"), "gb18030", id="chinese"),
        # 李娜 in cp1252 is "ÀîÄÈ": every character a French letter, but standing alone.
        pytest.param("客户,手机\n李娜,139\n吴丽,138\n周玲,137\n".encode("gb18030"), "gb18030"),
        # Read as gb18030, these give ideographs glued to Latin letters ("S鴕en").
        pytest.param(
            "Prénom;Nom\nSøren;Åkesson\nInés;Muñoz\nHélène;Lefèvre\n".encode("cp1252"), "cp1252"
        ),
        pytest.param("Prenom;Nom\nJosé;Núñez\n".encode("cp1252"), "cp1252", id="spanish"),
        pytest.param(FRENCH.encode("utf-16"), "utf-16", id="utf-16-le"),
        pytest.param(b"\xfe\xff" + FRENCH.encode("utf-16-be"), "utf-16", id="utf-16-be"),
    ],
)
def test_detect_encoding(data: bytes, expected: str) -> None:
    assert detect_encoding(data) == expected


def test_polish_cp1250_with_semicolons() -> None:
    result = read(POLISH, "cp1250")
    assert (result.encoding, result.delimiter) == ("cp1250", ";")
    assert result.columns == {
        "given_name": "Imię",
        "family_name": "Nazwisko",
        "date_of_birth": "Data urodzenia",
        "phone": "Telefon",
    }
    assert result.skipped == []
    first = result.rows[0]
    assert first.line == 2
    assert (first.fields.given_name, first.fields.family_name) == ("Łucja", "Wąsowska")
    assert first.fields.date_of_birth == date(1985, 3, 14)
    assert first.fields.phone == "+48 601 234 567"
    assert names(result)[1] == ("Małgorzata", "Żółkiewska")


def test_french_cp1252_with_semicolons() -> None:
    result = read(FRENCH, "cp1252")
    assert (result.encoding, result.delimiter) == ("cp1252", ";")
    assert names(result) == [("Hélène", "Lefèvre"), ("François", "Bézier")]
    helene, francois = (row.fields for row in result.rows)
    assert helene.date_of_birth == date(1980, 12, 25)
    assert helene.email == "helene.lefevre@example.fr"
    assert helene.phone == "06 12 34 56 78"
    # 25/12 proved the column day-first, so 02/05 is 2 May.
    assert francois.date_of_birth == date(1990, 5, 2)
    assert francois.email is None


def test_chinese_gb18030_with_full_name_column() -> None:
    result = read(CHINESE, "gb18030")
    assert (result.encoding, result.delimiter) == ("gb18030", ",")
    assert result.columns["full_name"] == "姓名"
    assert names(result) == [("芳", "王"), ("娜娜", "欧阳"), ("伟", "张")]
    fang, nana, wei = (row.fields for row in result.rows)
    assert (fang.sex, fang.date_of_birth, fang.city) == ("female", date(1985, 3, 14), "北京")
    assert fang.notes == "对乳胶过敏"
    assert fang.phone == "138 0013 8000"
    assert nana.date_of_birth == date(2001, 6, 16)
    assert (wei.sex, wei.date_of_birth, wei.phone) == ("male", date(1979, 7, 1), None)


def test_utf8_with_bom_keeps_the_first_header() -> None:
    result = read_client_csv(b"\xef\xbb\xbf" + FRENCH.encode("utf-8"), today=TODAY)
    assert result.encoding == "utf-8-sig"
    assert result.columns["given_name"] == "Prénom"
    assert names(result)[0] == ("Hélène", "Lefèvre")


def test_a_doubled_byte_order_mark_stays_out_of_the_header() -> None:
    result = read_client_csv(b"\xef\xbb\xbf\xef\xbb\xbfFirst name,Last name\nAnne,Dupont\n")
    assert result.columns == {"given_name": "First name", "family_name": "Last name"}


def test_utf16_tab_separated_as_excel_unicode_text() -> None:
    text = "First name\tLast name\tEmail\r\nHélène\tLefèvre\thelene@example.fr\r\n王\t芳\t\r\n"
    result = read_client_csv(text.encode("utf-16"), today=TODAY)
    assert (result.encoding, result.delimiter) == ("utf-16", "\t")
    assert names(result) == [("Hélène", "Lefèvre"), ("王", "芳")]
    assert result.rows[0].fields.email == "helene@example.fr"


@pytest.mark.parametrize(
    "data",
    [
        pytest.param(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00", id="png"),
        pytest.param(b"PK\x03\x04\x14\x00\x06\x00\x08\x00!\x00" * 20, id="xlsx"),
        pytest.param(bytes(range(1, 32)) * 10 + b"Name,Email\n", id="control-characters"),
        pytest.param(b"\xff\xfe" + "Name\x01\x02\x03\x04\x05\x06".encode("utf-16-le"), id="utf16"),
        pytest.param(b"\xff\xfeN\x00a\x00m", id="odd-utf16"),
    ],
)
def test_binary_data_is_refused(data: bytes) -> None:
    with pytest.raises(ImportFailed, match=r"^This file is not a text/CSV file"):
        read_client_csv(data)
    with pytest.raises(ImportFailed):
        detect_encoding(data)


def test_a_stray_control_character_is_tolerated() -> None:
    result = read("First name,Last name\nAnne,Dupont\n\x1a")
    assert names(result) == [("Anne", "Dupont")]


# --- Structure ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "delimiter", "first"),
    [
        ("First name,Last name,Email\nAnne,Dupont,anne@example.fr\n", ",", ("Anne", "Dupont")),
        ("First name;Last name;Email\nAnne;Dupont;anne@example.fr\n", ";", ("Anne", "Dupont")),
        ("First name\tLast name\tEmail\nAnne\tDupont\tanne@example.fr\n", "\t", ("Anne", "Dupont")),
        # Commas in the notes must not win over the semicolons of the header.
        (
            "Imię;Nazwisko;Uwagi\nAnna;Nowak;lateks, orzechy, pyłki\nJan;Kos;a, b, c, d\n",
            ";",
            ("Anna", "Nowak"),
        ),
        ('Name,Notes\n"Anne Dupont","Allergic; to latex; and nuts"\n', ",", ("Anne", "Dupont")),
        ("Name\nAnne Dupont\n", ",", ("Anne", "Dupont")),
        # The Sniffer takes the apostrophes for quotes and answers ",".
        (
            "Prénom;Nom;Remarques\nAnne;Dupont;peau 'sèche', 'fine', 'mixte'\n",
            ";",
            ("Anne", "Dupont"),
        ),
    ],
)
def test_delimiter_detection(text: str, delimiter: str, first: tuple[str, str]) -> None:
    result = read(text)
    assert result.delimiter == delimiter
    assert names(result)[0] == first
    assert result.skipped == []


def test_quoted_fields_with_embedded_newline_and_delimiter() -> None:
    text = (
        "Imię;Nazwisko;Uwagi\n"
        '"Anna";"Nowak";"Alergia: lateks; orzechy\nUwaga na wrażliwą skórę"\n'
        "Jan;Kowalski;\n"
        '"Ewa";"Kos";"jedna linia"\n'
    )
    result = read(text)
    assert [row.line for row in result.rows] == [2, 4, 5]
    assert result.rows[0].fields.notes == "Alergia: lateks; orzechy\nUwaga na wrażliwą skórę"
    assert result.rows[1].fields.notes is None
    assert names(result) == [("Anna", "Nowak"), ("Jan", "Kowalski"), ("Ewa", "Kos")]


def test_windows_line_endings_leave_no_carriage_returns() -> None:
    result = read("First name,Last name,City\r\nAnne,Dupont,Lyon\r\nJean,Martin,Paris\r\n")
    assert [row.line for row in result.rows] == [2, 3]
    assert [row.fields.city for row in result.rows] == ["Lyon", "Paris"]


def test_blank_rows_are_silent_and_lines_stay_physical() -> None:
    text = "\nFirst name,Last name,Email\n\nAnne,Dupont,\n , ,\n,,\nJean,Martin,\n"
    result = read(text)
    assert result.skipped == []
    assert [(row.line, row.fields.given_name) for row in result.rows] == [(4, "Anne"), (7, "Jean")]


def test_short_and_long_rows() -> None:
    result = read("First name,Last name,Email,City\nAnne,Dupont\nJean,Martin,,Nice,extra,cells\n")
    assert names(result) == [("Anne", "Dupont"), ("Jean", "Martin")]
    assert result.rows[0].fields.city is None
    assert result.rows[1].fields.city == "Nice"


def test_cells_are_stripped() -> None:
    row = only_row("First name;Last name;Email\n  Anne ;\tDupont  ; anne@example.fr \n")
    assert (row.fields.given_name, row.fields.family_name) == ("Anne", "Dupont")
    assert row.fields.email == "anne@example.fr"


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("", id="empty"),
        pytest.param("\n\n  \n", id="blank-lines"),
        pytest.param("First name,Last name,Email\n", id="header-only"),
        pytest.param("First name,Last name,Email\n,,\n\n", id="header-and-blank-rows"),
    ],
)
def test_a_file_without_client_rows_is_refused(text: str) -> None:
    with pytest.raises(ImportFailed, match="The file has no client rows"):
        read(text)


def test_a_file_without_name_columns_is_refused() -> None:
    with pytest.raises(ImportFailed, match='"First name" and "Last name"') as caught:
        read("Email,Phone\nanne@example.fr,0601020304\n")
    # The message must not echo what is in the file, which may be client data.
    assert "anne@example.fr" not in str(caught.value)


def test_a_runaway_field_is_refused_with_the_line() -> None:
    text = 'Name,Notes\nAnne Dupont,ok\nJean Martin,"' + "x" * 200_000 + '"\n'
    with pytest.raises(ImportFailed) as caught:
        read(text)
    assert str(caught.value) == "The file could not be read as CSV near line 3."
    assert caught.value.args_for_message == {"line": 3}


# --- Headers ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("E-MAIL", "email"),
        (" Adresse e-mail ", "email"),
        ("adres_e-mail", "email"),
        ("电子邮箱", "email"),
        ("Nr. telefonu:", "phone"),
        ("Komórka", "phone"),
        ("TÉLÉPHONE", "phone"),
        ("手机号", "phone"),
        ("Né le", "date_of_birth"),
        ("DOB", "date_of_birth"),
        ("生日", "date_of_birth"),
        ("kod_pocztowy", "postal_code"),
        ("Code postal", "postal_code"),
        ("Miejscowosc", "city"),
        ("Ville", "city"),
        ("PŁEĆ", "sex"),
        ("Plec", "sex"),
        ("Zrodlo", "referral_source"),
        ("Gender", "sex"),
        ("Pays", "country"),
        ("Surnom", "preferred_name"),
        ("How did you hear", "referral_source"),
        ("Źródło", "referral_source"),
        ("Opt-in", "marketing_consent"),
        ("Zgoda marketingowa", "marketing_consent"),
        ("Remarques", "notes"),
        ("备注", "notes"),
        ("Rue", "address_line1"),
    ],
)
def test_header_names(header: str, field: str) -> None:
    result = read(f"Prénom;Nom;{header}\nAnne;Dupont;x\n")
    assert result.columns[field] == header.strip()


def test_unknown_columns_are_ignored() -> None:
    result = read("ID,First name,Last name,Loyalty points\n17,Anne,Dupont,250\n")
    assert set(result.columns) == {"given_name", "family_name"}
    assert names(result) == [("Anne", "Dupont")]


@pytest.mark.parametrize(
    ("name", "given", "family"),
    [
        ("Hélène Lefèvre", "Hélène", "Lefèvre"),
        ("Anne Marie Dupont", "Anne Marie", "Dupont"),
        ("Lefèvre, Hélène", "Hélène", "Lefèvre"),
        ("王芳", "芳", "王"),
        ("欧阳娜娜", "娜娜", "欧阳"),
        ("司马相如", "相如", "司马"),
        ("欧阳", "阳", "欧"),  # two characters: a one-character family name and a given name
        ("王 小明", "小明", "王"),
        # A space ends the family name, even a compound one missing from the list.
        ("钟离 春", "春", "钟离"),
    ],
)
def test_full_name_is_split(name: str, given: str, family: str) -> None:
    row = only_row(f"Imię i nazwisko;Telefon\n{name};601 234 567\n")
    assert (row.fields.given_name, row.fields.family_name) == (given, family)


def test_a_single_word_full_name_is_skipped_naming_the_column() -> None:
    skip = only_skip("Client;Telefon\nMadonna;601 234 567\n")
    assert skip == SkippedRow(2, 'column "Client": the family name is required')


def test_name_beside_first_name_is_the_family_name() -> None:
    result = read("First name,Name,Email\nAnne,Dupont,\n")
    assert (result.columns["given_name"], result.columns["family_name"]) == ("First name", "Name")
    assert "full_name" not in result.columns
    assert names(result) == [("Anne", "Dupont")]


def test_a_lone_family_name_column_holds_the_whole_name() -> None:
    result = read("Nom;Téléphone\nHélène Lefèvre;0601020304\n")
    assert result.columns["full_name"] == "Nom"
    assert names(result) == [("Hélène", "Lefèvre")]


def test_a_row_without_a_name_is_skipped() -> None:
    result = read("First name,Last name,Email\nAnne,Dupont,\n,,bob@example.com\n")
    assert names(result) == [("Anne", "Dupont")]
    assert result.skipped == [SkippedRow(3, "no name")]


def test_a_missing_family_name_names_its_column() -> None:
    skip = only_skip("Imię;Nazwisko\nAnna;\n")
    assert skip.reason == 'column "Nazwisko": the family name is required'


# --- Values -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("F", "female"),
        ("female", "female"),
        ("Femme", "female"),
        ("kobieta", "female"),
        ("K", "female"),
        ("女", "female"),
        ("M", "male"),
        ("Male", "male"),
        ("homme", "male"),
        ("Mężczyzna", "male"),
        ("男", "male"),
        ("other", None),
        ("", None),
    ],
)
def test_sex_values(cell: str, expected: str | None) -> None:
    assert only_row(f"First name;Last name;Sex\nAlex;Dupont;{cell}\n").fields.sex == expected


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("FR", "FR"),
        ("fr", "FR"),
        ("France", "FR"),
        ("Polska", "PL"),
        ("Pologne", "PL"),
        ("中国", "CN"),
        ("Chine", "CN"),
        ("UK", "GB"),
        ("Royaume-Uni", "GB"),
        ("Niemcy", "DE"),
        ("Belgique", "BE"),
        ("Szwajcaria", "CH"),
        ("États-Unis", "US"),
        ("USA", "US"),
        ("IT", "IT"),
        ("Atlantis", None),
        ("", None),
    ],
)
def test_country_values(cell: str, expected: str | None) -> None:
    assert (
        only_row(f"First name;Last name;Country\nAnne;Dupont;{cell}\n").fields.country == expected
    )


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("yes", True),
        ("Y", True),
        ("TRUE", True),
        ("1", True),
        ("oui", True),
        ("Tak", True),
        ("是", True),
        ("x", True),
        ("no", False),
        ("0", False),
        ("non", False),
        ("", False),
    ],
)
def test_marketing_consent_values(cell: str, expected: bool) -> None:
    row = only_row(f"First name;Last name;Newsletter\nAnne;Dupont;{cell}\n")
    assert row.fields.marketing_consent is expected


@pytest.mark.parametrize(
    "cell",
    [
        "1985-03-14",
        "1985/03/14",
        "1985.03.14",
        "1985年3月14日",
        "14/03/1985",
        "14.03.1985",
        "14-03-1985",
        "14.3.1985",
        "1985-03-14 00:00:00",
        "14/03/1985 00:00",
    ],
)
def test_date_formats(cell: str) -> None:
    row = only_row(f"First name;Last name;Date of birth\nAnne;Dupont;{cell}\n")
    assert row.fields.date_of_birth == date(1985, 3, 14)


@pytest.mark.parametrize(
    ("cells", "expected"),
    [
        pytest.param(
            ["25/03/1985", "04/05/1990"], [date(1985, 3, 25), date(1990, 5, 4)], id="day-first"
        ),
        pytest.param(["03/25/1985", "04/05/1990"], [date(1985, 3, 25), date(1990, 4, 5)], id="us"),
        pytest.param(
            ["12-31-1980", "01-02-1990"], [date(1980, 12, 31), date(1990, 1, 2)], id="us-dashes"
        ),
        pytest.param(
            ["04/05/1990", "01/02/1970"], [date(1990, 5, 4), date(1970, 2, 1)], id="undecided"
        ),
        # Dots are day-first whatever the slashes say.
        pytest.param(
            ["03/25/1985", "04.05.1990"], [date(1985, 3, 25), date(1990, 5, 4)], id="dots"
        ),
    ],
)
def test_day_month_order_is_decided_per_column(cells: list[str], expected: list[date]) -> None:
    text = "First name,Last name,Date of birth\n" + "".join(
        f"Anne,Dupont{i},{cell}\n" for i, cell in enumerate(cells)
    )
    result = read(text)
    assert result.skipped == []
    assert [row.fields.date_of_birth for row in result.rows] == expected


@pytest.mark.parametrize(
    ("cell", "message"),
    [
        ("14.03.85", "the year has only two digits, so the century is unknown"),
        ("3/14/85", "the year has only two digits, so the century is unknown"),
        ("31.02.1985", "this date does not exist"),
        ("1985-13-01", "this date does not exist"),
        ("next spring", "this is not a date in a known format; write it as YYYY-MM-DD"),
        ("14/03/19850", "this is not a date in a known format; write it as YYYY-MM-DD"),
        ("1850-01-01", "the date of birth is before 1900"),
    ],
)
def test_bad_dates_skip_the_row_naming_the_column(cell: str, message: str) -> None:
    result = read(f"Imię;Nazwisko;Data urodzenia\nAnna;Nowak;01.01.1990\nEwa;Kos;{cell}\n")
    assert names(result) == [("Anna", "Nowak")]
    assert result.skipped == [SkippedRow(3, f'column "Data urodzenia": {message}')]


def test_a_future_birth_date_is_skipped() -> None:
    result = read("Imię;Nazwisko;Data urodzenia\nAnna;Nowak;01.01.1990\nEwa;Kos;14.03.2030\n")
    assert result.skipped == [
        SkippedRow(3, 'column "Data urodzenia": the date of birth is in the future')
    ]


def test_today_decides_what_is_future() -> None:
    text = "First name,Last name,DOB\nAnne,Dupont,2024-07-01\n"
    assert read_client_csv(text.encode(), today=date(2024, 6, 30)).rows == []
    assert len(read_client_csv(text.encode(), today=date(2024, 7, 1)).rows) == 1


def test_a_bad_email_is_skipped_naming_the_column() -> None:
    skip = only_skip("Prénom;Nom;Courriel\nHélène;Lefèvre;helene(at)example.fr\n")
    assert skip.reason == 'column "Courriel": this is not an email address'


def test_a_too_long_name_is_skipped_without_echoing_it() -> None:
    long_name = "Anne" * 2500
    result = read(f"First name,Last name\n{long_name},Dupont\nJean,Martin\n")
    assert names(result) == [("Jean", "Martin")]
    assert result.skipped == [
        SkippedRow(2, 'column "First name": this field holds at most 200 characters; it has 10000')
    ]


def test_every_field_reaches_the_row() -> None:
    text = (
        "Prénom;Nom;Surnom;Date de naissance;Sexe;Téléphone;Courriel;Adresse;Code postal;"
        "Ville;Pays;Remarques;Provenance;Newsletter\n"
        "Hélène;Lefèvre;Léna;1980-12-25;F;06 12 34 56 78;helene@example.fr;3 rue des Lilas;"
        "69003;Lyon;France;Peau sensible;Instagram;oui\n"
    )
    fields = only_row(text).fields
    assert fields.preferred_name == "Léna"
    assert fields.date_of_birth == date(1980, 12, 25)
    assert fields.sex == "female"
    assert fields.phone == "06 12 34 56 78"
    assert fields.email == "helene@example.fr"
    assert fields.address_line1 == "3 rue des Lilas"
    assert fields.postal_code == "69003"
    assert fields.city == "Lyon"
    assert fields.country == "FR"
    assert fields.notes == "Peau sensible"
    assert fields.referral_source == "Instagram"
    assert fields.marketing_consent is True


# --- Size ---------------------------------------------------------------------------------------


def test_a_hundred_thousand_rows_parse_quickly() -> None:
    header = "Prénom;Nom;Date de naissance;Sexe;Téléphone;Courriel;Ville;Pays;Remarques\n"
    body = "".join(
        f"Hélène{i};Lefèvre{i};{i % 28 + 1:02d}/{i % 12 + 1:02d}/19{50 + i % 50};F;"
        f'06 12 34 56 78;client{i}@example.fr;Lyon;France;"allergie; latex"\n'
        for i in range(100_000)
    )
    data = (header + body).encode("cp1252")
    started = time.perf_counter()
    result = read_client_csv(data, today=TODAY)
    elapsed = time.perf_counter() - started
    assert result.encoding == "cp1252"
    assert len(result.rows) == 100_000
    assert result.skipped == []
    assert result.rows[-1].line == 100_001
    assert result.rows[-1].fields.notes == "allergie; latex"
    assert elapsed < 10, f"took {elapsed:.1f} s"
