"""Exports of the store into formats other tools read (FollowTheMoney, JSON lines)."""
