"""The aftercare sheet given to the client after a session, in Polish, Chinese,
French and English: the text extracts as written, every instruction is printed,
empty details leave no bare labels, markup characters in product names print
as themselves, a long list runs onto a second page with the warning signs and
the phone kept together, and the shipped aftercare of every treatment family
fits on one page.

The PDFs are read back with poppler's pdftotext and pdfinfo."""

from __future__ import annotations

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
    word_heights,
    words_with_boxes,
)

from clinicdesk.reports.aftercare_sheet import (
    AftercareText,
    SessionDetails,
    render_aftercare_sheet,
)
from clinicdesk.reports.layout import MARGIN, PAGE_WIDTH, ClinicHeader
from clinicdesk.rules.catalogue import load_catalogue
from clinicdesk.rules.codes import LANGUAGES

PANGRAM = "Zażółć gęślą jaźń"

# ---------------------------------------------------------------- content


POLISH = AftercareText(
    title="Zalecenia po zabiegu",
    intro=(
        "Dziękujemy za wizytę. Prosimy uważnie przeczytać poniższe zalecenia "
        f"i zachować tę kartę. {PANGRAM}."
    ),
    treatment_label="Zabieg",
    date_label="Data",
    practitioner_label="Osoba wykonująca",
    areas_label="Okolice",
    products_label="Preparaty",
    instructions_title="Jak dbać o skórę po zabiegu",
    warning_title="Prosimy o natychmiastowy kontakt, jeśli",
    warning_lines=(
        "pojawią się objawy zakażenia: narastające zaczerwienienie, ocieplenie, ropa lub gorączka;",
        "wystąpi silny lub narastający ból;",
        "skóra zblednie lub pojawią się zaburzenia widzenia (po wypełniaczu) — dzwoń pod 112.",
    ),
    contact_title="Kontakt z gabinetem",
    next_visit_label="Następna wizyta",
    page_template="Strona {page} z {pages}",
    language="pl",
)

CHINESE = AftercareText(
    title="术后护理须知",
    intro="感谢您的光临。请仔细阅读以下护理说明，并妥善保存本单。",
    treatment_label="治疗项目",
    date_label="日期",
    practitioner_label="操作医师",
    areas_label="治疗部位",
    products_label="使用产品",
    instructions_title="术后护理",
    warning_title="如出现以下情况，请立即联系我们",
    warning_lines=(
        "感染迹象：红肿加重、发热、流脓或发烧；",
        "剧烈或持续加重的疼痛；",
        "注射填充剂后皮肤发白或视力改变——请立即拨打120。",
    ),
    contact_title="联系诊所",
    next_visit_label="下次预约",
    page_template="第 {page} 页，共 {pages} 页",
    language="zh_CN",
)

FRENCH = AftercareText(
    title="Conseils après votre soin",
    intro="Merci de votre visite. Lisez attentivement ces conseils et gardez cette feuille.",
    treatment_label="Soin",
    date_label="Date",
    practitioner_label="Praticienne",
    areas_label="Zones traitées",
    products_label="Produits",
    instructions_title="Les jours qui suivent",
    warning_title="Appelez-nous immédiatement si",
    warning_lines=(
        "des signes d'infection apparaissent : rougeur qui s'étend, chaleur, pus ou fièvre ;",
        "vous ressentez une douleur forte ou qui augmente ;",
        "la peau blanchit ou votre vue change après un produit de comblement : appelez le 15.",
    ),
    contact_title="Nous joindre",
    next_visit_label="Prochain rendez-vous",
    page_template="Page {page} sur {pages}",
    language="fr",
)

ENGLISH = AftercareText(
    title="Aftercare after your treatment",
    intro="Thank you for your visit. Please read these instructions and keep this sheet.",
    treatment_label="Treatment",
    date_label="Date",
    practitioner_label="Practitioner",
    areas_label="Areas treated",
    products_label="Products",
    instructions_title="What to do at home",
    warning_title="Contact us at once if",
    warning_lines=(
        "you see signs of infection: spreading redness, heat, pus or a fever;",
        "you have severe or worsening pain;",
        "the skin turns pale or your vision changes after filler: call 999.",
    ),
    contact_title="How to reach us",
    next_visit_label="Your next visit",
    page_template="Page {page} of {pages}",
    language="en",
)

TEXTS = {"en": ENGLISH, "fr": FRENCH, "pl": POLISH, "zh_CN": CHINESE}

