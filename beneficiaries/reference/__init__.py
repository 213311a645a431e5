"""Hand-kept reference facts (country groups, region rules), each list citing its source."""
