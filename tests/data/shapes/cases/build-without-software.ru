# A build that names no software.
# expect: Violation Build-software build
DELETE DATA { <build> prov:wasAssociatedWith <software/kzld> }
