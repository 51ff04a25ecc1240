"""The paper intake questionnaire and the consultation summary, in Polish and
Chinese: the text extracts as written (diacritics, ideographs), the footer counts
the pages right, Chinese without spaces wraps inside the margins, and very long
or empty content lays out instead of failing.

The PDFs are read back with poppler's pdftotext and pdfinfo."""

from __future__ import annotations

import re
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest
from tests.unit.pdf_helpers import (
    POPPLER,
    assert_footer_counts_pages,
    needs_poppler,
    page_count,
    text_of,
    unbroken,
    words_with_boxes,
)
from tests.unit.pdf_helpers import write_pdf as _write

from clinicdesk.reports.consultation_summary import (
    AmendmentLine,
    ScreeningLine,
    SummaryRow,
    SummarySection,
    SummaryText,
    render_consultation_summary,
)
from clinicdesk.reports.intake_form import (
    FormQuestion,
    FormSection,
    IntakeFormText,
    render_intake_form,
)
from clinicdesk.reports.layout import MARGIN, PAGE_WIDTH, ClinicHeader

PANGRAM = "Zażółć gęślą jaźń"

# ---------------------------------------------------------------- content


def polish_form_text() -> IntakeFormText:
    return IntakeFormText(
        title="Kwestionariusz przed zabiegiem",
        intro=(
            "Prosimy o wypełnienie kwestionariusza drukowanymi literami. Odpowiedzi pomagają nam "
            f"dobrać bezpieczny zabieg i pozostają poufne. {PANGRAM}."
        ),
        identity_labels=("Imię i nazwisko", "Data urodzenia", "Telefon", "E-mail"),
        yes="Tak",
        no="Nie",
        declaration=(
            "Oświadczam, że podane informacje są prawdziwe i kompletne. Zobowiązuję się "
            "poinformować gabinet o każdej zmianie stanu zdrowia przed kolejnym zabiegiem."
        ),
        signature="Podpis klientki / klienta",
        date="Data",
        page_template="Strona {page} z {pages}",
        language="pl",
    )


