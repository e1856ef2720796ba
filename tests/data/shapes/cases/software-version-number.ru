# A software version given as a number.
# expect: Violation SoftwareApplication-version software/kzld Datatype
DELETE DATA { <software/kzld> schema:softwareVersion "0.1.0" } ;
INSERT DATA { <software/kzld> schema:softwareVersion 1 }
