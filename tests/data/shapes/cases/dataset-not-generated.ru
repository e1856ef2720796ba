# A dataset without its build.
# expect: Violation Dataset-wasGeneratedBy dataset
DELETE DATA { <dataset> prov:wasGeneratedBy <build> }