def polish_sections() -> list[FormSection]:
    def yn(text: str, detail: str = "", date_label: str = "") -> FormQuestion:
        return FormQuestion(text, "yes_no", detail=detail, date_label=date_label)

    return [
        FormSection(
            "Stan zdrowia",
            (
                yn("Czy jest Pani w ciąży lub karmi piersią?"),
                yn("Czy choruje Pani/Pan na cukrzycę?", detail="Jeśli tak, jak jest leczona?"),
                yn("Czy występują choroby autoimmunologiczne?", detail="Jakie?"),
                yn("Czy ma Pani/Pan rozrusznik serca lub metalowe implanty?"),
                yn("Czy występuje padaczka?"),
                yn("Czy chorował(a) Pan/Pani na nowotwór?", detail="Jaki?", date_label="Kiedy?"),
                yn("Czy miewa Pani/Pan opryszczkę?", date_label="Ostatnio:"),
                yn("Czy ma Pani/Pan skłonność do bliznowców?"),
                yn("Czy występują zaburzenia krzepnięcia krwi?"),
            ),
        ),
        FormSection(
            "Leki i alergie",
            (
                yn("Czy przyjmuje Pani/Pan leki na stałe?", detail="Jakie i w jakiej dawce?"),
                yn(
                    "Czy przyjmuje Pani/Pan izotretynoinę (np. Aknenormin)?", date_label="Do kiedy?"
                ),
                yn("Czy przyjmuje Pani/Pan leki przeciwzakrzepowe lub aspirynę?"),
                yn("Czy ma Pani/Pan alergie?", detail="Na co (leki, lateks, znieczulenie)?"),
                yn("Czy wystąpiła kiedyś reakcja alergiczna po zabiegu?", detail="Jaka?"),
            ),
        ),
        FormSection(
            "Skóra i wcześniejsze zabiegi",
            (
                FormQuestion(
                    "Jak określiłaby Pani / określiłby Pan swoją skórę?",
                    "choice",
                    options=("Sucha", "Normalna", "Tłusta", "Mieszana", "Wrażliwa", "Naczyniowa"),
                ),
                FormQuestion(
                    "Jak skóra reaguje na słońce?",
                    "choice",
                    options=(
                        "Zawsze się parzy, nigdy nie opala",
                        "Łatwo się parzy, opala minimalnie",
                        "Czasem się parzy, opala stopniowo",
                        "Rzadko się parzy, opala łatwo",
                    ),
                ),
                yn("Czy opalała się Pani/Pan w ostatnich 4 tygodniach?", detail="Gdzie?"),
                yn("Czy miała Pani/Pan wypełniacze lub toksynę botulinową?", date_label="Kiedy?"),
                yn("Czy miała Pani/Pan peeling chemiczny lub laser?", date_label="Kiedy?"),
                FormQuestion("Jakich kosmetyków używa Pani/Pan na co dzień?", "lines", lines=2),
            ),
        ),
        FormSection(
            "Styl życia",
            (
                FormQuestion(
                    "Czy pali Pani/Pan papierosy?",
                    "choice",
                    options=("Nie", "Okazjonalnie", "Codziennie"),
                ),
                FormQuestion(
                    "Ile wody wypija Pani/Pan dziennie?",
                    "choice",
                    options=("Mniej niż 1 l", "1–2 l", "Więcej niż 2 l"),
                ),
                yn("Czy uprawia Pani/Pan intensywny sport?", detail="Jaki?"),
                yn("Czy korzysta Pani/Pan z solarium lub sauny?"),
                FormQuestion(
                    "Ile godzin Pani/Pan śpi?",
                    "choice",
                    options=("Mniej niż 6", "6–8", "Ponad 8"),
                ),
            ),
        ),
        FormSection(
            "Oczekiwania",
            (
                FormQuestion("Co chciałaby Pani / chciałby Pan poprawić?", "lines", lines=3),
                FormQuestion("Jakiego efektu Pani/Pan oczekuje?", "lines", lines=3),
                FormQuestion(
                    "Skąd dowiedziała się Pani / dowiedział się Pan o gabinecie?",
                    "choice",
                    options=("Polecenie", "Internet", "Instagram", "Przechodziłam/em obok", "Inne"),
                    detail="Inne — jakie?",
                ),
                yn(f"Czy zgadza się Pani/Pan na zdjęcia przed i po zabiegu? ({PANGRAM})"),
            ),
        ),
    ]


def chinese_form_text() -> IntakeFormText:
    return IntakeFormText(
        title="美容治疗前健康问卷",
        intro="请用正楷填写本问卷。您的回答将帮助我们为您选择安全的治疗方案，所有信息均严格保密。",
        identity_labels=("姓名", "出生日期", "电话", "电子邮箱"),
        yes="是",
        no="否",
        declaration="本人声明以上信息真实完整。如健康状况有任何变化，本人将在下次治疗前告知诊所。",
        signature="客户签名",
        date="日期",
        page_template="第 {page} 页，共 {pages} 页",
        language="zh_CN",
    )


def chinese_sections() -> list[FormSection]:
    def yn(text: str, detail: str = "", date_label: str = "") -> FormQuestion:
        return FormQuestion(text, "yes_no", detail=detail, date_label=date_label)

    return [
        FormSection(
            "健康状况",
            (
                yn("您目前是否处于孕期或哺乳期？"),
                yn("您是否患有糖尿病？", detail="如是，如何治疗？"),
                yn("您是否患有自身免疫性疾病？", detail="请说明："),
                yn("您是否装有心脏起搏器或金属植入物？"),
                yn("您是否患过癌症？", detail="请说明：", date_label="时间："),
                yn("您是否容易长疤痕疙瘩（瘢痕体质）？"),
            ),
        ),
        FormSection(
            "药物与过敏",
            (
                yn("您是否长期服用药物？", detail="药物名称及剂量："),
                yn("您是否正在服用异维A酸（Roaccutane）？", date_label="停药日期："),
                yn("您是否有过敏史？", detail="过敏原（药物、乳胶、麻醉剂）："),
            ),
        ),
        FormSection(
            "皮肤与既往治疗",
            (
                FormQuestion(
                    "您的肤质属于哪一类？",
                    "choice",
                    options=("干性", "中性", "油性", "混合性", "敏感性"),
                ),
                yn("您是否注射过玻尿酸或肉毒素（Botox）？", date_label="最近一次："),
                FormQuestion("您希望改善哪些问题？", "lines", lines=3),
            ),
        ),
    ]


