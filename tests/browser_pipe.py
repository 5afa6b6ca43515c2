"""A real headless Chromium driven over its DevTools pipe (``--remote-debugging-pipe``: commands
as NUL-terminated JSON on file descriptor 3, answers on 4), standard library only: for the tests
that change a page's controls and see what it does, which ``--dump-dom`` cannot."""

from __future__ import annotations

import fcntl
import json
import os
import subprocess
import tempfile
import time
from types import TracebackType
from typing import Any

# as tests/test_uireview_probes.py runs it
FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update")
WAIT_READY = """new Promise((done, fail) => {
  const until = Date.now() + 30000;
  const poll = () => document.body && ["true", "error"].includes(document.body.dataset.ready)
    ? done(document.body.dataset.ready)
    : Date.now() > until ? fail(new Error("the page never got ready")) : setTimeout(poll, 25);
  poll();
})"""


class Browser:
    """One Chromium with one page (``open`` a URL, ``run`` a script in it); a context manager."""

    def __init__(self, chromium: str) -> None:
        self._profile = tempfile.TemporaryDirectory(prefix="sitrep-chromium-")
        to_browser, self._commands = os.pipe()
        self._answers, from_browser = os.pipe()

        def at_3_and_4() -> None:  # in the child, before exec: the pipe's ends at fds 3 and 4
            ends = [fcntl.fcntl(fd, fcntl.F_DUPFD, 10) for fd in (to_browser, from_browser)]
            os.dup2(ends[0], 3)
            os.dup2(ends[1], 4)

        self._process = subprocess.Popen(
            [chromium, *FLAGS, "--remote-debugging-pipe", f"--user-data-dir={self._profile.name}",
             "about:blank"], preexec_fn=at_3_and_4, pass_fds=(3, 4),
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(to_browser)
        os.close(from_browser)
        self._out = os.fdopen(self._commands, "wb")
        self._in = os.fdopen(self._answers, "rb")
        self._buffer = b""
        self._sent = 0
        target = self.call("Target.createTarget", url="about:blank")["targetId"]
        self._session = self.call("Target.attachToTarget", targetId=target,
                                  flatten=True)["sessionId"]

    def call(self, method: str, session: str | None = None, **params: Any) -> Any:
        """Send one DevTools command; its result (events that come before it are dropped)."""
        self._sent += 1
        message: dict[str, Any] = {"id": self._sent, "method": method, "params": params}
        if session:
            message["sessionId"] = session
        self._out.write(json.dumps(message).encode("utf-8") + b"\0")
        self._out.flush()
        while True:
            while b"\0" not in self._buffer:
                chunk = self._in.read1(1 << 16)
                if not chunk:
                    raise RuntimeError(f"Chromium closed its pipe (exit {self._process.poll()})")
                self._buffer += chunk
            raw, self._buffer = self._buffer.split(b"\0", 1)
            answer = json.loads(raw)
            if answer.get("id") == self._sent:
                if "error" in answer:
                    raise RuntimeError(f"{method}: {answer['error']}")
                return answer["result"]

    def run(self, script: str) -> Any:
        """The value of ``script`` in the page (a promise is awaited); a script error raises."""
        result = self.call("Runtime.evaluate", self._session, expression=script,
                           awaitPromise=True, returnByValue=True)
        if "exceptionDetails" in result:
            raise RuntimeError(f"{script[:80]!r}: {result['exceptionDetails']}")
        return result["result"].get("value")

    def open(self, url: str) -> str:
        """Go to ``url`` and wait until the page says it is ready ("true" or "error")."""
        self.call("Page.navigate", self._session, url=url)
        arrived = f"location.href === new URL({json.dumps(url)}).href"
        for _ in range(600):  # until the new page's document is the one scripts run in
            try:
                if self.run(arrived):
                    break
            except RuntimeError:  # the old page's context went away under the script
                pass
            time.sleep(0.05)
        return self.wait_ready()

    def wait_ready(self) -> str:
        return str(self.run(WAIT_READY))

    def __enter__(self) -> Browser:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        try:
            self.call("Browser.close")
        except (RuntimeError, OSError):
            self._process.kill()
        self._process.wait(timeout=30)
        self._out.close()
        self._in.close()
        self._profile.cleanup()
