"""Real CardDAV servers for the sync tests and the bench, each run as a subprocess on
127.0.0.1 with a temporary storage folder: Radicale (plain htpasswd users) and Xandikos
(no authentication; it ignores the Authorization header), both from PyPI (the dev extra).

Both have the same small API (``url``, ``book_url``, ``path``, ``book_folder``, ``make_book``,
``put``, ``get``, ``delete``, ``hrefs``, ``start``, ``stop``, ``pid``), so a test or the bench can
run against either. A server that
cannot start makes the test fail with a clear message, never skip."""

from __future__ import annotations

import http.client
import socket
import subprocess
import sys
import time
from pathlib import Path

USER = "alice"
PASSWORD = "s3cret pass"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class DavServer:
    """What both servers share. Private state: ``_proc`` (None while stopped); ``folder``
    holds the server's data, so a restart keeps the address books."""

    name = "dav"
    home = f"/{USER}/"  # where address books are made

    def __init__(self, folder: Path, port: int | None = None) -> None:
        self.folder = folder
        self.port = port or free_port()
        self._proc: subprocess.Popen[bytes] | None = None
        folder.mkdir(parents=True, exist_ok=True)

    def command(self) -> list[str]:
        raise NotImplementedError

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/"

    def book_url(self, name: str = "contacts") -> str:
        return f"http://127.0.0.1:{self.port}{self.home}{name}/"

    def path(self, book: str, file_name: str) -> str:
        """The path of a card in an address book."""
        return f"{self.home}{book}/{file_name}"

    def book_folder(self, name: str) -> Path:
        """The folder where the server keeps an address book's cards, one file each."""
        raise NotImplementedError

    @property
    def pid(self) -> int | None:
        return self._proc.pid if self._proc is not None else None

    def start(self) -> None:
        log = self.folder / "server.log"
        with open(log, "ab") as out:
            self._proc = subprocess.Popen(self.command(), stdout=out, stderr=out)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.2):
                    return
            except OSError:
                if self._proc.poll() is not None:
                    tail = log.read_text(errors="replace")[-500:]
                    raise RuntimeError(f"{self.name} exited at start-up: {tail}") from None
                time.sleep(0.05)
        raise RuntimeError(f"{self.name} did not start on 127.0.0.1:{self.port} in 30 s")

    def stop(self) -> None:
        if self._proc is not None:
            self._proc.kill()
            self._proc.wait(timeout=10)
            self._proc = None

    def request(self, method: str, path: str, body: bytes | None = None,
                headers: dict[str, str] | None = None) -> tuple[int, bytes]:
        import base64

        auth = base64.b64encode(f"{USER}:{PASSWORD}".encode()).decode()
        sent = {"Authorization": f"Basic {auth}", **(headers or {})}
        if body is not None:
            sent.setdefault("Content-Type", "application/xml; charset=utf-8")
        conn: http.client.HTTPConnection
        if getattr(self, "tls", None):
            import ssl

            conn = http.client.HTTPSConnection("127.0.0.1", self.port, timeout=30,
                                               context=ssl._create_unverified_context())
        else:
            conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        try:
            conn.request(method, path, body=body, headers=sent)
            resp = conn.getresponse()
            return resp.status, resp.read()
        finally:
            conn.close()

    def make_book(self, name: str = "contacts", display: str = "Contacts") -> str:
        body = (
            '<?xml version="1.0" encoding="utf-8"?><d:mkcol xmlns:d="DAV:" '
            'xmlns:c="urn:ietf:params:xml:ns:carddav"><d:set><d:prop><d:resourcetype>'
            "<d:collection/><c:addressbook/></d:resourcetype>"
            f"<d:displayname>{display}</d:displayname></d:prop></d:set></d:mkcol>"
        ).encode()
        status, text = self.request("MKCOL", f"{self.home}{name}/", body)
        assert status == 201, (status, text)
        return self.book_url(name)

    def put(self, path: str, vcard: str) -> None:
        status, text = self.request("PUT", path, vcard.encode("utf-8"),
                                    {"Content-Type": "text/vcard"})
        assert status in (201, 204), (status, text[:300])

    def get(self, path: str) -> bytes | None:
        status, body = self.request("GET", path)
        return body if status == 200 else None

    def delete(self, path: str) -> None:
        status, _ = self.request("DELETE", path)
        assert status in (200, 204), status

    def hrefs(self, name: str = "contacts") -> list[str]:
        import re

        status, body = self.request(
            "PROPFIND", f"{self.home}{name}/",
            b'<?xml version="1.0"?><d:propfind xmlns:d="DAV:"><d:prop><d:getetag/></d:prop>'
            b"</d:propfind>", {"Depth": "1"})
        assert status == 207
        hrefs = re.findall(rb"<[^>]*href>([^<]+)</", body)
        return sorted(h.decode() for h in hrefs if not h.endswith(b"/"))