def polish_summary_text() -> SummaryText:
    return SummaryText(
        title="Podsumowanie konsultacji",
        client_label="Klientka / klient",
        born_label="Data urodzenia",
        date_label="Data konsultacji",
        practitioner_label="Prowadząca",
        status="Wersja robocza — niezatwierdzona",
        screening_title="Przeciwwskazania",
        screening_headers=("Zabieg", "Poziom", "Uwagi"),
        override_label="Dopuszczono, ponieważ:",
        amendments_title="Poprawki",
        amendment_headers=("Kiedy", "Kto", "Pole", "Przed", "Po", "Powód"),
        page_template="Strona {page} z {pages}",
        language="pl",
        signature_labels=("Podpis klientki / klienta", "Podpis prowadzącej"),
    )


def polish_summary_sections() -> list[SummarySection]:
    return [
        SummarySection(
            "Potrzeby i oczekiwania",
            (
                SummaryRow("Główny problem", "Zmarszczki mimiczne czoła i lwia zmarszczka."),
                SummaryRow(
                    "Oczekiwany efekt",
                    f"Naturalny wygląd, bez efektu „zamrożonej” twarzy. {PANGRAM}.",
                ),
                SummaryRow("Budżet", "do 1500 zł"),
            ),
        ),
        SummarySection(
            "Ocena skóry",
            (
                SummaryRow("Fototyp (Fitzpatrick)", "III"),
                SummaryRow("Typ skóry", "Mieszana, skłonna do przebarwień"),
            ),
        ),
    ]


def polish_screening() -> list[ScreeningLine]:
    return [
        ScreeningLine("Toksyna botulinowa", "Bezwzględne", "Ciąża", severity="absolute"),
        ScreeningLine(
            "Kwas hialuronowy",
            "Względne",
            "Opryszczka w ostatnich 4 tygodniach",
            override_reason="Profilaktyka acyklowirem od 2 dni przed zabiegiem.",
            severity="relative",
        ),
        ScreeningLine("Peeling chemiczny", "Ostrożnie", "Fototyp III", severity="caution"),
        ScreeningLine("Mezoterapia igłowa", "Brak", "Brak przeciwwskazań", severity="clear"),
    ]


def polish_amendments() -> list[AmendmentLine]:
    return [
        AmendmentLine(
            when="2024-05-14 10:32",
            who="Anna Łukasiewicz",
            field="Alergie",
            old="brak",
            new="lateks",
            reason="Klientka przypomniała sobie o reakcji na rękawiczki.",
        )
    ]


def chinese_summary_text() -> SummaryText:
    return SummaryText(
        title="咨询记录摘要",
        client_label="客户",
        born_label="出生日期",
        date_label="咨询日期",
        practitioner_label="咨询师",
        status="已定稿",
        screening_title="禁忌症筛查",
        screening_headers=("治疗项目", "级别", "说明"),
        override_label="放行理由：",
        amendments_title="更正记录",
        amendment_headers=("时间", "操作人", "项目", "原内容", "新内容", "原因"),
        page_template="第 {page} 页，共 {pages} 页",
        language="zh_CN",
        signature_labels=("客户签名", "咨询师签名"),
    )


def chinese_summary_sections() -> list[SummarySection]:
    return [
        SummarySection(
            "主诉与期望",
            (
                SummaryRow("主要问题", "额头动态纹，眉间纹明显。"),
                SummaryRow("过敏史", "对利多卡因（lidocaine）过敏，孕期无。"),
            ),
        )
    ]


def chinese_screening() -> list[ScreeningLine]:
    return [
        ScreeningLine("肉毒素注射", "绝对禁忌", "孕期或哺乳期", severity="absolute"),
        ScreeningLine(
            "玻尿酸填充",
            "相对禁忌",
            "近期有单纯疱疹发作",
            override_reason="已预防性服用阿昔洛韦。",
            severity="relative",
        ),
    ]


