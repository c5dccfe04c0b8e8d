"""Pure text clauses of a vacancy search: the words of the query, and the relaxed forms the
ladder falls back to (most words, the occupations the words name, their related occupations)."""

from __future__ import annotations

from functools import cache
from typing import Any

from recruit.search import analysis, concepts, occupations, ranking, typos
from recruit.search import weights as weights_file

# searched field -> its weight in weights.toml [text], which is also its reason code
_TEXT_FIELDS = {"title_words": "title_words", "description_words": "description_words",
                "region_words": "region_words", "employer_name_words": "employer_name"}
LEVELS = ("exact", "partial", "related")  # as reported (match_level)
# the ladder's levels in order, and the level each reports: a corrected slip (spelling) is a
# partial match, characters of a title (chars) a related one
LADDER = ("exact", "spelling", "partial", "related", "chars")
REPORTED = {"spelling": "partial", "chars": "related", "words": "related"}


def named(clause: dict[str, Any], name: str, boost: float) -> dict[str, Any]:
    """A matching clause worth exactly its weight: term rarity must not move the ranking."""
    return {"constant_score": {"filter": clause, "boost": boost, "_name": name}}


_named = named


def _word_in(field: str, word: str) -> dict[str, Any]:
    """The word, or any of its synonyms, in one field."""
    alts = analysis.alternatives(word)
    if len(alts) == 1:
        return {"match": {field: {"query": word, "operator": "and"}}}
    return {"bool": {"should": [{"match": {field: {"query": analysis.index_words(a), "operator": "and"}}}
                                for a in alts], "minimum_should_match": 1}}


def _field_word(field: str, word: str, boost: float, name: str) -> dict[str, Any]:
    """The word (or a synonym) in one field, named as the reason shown."""
    return {"bool": {"must": [_word_in(field, word)], "boost": boost, "_name": name}}


def _split(q: str | None) -> tuple[list[str], list[str]]:
    """(job words that decide what matches, place/benefit words that only rank). A bare number
    (50, 300: an age or a wage understanding left) is neither, unless it is all there is."""
    all_words = analysis.query_words(q or "")
    soft = analysis.soft_words()
    # a number with its unit (50 岁, 300 元, 3 年): a condition, never required text
    counted = {x for n, x in enumerate(all_words) if ranking.is_number(x)
               or (len(x) == 1 and n and ranking.is_number(all_words[n - 1]))}
    words = [x for x in all_words if x not in soft and x not in counted] \
        or [x for x in all_words if x not in soft] or all_words
    return words, [x for x in all_words if x in soft and x not in words]


def _any_field(word: str, w: dict[str, Any]) -> dict[str, Any]:
    return {"bool": {"should": [_field_word(f, word, w[name], name) for f, name in _TEXT_FIELDS.items()],
                     "minimum_should_match": 1}}


def concept_terms(word: str) -> tuple[str, ...]:
    """The titles, phrases and short forms of the concepts a query word names, other than the
    word itself (炒菜 -> 厨师, 炒锅师傅, 后厨 ...; 保姆 -> 家政服务员 ...); () if it names none."""
    ids = concepts.lookup().get(word, ())
    if not ids:
        return ()
    table = concepts.load()
    terms = {t for cid in ids for t in (*table[cid].titles, *table[cid].phrases, *table[cid].short)}
    return tuple(sorted(terms - {word}))


def _terms_in(field: str, terms: tuple[str, ...]) -> dict[str, Any]:
    """Any of the terms in the field: a one-word term as a term, a longer one as all its words."""
    single: list[str] = []
    clauses: list[dict[str, Any]] = []
    for term in terms:
        words = analysis.query_words(term)
        if len(words) == 1:
            single.append(words[0])
        elif words:
            clauses.append({"match": {field: {"query": " ".join(words), "operator": "and"}}})
    if single:
        clauses.append({"terms": {field: sorted(set(single))}})
    return {"bool": {"should": clauses, "minimum_should_match": 1}}


def _word_or_concept(word: str, w: dict[str, Any]) -> dict[str, Any]:
    """The word in some field, or (ranking below the literal word) a title or phrase of the
    concept it names in the title or the description: 炒菜 finds 负责炒菜 and 炒锅师傅."""
    terms = concept_terms(word)
    if not terms:
        return _any_field(word, w)
    return {"bool": {"should": [
        _any_field(word, w),
        _named(_terms_in("title_words", terms), "concept_title", w["concept_title"]),
        _named(_terms_in("description_words", terms), "concept_description", w["concept_description"]),
    ], "minimum_should_match": 1}}


