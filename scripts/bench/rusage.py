"""
Runs one command and reports what the kernel counted for it alone: `rusage.py STATS CMD ARGS...` writes
{"start_ns", "end_ns", "utime_s", "stime_s", "maxrss_kib", "status"} to STATS. wait4 gives the child's own
rusage (microsecond CPU, peak RSS), which Node cannot read for a child; the clock is CLOCK_MONOTONIC, the
one process.hrtime reads, so the caller can place its own events (first stdout byte) on the same line.
stdin, stdout and stderr are passed through untouched.
"""

import json
import os
import sys
import time


def main() -> None:
    stats, argv = sys.argv[1], sys.argv[2:]
    start = time.monotonic_ns()
    pid = os.posix_spawnp(argv[0], argv, os.environ)
    _, status, usage = os.wait4(pid, 0)
    end = time.monotonic_ns()
    code = os.waitstatus_to_exitcode(status)
    with open(stats, "w", encoding="utf-8") as out:
        json.dump(
            {
                "start_ns": str(start),
                "end_ns": str(end),
                "utime_s": usage.ru_utime,
                "stime_s": usage.ru_stime,
                "maxrss_kib": usage.ru_maxrss,
                "status": code,
            },
            out,
        )
    sys.exit(code if code >= 0 else 128 - code)


if __name__ == "__main__":
    main()
