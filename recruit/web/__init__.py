"""Server-rendered pages for employers, on the same services as the JSON API."""
