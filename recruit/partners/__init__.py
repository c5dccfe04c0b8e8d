"""Partner recruitment platforms: API keys with scopes, and the change feed of public vacancies."""