class XandikosServer(DavServer):
    """Xandikos: address books live under ``/alice/contacts/`` (the principal's home)."""

    name = "Xandikos"
    home = f"/{USER}/contacts/"

    def command(self) -> list[str]:
        return [sys.executable, "-m", "xandikos.web", "--defaults", "-d",
                str(self.folder / "data"), "-p", str(self.port), "-l", "127.0.0.1",
                "--current-user-principal", f"/{USER}/", "--no-detect-systemd"]

    def book_folder(self, name: str) -> Path:
        return self.folder / "data" / USER / "contacts" / name


_RADICALE_NO_FSYNC = """
import sys
from radicale import config, log, server
log.setup()
configuration = config.load([(sys.argv[1], False)])
configuration.update({"storage": {"_filesystem_fsync": "False"}}, "no fsync", privileged=True)
log.set_level(configuration.get("logging", "level"), False)
server.serve(configuration)
"""


class RadicaleServer(DavServer):
    """Radicale with a htpasswd user; its config and collections live in ``folder``."""

    name = "Radicale"

    def __init__(self, folder: Path, port: int | None = None, *, server_options: str = "",
                 storage_options: str = "", fsync: bool = True,
                 tls: tuple[Path, Path] | None = None) -> None:
        """``server_options``, ``storage_options``: more lines for the [server] and [storage]
        sections (a size limit, the item cache...); ``fsync=False`` sets Radicale's internal
        ``[storage] _filesystem_fsync = False``, which its config file cannot set (the server
        then starts through a few lines that pass it as a privileged setting); ``tls``:
        (certificate, key) PEM files to serve https."""
        super().__init__(folder, port)
        self.tls = tls
        self.fsync = fsync
        if tls is not None:
            server_options += f"ssl = True\ncertificate = {tls[0]}\nkey = {tls[1]}\n"
        (folder / "users").write_text(f"{USER}:{PASSWORD}\n", encoding="utf-8")
        (folder / "config").write_text(
            "[server]\n"
            f"hosts = 127.0.0.1:{self.port}\n"
            + server_options +
            "[auth]\n"
            "type = htpasswd\n"
            f"htpasswd_filename = {folder / 'users'}\n"
            "htpasswd_encryption = plain\n"
            "delay = 0\n"
            "[rights]\n"
            "type = owner_only\n"
            "[storage]\n"
            f"filesystem_folder = {folder / 'collections'}\n"
            + storage_options +
            "[web]\n"
            "type = none\n"
            "[logging]\n"
            "level = error\n"
            "mask_passwords = True\n",
            encoding="utf-8",
        )

    def command(self) -> list[str]:
        config = str(self.folder / "config")
        if self.fsync:
            return [sys.executable, "-m", "radicale", "--config", config]
        return [sys.executable, "-c", _RADICALE_NO_FSYNC, config]

    def book_folder(self, name: str) -> Path:
        return self.folder / "collections" / "collection-root" / USER / name

    @property
    def url(self) -> str:
        scheme = "https" if self.tls else "http"
        return f"{scheme}://127.0.0.1:{self.port}/"

    def book_url(self, name: str = "contacts") -> str:
        return f"{self.url.rstrip('/')}{self.home}{name}/"

    def upload_book(self, name: str, vcards: str) -> None:
        """Fill an address book with many vCards in one request (Radicale accepts a PUT of a
        whole collection): seeding 5,000 cards one PUT at a time would take minutes."""
        status, text = self.request("PUT", f"/{USER}/{name}/", vcards.encode("utf-8"),
                                    {"Content-Type": "text/vcard"})
        assert status in (200, 201, 204), (status, text[:300])

    def seed_files(self, name: str, cards: dict[str, str]) -> None:
        """Write vCards (file name -> text) straight into the address book's storage
        folder: Radicale reads its folders afresh on each request, and this skips the
        per-card validation of an upload (5 s for 1,000 cards on the CI machine)."""
        folder = self.book_folder(name)
        assert folder.is_dir(), folder
        for file_name, text in cards.items():
            (folder / file_name).write_text(text, encoding="utf-8", newline="")
