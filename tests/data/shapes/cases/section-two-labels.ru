# A section with two headings.
# expect: Violation SignatorySection-prefLabel statement/s1/section/1 MaxCount
INSERT DATA { <statement/s1/section/1> skos:prefLabel "Unterzeichner:"@de }
