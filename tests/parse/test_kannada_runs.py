"""Kannada in the readers' tables (issue 18): its type words (party, association or union,
federation, forum, committee), its plural for organisations, "and" and "such as" closing a run,
so that a run of bodies in a sentence of a script without capitals is read as it is in the other
Indic languages, and a run of bodies spoken of is not. Names are made up ("Xandia", "Zetland")."""

from __future__ import annotations

from .reading import outside_of, read_text

#: Argument prose: "the region's workers have been on strike for three weeks against the new wage
#: rules, and the government answers with arrests".
BODY = (
    "ಈ ಪ್ರದೇಶದ ಕಾರ್ಮಿಕರು ಹೊಸ ವೇತನ ನಿಯಮಗಳ ವಿರುದ್ಧ ಮೂರು ವಾರಗಳಿಂದ ಮುಷ್ಕರ ನಡೆಸುತ್ತಿದ್ದಾರೆ, "
    "ಮತ್ತು ಸರ್ಕಾರ ಬಂಧನಗಳ ಮೂಲಕ ಉತ್ತರಿಸುತ್ತಿದೆ."
)


def _read(sentence: str) -> list[str]:
    return outside_of(read_text(f"ಬಂದ್‌ಗೆ ಬೆಂಬಲ\n\n{BODY}\n\n{sentence}\n"))


def test_a_run_closed_by_such_as_organisations_is_read_whole() -> None:
    # "The Xandia Workers' Association, the Zetland Farmers' Federation and the New Xandia
    # Party, such organisations, declared their support for the bandh."
    sentence = (
        "ಕ್ಸಾಂಡಿಯಾ ಕಾರ್ಮಿಕ ಸಂಘ, ಜೆಟ್‌ಲ್ಯಾಂಡ್ ರೈತ ಒಕ್ಕೂಟ ಮತ್ತು ನವ ಕ್ಸಾಂಡಿಯಾ ಪಕ್ಷ ಮೊದಲಾದ ಸಂಘಟನೆಗಳು ಬಂದ್‌ಗೆ ಬೆಂಬಲ ಘೋಷಿಸಿವೆ."
    )
    assert _read(sentence) == [
        "ಕ್ಸಾಂಡಿಯಾ ಕಾರ್ಮಿಕ ಸಂಘ",
        "ಜೆಟ್‌ಲ್ಯಾಂಡ್ ರೈತ ಒಕ್ಕೂಟ",
        "ನವ ಕ್ಸಾಂಡಿಯಾ ಪಕ್ಷ",
    ]


def test_prose_without_a_body_signs_nothing() -> None:
    # "The workers' meeting will be held on Monday in the town hall."
    assert _read("ಕಾರ್ಮಿಕರ ಸಭೆ ಸೋಮವಾರ ಪುರಭವನದಲ್ಲಿ ನಡೆಯಲಿದೆ.") == []
