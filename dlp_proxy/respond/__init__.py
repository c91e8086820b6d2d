"""What the employee sees: notices, the block page, justification codes."""
