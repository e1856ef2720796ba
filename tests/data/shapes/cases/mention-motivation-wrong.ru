# A mention that is not oa:identifying.
# expect: Violation Mention-motivatedBy mention/s1/61-86 HasValue
DELETE DATA { <mention/s1/61-86> oa:motivatedBy oa:identifying } ;
INSERT DATA { <mention/s1/61-86> oa:motivatedBy oa:describing }