CLINIC_PL = ClinicHeader(
    name="Gabinet Kosmetologii Źródło",
    address="ul. Świętojańska 12/3, 81-391 Gdynia",
    phone="+48 58 123 45 67",
)
CLINIC_ZH = ClinicHeader(
    name="悦颜美容诊所", address="上海市静安区南京西路 1266 号 5 楼", phone="+86 21 6288 1234"
)

POLISH_SESSION = SessionDetails(
    client_name="Małgorzata Wójcik-Żak",
    treatment="Toksyna botulinowa — czoło i lwia zmarszczka",
    performed_on="14.05.2024, 10:30",
    practitioner="Anna Łukasiewicz",
    areas="czoło, gładzizna, kurze łapki",
    products=("Bocouture 50 U, seria C1234", "Emla 5% krem, seria 88B-ź"),
    next_visit="28.05.2024, 11:00 (kontrola)",
)

POLISH_INSTRUCTIONS = (
    "Przez 4 godziny pozostawać w pozycji pionowej; nie kłaść się i nie schylać na dłużej.",
    "Przez 24 godziny nie pocierać, nie masować i nie uciskać miejsc podania.",
    "Przez 24 godziny unikać intensywnego wysiłku, sauny, łaźni parowej i gorących kąpieli.",
    "Przez 24 godziny nie pić alkoholu, aby zmniejszyć ryzyko siniaków.",
    "Efekt pojawia się po 3–5 dniach i jest pełny po około 2 tygodniach.",
    f"Źdźbło prawdy: {PANGRAM} — każda litera musi się wydrukować.",
)

CHINESE_SESSION = SessionDetails(
    client_name="王丽华",
    treatment="玻尿酸填充（唇部）",
    performed_on="2024年5月14日 10:30",
    practitioner="李静 (Jing Li)",
    areas="上唇、下唇",
    products=("Juvéderm Volbella 1 ml，批号 V2024-117",),
    next_visit="2024年5月28日 11:00",
)

CHINESE_INSTRUCTIONS = (
    "术后护理：治疗后6小时内不要化妆，保持注射部位清洁。",
    "24小时内避免剧烈运动、桑拿、蒸汽浴和热水浴。",
    "一周内避免亲吻唇部及用吸管喝饮料，以免填充剂移位。",
    "轻微肿胀和淤青属正常现象，一般在3–7天内消退，可冷敷缓解。",
    "如出现唇疱疹，请尽快联系诊所，必要时服用抗病毒药物。",
)


def polish_sheet(**changes: object) -> bytes:
    arguments: dict[str, object] = {
        "text": POLISH,
        "clinic": CLINIC_PL,
        "session": POLISH_SESSION,
        "instructions": POLISH_INSTRUCTIONS,
    }
    arguments.update(changes)
    return render_aftercare_sheet(**arguments)  # type: ignore[arg-type]


def chinese_sheet(**changes: object) -> bytes:
    arguments: dict[str, object] = {
        "text": CHINESE,
        "clinic": CLINIC_ZH,
        "session": CHINESE_SESSION,
        "instructions": CHINESE_INSTRUCTIONS,
    }
    arguments.update(changes)
    return render_aftercare_sheet(**arguments)  # type: ignore[arg-type]


def assert_within_margins(pdf: bytes, tmp_path: Path) -> None:
    for word, x0, x1, _ in words_with_boxes(pdf, tmp_path):
        assert x0 >= MARGIN - 1, f"{word!r} starts left of the margin"
        assert x1 <= PAGE_WIDTH - MARGIN + 1, f"{word!r} runs past the right margin"


# ---------------------------------------------------------------- the sheet in each script


@needs_poppler
def test_polish_sheet_prints_the_session_every_instruction_and_the_contact(
    tmp_path: Path,
) -> None:
    pdf = polish_sheet()
    assert pdf.startswith(b"%PDF")
    assert page_count(pdf, tmp_path) == 1
    text = text_of(pdf, tmp_path)
    for expected in (
        "Zalecenia po zabiegu",
        "Małgorzata Wójcik-Żak",
        PANGRAM,
        "Toksyna botulinowa — czoło i lwia zmarszczka",
        "14.05.2024, 10:30",
        "Osoba wykonująca",
        "Anna Łukasiewicz",
        "Okolice",
        "czoło, gładzizna, kurze łapki",
        "Bocouture 50 U, seria C1234",
        "Emla 5% krem, seria 88B-ź",
        "Jak dbać o skórę po zabiegu",
        "Prosimy o natychmiastowy kontakt, jeśli",
        "Kontakt z gabinetem",
        "ul. Świętojańska 12/3, 81-391 Gdynia",
        "Następna wizyta",
        "28.05.2024, 11:00 (kontrola)",
        "Strona 1 z 1",
    ):
        assert expected in text, expected
    for line in (*POLISH_INSTRUCTIONS, *POLISH.warning_lines):
        assert line in text, line
    # Numbered, so a point can be named on the phone.
    for number in range(1, len(POLISH_INSTRUCTIONS) + 1):
        assert f"{number}. {POLISH_INSTRUCTIONS[number - 1]}" in text
    # The phone is in the header and, large, in the contact box.
    assert text.count("+48 58 123 45 67") == 2
    # The footer names the client and the session on every page.
    assert "Małgorzata Wójcik-Żak · 14.05.2024, 10:30" in text
    assert_within_margins(pdf, tmp_path)


