"""The Elasticsearch client's HTTP layer on the standard library's http.client.

The client's transport stays as it is (node pool, retries on another node, the errors that
become 503s); only the node class that sends one request over a kept-alive connection is ours.
urllib3's (the default) costs about 0.35 ms more CPU per request than http.client for a search
answer of ~14 KB (docs/performance.md, round 6): at concurrency 8 the API's Python shares two
cores with the node, so that is throughput. Plain HTTP only: an https node keeps urllib3's class
(client.init_app chooses).
"""

from __future__ import annotations

import http.client
import select
import socket
import sys
import threading
import time
import weakref
from typing import Any

from elastic_transport import (
    ApiResponseMeta,
    BaseNode,
    ConnectionError,
    ConnectionTimeout,
    HttpHeaders,
    NodeConfig,
)
from elastic_transport._node import NodeApiResponse
from elastic_transport.client_utils import DEFAULT, DefaultType


class _Connection(http.client.HTTPConnection):
    """TCP_NODELAY, as urllib3 sets it; the head and a body in one send (http.client sends them
    apart: two segments for the node to read instead of one)."""

    def connect(self) -> None:
        super().connect()
        self.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def _send_output(self, message_body: Any = None, encode_chunked: bool = False) -> None:
        if not isinstance(message_body, bytes) or encode_chunked:
            super()._send_output(message_body, encode_chunked)  # type: ignore[misc]
            return
        buffered: list[bytes] = self._buffer  # type: ignore[attr-defined]
        head = b"\r\n".join((*buffered, b"", b""))
        buffered.clear()
        self.send(head + message_body)


class HttpClientNode(BaseNode):
    """One node over http.client: idle connections kept per node (at most connections_per_node),
    each checked before reuse, dropped on any error. Thread-safe."""

    _CLIENT_META_HTTP_CLIENT = ("hc", "{}.{}".format(*sys.version_info[:2]))

    def __init__(self, config: NodeConfig) -> None:
        super().__init__(config)
        if config.scheme != "http":
            raise ValueError("HttpClientNode speaks plain HTTP only")
        self._idle: list[_Connection] = []
        self._lock = threading.Lock()
        # an app dropped with its client (tests make many) closes its sockets, as urllib3's pool does
        weakref.finalize(self, _close_all, self._idle)

    def _connection(self, timeout: float | None) -> _Connection:
        with self._lock:
            while self._idle:
                conn = self._idle.pop()
                if conn.sock is not None and not _closed_by_peer(conn.sock):
                    conn.sock.settimeout(timeout)
                    return conn
                conn.close()
        return _Connection(self.host, self.port, timeout=timeout)

    def _keep(self, conn: _Connection) -> None:
        with self._lock:
            if len(self._idle) < self.config.connections_per_node:
                self._idle.append(conn)
                return
        conn.close()

    def perform_request(
        self,
        method: str,
        target: str,
        body: bytes | None = None,
        headers: HttpHeaders | None = None,
        request_timeout: DefaultType | float | None = DEFAULT,
    ) -> NodeApiResponse:
        timeout = self.config.request_timeout if request_timeout is DEFAULT else request_timeout
        request_headers = self._headers.copy()
        if headers:
            request_headers.update(headers)
        start = time.time()
        conn = self._connection(timeout)  # type: ignore[arg-type]  # DEFAULT replaced above
        error: Exception
        try:
            conn.request(method, f"{self.path_prefix}{target}", body=body or None,
                         headers=dict(request_headers))
            response = conn.getresponse()
            data = response.read()
        except TimeoutError as exc:  # a read or connect past request_timeout (socket.timeout)
            conn.close()
            error = ConnectionTimeout("Connection timed out during request", errors=(exc,))
            self._log_request(method=method, target=target, headers=request_headers, body=body,
                              exception=error)
            raise error from exc
        except (OSError, http.client.HTTPException) as exc:  # refused, reset, closed mid-answer
            conn.close()
            error = ConnectionError(str(exc) or type(exc).__name__, errors=(exc,))
            self._log_request(method=method, target=target, headers=request_headers, body=body,
                              exception=error)
            raise error from exc
        except BaseException:
            conn.close()
            raise
        if response.will_close:
            conn.close()
        else:
            self._keep(conn)
        meta = ApiResponseMeta(node=self.config, duration=time.time() - start, http_version="1.1",
                               status=response.status, headers=HttpHeaders(response.getheaders()))
        self._log_request(method=method, target=target, headers=request_headers, body=body, meta=meta,
                          response=data)
        return NodeApiResponse(meta, data)

    def close(self) -> None:
        with self._lock:
            _close_all(self._idle)


def _close_all(idle: list[_Connection]) -> None:
    while idle:
        idle.pop().close()


def _closed_by_peer(sock: socket.socket) -> bool:
    """An idle keep-alive connection that is readable was closed by the node (or sent something
    unasked): never reuse it."""
    poller = select.poll()
    poller.register(sock, select.POLLIN)
    return bool(poller.poll(0))