def text_query(
    q: str | None, w: dict[str, Any] | None = None,
) -> tuple[dict[str, Any] | None, list[dict[str, Any]]]:
    """(recall clause that must match, scoring clauses) for free text; (None, []) if empty.

    Recall: every query word (or a synonym) somewhere in title, description, place or employer
    name, or most of the title's character bigrams. Never an OR over single characters.
    """
    w = (w or weights_file.load())["text"]
    words, preferences = _split(q)
    if not words:
        return None, []
    text = "".join(words)  # the bigram fields see the query without its filler words
    # one pass: each word must be in some field, and every field it is in adds that field's
    # weight (a separate scoring clause per field would read the same postings twice)
    every_word = {"bool": {"must": [_word_or_concept(word, w) for word in words], "_name": "all_words"}}
    routes: list[dict[str, Any]] = [every_word, _title_bigrams(words, text, w)]
    scoring: list[dict[str, Any]] = [
        {"match_phrase": {"title_bigrams": {"query": text, "boost": w["title_phrase"],
                                            "_name": "title_phrase"}}},
    ]
    inferred = occupation_clause(words, w)
    if inferred is not None:
        clause, job_vocabulary_only = inferred
        # a query of job words only also finds its occupation's postings (快递 -> 同城配送员);
        # with other words (a skill, a firm) the occupation just ranks the text matches
        # several words each naming a job (收银 理货员) would OR their occupations: a ranking signal only
        if job_vocabulary_only and len(words) == 1:
            routes.append(_unless_titled_otherwise(clause, words))
        else:
            scoring.append(clause)
    whole = concept_terms(text.lower()) if len(words) > 1 else ()
    if whole:  # 保洁阿姨 cut as 保洁 + 阿姨: the title it names as a whole (商场保洁), 阿姨 or not
        routes.append(_named(_terms_in("title_words", whole), "concept_title", w["concept_title"]))
    recall = {"bool": {"should": routes, "minimum_should_match": 1}}
    for word in preferences:
        scoring.append({"dis_max": {"queries": [
            {"match": {"region_words": {"query": word, "_name": "region_words"}}},
            {"match": {"description_words": {"query": word, "_name": "description_words"}}},
        ], "boost": w["preference"]}})
    return recall, scoring


def _title_bigrams(words: list[str], text: str, w: dict[str, Any]) -> dict[str, Any]:
    """Most of the title's character bigrams; with several words of two characters or more, each
    word also in the title by a bigram of its own (大车司机 never finds 叉车司机 by 车司 + 司机)."""
    most = {"match": {"title_bigrams": {"query": text, "boost": w["title_bigrams"],
                                        "minimum_should_match": w["title_bigrams_min_match"],
                                        "_name": "title_bigrams"}}}
    if len(words) < 2 or any(len(x) < 2 for x in words):
        return most
    return {"bool": {"must": [most], "filter": [{"match": {"title_bigrams": x}} for x in words]}}


def _unless_titled_otherwise(clause: dict[str, Any], words: list[str]) -> dict[str, Any]:
    """The occupation's postings, but not those whose title names another job: an employer filing
    a loader (铲车司机) or a ride-hailing driver under 叉车's middle group 6-30 posts another job."""
    own, siblings = ranking.query_concepts(words)
    untitled = {"bool": {"must_not": [{"exists": {"field": "title_concepts"}}]}}
    ours = [{"terms": {"title_concepts": [*own, *siblings]}}] if own else []
    titled_ours = {"bool": {"should": [untitled, *ours], "minimum_should_match": 1}}
    return {"bool": {"must": [clause], "filter": [titled_ours]}}


def occupation_clause(words: list[str], w: dict[str, Any]) -> tuple[dict[str, Any], bool] | None:
    """(clause on the occupations the job words name, whether the words are job vocabulary
    only), or None when they name none. Worth a constant, low weight: below a text match."""
    codes, covered = occupations.infer(words)
    if not codes:
        return None
    return _named({"terms": {"occupation_path": list(codes)}}, "occupation_inferred",
                  w["occupation_inferred"]), covered