CLINIC_PL = ClinicHeader(
    name="Gabinet Kosmetologii Źródło",
    address="ul. Świętojańska 12/3, 81-391 Gdynia",
    phone="+48 58 123 45 67",
)
CLINIC_ZH = ClinicHeader(
    name="悦颜美容诊所", address="上海市静安区南京西路 1266 号 5 楼", phone="+86 21 6288 1234"
)


def polish_summary(**changes: object) -> bytes:
    arguments: dict[str, object] = {
        "text": polish_summary_text(),
        "clinic": CLINIC_PL,
        "client_name": "Małgorzata Wójcik-Żak",
        "born": "1987-03-21",
        "consulted_on": "2024-05-12",
        "practitioner": "Anna Łukasiewicz",
        "sections": polish_summary_sections(),
        "screening": polish_screening(),
        "amendments": polish_amendments(),
    }
    arguments.update(changes)
    return render_consultation_summary(**arguments)  # type: ignore[arg-type]


def chinese_summary(**changes: object) -> bytes:
    arguments: dict[str, object] = {
        "text": chinese_summary_text(),
        "clinic": CLINIC_ZH,
        "client_name": "王丽华",
        "born": "1990-08-02",
        "consulted_on": "2024-05-12",
        "practitioner": "李静 (Jing Li)",
        "sections": chinese_summary_sections(),
        "screening": chinese_screening(),
        "amendments": [],
    }
    arguments.update(changes)
    return render_consultation_summary(**arguments)  # type: ignore[arg-type]


# ---------------------------------------------------------------- the intake form


@needs_poppler
def test_polish_intake_form_extracts_diacritics_and_counts_pages(tmp_path: Path) -> None:
    sections = polish_sections()
    assert sum(len(s.questions) for s in sections) == 29
    pdf = render_intake_form(text=polish_form_text(), clinic=CLINIC_PL, sections=sections)
    assert pdf.startswith(b"%PDF")
    text = text_of(pdf, tmp_path)
    assert PANGRAM in text
    for expected in (
        "Gabinet Kosmetologii Źródło",
        "ul. Świętojańska 12/3",
        "Kwestionariusz przed zabiegiem",
        "Czy przyjmuje Pani/Pan leki przeciwzakrzepowe lub aspirynę?",
        "Rzadko się parzy, opala łatwo",
        "Podpis klientki / klienta",
        "Tak",
        "Nie",
    ):
        assert expected in text
    # Questions are numbered across the sections.
    assert "29." in text
    pages = assert_footer_counts_pages(pdf, tmp_path, "Strona {page} z {pages}")
    assert 2 <= pages <= 4, "about thirty questions should take three to four pages"


@needs_poppler
def test_chinese_intake_form_extracts_chinese_and_latin(tmp_path: Path) -> None:
    pdf = render_intake_form(
        text=chinese_form_text(), clinic=CLINIC_ZH, sections=chinese_sections()
    )
    text = unbroken(text_of(pdf, tmp_path))
    for expected in ("过敏", "孕期", "悦颜美容诊所", "异维A酸（Roaccutane）", "肉毒素（Botox）"):
        assert expected in text
    assert_footer_counts_pages(pdf, tmp_path, "第 {page} 页，共 {pages} 页")


def test_intake_form_with_no_sections_still_has_identity_and_signature(tmp_path: Path) -> None:
    pdf = render_intake_form(text=polish_form_text(), clinic=CLINIC_PL, sections=[])
    assert pdf.startswith(b"%PDF")
    if POPPLER:
        text = text_of(pdf, tmp_path)
        assert "Imię i nazwisko" in text
        assert "Podpis klientki / klienta" in text
        assert page_count(pdf, tmp_path) == 1


def test_intake_form_refuses_an_unknown_question_kind() -> None:
    sections = [FormSection("S", (FormQuestion("Q?", "free_text"),))]
    with pytest.raises(ValueError, match="free_text"):
        render_intake_form(text=polish_form_text(), clinic=CLINIC_PL, sections=sections)


