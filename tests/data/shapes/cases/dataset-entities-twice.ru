# Two entity counts.
# expect: Violation Dataset-entities dataset MaxCount
INSERT DATA { <dataset> void:entities 31 }
