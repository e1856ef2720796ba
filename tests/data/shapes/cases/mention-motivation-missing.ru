# A mention without its motivation.
# expect: Violation Mention-motivatedBy mention/s1/61-86 HasValue
# expect: Violation Mention-motivatedBy mention/s1/61-86 MinCount
DELETE DATA { <mention/s1/61-86> oa:motivatedBy oa:identifying }