@needs_poppler
def test_a_long_question_list_flows_onto_more_pages(tmp_path: Path) -> None:
    many = [FormSection(f"Sekcja {n}", tuple(polish_sections()[0].questions) * 2) for n in range(4)]
    pdf = render_intake_form(text=polish_form_text(), clinic=CLINIC_PL, sections=many)
    pages = assert_footer_counts_pages(pdf, tmp_path, "Strona {page} z {pages}")
    assert pages > 4


# ---------------------------------------------------------------- the consultation summary


@needs_poppler
def test_polish_summary_extracts_everything_it_was_given(tmp_path: Path) -> None:
    pdf = polish_summary()
    text = text_of(pdf, tmp_path)
    for expected in (
        PANGRAM,
        "Małgorzata Wójcik-Żak",
        "Anna Łukasiewicz",
        "Wersja robocza — niezatwierdzona",
        "Fototyp (Fitzpatrick)",
        "Bezwzględne",
        "Względne",
        "Ostrożnie",
        "Dopuszczono, ponieważ:",
        "Profilaktyka acyklowirem",
        "Poprawki",
        "lateks",
        "Podpis prowadzącej",
    ):
        assert expected in text, expected
    assert_footer_counts_pages(pdf, tmp_path, "Strona {page} z {pages}")


@needs_poppler
def test_chinese_summary_extracts_chinese_and_latin(tmp_path: Path) -> None:
    pdf = chinese_summary()
    text = unbroken(text_of(pdf, tmp_path))
    for expected in (
        "过敏",
        "孕期",
        "王丽华",
        "利多卡因（lidocaine）",
        "李静(JingLi)",
        "放行理由：",
    ):
        assert expected in text, expected
    # No amendments: no amendments table.
    assert "更正记录" not in text
    assert_footer_counts_pages(pdf, tmp_path, "第 {page} 页，共 {pages} 页")


LONG_CHINESE = (
    "客户自述近三个月来额头与眉间细纹加深，希望在不影响表情自然度的前提下改善，"
    "既往无过敏史，孕期及哺乳期均已结束，近期未服用抗凝药物，"
) * 12


# Chinese phrases each about two thirds of a line long, separated by spaces. Breaking
# only at spaces (ReportLab's default) puts every phrase on a line of its own and
# leaves a third of each line empty; splitting words is only done for words longer
# than a whole line. Breaking between characters fills each line to the margin.
PHRASES = " ".join(
    [
        "客户自述近三个月来额头与眉间细纹明显加深了",
        "希望在不影响表情自然度的前提下得到改善效果",
        "既往无药物过敏史孕期及哺乳期均已经结束多年",
        "近期未服用抗凝药物也没有接受过其他注射治疗",
        "对利多卡因的过敏反应需要在治疗前再三确认好",
        "建议先做局部皮肤测试观察四十八小时后再决定",
    ]
)


def lines_of(value: str, pdf: bytes, tmp_path: Path) -> list[float]:
    """The right end of each printed line of `value`, top to bottom, page by page;
    and no word anywhere may run past the right margin."""
    lines: dict[tuple[int, float], list[tuple[float, float, str]]] = {}
    page = 0
    previous_y = -1.0
    for word, x0, x1, y in words_with_boxes(pdf, tmp_path):
        assert x1 <= PAGE_WIDTH - MARGIN + 1, f"{word!r} runs past the right margin"
        if y < previous_y - 300:  # back at the top: the next page
            page += 1
        previous_y = y
        lines.setdefault((page, round(y)), []).append((x0, x1, word))
    whole = unbroken(value)
    ends = []
    for key in sorted(lines):
        words = sorted(lines[key])
        text = "".join(w for _, _, w in words)
        if len(text) > 4 and text in whole:
            ends.append(max(x1 for _, x1, _ in words))
    return ends


@needs_poppler
@pytest.mark.parametrize("repeat", [1, 8], ids=["in a table cell", "full width"])
def test_chinese_wraps_between_characters_up_to_the_margin(tmp_path: Path, repeat: int) -> None:
    value = " ".join([PHRASES] * repeat)
    sections = [SummarySection("主诉与期望", (SummaryRow("备注", value),))]
    pdf = chinese_summary(sections=sections, screening=[])
    assert unbroken(value) in unbroken(text_of(pdf, tmp_path))
    ends = lines_of(value, pdf, tmp_path)
    assert len(ends) < 6 * repeat, f"each phrase went on a line of its own: {ends}"
    right_edge = PAGE_WIDTH - MARGIN - (6 if repeat == 1 else 0)  # a table cell has padding
    short = [x1 for x1 in ends[:-1] if x1 < right_edge - 22]
    assert not short, f"lines end well before the margin ({right_edge}): {short}"


