# Software with two versions.
# expect: Violation SoftwareApplication-version software/kzld MaxCount
INSERT DATA { <software/kzld> schema:softwareVersion "0.2.0" }