@needs_poppler
def test_the_phone_in_the_contact_box_is_printed_large(tmp_path: Path) -> None:
    # "+48" twice: small in the header, large in the contact box.
    heights = sorted(
        height for word, height in word_heights(polish_sheet(), tmp_path) if word == "+48"
    )
    assert len(heights) == 2
    small, large = heights
    assert large >= 2 * small


@needs_poppler
def test_chinese_sheet_extracts_chinese_and_latin_within_the_margins(tmp_path: Path) -> None:
    pdf = chinese_sheet()
    assert page_count(pdf, tmp_path) == 1
    text = unbroken(text_of(pdf, tmp_path))
    for expected in (
        "术后护理须知",
        "王丽华",
        "玻尿酸填充（唇部）",
        "李静(JingLi)",
        "JuvédermVolbella1ml，批号V2024-117",
        "如出现以下情况，请立即联系我们",
        "联系诊所",
        "+862162881234",
        "下次预约",
        "2024年5月28日11:00",
        "第1页，共1页",
    ):
        assert expected in text, expected
    for line in (*CHINESE_INSTRUCTIONS, *CHINESE.warning_lines):
        assert unbroken(line) in text, line
    assert_within_margins(pdf, tmp_path)


@needs_poppler
def test_long_chinese_instructions_wrap_between_characters_inside_the_margins(
    tmp_path: Path,
) -> None:
    long_line = "术后一周内每天早晚用温和的洁面产品清洁面部，轻拍至干，不要用力揉搓注射部位，" * 4
    pdf = chinese_sheet(instructions=[long_line, *CHINESE_INSTRUCTIONS])
    assert unbroken(long_line) in unbroken(text_of(pdf, tmp_path))
    assert_within_margins(pdf, tmp_path)


# ---------------------------------------------------------------- what is left out


@needs_poppler
def test_empty_optional_details_print_no_bare_labels(tmp_path: Path) -> None:
    session = replace(POLISH_SESSION, areas="  ", products=(), next_visit="")
    pdf = polish_sheet(session=session, text=replace(POLISH, intro=""))
    text = text_of(pdf, tmp_path)
    for absent in ("Okolice", "Preparaty", "Następna wizyta", "Dziękujemy"):
        assert absent not in text, absent
    for present in ("Zabieg", "Data", "Osoba wykonująca", "Anna Łukasiewicz", "+48 58 123 45 67"):
        assert present in text, present


@needs_poppler
@pytest.mark.parametrize("missing", ["performed_on", "practitioner"])
def test_the_date_or_the_practitioner_alone_keeps_its_label(tmp_path: Path, missing: str) -> None:
    session = replace(POLISH_SESSION, **{missing: ""})
    text = text_of(polish_sheet(session=session), tmp_path)
    if missing == "performed_on":
        assert "Osoba wykonująca Anna Łukasiewicz" in text
        assert "14.05.2024" not in text
    else:
        assert "Data 14.05.2024, 10:30" in text
        assert "Osoba wykonująca" not in text


@needs_poppler
def test_a_sheet_with_almost_nothing_in_it_still_prints(tmp_path: Path) -> None:
    text = replace(POLISH, intro="", warning_lines=(), warning_title="")
    session = SessionDetails(client_name="", treatment="", performed_on="", practitioner="")
    clinic = ClinicHeader(name="Gabinet", address="", phone="")
    pdf = render_aftercare_sheet(text=text, clinic=clinic, session=session, instructions=["", " "])
    assert page_count(pdf, tmp_path) == 1
    extracted = text_of(pdf, tmp_path)
    assert "Zalecenia po zabiegu" in extracted
    assert "Kontakt z gabinetem" in extracted
    assert "Jak dbać o skórę po zabiegu" not in extracted  # no instructions, no heading


