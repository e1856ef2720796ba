# Software without a version.
# expect: Violation SoftwareApplication-version software/kzld MinCount
DELETE DATA { <software/kzld> schema:softwareVersion "0.1.0" }
