# A statement with two primary sources.
# expect: Violation Statement-primarySource statement/s1 MaxCount
INSERT DATA { <source/s2> a kzld:SourceDocument ; schema:name "s2.txt" ; schema:sha256 "0000000000000000000000000000000000000000000000000000000000000000" ; schema:text "Solidarity motion on the ban\nО запрете партии\n\nSigned by:\n1. Communist Party of Greece\n2. Партия труда\n" . <statement/s1> prov:hadPrimarySource <source/s2> }
