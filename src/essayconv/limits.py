"""Run one unit of work in a forked child under a wall-clock and an address-space limit.

Rendering is where a hostile or absurd document costs time and memory; doing it in a child means
the limit applies to that document alone and a blown limit cannot take the caller down. Where
fork is unavailable the work runs inline, without limits.
"""

from __future__ import annotations

import multiprocessing
import pickle
from typing import Any, Callable

from .errors import EssayconvError, OutputError


def _child(connection: Any, function: Callable[..., bytes], args: tuple[Any, ...], kwargs: dict[str, Any],
           memory: int) -> None:
    try:
        import resource

        soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        limit = memory if hard == resource.RLIM_INFINITY else min(memory, hard)
        resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    except (ImportError, ValueError, OSError):
        pass
    try:
        connection.send(("ok", function(*args, **kwargs)))
    except MemoryError:
        connection.send(("error", OutputError("rendering needed more memory than the limit allows")))
    except EssayconvError as error:
        connection.send(("error", error))
    except BaseException as error:  # reported to the parent as one line, never a traceback
        connection.send(("error", OutputError(f"rendering failed ({type(error).__name__}: {error})")))
    finally:
        connection.close()


def run_limited(function: Callable[..., bytes], *args: Any, seconds: float, memory: int, **kwargs: Any) -> bytes:
    try:
        context = multiprocessing.get_context("fork")
    except ValueError:
        return function(*args, **kwargs)
    receiver, sender = context.Pipe(duplex=False)
    process = context.Process(target=_child, args=(sender, function, args, kwargs, memory), daemon=True)
    process.start()
    sender.close()
    try:
        if not receiver.poll(seconds):
            raise OutputError(f"rendering took longer than {seconds:g} s")
        status, value = receiver.recv()
    except (EOFError, pickle.UnpicklingError):
        raise OutputError("rendering stopped unexpectedly (out of memory?)") from None
    finally:
        if process.is_alive():
            process.kill()
        process.join()
        receiver.close()
    if status == "error":
        raise value
    return value


