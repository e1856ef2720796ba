# A licence named in words, not by its IRI.
# expect: Violation Dataset-license dataset NodeKind
DELETE DATA { <dataset> dcterms:license <https://creativecommons.org/licenses/by/4.0/> } ;
INSERT DATA { <dataset> dcterms:license "CC BY 4.0" }
