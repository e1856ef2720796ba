# An organisation listing a person directly as member.
# expect: Violation Organization-member org/pt Class
INSERT DATA { <org/pt> schema:member <person/p1> }
