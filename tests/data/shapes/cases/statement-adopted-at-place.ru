# A statement adopted at a place, not at a meeting.
# expect: Violation Statement-adoptedAt statement/s1 Class
DELETE DATA { <statement/s1> kzld:adoptedAt <event/meeting> } ;
INSERT DATA { <statement/s1> kzld:adoptedAt <place/istanbul> }
