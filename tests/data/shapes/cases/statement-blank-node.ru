# A statement that is a blank node (and empty).
# expect: Info Statement-dated _: MinCount
# expect: Violation Statement _: NodeKind
# expect: Violation Statement-genre _: MinCount
# expect: Violation Statement-inLanguage _: MinCount
# expect: Violation Statement-primarySource _: MinCount
# expect: Violation Statement-workExample _: MinCount
# expect: Warning Statement-hasName _: MinCount
INSERT DATA { [] a kzld:Statement }
