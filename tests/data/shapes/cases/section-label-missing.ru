# A section without its heading.
# expect: Violation SignatorySection-prefLabel statement/s1/section/1 MinCount
DELETE DATA { <statement/s1/section/1> skos:prefLabel "Signed by:"@en }
