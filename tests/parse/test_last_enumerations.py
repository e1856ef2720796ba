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
    "el": (
        "Αλληλεγγύη στους μεταλλωρύχους\n\n"
        "Τα εργατικά σωματεία της Ζετλάνδης (Σωματείο Μισθωτών Τεχνικών Ξάνδιας, Συνδικάτο "
        "Οικοδόμων Ζετλάνδης, Ένωση Εργαζομένων Μετάλλου Ξάνδιας) εκφράζουμε τη συμπαράστασή "
        "μας στους εργαζόμενους στα μεταλλεία της Ξάνδιας.\n\n"
        "Οι μεταλλωρύχοι δεν ζητούν τίποτα περισσότερο από αυτό που δικαιούται κάθε "
        "εργαζόμενος: σταθερή δουλειά και ασφάλεια.\n",
        [
            "Σωματείο Μισθωτών Τεχνικών Ξάνδιας",
            "Συνδικάτο Οικοδόμων Ζετλάνδης",
            "Ένωση Εργαζομένων Μετάλλου Ξάνδιας",
        ],
    ),
    "fa": (
        "سازمان‌های جامعه مدنی زتلند حمله‌ها را محکوم کردند\n\n"
        "بیانیه‌ی زیر را ۱۲ سازمان غیردولتی زتلندی، از جمله سازمان‌های عضو فدراسیون "
        "(XKP, PTU, Xandia Watch and ZHRC) امضا کرده‌اند.\n\n"
        "ما، سازمان‌های حقوق بشری زتلند، حمله‌های بی‌نام و نشان را که این روزها متوجه "
        "همکاران ما شده است با قاطعیت محکوم می‌کنیم و همبستگی خود را با آنان اعلام می‌داریم.\n",
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
        "四小黨簽聯合宣言\n\n"
        "「除了大黨，贊特蘭也需要其他力量可以選擇！」贊特蘭工黨、贊特蘭綠黨、贊特蘭民主黨、"
        "贊特蘭人民黨9日舉行記者會，共同簽署政黨合作宣言。黨主席表示，四黨希望在不同選區推出"
        "由四黨共同背書的人選，讓選民投票時不必再勉強自己。\n",
        ["贊特蘭工黨", "贊特蘭綠黨", "贊特蘭民主黨", "贊特蘭人民黨"],
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
