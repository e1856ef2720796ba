"""Lists in scripts without capitals (Devanagari, Thai, Malayalam, Arabic, Georgian, whose letters
Unicode gives capitals that running text never uses): the list's form (one
entry a line, numbers or bullets, similar lengths, no sentence) and the type words of its entries
make it a list of names, since capitals cannot; an entry without a type word among them is a name
as its neighbours are. A numbered list of demands in the same scripts names no one. Names are made
up."""

from __future__ import annotations

import pytest

from .prose import PROSE
from .reading import lists_of, read_text

#: Argument prose in the scripts this module tests, besides the shared ones.
BODY = {
    **PROSE,
    "hi": "क्षेत्र के मज़दूर तीन हफ़्तों से नई वेतन नीति के ख़िलाफ़ हड़ताल पर हैं, और सरकार उन्हें "
    "गिरफ़्तारियों और हर सभा पर रोक से जवाब दे रही है। हम उनके संघर्ष के साथ खड़े हैं।",
    "th": "คนงานในภูมิภาคนี้นัดหยุดงานมาสามสัปดาห์แล้วเพื่อต่อต้านกฎค่าจ้างใหม่ "
    "และรัฐบาลตอบโต้ด้วยการจับกุมและการห้ามชุมนุมทุกรูปแบบทั่วประเทศ "
    "เราขอยืนเคียงข้างการต่อสู้ของพวกเขา",
    "ka": "რეგიონის მუშები სამი კვირაა გაფიცვას აგრძელებენ ახალი ხელფასების წესის წინააღმდეგ, "
    "მთავრობა კი დაპატიმრებებით და შეკრებების აკრძალვით პასუხობს. ჩვენ მათ მხარს ვუჭერთ.",
    "ml": "പ്രദേശത്തെ തൊഴിലാളികൾ പുതിയ വേതന നിയമങ്ങൾക്കെതിരെ മൂന്നാഴ്ചയായി പണിമുടക്കിലാണ്, "
    "സർക്കാർ അറസ്റ്റുകളും യോഗങ്ങൾക്കുള്ള വിലക്കുകളും കൊണ്ടാണ് മറുപടി നൽകുന്നത്.",
}

#: Five made-up parties in each script, the first without a type word.
NAMES = {
    "hi": [
        "ज़ेटलैंड शक्ति",
        "ज़ेटलैंड जनता पार्टी",
        "क्सांडिया मज़दूर पार्टी",
        "नव ज़ेटलैंड मोर्चा",
        "क्सांडिया किसान संघ",
    ],
    "th": [
        "กลุ่มพลังแซนเดีย",
        "พรรคเซตแลนด์ใหม่",
        "พรรคแรงงานแซนเดีย",
        "พรรคประชาชนเซตแลนด์",
        "สหภาพแรงงานเซตแลนด์",
    ],
    "ml": [
        "സെറ്റ്ലാൻഡ് ശക്തി",
        "സെറ്റ്ലാൻഡ് ജനതാ പാർട്ടി",
        "സാൻഡിയ തൊഴിലാളി പാർട്ടി",
        "പുതിയ സെറ്റ്ലാൻഡ് മുന്നണി",
        "സാൻഡിയ കർഷക സംഘടന",
    ],
    "ka": [
        "ზეტლანდის ხმა",
        "ზეტლანდის დემოკრატიული პარტია",
        "ქსანდიის მუშათა კავშირი",
        "ქსანდიის ქალთა კლუბი",
        "ახალგაზრდული მოძრაობა ქსანდია",
    ],
    "ar": [
        "صوت زتلاند",
        "حزب زتلاند الديمقراطي",
        "الاتحاد العام لعمال كسانديا",
        "جبهة زتلاند الشعبية",
        "حركة شباب كسانديا",
    ],
}


@pytest.mark.parametrize("language", sorted(NAMES))
@pytest.mark.parametrize("marker", ["numbers", "bullets"])
def test_a_marked_list_in_a_script_without_capitals_is_read(language: str, marker: str) -> None:
    names = NAMES[language]
    marks = [f"{k}. " for k in range(1, 6)] if marker == "numbers" else ["• "] * 5
    listed = "\n".join(m + n for m, n in zip(marks, names, strict=True))
    document = read_text(f"{BODY[language][:40]}\n\n{BODY[language]}\n\n{listed}\n")
    assert lists_of(document) == [names]


@pytest.mark.parametrize("language", ["hi", "ml"])
def test_a_heading_that_counts_parties_introduces_plain_lines(language: str) -> None:
    heading = {"hi": "5 पार्टियों के नाम", "ml": "പ്രസ്താവനയിൽ ഒപ്പുവെച്ച 5 പാർട്ടികൾ"}[language]
    listed = "\n".join(NAMES[language])
    document = read_text(f"{BODY[language][:40]}\n\n{BODY[language]}\n\n{heading}\n\n{listed}\n")
    assert lists_of(document) == [NAMES[language]]


def test_a_number_written_right_before_the_name_marks_an_item() -> None:
    listed = "\n".join(f"{k}.{name}" for k, name in enumerate(NAMES["hi"], 1))
    document = read_text(f"{BODY['hi'][:40]}\n\n{BODY['hi']}\n\n{listed}\n")
    assert lists_of(document) == [NAMES["hi"]]


#: A numbered list of demands: short lines with no type word, in the same scripts.
DEMANDS = {
    "hi": ["वेतन तुरंत बढ़ाओ", "गिरफ़्तार मज़दूरों को रिहा करो", "हर सभा पर से रोक हटाओ"],
    "th": ["ขึ้นค่าจ้างทันที", "ปล่อยตัวคนงานที่ถูกจับ", "ยกเลิกคำสั่งห้ามชุมนุม"],
    "ka": [
        "ხელფასების დაუყოვნებლივ გაზრდა",
        "დაპატიმრებული მუშების გათავისუფლება",
        "შეკრებების აკრძალვის გაუქმება",
    ],
    "ar": ["رفع الأجور فورا", "الإفراج عن العمال المعتقلين", "رفع الحظر عن الاجتماعات"],
}


@pytest.mark.parametrize("language", sorted(DEMANDS))
def test_a_numbered_list_of_demands_names_no_one(language: str) -> None:
    listed = "\n".join(f"{k}. {d}" for k, d in enumerate(DEMANDS[language], 1))
    document = read_text(f"{BODY[language][:40]}\n\n{BODY[language]}\n\n{listed}\n")
    assert lists_of(document) == []


#: A cue glued to the end of a paragraph's last sentence, above numbered names spaced by blank
#: lines.
GLUED = {
    "ka": ("ჩვენ მათ მხარს ვუჭერთ ბოლომდე. ხელმოწერები:", NAMES["ka"][1:4]),
    "ar": ("نقف معهم حتى النهاية. التوقيعات:", NAMES["ar"][1:4]),
    "hi": ("हम अंत तक उनके साथ हैं। हस्ताक्षर:", NAMES["hi"][1:4]),
}


@pytest.mark.parametrize("language", sorted(GLUED))
def test_numbered_names_spaced_under_a_cue_glued_to_a_paragraph(language: str) -> None:
    cue, names = GLUED[language]
    listed = "\n\n".join(f"{k}. {name}" for k, name in enumerate(names, 1))
    text = f"{BODY[language][:40]}\n\n{BODY[language]}\n{BODY[language]} {cue}\n\n{listed}\n"
    assert lists_of(read_text(text)) == [names]
