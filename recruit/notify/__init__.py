"""Messages to people outside the platform: SMS through a gateway (recruit.notify.sms)."""
