"""Type words that languages lacked in ``orgwords.yaml``: a list is a list of names when its
entries say what they are in their own language, whatever their capitals say. A Turkish bar
association ("X Barosu") and chamber ("Y Tabip Odası"), three capitalised words that would
otherwise read as a person's name; a Vietnamese federation, forum or club, whose type word is
two or three syllables written apart ("liên đoàn", "câu lạc bộ"), read as one word; a Swedish
party's one-word name with its kind at the end ("Xandiapartiet"); Hindi's "महासभा" (great
assembly) and "मंच" (forum). Names are made up."""

from __future__ import annotations

from kzld.parse.names import evidence

from .prose import PROSE
from .reading import lists_of, read_text


def test_turkish_bars_and_chambers_under_a_closing_are_a_list() -> None:
    bars = [
        "Xandia Barosu Başkanlığı",
        "Zetlandya Barosu Başkanlığı",
        "Kuenta Barosu Başkanlığı",
        "Lumia Tabip Odası",
    ]
    numbered = "\n\n".join(f"{k}. {name}" for k, name in enumerate(bars, start=1))
    closing = "Kamuoyuna duyururuz.\n\nSaygılarımızla."
    text = f"Ortak açıklama\n\n{PROSE['tr']}\n\n{closing}\n\n{numbered}\n"
    assert lists_of(read_text(text)) == [bars]


def test_vietnamese_type_words_of_several_syllables_make_names() -> None:
    names = [
        "Diễn đàn nông dân Xandia",
        "Câu lạc bộ Zetlandia",
        "Ban vận động Liên đoàn Kuenta",
        "Hội nhà báo Lumia",
    ]
    text = (
        "Tuyên bố chung\n\n"
        "Những tổ chức cùng ký văn bản này gồm có: "
        f"{', '.join(names[:-1])}, và {names[-1]}.\n\n{PROSE['en']}\n"
    )
    assert lists_of(read_text(text)) == [names]


def test_a_type_word_of_several_words_counts_once() -> None:
    assert evidence("Liên đoàn Lao động Kuenta").types == 1
    assert evidence("Câu lạc bộ Zetlandia").types == 1
    # its syllables alone are no type word ("đoàn" is also a delegation)
    assert evidence("Đoàn Zetlandia").types == 0


def test_swedish_one_word_party_names_with_their_kind_at_the_end() -> None:
    names = ["Xandiapartiet Norrby", "Zetapartiet Söderby", "Kuentapartiet Västby"]
    lines = "\n".join(names)
    text = f"Uttalande\n\n{PROSE['sv']}\n\nUndertecknat av:\n{lines}\n"
    assert lists_of(read_text(text)) == [names]
    assert evidence("Xandiapartiet").types == 1


def test_hindi_great_assemblies_and_forums_are_names() -> None:
    names = ["ज़ेटलैंड महासभा", "क्सांडिया युवा मंच", "कुएंटा महासभा"]
    body = (
        "क्षेत्र के मज़दूर तीन हफ़्तों से नई वेतन नीति के ख़िलाफ़ हड़ताल पर हैं, और सरकार उन्हें "
        "गिरफ़्तारियों और हर सभा पर रोक से जवाब दे रही है। हम उनके संघर्ष के साथ खड़े हैं।"
    )
    lines = "\n".join(names)
    text = f"संयुक्त बयान\n\n{body}\n\n{lines}\n"
    assert lists_of(read_text(text)) == [names]
