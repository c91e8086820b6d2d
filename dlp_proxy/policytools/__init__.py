"""The policy owner's tools: check, explain and test cases, simulate. They run the proxy's own pipeline."""
