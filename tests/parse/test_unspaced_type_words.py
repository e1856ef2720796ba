"""Type words and qualifiers of the scripts written without spaces or capitals (issue 18): the
concepts their lists lacked (committee, alliance, league, network, youth league, students' union,
women's federation, council, organisation, movement) in Thai, Lao, Khmer, Burmese, Chinese,
Japanese, Korean, Tigrinya and the Indic scripts, and communist, socialist, united, revolutionary
and people's democratic where a name writes them as a word of their own. A name of a script
without spaces is read by its type word where the script puts it: at its start in Thai, Lao and
Khmer, at its end in Burmese, Chinese, Japanese and Korean. Names are made up."""

from __future__ import annotations

import pytest

from kzld.parse.names import is_qualifier, is_type_word


@pytest.mark.parametrize(
    "word",
    [
        "องค์การแรงงานซานเดีย",  # Thai: Xandia labour organisation, its type word its start
        "สันนิบาตซานเดีย",  # Thai: the Xandia league
        "ຄະນະກຳມະການຊານເດຍ",  # Lao: the Xandia committee
        "គណៈកម្មាធិការសាន់ឌា",  # Khmer: the Xandia committee
        "សម្ព័ន្ធសាន់ឌា",  # Khmer: the Xandia alliance
        "បណ្តាញសាន់ឌា",  # Khmer: the Xandia network
        "ဇန်ဒီယာကျောင်းသားသမဂ္ဂ",  # Burmese: Xandia students' union, its type word its end
        "ဇန်ဒီယာအဖွဲ့ချုပ်",  # Burmese: the Xandia league
        "ဇန်ဒီယာကော်မတီ",  # Burmese: the Xandia committee
        "ဇန်ဒီယာတပ်ပေါင်းစု",  # Burmese: the Xandia alliance
        "赞地亚共产主义青年团",  # Chinese: Xandia communist youth league
        "贊地亞共產主義青年團",  # the same in the traditional characters
        "赞地亚理事會",  # Chinese (traditional): Xandia council
        "赞地亚學生會",  # Chinese (traditional): Xandia students' union
        "赞地亚妇联",  # Chinese: Xandia women's federation
        "贊地亞婦聯",  # the same in the traditional characters
        "ザンディア青年団",  # Japanese: Xandia youth league
        "ザンディアユニオン",  # Japanese: Xandia union
        "잔디아동맹",  # Korean: Xandia alliance
        "잔디아학생회",  # Korean: Xandia students' union
        "잔디아여성회",  # Korean: Xandia women's association
        "잔디아평의회",  # Korean: Xandia council
        "ማሕበር",  # Tigrinya: association
        "ውድብ",  # Tigrinya: organisation
        "ପାର୍ଟି",  # Odia: party
        "ଦଳ",  # Odia: party or group
        "ସମିତି",  # Odia: committee
        "ସଂଘ",  # Odia: union
        "પક્ષ",  # Gujarati: party
        "સંગઠન",  # Gujarati: organisation (the whole word: not its English plural)
        "મહાસંઘ",  # Gujarati: federation
        "సమితి",  # Telugu: committee or association
        "కూటమి",  # Telugu: alliance
        "ಮೈತ್ರಿಕೂಟ",  # Kannada: alliance
        "സഖ്യം",  # Malayalam: alliance
        "കമ്മിറ്റി",  # Malayalam: committee
        "പ്രസ്ഥാനം",  # Malayalam: movement
        "युनियन",  # Marathi and Nepali: union
    ],
)
def test_type_words_of_the_scripts_without_spaces(word: str) -> None:
    assert is_type_word(word)


@pytest.mark.parametrize(
    "word",
    [
        "คอมมิวนิสต์",  # Thai: communist
        "สังคมนิยมซานเดีย",  # Thai: Xandia socialist, the qualifier its start
        "កុម្មុយនិស្ត",  # Khmer: communist
        "ကွန်မြူနစ်",  # Burmese: communist
        "जनवादी",  # Hindi and Nepali: people's democratic
        "ஐக்கிய",  # Tamil: united
        "متحدہ",  # Urdu: united
        "ಸಮಾಜವಾದಿ",  # Kannada: socialist
        "ક્રાંતિકારી",  # Gujarati: revolutionary
    ],
)
def test_qualifiers_of_the_scripts_without_spaces(word: str) -> None:
    assert is_qualifier(word)


@pytest.mark.parametrize(
    "word",
    [
        "సంఘటన",  # Telugu: an incident (the Hindi word for organisation)
        "ศูนย์",  # Thai: centre, also zero
        "共产主义",  # Chinese: communism, a qualifier inside a clause is no evidence
        "ብሔራዊ",  # Amharic: national (a fold-B list of parties reads worse)
    ],
)
def test_words_left_out(word: str) -> None:
    assert not is_type_word(word)
    assert not is_qualifier(word)
