"""The Elasticsearch client's node class on http.client (recruit/search/es_node.py): connections
kept and reused against the real node, never reused once the peer closed them, a peer that does
not answer is a timeout (a 503 for a search), and https nodes keep urllib3's class."""

import socket
import threading
import time

import pytest
from elastic_transport import ConnectionTimeout, NodeConfig, Urllib3HttpNode

from recruit.search.client import es
from recruit.search.es_node import HttpClientNode
from tests import test_health

other_app = test_health.other_app  # the fixture: apps pointed elsewhere, closed afterwards


def _node(app):
    return es().transport.node_pool.get()


def test_the_app_talks_to_the_node_over_kept_connections(app):
    with app.app_context():
        node = _node(app)
        assert isinstance(node, HttpClientNode)
        assert es().cluster.health()["status"] in ("green", "yellow")
        kept = node._idle[-1].sock
        for _ in range(3):
            assert es().cluster.health()["status"] in ("green", "yellow")
        assert len(node._idle) == 1 and node._idle[-1].sock is kept  # one connection, reused
        # no Nagle delay between a request's segments (urllib3 sets it too)
        assert kept.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY)
        # a request with a body (head and body sent together) answers as before
        found = es().search(index="nonexistent-*", query={"match_all": {}}, size=0, ignore_unavailable=True)
        assert found["hits"]["total"]["value"] == 0 and node._idle[-1].sock is kept


class _OneAnswerPerConnection:
    """An HTTP peer that answers each connection's first request (keep-alive announced), then
    closes it, as a node or proxy dropping an idle connection does."""

    def __init__(self):
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.connections = 0
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self):
        while True:
            try:
                conn, _ = self.listener.accept()
            except OSError:
                return
            self.connections += 1
            with conn:
                request = b""
                while b"\r\n\r\n" not in request:
                    request += conn.recv(65536)
                body = b'{"ok":true}'
                head = (b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: keep-alive\r\n"
                        b"X-Elastic-Product: Elasticsearch\r\nContent-Length: %d\r\n\r\n" % len(body))
                conn.sendall(head + body)
                time.sleep(0.05)  # then closed: the client holds it as idle

    def close(self):
        self.listener.close()


def test_a_connection_the_peer_closed_is_never_reused():
    peer = _OneAnswerPerConnection()
    try:
        node = HttpClientNode(NodeConfig("http", "127.0.0.1", peer.port, request_timeout=5))
        assert node.perform_request("GET", "/").body == b'{"ok":true}'
        time.sleep(0.2)  # the peer has closed the idle connection by now
        assert node.perform_request("GET", "/").meta.status == 200  # not an error: a new connection
        assert peer.connections == 2
    finally:
        peer.close()


@pytest.fixture
def silent_port():
    """A port that accepts connections and never answers."""
    listener = socket.create_server(("127.0.0.1", 0))
    yield listener.getsockname()[1]
    listener.close()


def test_a_node_that_never_answers_is_a_timeout_and_a_search_503(other_app, silent_port):
    node = HttpClientNode(NodeConfig("http", "127.0.0.1", silent_port, request_timeout=0.3))
    started = time.monotonic()
    with pytest.raises(ConnectionTimeout):
        node.perform_request("GET", "/")
    assert time.monotonic() - started < 2
    app = other_app(ELASTICSEARCH_URL=f"http://127.0.0.1:{silent_port}", ELASTICSEARCH_TIMEOUT=0.3)
    r = app.test_client().get("/api/v1/search/vacancies", query_string={"q": "电工"})
    assert r.status_code == 503 and r.get_json()["code"] == "search_unavailable"
    assert r.headers["Retry-After"]


def test_https_nodes_keep_urllib3(other_app):
    app = other_app(ELASTICSEARCH_URL="https://127.0.0.1:9", ELASTICSEARCH_TIMEOUT=1)
    with app.app_context():
        assert isinstance(es().transport.node_pool.get(), Urllib3HttpNode)
