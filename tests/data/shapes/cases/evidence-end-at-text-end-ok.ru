# A span that ends exactly at the end of the text: conforms.
# expect: nothing (conforms)
DELETE DATA { <evidence/s1/90-102/position> oa:end 102 . <evidence/s1/90-102/quote> oa:exact "Партия труда" } ;
INSERT DATA { <evidence/s1/90-102/position> oa:end 103 . <evidence/s1/90-102/quote> oa:exact "Партия труда\n" }
