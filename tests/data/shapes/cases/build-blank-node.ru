# A build that is a blank node.
# expect: Violation Build _: NodeKind
DELETE DATA { <dataset> prov:wasGeneratedBy <build> } ;
INSERT DATA { <dataset> prov:wasGeneratedBy _:b . _:b a prov:Activity ; prov:wasAssociatedWith <software/kzld> }
