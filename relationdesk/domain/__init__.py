"""Pure domain rules: no Qt, no SQL, so they are easy to test and to trust."""
