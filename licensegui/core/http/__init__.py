"""Talking HTTP to a Key Manager server: TLS trust, transport, retries, deadlines, the client."""
