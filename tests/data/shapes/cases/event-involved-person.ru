# An involved organisation that is a person.
# expect: Violation Event-involvedOrganisation event/ban Class
INSERT DATA { <event/ban> kzld:involvedOrganisation <person/p1> }
