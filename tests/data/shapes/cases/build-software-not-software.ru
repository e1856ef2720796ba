# The software the build ran is not typed as software.
# expect: Violation Build-software build Class
DELETE DATA { <software/kzld> a schema:SoftwareApplication } ;
INSERT DATA { <software/kzld> a prov:Agent }