# ---------------------------------------------------------------- escaping


def test_markup_characters_print_as_themselves(tmp_path: Path) -> None:
    session = replace(
        POLISH_SESSION,
        client_name="Ewa <Nowak> & syn",
        products=("Filler <b>Volume</b> & more, batch A&B<1>", "Krem &amp; balsam"),
        areas="czoło <i>",
    )
    instructions = ["Nie używać produktów z <retinolem> & kwasami <br/> przez 7 dni.", "a < b > c"]
    warnings = ("ból > 5/10 & obrzęk <",)
    pdf = polish_sheet(
        session=session,
        instructions=instructions,
        text=replace(POLISH, warning_lines=warnings),
        clinic=replace(CLINIC_PL, name="Gabinet <Źródło> & Co"),
    )
    assert pdf.startswith(b"%PDF")
    if POPPLER:
        # Compared without spaces: the PDF has them (each escaped character is a
        # run of its own), but pdftotext does not always see a gap beside "<".
        text = unbroken(text_of(pdf, tmp_path))
        for expected in (
            "Ewa <Nowak> & syn",
            "Filler <b>Volume</b> & more, batch A&B<1>",
            "Krem &amp; balsam",
            "czoło <i>",
            "<retinolem> & kwasami <br/> przez 7 dni.",
            "a < b > c",
            "ból > 5/10 & obrzęk <",
            "Gabinet <Źródło> & Co",
        ):
            assert unbroken(expected) in text, expected


# ---------------------------------------------------------------- more than one page


@needs_poppler
def test_thirty_long_instructions_run_onto_a_second_page(tmp_path: Path) -> None:
    instructions = [
        f"Punkt {n}: przez pierwsze dni delikatnie myć skórę letnią wodą, nie pocierać."
        for n in range(1, 31)
    ]
    pdf = polish_sheet(instructions=instructions)
    assert assert_footer_counts_pages(pdf, tmp_path, "Strona {page} z {pages}") == 2
    first, second = text_of(pdf, tmp_path, page=1), text_of(pdf, tmp_path, page=2)
    assert "Strona 2 z 2" in second
    assert "1. Punkt 1:" in first
    assert "30. Punkt 30:" in second
    whole = text_of(pdf, tmp_path)
    for line in instructions:
        assert whole.count(line) == 1, line
    # The warning signs and the phone stay together, after the last instruction.
    assert "Prosimy o natychmiastowy kontakt, jeśli" in second
    assert "Kontakt z gabinetem" in second
    assert second.index("30. Punkt 30:") < second.index("Prosimy o natychmiastowy kontakt")
    assert second.count("+48 58 123 45 67") == 2  # the header repeats on page 2
    assert "Gabinet Kosmetologii Źródło" in second
    assert "Małgorzata Wójcik-Żak · 14.05.2024, 10:30" in second


@needs_poppler
def test_a_long_title_and_a_long_phone_still_lay_out(tmp_path: Path) -> None:
    text = replace(
        POLISH, title="Zalecenia po zabiegu z zakresu medycyny estetycznej i kosmetologii"
    )
    clinic = replace(CLINIC_PL, phone="+48 58 123 45 67 / +48 600 100 200 (po godzinach)")
    pdf = polish_sheet(text=text, clinic=clinic)
    extracted = text_of(pdf, tmp_path)
    assert "medycyny estetycznej i kosmetologii" in extracted
    assert "Małgorzata Wójcik-Żak" in extracted
    assert "+48 600 100 200 (po godzinach)" in extracted
    assert_within_margins(pdf, tmp_path)


# ---------------------------------------------------------------- the shipped aftercare


@needs_poppler
@pytest.mark.parametrize("language", LANGUAGES)
def test_every_family_s_shipped_aftercare_fits_one_page(tmp_path: Path, language: str) -> None:
    """With every detail filled in, two products and a next visit."""
    clinic = CLINIC_ZH if language == "zh_CN" else CLINIC_PL
    session = CHINESE_SESSION if language == "zh_CN" else POLISH_SESSION
    for family in load_catalogue():
        lines = family.aftercare[language].split("\n")
        pdf = render_aftercare_sheet(
            text=TEXTS[language],
            clinic=clinic,
            session=replace(session, treatment=family.names[language]),
            instructions=lines,
        )
        assert page_count(pdf, tmp_path) == 1, family.code
        text = unbroken(text_of(pdf, tmp_path))
        for line in lines:
            assert unbroken(line) in text, (family.code, line)
