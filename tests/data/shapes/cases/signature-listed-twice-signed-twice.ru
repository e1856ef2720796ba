# An organisation listed twice (places 1 and 2) signs twice instead of once.
# expect: Violation Signature-onePerOrganisation signature/s1/kke/2 SPARQL
DELETE DATA {
  <source/s1> schema:text "Solidarity motion on the ban\nО запрете партии\n\nSigned by:\n1. Communist Party of Greece\n2. Партия труда\n" .
  <signature/s1/pt> schema:position 2 ; prov:wasDerivedFrom <evidence/s1/90-102> .
  <evidence/s1/90-102> a oa:SpecificResource ; oa:hasSource <source/s1> ;
    oa:hasSelector <evidence/s1/90-102/position> , <evidence/s1/90-102/quote> .
  <evidence/s1/90-102/position> a oa:TextPositionSelector ; oa:start 90 ; oa:end 102 .
  <evidence/s1/90-102/quote> a oa:TextQuoteSelector ; oa:exact "Партия труда" .
} ;
INSERT DATA {
  <source/s1> schema:text "Solidarity motion on the ban\nО запрете партии\n\nSigned by:\n1. Communist Party of Greece\n2. Communist Party of Greece\n3. Партия труда\n" .
  <signature/s1/pt> schema:position 3 ; prov:wasDerivedFrom <evidence/s1/119-131> .
  <evidence/s1/119-131> a oa:SpecificResource ; oa:hasSource <source/s1> ;
    oa:hasSelector <evidence/s1/119-131/position> , <evidence/s1/119-131/quote> .
  <evidence/s1/119-131/position> a oa:TextPositionSelector ; oa:start 119 ; oa:end 131 .
  <evidence/s1/119-131/quote> a oa:TextQuoteSelector ; oa:exact "Партия труда" .
  <evidence/s1/90-115> a oa:SpecificResource ; oa:hasSource <source/s1> ;
    oa:hasSelector <evidence/s1/90-115/position> , <evidence/s1/90-115/quote> .
  <evidence/s1/90-115/position> a oa:TextPositionSelector ; oa:start 90 ; oa:end 115 .
  <evidence/s1/90-115/quote> a oa:TextQuoteSelector ; oa:exact "Communist Party of Greece" .
  <signature/s1/kke/2> a kzld:Signature ; schema:agent <org/kke> ; schema:object <statement/s1> ;
    kzld:section <statement/s1/section/1> ; schema:position 2 ;
    prov:wasDerivedFrom <evidence/s1/90-115> .
}
