"""A further list's heading ("Other organisations", ``further_headings``) and a count of more
signers ("and 12 others", ``more_words``) in the words of the corpus's languages that had none
(issue 18): each case is read so only with its language's word. Names are made up."""

from __future__ import annotations

import pytest

from kzld.parse.lists import more_count
from kzld.parse.signatories.cuelines import is_further


@pytest.mark.parametrize(
    ("language", "line"),
    [
        ("pl", "Pozostałe organizacje"),
        ("cs", "Další organizace"),
        ("sk", "Ďalšie organizácie"),
        ("sl", "Druge organizacije"),
        ("hr", "Ostale udruge"),
        ("sr", "Остале организације"),
        ("mk", "Останати организации"),
        ("bg", "Други организации"),
        ("uk", "Інші організації"),
        ("be", "Іншыя арганізацыі"),
        ("ro", "Alți semnatari"),
        ("hu", "További szervezetek"),
        ("et", "Teised organisatsioonid"),
        ("fi", "Muut järjestöt"),
        ("lv", "Citas organizācijas"),
        ("lt", "Kitos organizacijos"),
        ("sv", "Övriga organisationer"),
        ("no", "Øvrige organisasjoner"),
        ("is", "Önnur samtök"),
        ("ca", "Altres entitats"),
        ("el", "Λοιπές οργανώσεις"),
        ("ka", "სხვა ორგანიზაციები"),
        ("hy", "Այլ կազմակերպություններ"),
        ("az", "Digər təşkilatlar"),
        ("kk", "Басқа ұйымдар"),
        ("ky", "Башка уюмдар"),
        ("uz", "Boshqa tashkilotlar"),
        ("tl", "Iba pang samahan"),
        ("ha", "Sauran kungiyoyi"),
        ("am", "ሌሎች ድርጅቶች"),
        ("ko", "기타 단체"),
    ],
)  # fmt: skip
def test_a_line_of_other_organisations_in_its_language_opens_a_further_list(
    language: str, line: str
) -> None:
    assert is_further(line), language


@pytest.mark.parametrize(
    ("language", "line"),
    [
        ("cs", "a 12 dalších"),
        ("sk", "a 12 ďalších"),
        ("sl", "in 12 drugih"),
        ("hr", "i 12 ostalih"),
        ("sr", "и 12 осталих"),
        ("bg", "и още 12"),
        ("mk", "и 12 останати"),
        ("uk", "та 12 інших"),
        ("be", "і 12 іншых"),
        ("ro", "și alți 12"),
        ("hu", "és további 12"),
        ("et", "ja 12 muud"),
        ("fi", "ja 12 muuta"),
        ("lv", "un 12 citi"),
        ("lt", "ir 12 kitų"),
        ("sv", "och 12 andra"),
        ("da", "og 12 flere"),
        ("is", "og 12 aðrir"),
        ("ca", "i 12 altres"),
        ("eu", "eta 12 gehiago"),
        ("cy", "a 12 eraill"),
        ("ga", "agus 12 eile"),
        ("sq", "dhe 12 të tjera"),
        ("ka", "და კიდევ 12"),
        ("hy", "և ևս 12"),
        ("kk", "және тағы 12"),
        ("ky", "жана дагы 12"),
        ("uz", "va yana 12"),
        ("tl", "at 12 iba pa"),
        ("id", "dan 12 lainnya"),
        ("vi", "và 12 nhóm khác"),
        ("sw", "na wengine 12"),
        ("ha", "da wasu 12"),
        ("so", "iyo 12 kale"),
        ("am", "እና 12 ሌሎች"),
        ("ar", "و12 منظمة أخرى"),
        ("he", "ו-12 נוספים"),
        ("fa", "و 12 سازمان دیگر"),
        ("ur", "اور 12 مزید"),
        ("mt", "u 12 oħrajn"),
    ],
)  # fmt: skip
def test_a_count_of_more_signers_in_its_language_is_read(language: str, line: str) -> None:
    assert more_count(line) == 12, language
