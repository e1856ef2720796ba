# No entity count.
# expect: Violation Dataset-entities dataset MinCount
DELETE DATA { <dataset> void:entities 30 }