# ---- the relaxation ladder ------------------------------------------------------------------

def most_words(q: str | None, w: dict[str, Any] | None = None) -> dict[str, Any] | None:
    """Recall when not every word is in a posting: all but one of 2-3 words, 75% of more.
    None for a query of one word (nothing to drop)."""
    t = (w or weights_file.load())["text"]
    words, _ = _split(q)
    if len(words) < 2 or (any(len(x) == 1 for x in words) and "".join(words).lower() in concepts.lookup()):
        # 月嫂 cut as 月 + 嫂: one title, and a character of it alone (月, as in 月薪) is no job; the
        # concept and related levels relax it (电商客服 still relaxes to 客服 here)
        return None
    jobs = [x for x in words if ranking.is_job_word(x)]
    specific = [x for x in jobs if x not in ranking.GENERIC_HEADS]
    if specific and len(specific) < len(jobs):  # 挖掘机 司机: 司机 alone is another job (a bus's)
        jobs = specific
    if jobs and all(x in ranking.GENERIC_HEADS for x in jobs) and ranking.modifier(words):
        # 空调 维修工: the modifier decides the job; 手机维修工 shares only the generic head (related at best)
        jobs = words
    if jobs and len(jobs) < len(words):
        # the job word stays required; the others (an age, a certificate, a filler) only rank:
        # 收银员 靠谱 never lets in postings that hold 靠谱 and no 收银员
        return {"bool": {"must": [_word_or_concept(word, t) for word in jobs],
                         "should": [_word_or_concept(word, t) for word in words if word not in jobs],
                         "_name": "most_words"}}
    return {"bool": {"should": [_word_or_concept(word, t) for word in words],
                     "minimum_should_match": t["relaxed_min_match"] if len(words) > 3 else "-1",
                     "_name": "most_words"}}


def spelling_clause(q: str | None, w: dict[str, Any] | None = None) -> dict[str, Any] | None:
    """Recall with the query's slips corrected (电汗工 -> 电焊工, 焊电工 -> 电焊工: typos.py), all
    words as at the exact level. None when nothing looks like a slip."""
    fixed = typos.corrected_text(q or "")
    if fixed is None:
        return None
    recall, _ = text_query(fixed, w)
    return {"bool": {"must": [recall], "_name": "spelling"}} if recall is not None else None


def corrections(q: str | None) -> list[dict[str, Any]]:
    """The slips the spelling level corrected, as the response's understood entries."""
    return [{"kind": c.kind, "value": c.terms[0], "text": c.text, "applied_as": "text"}
            for c in typos.correct(q or "")]


def names_a_job(q: str | None) -> bool:
    """Whether a word of the text names a job (ranking.is_job_word)."""
    return any(map(ranking.is_job_word, analysis.query_words(q or "")))


def chars_clause(q: str | None, w: dict[str, Any] | None = None) -> dict[str, Any] | None:
    """The last level: the title holds most of the query's characters (standard analyser: one
    token per Chinese character), 画画 -> 绘画老师, 修汽车 -> 汽车维修工. What the per-character
    baseline finds, below every other level. None for an empty or a long query."""
    t = (w or weights_file.load())["text"]
    words, _ = _split(q)
    text = "".join(words)
    if not text or len(text) > t["title_fuzzy_max_chars"] * 2:
        return None
    return {"match": {"title_chars": {"query": text, "minimum_should_match": t["chars_min_match"],
                                      "boost": t["chars"], "_name": "title_chars"}}}


def any_words_clause(q: str | None, w: dict[str, Any] | None = None) -> dict[str, Any] | None:
    """The last resort, when no level and no relaxing answers: a posting holding any word of two
    characters or more (给狗狗洗澡剪毛 -> a groomer whose text says 洗澡 and 剪毛), ranked by how many
    and where. Never a single character (给, 会, 看 say nothing). None when no word qualifies."""
    t = (w or weights_file.load())["text"]
    words, _ = _split(q)
    kept = [x for x in dict.fromkeys(words) if len(x) >= 2 and not ranking.is_number(x)]
    if not kept or len(set(words)) == 1:  # one word: the exact level already required it alone
        return None
    return {"bool": {"should": [_word_or_concept(x, t) for x in kept], "minimum_should_match": 1,
                     "_name": "any_words"}}


