"""The spec is generated from the schemas and says who may call each operation."""


def test_openapi_is_served_and_states_access(client):
    r = client.get("/api/openapi.json")
    assert r.status_code == 200
    spec = r.get_json()
    assert spec["info"]["title"] == "recruit"
    assert spec["components"]["securitySchemes"]["bearerAuth"]["scheme"] == "bearer"
    assert spec["components"]["securitySchemes"]["partnerKey"] == {
        "type": "apiKey", "in": "header", "name": "X-Partner-Key"}
    assert "Error" in spec["components"]["schemas"]
    operations = [(path, method, op) for path, item in spec["paths"].items()
                  for method, op in item.items() if method in {"get", "post", "put", "patch", "delete"}]
    assert len(operations) >= 12
    for path, method, op in operations:
        assert "调用者：" in op.get("description", ""), (path, method)
        assert "security" in op, (path, method)
        if op["security"]:
            # a person's token, or a partner platform's key (the partner feed only)
            assert op["security"] in ([{"bearerAuth": []}], [{"partnerKey": []}]), (path, method)
            assert {"401", "403"} <= set(op["responses"]), (path, method)
            if op["security"] == [{"partnerKey": []}]:
                assert path.startswith("/api/v1/stream"), path
    public = {(p, m) for p, m, op in operations if op["security"] == []}
    assert ("/api/v1/search/vacancies", "get") in public
    assert ("/api/v1/vacancies", "post") not in public


def test_request_schemas_reach_the_spec(client):
    spec = client.get("/api/openapi.json").get_json()
    body = spec["paths"]["/api/v1/vacancies"]["post"]["requestBody"]["content"]["application/json"]
    ref = body["schema"]["$ref"].rsplit("/", 1)[-1]
    props = spec["components"]["schemas"][ref]["properties"]
    assert {"title", "region_code", "headcount", "salary_min", "salary_max"} <= set(props)
