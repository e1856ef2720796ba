# Two builds generated the dataset.
# expect: Violation Dataset-wasGeneratedBy dataset MaxCount
INSERT DATA { <build2> a prov:Activity ; prov:wasAssociatedWith <software/kzld> . <dataset> prov:wasGeneratedBy <build2> }
