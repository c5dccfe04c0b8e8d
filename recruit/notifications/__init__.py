"""Notifications: the outbox written with its cause, the in-app inbox, SMS and WeChat delivery."""
