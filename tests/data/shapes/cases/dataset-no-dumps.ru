# A dataset that names no dumps: a warning.
# expect: Warning Dataset-dataDump dataset MinCount
DELETE { <dataset> void:dataDump ?d } WHERE { <dataset> void:dataDump ?d }
