# A mention with two motivations.
# expect: Violation Mention-motivatedBy mention/s1/61-86 MaxCount
INSERT DATA { <mention/s1/61-86> oa:motivatedBy oa:tagging }
