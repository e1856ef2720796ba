# A statement whose primary source is a span, not the source document.
# expect: Violation Statement-primarySource statement/s1 Class
DELETE DATA { <statement/s1> prov:hadPrimarySource <source/s1> } ;
INSERT DATA { <statement/s1> prov:hadPrimarySource <evidence/s1/0-28> }
