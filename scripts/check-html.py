#!/usr/bin/env python3
"""Checks that HTML reports are well-formed: html5lib in strict mode, which stops at the first parse error.

Usage: scripts/check-html.py REPORT.html [...]   (needs `pip install html5lib`)
Exits 0 when every file parses cleanly, 1 on a parse error, 2 on a usage error.
"""
import sys

try:
    import html5lib
except ImportError:
    sys.exit("check-html.py: html5lib is missing; install it with `pip install html5lib`")


def main(paths):
    if not paths:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    failed = False
    for path in paths:
        with open(path, "rb") as handle:
            data = handle.read()
        parser = html5lib.HTMLParser(strict=True, namespaceHTMLElements=False)
        try:
            parser.parse(data, override_encoding="utf-8")
        except html5lib.html5parser.ParseError as error:
            line, column = parser.errors[-1][0] if parser.errors else ("?", "?")
            print(f"{path}:{line}:{column}: {error}", file=sys.stderr)
            failed = True
            continue
        print(f"{path}: well-formed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
