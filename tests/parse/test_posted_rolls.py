"""Signers named through the posts of the persons who sign for them, in a script without
capitals (issue 18): "X के जिला सचिव A, Y के जिला सचिव B ने ...", "X সভাপতি A, Y সভাপতি B",
"X کے سربراہ A اور Y کے سربراہ B نے ...". The post bounds each body's name; a roll of persons
present at an event, a post whose body follows it, one person said twice or names that all end
with the sentence's frame name no signer. Names are made up ("Xandia", "Zetland", "Ostland")."""

from __future__ import annotations

from kzld.parse.posted import posted_signers
from kzld.parse.text import split_lines

from .reading import signers_in_news


def test_hindi_bodies_before_the_genitive_of_their_secretaries() -> None:
    # "District secretary of the Xandia Party Comrade Ram Sharma, district secretary of the
    # Zetland Front Comrade Shyam Varma and district secretary of the Ostland Union Comrade Gita
    # Devi said in their joint statement that the strike will succeed."
    sentence = (
        "एक्सांडिया पार्टी के जिला सचिव कॉमरेड राम शर्मा, ज़ेटलैंड मोर्चा के जिला सचिव कॉमरेड श्याम"
        " वर्मा और ओस्टलैंड संघ के जिला सचिव कॉमरेड गीता देवी ने अपने संयुक्त बयान में कहा कि"
        " हड़ताल सफल होगी।"
    )
    assert signers_in_news(sentence, "hi") == ["एक्सांडिया पार्टी", "ज़ेटलैंड मोर्चा", "ओस्टलैंड संघ"]


def test_hindi_initials_of_a_person_do_not_end_the_sentence() -> None:
    # the same, the first person with two initials ("A. J. Sharma")
    sentence = (
        "एक्सांडिया पार्टी के राज्य सचिव ए. जे. शर्मा, ज़ेटलैंड मोर्चा के राज्य सचिव श्याम वर्मा ने"
        " अपने संयुक्त बयान में कहा कि हड़ताल सफल होगी।"
    )
    assert signers_in_news(sentence, "hi") == ["एक्सांडिया पार्टी", "ज़ेटलैंड मोर्चा"]


def test_bengali_bodies_before_their_presidents_after_a_count() -> None:
    # "The 12 organisations and their representatives are- Xandia Forum president Rahim Khan,
    # Zetland Council president Karim Ali, Ostland Party president Salma Begum."
    sentence = (
        "১২টি সংগঠন এবং তাদের প্রতিনিধিরা হলেন- জাণ্ডিয়া ফোরাম সভাপতি রহিম খান, জেটল্যান্ড পরিষদ"
        " সভাপতি করিম আলী, অস্টল্যান্ড দল সভাপতি সালমা বেগম।"
    )
    assert signers_in_news(sentence, "bn") == ["জাণ্ডিয়া ফোরাম", "জেটল্যান্ড পরিষদ", "অস্টল্যান্ড দল"]


def test_urdu_bodies_of_heads_who_signed() -> None:
    # "On the agreement, the head of the Xandia Party Ahmad Ali and the head of the Zetland
    # Front Muhammad Khan have signed."
    sentence = (
        "معاہدے پر زینڈیا پارٹی کے سربراہ احمد علی اور زیٹ لینڈ محاذ کے سربراہ محمد خان نے دستخط"
        " کیے ہیں۔"
    )
    assert signers_in_news(sentence, "ur") == ["زینڈیا پارٹی", "زیٹ لینڈ محاذ"]


def test_a_part_holding_a_post_between_two_bodies_is_no_body() -> None:
    # "... the head of the Xandia Party and the emir of the Ostland Jamaat Maulana Ahmad, the
    # head of the Zetland Front Muhammad Khan have signed": the part between is a person's
    sentence = (
        "معاہدے پر زینڈیا پارٹی کے سربراہ اور امیر اوسٹ لینڈ جماعت مولانا احمد، زیٹ لینڈ محاذ کے"
        " سربراہ محمد خان نے دستخط کیے ہیں۔"
    )
    assert signers_in_news(sentence, "ur") == ["زینڈیا پارٹی", "زیٹ لینڈ محاذ"]


def test_persons_present_at_an_event_name_no_signer() -> None:
    # "On this occasion the district secretary of the Xandia Party Ram Sharma and the district
    # secretary of the Zetland Front Shyam Varma were present."
    sentence = (
        "इस अवसर पर एक्सांडिया पार्टी के जिला सचिव राम शर्मा, ज़ेटलैंड मोर्चा के जिला सचिव श्याम वर्मा उपस्थित थे।"
    )
    assert signers_in_news(sentence, "hi") == []


def test_one_person_said_twice_makes_no_roll() -> None:
    # "The president of the Xandia Party Ram Sharma issued a statement; later, on the stage of
    # the Zetland Front, the president of the Xandia Union Ram Sharma said ..."
    sentence = (
        "एक्सांडिया पार्टी के अध्यक्ष राम शर्मा ने बयान जारी किया, बाद में ज़ेटलैंड मोर्चा के मंच पर"
        " एक्सांडिया संघ के अध्यक्ष राम शर्मा ने कहा।"
    )
    assert signers_in_news(sentence, "hi") == []


def test_names_that_all_end_with_the_frame_are_no_roll() -> None:
    # "On behalf of the 12 organisations, on behalf of the Xandia Forum president Rahim Khan,
    # on behalf of the Zetland Council president Karim Ali made a statement": each name ends
    # with the same word saying on whose behalf, not where it opens
    sentence = (
        "১২টি সংগঠনের পক্ষে জাণ্ডিয়া ফোরামের পক্ষে সভাপতি রহিম খান, জেটল্যান্ড পরিষদের পক্ষে সভাপতি"
        " করিম আলী বিবৃতি দেন।"
    )
    assert signers_in_news(sentence, "bn") == []


def test_persons_before_a_post_whose_body_follows_it_are_no_bodies() -> None:
    # "The statement was signed by Ahmad Zaid, president of the Xandia party, and Muhammad
    # Omar, president of the Zetland party": the body follows each post
    text = "وقع البيان أحمد زيد رئيس حزب إكسانديا، ومحمد عمر رئيس حزب زيتلاند.\n"
    assert posted_signers(split_lines(text), set()) == []
