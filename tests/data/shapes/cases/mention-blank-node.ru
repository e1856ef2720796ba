# A mention that is a blank node.
# expect: Violation Mention _: NodeKind
INSERT DATA { [] a oa:Annotation ; oa:motivatedBy oa:identifying ; oa:hasBody <org/kke> ; oa:hasTarget <evidence/s1/61-86> }
