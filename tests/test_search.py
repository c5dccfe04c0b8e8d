"""Vacancy search and the outbox, on the real Elasticsearch."""

from recruit.extensions import db
from recruit.search import documents, indexer, mappings, outbox
from recruit.search.client import es
from recruit.vacancies.models import Vacancy
from tests.factories import sync_search


def _search(client, **query):
    r = client.get("/api/v1/search/vacancies", query_string=query)
    assert r.status_code == 200, r.get_json()
    return r.get_json()


def _titles(result):
    return sorted(h["title"] for h in result["hits"])


def test_chinese_queries_find_the_right_jobs_and_not_the_rest(
        app, client, search, make_employer, make_vacancy):
    employer = make_employer()
    make_vacancy(employer, title="维修电工", region_code="420102")
    make_vacancy(employer, title="软件工程师", region_code="440305",
                 description="负责后端服务开发，熟悉Python与PostgreSQL，双休，五险一金。")
    make_vacancy(employer, title="餐厅服务员", region_code="420106",
                 description="负责餐厅点餐与传菜，包吃住，月休四天，欢迎返岗人员。")
    make_vacancy(employer, title="会计", region_code="420106",
                 description="负责公司账务处理与纳税申报，持初级会计证，五险一金。")
    sync_search(app)

    assert _titles(_search(client, q="电工")) == ["维修电工"]
    assert _titles(_search(client, q="招聘电工")) == ["维修电工"]
    assert _titles(_search(client, q="工程师")) == ["软件工程师"]
    assert _titles(_search(client, q="服务员")) == ["餐厅服务员"]
    # words in the description count too
    assert _titles(_search(client, q="纳税申报")) == ["会计"]
    # sharing one character (工) with 电工 and 工程师 is not a match
    assert _search(client, q="工人")["total"] == 0


def test_region_filter_works_at_every_level(app, client, search, make_employer, make_vacancy):
    employer = make_employer()
    make_vacancy(employer, title="普工", region_code="420102")   # 武汉江岸
    make_vacancy(employer, title="普工", region_code="420602")   # 襄阳襄城
    make_vacancy(employer, title="普工", region_code="440305")   # 深圳南山
    sync_search(app)
    assert _search(client, q="普工", region="42")["total"] == 2
    assert _search(client, q="普工", region="4201")["total"] == 1
    assert _search(client, q="普工", region="420102")["total"] == 1
    assert _search(client, q="普工", region="44")["total"] == 1
    assert _search(client)["total"] == 3


def test_hits_explain_which_clauses_matched(app, client, search, make_employer, make_vacancy):
    make_vacancy(make_employer(), title="叉车司机")
    sync_search(app)
    hit = _search(client, q="叉车司机")["hits"][0]
    assert {"title_words", "title_phrase"} <= set(hit["matched"])
    assert hit["score"] > 0


def test_filled_vacancy_leaves_the_index(app, client, search, make_employer, make_jobseeker,
                                         make_vacancy):
    employer = make_employer()
    vacancy = make_vacancy(employer, title="焊工", headcount=1)
    sync_search(app)
    assert _search(client, q="焊工")["total"] == 1
    seeker = make_jobseeker()
    application = seeker.post(f"/api/v1/vacancies/{vacancy['id']}/applications").get_json()
    assert employer.post(f"/api/v1/applications/{application['id']}/hire").status_code == 200
    assert sync_search(app)["deleted"] == 1
    assert _search(client, q="焊工")["total"] == 0
    detail = employer.get("/api/v1/employers/me/vacancies").get_json()[0]
    assert (detail["status"], detail["close_reason"], detail["open_headcount"]) == ("closed", "filled", 0)


def test_an_older_version_never_overwrites_a_newer_one(app, search, make_employer, make_vacancy):
    vacancy = make_vacancy(make_employer(), title="仓库管理员", headcount=5)
    sync_search(app)
    with app.app_context():
        row = db.session.get(Vacancy, vacancy["id"])
        old_version, old_doc = row.version, documents.vacancy_document(row)
        row.hired_count = 2
        outbox.enqueue("vacancies", row.id)
        db.session.commit()
        assert row.version == old_version + 1
    sync_search(app)
    with app.app_context():
        # a late, repeated delivery of the old state is refused by external versioning
        counts = indexer.bulk_write("vacancies", [(vacancy["id"], old_version, old_doc)], [])
        assert counts == {"indexed": 0, "deleted": 0, "stale": 1}
        indexer.refresh("vacancies")
        doc = es().get(index=mappings.alias("vacancies"), id=str(vacancy["id"]))
        assert doc["_version"] == old_version + 1
        assert doc["_source"]["open_headcount"] == 3


def test_outbox_keeps_rows_until_elasticsearch_takes_them(app, search, make_employer, make_vacancy):
    make_vacancy(make_employer(), title="保安")
    with app.app_context():
        assert outbox.pending() == 1
    result = sync_search(app)
    assert result["rows"] == 1 and result["indexed"] == 1
    with app.app_context():
        assert outbox.pending() == 0
