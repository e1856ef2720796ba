# An organisation without a name.
# expect: Violation Organization-name org/pt MinCount
DELETE DATA { <org/pt> schema:name "Партия труда"@ru }
