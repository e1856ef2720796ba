# A dataset without its build.
# expect: Violation Dataset-wasGeneratedBy dataset MinCount
DELETE DATA { <dataset> prov:wasGeneratedBy <build> }
