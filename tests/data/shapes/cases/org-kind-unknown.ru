# A kind outside kzld:organisationKinds.
# expect: Violation Organization-kind org/pt Node
DELETE DATA { <org/pt> kzld:organisationKind okind:party } ;
INSERT DATA { <org/pt> kzld:organisationKind okind:club }
