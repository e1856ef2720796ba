# A dataset without licence.
# expect: Violation Dataset-license dataset MinCount
DELETE DATA { <dataset> dcterms:license <https://creativecommons.org/licenses/by/4.0/> }
