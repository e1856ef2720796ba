# A statement that is a blank node (and empty).
# expect: Violation Statement _:
# expect: Violation Statement-genre _:
# expect: Violation Statement-primarySource _:
# expect: Violation Statement-inLanguage _:
# expect: Violation Statement-workExample _:
# expect: Warning Statement-hasName _:
# expect: Info Statement-dated _:
INSERT DATA { [] a kzld:Statement }
