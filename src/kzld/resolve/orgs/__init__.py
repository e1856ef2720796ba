"""Organisation resolution: one key per organisation, however and in whatever language a text
names it, and the review a curator of the authority acts on.

The steps, each in its module, in the order a name goes through them:

- :mod:`.names`: normalised forms, abbreviation keys, keys of new organisations (any script);
- :mod:`.typewords`: the multilingual table of type words (``authority/typewords.yaml``);
- :mod:`.analysis`: what an entry offers (names, abbreviations, countries) and a name's
  signature (type-word concepts, own words, countries);
- :mod:`.candidates`: the authority entries a name may be, with the evidence for each;
- :mod:`.decide`: which one, only on unambiguous evidence, never across countries or dates;
- :mod:`.identity`: the key of an organisation the authority does not know, one across
  documents and languages where its name's identity (type words, own words, country) is clear;
- :mod:`.defined`: what the corpus's texts define abbreviations as, known to every text;
- :mod:`.resolver`: resolving entries, names, language versions of a list; remembering them;
- :mod:`.review`: the report ``kzld orgs`` prints;
- :mod:`.mentions`: the authority's organisations in running text.
"""

from .resolver import OrganisationResolver, ResolverRecord, defined_by, statement_year, survey
from .review import Doubt, OrgReport, Sighting

__all__ = [
    "Doubt",
    "OrgReport",
    "OrganisationResolver",
    "ResolverRecord",
    "Sighting",
    "defined_by",
    "statement_year",
    "survey",
]
