# A dataset that is a blank node.
# expect: Violation Dataset _: NodeKind
INSERT DATA { [] a void:Dataset ; dcterms:title "t"@en ; dcterms:license <http://example.org/l> ; void:triples 1 ; void:entities 1 ; void:dataDump <http://example.org/d> ; prov:wasGeneratedBy <build> }
