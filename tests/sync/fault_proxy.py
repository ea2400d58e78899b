"""A small fault-injecting HTTP proxy on 127.0.0.1 in front of a real CardDAV server, for
the sync tests: it forwards every request, except that the next request(s) matching a rule
meet a fault:

* ``drop``  -- the request reaches the server, which acts on it, but the answer is lost (the
  connection closes without it): what a dropped mobile connection does to an upload;
* ``500``   -- the proxy answers 500 itself; the server never sees the request;
* ``slow``  -- the answer is held back ``delay`` seconds, then sent;
* ``reset`` -- the connection is reset (RST) before the request is forwarded;
* ``trickle`` -- the answer comes one byte every ``delay`` seconds (an endless drip);
* ``huge``  -- the proxy answers 200 with a body of ``size`` bytes;
* ``busy``  -- the proxy answers ``status`` itself (423, 429, 503: "not now"), with a
  Retry-After of ``retry_after`` when given; the server never sees the request.

``exchanges`` records, for every request, the scheme of the ``Authorization`` it carried
("" for none; the credentials themselves are not kept) and the status it was answered with
(the sync tests check that no password travels before the server asks for one).

Everything stays on the loopback; every connection ends when the test stops the proxy.
"""

from __future__ import annotations

import http.client
import socket
import socketserver
import struct
import threading
import time
from dataclasses import dataclass, field


@dataclass
class Rule:
    kind: str
    method: str | None = None  # None: any method
    count: int = 1
    delay: float = 0.0
    size: int = 0
    path_contains: str = ""
    status: int = 503
    retry_after: str = ""


@dataclass(frozen=True)
class Exchange:
    """One request as the proxy received it: method, path, the scheme of its
    ``Authorization`` (lower case; "" when it had none) and the status it was answered with
    (0: no answer reached the client)."""

    method: str
    path: str
    auth: str
    status: int


