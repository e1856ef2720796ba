# A BCP 47 tag with region and script: conforms.
# expect: nothing (conforms)
INSERT DATA { <statement/s1> schema:inLanguage "sr-Latn-RS" }
