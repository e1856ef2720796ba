# A signature in no section.
# expect: Violation Signature-section signature/s1/pt MinCount
DELETE DATA { <signature/s1/pt> kzld:section <statement/s1/section/1> }