@dataclass
class FaultProxy:
    """Private state: ``_rules`` waiting faults (first match wins, used up by ``count``),
    ``log`` (method, path, what happened) of every request forwarded or faulted,
    ``exchanges`` every request received (:class:`Exchange`), ``_server`` the listening
    socket server and its thread."""

    target_port: int
    log: list[tuple[str, str, str]] = field(default_factory=list)
    exchanges: list[Exchange] = field(default_factory=list)
    _rules: list[Rule] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _server: socketserver.ThreadingTCPServer | None = None

    def start(self) -> None:
        proxy = self

        class Handler(socketserver.StreamRequestHandler):
            def handle(self) -> None:
                proxy._serve(self)

        class Server(socketserver.ThreadingTCPServer):
            daemon_threads = True
            allow_reuse_address = True

        self._server = Server(("127.0.0.1", 0), Handler)
        threading.Thread(target=self._server.serve_forever, daemon=True).start()

    @property
    def port(self) -> int:
        assert self._server is not None
        return int(self._server.server_address[1])

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/"

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    def fail(self, kind: str, method: str | None = None, *, count: int = 1,
             delay: float = 0.0, size: int = 0, path_contains: str = "",
             status: int = 503, retry_after: str = "") -> None:
        with self._lock:
            self._rules.append(Rule(kind, method, count, delay, size, path_contains,
                                    status, retry_after))

    def clear(self) -> None:
        with self._lock:
            self._rules.clear()

    def auth_schemes(self) -> list[str]:
        """The ``Authorization`` scheme of every request received, in order ("": none)."""
        return [e.auth for e in self.exchanges]

    def statuses(self) -> list[int]:
        return [e.status for e in self.exchanges]

    def _note(self, method: str, path: str, headers: list[tuple[str, str]],
              status: int) -> None:
        value = next((v for k, v in headers if k.lower() == "authorization"), "")
        with self._lock:
            self.exchanges.append(Exchange(method, path, value.split(" ", 1)[0].lower(),
                                           status))

    def gate(self, method: str, path: str, headers: list[tuple[str, str]]) -> bytes | None:
        """The whole answer the proxy gives instead of forwarding, or None to forward (a
        subclass checks the authorisation here)."""
        return None

    def upstream_headers(self) -> dict[str, str]:
        """Headers to set on what is forwarded (replacing the client's)."""
        return {}

    def _take(self, method: str, path: str) -> Rule | None:
        with self._lock:
            for rule in self._rules:
                if (rule.method in (None, method)) and rule.path_contains in path:
                    rule.count -= 1
                    if rule.count <= 0:
                        self._rules.remove(rule)
                    return rule
        return None

    def _serve(self, h: socketserver.StreamRequestHandler) -> None:
        upstream = http.client.HTTPConnection("127.0.0.1", self.target_port, timeout=60)
        try:
            while True:
                line = h.rfile.readline(65537)
                if not line or not line.strip():
                    return
                method, path, _version = line.decode("latin-1").split(" ", 2)
                headers: list[tuple[str, str]] = []
                while True:
                    raw = h.rfile.readline(65537)
                    if raw in (b"\r\n", b"\n", b""):
                        break
                    name, _, value = raw.decode("latin-1").partition(":")
                    headers.append((name.strip(), value.strip()))
                length = next((int(v) for k, v in headers if k.lower() == "content-length"), 0)
                body = h.rfile.read(length) if length else None
                refusal = self.gate(method, path, headers)
                if refusal is not None:  # answered by the proxy itself (digest_front.py)
                    self._note(method, path, headers, int(refusal.split(b" ", 2)[1]))
                    h.wfile.write(refusal)
                    h.wfile.flush()
                    continue
                rule = self._take(method, path)
                kind = rule.kind if rule else "pass"
                self.log.append((method, path, kind))
                # The proxy's own answer, noted now; the server's once it comes.
                own = rule.status if rule is not None and kind == "busy" else \
                    {"reset": 0, "500": 500, "huge": 207}.get(kind)
                if own is not None:
                    self._note(method, path, headers, own)
                if rule is not None and rule.kind == "reset":
                    h.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER,
                                            struct.pack("ii", 1, 0))
                    h.connection.close()
                    return
                if rule is not None and rule.kind == "500":
                    h.wfile.write(b"HTTP/1.1 500 Internal Server Error\r\nContent-Length: 5"
                                  b"\r\nContent-Type: text/plain\r\n\r\noops\n")
                    h.wfile.flush()
                    continue
                if rule is not None and rule.kind == "busy":
                    after = f"Retry-After: {rule.retry_after}\r\n" if rule.retry_after else ""
                    h.wfile.write(f"HTTP/1.1 {rule.status} Not Now\r\n{after}Content-Length: "
                                  "5\r\nContent-Type: text/plain\r\n\r\nbusy\n".encode())
                    h.wfile.flush()
                    continue
                if rule is not None and rule.kind == "huge":
                    h.wfile.write(b"HTTP/1.1 207 Multi-Status\r\nContent-Type: text/xml\r\n"
                                  + f"Content-Length: {rule.size}\r\n\r\n".encode())
                    chunk = b"<x/>" * 16384
                    sent = 0
                    try:
                        while sent < rule.size:
                            part = chunk[: rule.size - sent]
                            h.wfile.write(part)
                            sent += len(part)
                    except OSError:
                        return
                    continue
                extra = self.upstream_headers()
                drop = {"host", "connection", *(k.lower() for k in extra)}
                fwd = {k: v for k, v in headers if k.lower() not in drop} | extra
                upstream.request(method, path, body=body, headers=fwd)
                resp = upstream.getresponse()
                data = resp.read()
                self._note(method, path, headers, 0 if kind == "drop" else resp.status)
                if rule is not None and rule.kind == "drop":
                    h.connection.close()  # the server acted; its answer is lost
                    return
                if rule is not None and rule.kind == "slow":
                    time.sleep(rule.delay)
                out = [f"HTTP/1.1 {resp.status} {resp.reason}\r\n".encode("latin-1")]
                for k, v in resp.getheaders():
                    if k.lower() not in ("transfer-encoding", "content-length", "connection"):
                        out.append(f"{k}: {v}\r\n".encode("latin-1"))
                out.append(f"Content-Length: {len(data)}\r\n\r\n".encode())
                head = b"".join(out)
                try:
                    if rule is not None and rule.kind == "trickle":
                        h.wfile.write(head)
                        for i in range(len(data)):
                            h.wfile.write(data[i : i + 1])
                            h.wfile.flush()
                            time.sleep(rule.delay)
                    else:
                        h.wfile.write(head + data)
                        h.wfile.flush()
                except OSError:
                    return
        except (OSError, ValueError):
            return
        finally:
            upstream.close()
