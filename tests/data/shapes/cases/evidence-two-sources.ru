# Evidence in two source documents.
# expect: Violation Evidence-source evidence/s1/47-57 MaxCount
INSERT DATA { <source/s2> a kzld:SourceDocument ; schema:name "s2.txt" ; schema:sha256 "0000000000000000000000000000000000000000000000000000000000000000" ; schema:text "Solidarity motion on the ban\nО запрете партии\n\nSigned by:\n1. Communist Party of Greece\n2. Партия труда\n" . <evidence/s1/47-57> oa:hasSource <source/s2> }
