# A source document that is a blank node.
# expect: Violation SourceDocument _: NodeKind
INSERT DATA { [] a kzld:SourceDocument ; schema:name "b.txt" ; schema:text "b" ; schema:sha256 "0000000000000000000000000000000000000000000000000000000000000000" }
