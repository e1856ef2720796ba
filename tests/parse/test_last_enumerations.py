"""The last reading of a text whose signers no other reader finds: the enumeration of names in
its prose, weighed by its evidence (its items' names, its place in the lead, a count it meets, a
word of signing, an "among them" phrase), in any script: a run inside a bracket after a plural,
a run after a quotation that closes with a corner mark, a run of names joined by "、". A run of
those the statement speaks to, a run read back from a clause that it ends (its object) and a
run far from the lead with no evidence sign nothing. Names are made up."""

from __future__ import annotations

import pytest

from .prose import PROSE
from .reading import outside_of, read_text

#: Each case: a text that names its signers only in an enumeration of its prose, and the signers.
NAMED = {
    "fa": (
        "نامه‌ی نهادهای مدنی زتلند درباره‌ی بازداشت‌ها\n\n"
        "نامه‌ی سرگشاده‌ی زیر را ۹ نهاد مدنی زتلند، از جمله اعضای شبکه‌ی منطقه‌ای "
        "(XKP, PTU, Xandia Watch and ZHRC) امضا کرده‌اند.\n\n"
        "ما خواستار آزادی فوری همه‌ی بازداشت‌شدگان هستیم و از همه‌ی نهادهای جهانی می‌خواهیم "
        "که در برابر این بازداشت‌ها سکوت نکنند.\n",
        ["XKP", "PTU", "Xandia Watch", "ZHRC"],
    ),
    # four counted, three named: no count reader reads them (the count does not say where the
    # enumeration ends); a run one short of the count names the signers the text names
    "ja": (
        "ゼットランド地域の労働組合4団体が共同アピールを発表しました\n\n"
        "4団体は、ゼットランド区労連、クサンディア区労協、ゼットランド土建支部です。\n\n"
        f"{PROSE['en']}\n",
        ["ゼットランド区労連", "クサンディア区労協", "ゼットランド土建支部"],
    ),
    "zh": (
        "贊特蘭四團體要求調整最低工資\n\n"
        "「工人的聲音不能再被忽視！」贊特蘭教師工會、贊特蘭護理師協會、贊特蘭勞工陣線、"
        "贊特蘭青年聯盟今天在議會前共同簽署一份聲明，要求政府調整最低工資。四個團體表示，"
        "物價上漲已經讓許多家庭難以維持生活。\n",
        ["贊特蘭教師工會", "贊特蘭護理師協會", "贊特蘭勞工陣線", "贊特蘭青年聯盟"],
    ),
}

#: Each case: a text whose only enumeration of organisations names no signer.
UNSIGNED = {
    # whom the statement salutes: the object of a word of speaking
    "spoken to": (
        "Solidarity with the unions of Zetland\n\n"
        "We, the undersigned, salute the Zetland Teachers' Union, the Xandia Miners' Federation "
        "and the PTU in their struggle for a decent wage and for the right to strike in every "
        "workplace.\n\n"
        "Their fight is the fight of every worker in the region, and we will stand beside them "
        "until they win.\n"
    ),
    # in the lead, the object of a clause its first name is read back from, ending the sentence:
    # whom a government bans (read as signers since the enumeration reader came)
    "object de": (
        "Ein dunkler Tag für Xandia\n\n"
        "Die Regierung verbot gestern XKP, PTU, Zetländische Lehrergewerkschaft und Xandischen "
        "Bergarbeiterverband.\n\n"
        f"{PROSE['de']}\n"
    ),
    "object es": (
        "Un día negro para Xandia\n\n"
        "El gobierno de Xandia ilegalizó ayer a PTX, STZ, Federación Minera de Xandia y Unión de "
        "Maestros de Zetland.\n\n"
        f"{PROSE['es']}\n"
    ),
    # in a script without capitals, persons, each with the organisation whose post they hold
    # ("the president of the X Society, A B"): the organisations sign through them, if at all
    "persons ur": (
        "زیٹ لینڈ کی تنظیموں کا اجلاس\n\n"
        "کل زیٹ ٹاؤن میں ہونے والے اجلاس میں زیٹ لینڈ مزدور جمعیت کے صدر احمد علی، کسانڈیا "
        "کسان جمعیت کے رہنما بلال خان، زیٹ گراڈ نوجوان تحریک کے سربراہ حامد شاہ اور زیٹ لینڈ "
        "اساتذہ تنظیم کے امیر ناصر احمد نے شرکت کی۔\n\n"
        "شرکا نے کہا کہ نئے اجرتی قواعد نے مزدوروں کی زندگی مشکل بنا دی ہے اور حکومت کو فوری "
        "طور پر ان پر نظر ثانی کرنی چاہیے۔\n"
    ),
    # far from the lead, with no word of signing, no count, no cue
    "told of": (
        "A new law on associations\n\n"
        "The government of Xandia has published a draft law that would put every association "
        "under the control of the ministry, and it has given the public two weeks to comment.\n\n"
        "Many groups have already said that two weeks is far too short for a law that touches "
        "the lives of millions of people in every part of the country.\n\n"
        "The draft was discussed at length in Zedtown last week, and several speakers asked for "
        "more time before any vote in the parliament.\n\n"
        "Last year the XKP, the Zetland Teachers' Union, the Xandia Miners' Federation and the "
        "PTU met the minister about a similar plan.\n"
    ),
}


@pytest.mark.parametrize("language", sorted(NAMED))
def test_an_enumeration_in_prose_names_the_signers(language: str) -> None:
    text, signers = NAMED[language]
    assert outside_of(read_text(text)) == signers


@pytest.mark.parametrize("case", sorted(UNSIGNED))
def test_an_enumeration_of_others_signs_nothing(case: str) -> None:
    assert outside_of(read_text(UNSIGNED[case])) == []