def agreement(q: str | None, level: str,
              w: dict[str, Any]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Occupation agreement functions (tiers, within) for the query's job words
    (ranking.agreement); at the spelling level, of the corrected words."""
    text = (typos.corrected_text(q or "") or q) if level == "spelling" else q
    words, _ = _split(text)
    return ranking.agreement(words, concept_codes(text)[0], w)


# a job word after one of these names the same job anywhere (鞋厂 普工, 酒店 服务员)
_WORKPLACES = ("厂", "店", "公司", "餐厅", "工地", "车间", "超市", "医院", "学校", "商场", "仓库")


def _concept_ids(words: list[str]) -> set[str]:
    """The concepts the query's words name: the longest run of consecutive words naming one, the
    words inside it naming nothing more (挖掘机司机 is no 司机 of a bus), unless the run is a job at
    a workplace (鞋厂普工 is a 普工 too)."""
    table = concepts.lookup()
    ids: set[str] = set()
    for i, j, named in ranking.concept_runs(words):
        ids.update(named)
        if j - i > 1 and "".join(words[i:j - 1]).endswith(_WORKPLACES):
            ids.update(table.get(words[j - 1], ()))
    return ids


@cache
def titled_as(ids: tuple[str, ...]) -> tuple[dict[str, Any], ...]:
    """Clauses for a posting titled as one of the concepts: a one-word title by its word, a longer
    one by all its words (叉车 relaxes to 拣货员 whatever middle group the employer picked)."""
    table = concepts.load()
    single: set[str] = set()
    several: list[dict[str, Any]] = []
    for title in sorted({t for cid in ids for t in table[cid].titles}):
        words = analysis.query_words(title)
        if len(words) == 1:
            single.add(words[0])
        elif words:
            several.append({"match": {"title_words": {"query": " ".join(words), "operator": "and"}}})
    return ({"terms": {"title_words": sorted(single)}}, *several) if single else tuple(several)


def concept_codes(q: str | None) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(occupation codes the query's words name, codes of related occupations) from the concept
    dictionary and the curated titles; related adds the named codes' middle groups."""
    words, _ = _split(q)
    ids = _concept_ids(words)
    own = set(concepts.codes_for(ids)) | set(occupations.infer(words)[0])
    related = set(concepts.related_codes(ids)) | {c[:4] for c in own if len(c) > 4}
    return tuple(sorted(own)), tuple(sorted(related - own))


def related_clause(q: str | None, w: dict[str, Any] | None = None) -> dict[str, Any] | None:
    """Recall by occupation: postings in an occupation the words name (worth more), or in a
    related one of the same middle group (worth less); or a title one character off the query
    (a slip on a phone keyboard). None when none of these applies."""
    t = (w or weights_file.load())["text"]
    own, related = concept_codes(q)
    routes = []
    if own:
        routes.append(_named({"terms": {"occupation_path": list(own)}}, "occupation_concept",
                             t["occupation_concept"]))
    words, _ = _split(q)
    ids = _concept_ids(words)
    # a related concept's posting by its title too: employers often pick only the middle group
    # (拣货员 under 4-02), which a related small group (4-02-06) does not reach
    siblings = tuple(sorted({r for cid in ids for r in concepts.load()[cid].related} - ids))
    if related or siblings:
        routes.append(_named({"bool": {"should": [*([{"terms": {"occupation_path": list(related)}}]
                                                    if related else []), *titled_as(siblings)],
                                       "minimum_should_match": 1}}, "occupation_related",
                             t["occupation_related"]))
    title = "".join(words)
    # one slip in a whole title (电焊功 -> 电焊工, 电王 -> 电工); in a job word of two characters that is
    # known, a character is half the job (焊工 is no 瓦工, 幼师 no 厨师)
    known = len(title) == 2 and ranking.is_job_word(title)
    if 2 <= len(title) <= t["title_fuzzy_max_chars"] and not known:
        routes.append(_named({"fuzzy": {"title": {"value": title, "fuzziness": 1, "prefix_length": 0,
                                                  "transpositions": True}}}, "title_fuzzy", t["title_fuzzy"]))
    return {"bool": {"should": routes, "minimum_should_match": 1}} if routes else None
