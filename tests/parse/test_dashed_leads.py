"""A first line ending with a dash written onto its last word ("... are as follows:-", Bengali
"... হলো-") over a numbered list leads into the list as a colon does: no title (twenty-fifth
session). A title that holds a dash between words stays the title."""

from __future__ import annotations

import pytest

from .reading import read_text

LEADS = {
    "en": "Six unions of Xandia issued a joint statement, and the unions are as follows:-",
    "bn": "জেডল্যান্ডে নির্বাচনের আহ্বান জানিয়ে ৬টি সংগঠনের যৌথ বিবৃতি দিয়েছেন সেসব সংগঠনগুলো হলো-",
    "hi": "ज़ेडलैंड के छह संगठनों ने संयुक्त बयान जारी किया, जिनके नाम इस प्रकार हैं:-",
}
ENTRIES = ["Xandia Workers Union", "Zedland Teachers Federation", "Union of Yland Nurses"]
CLOSING = {
    "en": "The statement calls on the government to hold free elections within six months.",
    "bn": "বিবৃতিতে সংগঠনগুলো বলেছে, ছয় মাসের মধ্যে অবাধ নির্বাচন দিতে হবে এবং সবাইকে মুক্তি দিতে হবে।",
    "hi": "बयान में संगठनों ने कहा कि छह महीने के भीतर स्वतंत्र चुनाव कराए जाने चाहिए और सबको रिहा किया जाए।",
}


@pytest.mark.parametrize("language", sorted(LEADS))
def test_a_line_leading_into_a_list_with_a_dash_is_no_title(language: str) -> None:
    entries = [f"{k}. {name}," for k, name in enumerate(ENTRIES, start=1)]
    text = "\n".join([LEADS[language], *entries, CLOSING[language]]) + "\n"
    assert read_text(text).versions[0].title is None


def test_a_title_with_a_dash_between_words_stays_the_title() -> None:
    title = "Xandia - Zedland: a joint statement of the unions"
    entries = [f"{k}. {name}," for k, name in enumerate(ENTRIES, start=1)]
    text = "\n".join([title, CLOSING["en"], *entries]) + "\n"
    assert read_text(text).versions[0].title == title
