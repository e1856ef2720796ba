# Two licences.
# expect: Violation Dataset-license dataset MaxCount
INSERT DATA { <dataset> dcterms:license <https://creativecommons.org/publicdomain/zero/1.0/> }