@needs_poppler
def test_a_ten_thousand_character_value_runs_across_pages(tmp_path: Path) -> None:
    sentence = f"Klientka opisuje przebieg wcześniejszych zabiegów; {PANGRAM}. "
    long_value = (sentence * (10_000 // len(sentence) + 1))[:10_000]
    sections = [
        SummarySection(
            "Wywiad",
            (
                SummaryRow("Krótko", "Bez uwag."),
                SummaryRow("Historia zabiegów", long_value),
                SummaryRow("Po długim", "Ostatni wiersz."),
            ),
        )
    ]
    pdf = polish_summary(sections=sections)
    pages = assert_footer_counts_pages(pdf, tmp_path, "Strona {page} z {pages}")
    assert pages >= 3
    text = text_of(pdf, tmp_path)
    assert text.count(PANGRAM) >= 10_000 // len(sentence)
    for expected in ("Historia zabiegów", "Bez uwag.", "Ostatni wiersz.", "Podpis prowadzącej"):
        assert expected in text


@needs_poppler
def test_ten_thousand_chinese_characters_in_a_screening_message(tmp_path: Path) -> None:
    """Table cells too long for a page split across pages instead of failing."""
    long_value = (LONG_CHINESE * 20)[:10_000]
    screening = [ScreeningLine("肉毒素注射", "注意", long_value, severity="caution")]
    amendments = [AmendmentLine("2024-05-14 10:32", "李静", "备注", "无", long_value, "补充")]
    pdf = chinese_summary(screening=screening, amendments=amendments)
    assert page_count(pdf, tmp_path) >= 4
    assert_footer_counts_pages(pdf, tmp_path, "第 {page} 页，共 {pages} 页")


def test_empty_sections_screening_and_amendments_render(tmp_path: Path) -> None:
    pdf = polish_summary(sections=[SummarySection("Pusta sekcja", ())], screening=[], amendments=[])
    assert pdf.startswith(b"%PDF")
    pdf = polish_summary(sections=[], screening=[], amendments=[])
    assert pdf.startswith(b"%PDF")
    if POPPLER:
        text = text_of(pdf, tmp_path)
        assert "Małgorzata Wójcik-Żak" in text
        assert "Poprawki" not in text
        assert "Podpis klientki / klienta" in text


def test_empty_values_and_a_stray_brace_in_the_page_template(tmp_path: Path) -> None:
    text = replace(polish_summary_text(), page_template="Strona {page} z {pages} {x}")
    sections = [SummarySection("Ocena", (SummaryRow("Pole", ""), SummaryRow("", "wartość")))]
    pdf = polish_summary(text=text, sections=sections, born="")
    if POPPLER:
        assert "Strona 1 z 1 {x}" in text_of(pdf, tmp_path)


def test_unknown_severity_is_refused() -> None:
    with pytest.raises(ValueError, match="fatal"):
        polish_summary(screening=[ScreeningLine("X", "?", "?", severity="fatal")])


@needs_poppler
def test_chinese_lines_never_start_with_closing_punctuation(tmp_path: Path) -> None:
    """ReportLab's list of characters that may not start a line is Japanese and
    leaves out the full-width comma; a line must not begin with "，" or "："."""
    value = "注意：" + LONG_CHINESE + "：".join(["请确认过敏史", "孕期情况！", "用药？"] * 20)
    sections = [SummarySection("主诉与期望", (SummaryRow("备注", value),))]
    pdf = chinese_summary(sections=sections)
    out = subprocess.run(
        ["pdftotext", "-layout", str(_write(pdf, tmp_path)), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    starts = [line for line in out.splitlines() if re.match(r"\s*[，。、：；！？）》」』】]", line)]
    assert not starts, starts
    lines_of(value, pdf, tmp_path)  # and nothing hangs past the right margin
