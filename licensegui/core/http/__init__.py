"""Talking HTTP to a Key Manager server: transport, retries, deadlines, wording, the client."""
