# A build that names no software.
# expect: Violation Build-software build MinCount
DELETE DATA { <build> prov:wasAssociatedWith <software/kzld> }
