"""A line above a list that points at what follows ("the organisations listed below", "the
following organisations") in the words of its language, without a colon at its end: the names
under it are read as the list it announces. Each case is read so only with its language's word
for "below" or "the following" in ``following_words`` (issue 18); none of these languages had
such a word, or these words, before. Names are made up."""

from __future__ import annotations

import pytest

from .reading import lists_of, read_text

#: The organisations listed under the line, one a line.
_NAMES = ["Xandia Teachers Union", "Zetland Workers Party", "Ostland Youth League"]


@pytest.mark.parametrize(
    ("language", "line"),
    [
        ("es", "Esta declaración cuenta con el apoyo de los colectivos listados a continuación"),
        ("ca", "Donen suport a aquesta declaració les organitzacions que figuren a continuació"),
        ("it", "La dichiarazione è sostenuta dalle organizzazioni elencate di seguito"),
        ("pt", "A declaração é apoiada pelas organizações listadas a seguir"),
        ("pl", "Oświadczenie poparły organizacje wymienione poniżej"),
        ("ro", "Declarația este susținută de organizațiile de mai jos"),
        ("sl", "Izjavo podpirajo organizacije, navedene spodaj"),
        ("et", "Avaldust toetavad allpool nimetatud organisatsioonid"),
        ("lv", "Paziņojumu atbalsta zemāk minētās organizācijas"),
        ("eu", "Adierazpena behean zerrendatutako erakundeek babesten dute"),
        ("da", "Erklæringen støttes af nedenstående organisationer"),
        ("be", "Заяву падтрымліваюць арганізацыі, пералічаныя ніжэй"),
        ("mk", "Изјавата ја поддржуваат следниве организации"),
        ("sq", "Deklaratën e mbështesin organizatat e renditura më poshtë"),
        ("ms", "Kenyataan ini disokong oleh pertubuhan yang disenaraikan di bawah ini"),
        ("sw", "Tamko hili linaungwa mkono na asasi zifuatazo"),
        ("cy", "Mae'r sefydliadau a restrir isod yn cefnogi'r datganiad"),
        ("ga", "Tacaíonn na heagraíochtaí seo a leanas leis an ráiteas"),
        ("is", "Eftirfarandi samtök styðja yfirlýsinguna"),
        ("ha", "Ƙungiyoyin da suka goyi bayan sanarwar sune kamar haka"),
        ("uz", "Bayonotni quyidagi tashkilotlar qo'llab-quvvatlaydi"),
        ("vi", "Tuyên bố được các tổ chức dưới đây ủng hộ"),
        ("ka", "განცხადებას მხარს უჭერენ ქვემოთ ჩამოთვლილი ორგანიზაციები"),
        ("hy", "Հայտարարությանը միացել են ստորև նշված կազմակերպությունները"),
        ("fa", "سازمان‌های ذیل از این بیانیه حمایت می‌کنند"),
        ("ur", "درج ذیل تنظیمیں اس بیان کی حمایت کرتی ہیں"),
        ("hi", "इस बयान का समर्थन नीचे दिए गए संगठन करते हैं"),
        ("mr", "खालील संघटना या निवेदनाला पाठिंबा देतात"),
        ("ne", "तलका संगठनहरूले यो वक्तव्यलाई समर्थन गर्छन्"),
        ("bn", "নিচে দেওয়া সংগঠনগুলো এই বিবৃতি সমর্থন করে"),
        ("pa", "ਹੇਠਾਂ ਦਿੱਤੀਆਂ ਜਥੇਬੰਦੀਆਂ ਇਸ ਬਿਆਨ ਦੀ ਹਮਾਇਤ ਕਰਦੀਆਂ ਹਨ"),
        ("gu", "નીચેના સંગઠનો આ નિવેદનને ટેકો આપે છે"),
        ("ta", "பின்வரும் அமைப்புகள் இந்த அறிக்கையை ஆதரிக்கின்றன"),
        ("te", "క్రింది సంస్థలు ఈ ప్రకటనకు మద్దతు ఇస్తున్నాయి"),
        ("kn", "ಕೆಳಗಿನ ಸಂಘಟನೆಗಳು ಈ ಹೇಳಿಕೆಯನ್ನು ಬೆಂಬಲಿಸುತ್ತವೆ"),
        ("ml", "താഴെ പറയുന്ന സംഘടനകൾ ഈ പ്രസ്താവനയെ പിന്തുണയ്ക്കുന്നു"),
        ("si", "පහත සංවිධාන මෙම ප්‍රකාශයට සහාය දක්වයි"),
        ("am", "የሚከተሉት ድርጅቶች ይህንን መግለጫ ይደግፋሉ"),
        ("no", "Uttalelsen støttes av nedenstående organisasjoner"),
    ],
)  # fmt: skip
def test_a_line_pointing_below_in_its_language_opens_the_list(language: str, line: str) -> None:
    names = "\n".join(_NAMES)
    text = f"Joint statement\n\n{line}\n\n{names}\n\nWe demand higher wages.\n"
    assert lists_of(read_text(text)) == [_NAMES], language
