"""Names one after another in a script that parts phrases, not words, with its spaces (Thai, Lao,
Khmer): each name is a phrase that opens with its type word, perhaps with its abbreviation in
brackets after it, the script's "and" written onto the last or apart. Three in a row in the lead
are signers; two are not enough. Names are made up."""

from __future__ import annotations

import pytest

from .reading import outside_of, read_text

#: A lead sentence naming made-up organisations, and the names as the reader should give them.
LEADS = {
    "th": (
        "เมื่อวันที่ 5 มี.ค. มีการแถลงข่าวร่วมกัน โดยมีองค์กรฝ่ายประชาธิปไตย ได้แก่ "
        "พรรคแซนเดียใหม่ (พซม.) พรรคแรงงานเซตแลนด์ (พรซ.) และสหภาพแรงงานแซนเดีย "
        "ที่ร่วมกันลงนามในแถลงการณ์",
        ["พรรคแซนเดียใหม่ (พซม.)", "พรรคแรงงานเซตแลนด์ (พรซ.)", "สหภาพแรงงานแซนเดีย"],
    ),
    "lo": (
        "ໃນວັນທີ 5 ມີນາ ມີການຖະແຫຼງຂ່າວຮ່ວມກັນ ໂດຍ ພັກແຊນເດຍໃໝ່ ສະຫະພັນກຳມະບານເຊັດແລນ ແລະ "
        "ສະມາຄົມຊາວໜຸ່ມແຊນເດຍ ໄດ້ລົງນາມໃນຖະແຫຼງການຮ່ວມ",
        ["ພັກແຊນເດຍໃໝ່", "ສະຫະພັນກຳມະບານເຊັດແລນ", "ສະມາຄົມຊາວໜຸ່ມແຊນເດຍ"],
    ),
    "km": (
        "នៅថ្ងៃទី 5 ខែមីនា មានសន្និសីទសារព័ត៌មានរួមគ្នា ដោយ គណបក្សសាន់ឌាថ្មី សហជីពកម្មករសេតឡង់ "
        "និង សមាគមយុវជនសាន់ឌា បានចុះហត្ថលេខាលើសេចក្តីថ្លែងការណ៍រួម",
        ["គណបក្សសាន់ឌាថ្មី", "សហជីពកម្មករសេតឡង់", "សមាគមយុវជនសាន់ឌា"],
    ),
}

#: A paragraph of argument in each script.
BODY = {
    "th": "คนงานในภูมิภาคนี้นัดหยุดงานมาสามสัปดาห์แล้วเพื่อต่อต้านกฎค่าจ้างใหม่ "
    "และรัฐบาลตอบโต้ด้วยการจับกุมและการห้ามชุมนุมทุกรูปแบบทั่วประเทศ",
    "lo": "ຄົນງານໃນພາກພື້ນນີ້ນັດຢຸດງານມາສາມອາທິດແລ້ວ ເພື່ອຕໍ່ຕ້ານກົດລະບຽບຄ່າແຮງງານໃໝ່ ແລະລັດຖະບານຕອບໂຕ້ດ້ວຍການຈັບກຸມ",
    "km": "កម្មករនៅក្នុងតំបន់នេះបានធ្វើកូដកម្មអស់រយៈពេលបីសប្តាហ៍ហើយ ប្រឆាំងនឹងច្បាប់ប្រាក់ឈ្នួលថ្មី "
    "ហើយរដ្ឋាភិបាលបានឆ្លើយតបដោយការចាប់ខ្លួន",
}


@pytest.mark.parametrize("language", sorted(LEADS))
def test_three_phrases_that_open_with_a_type_word_are_signers(language: str) -> None:
    lead, names = LEADS[language]
    document = read_text(f"{lead}\n\n{BODY[language]}\n")
    assert outside_of(document) == names


@pytest.mark.parametrize("language", sorted(LEADS))
def test_two_such_phrases_are_not_a_run(language: str) -> None:
    lead, names = LEADS[language]
    two = lead.replace(names[0], "").replace("ได้แก่ ", "")
    document = read_text(f"{two}\n\n{BODY[language]}\n")
    assert outside_of(document) == []
