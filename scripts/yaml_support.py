"""YAML reading shared by accord's schema checkers: scalars as accord's loader reads them, files
under folders in sorted order, and error locations written as paths into the document."""
import os
import re

import yaml

EXTENSIONS = (".yaml", ".yml")


class NoDatesLoader(yaml.SafeLoader):
    """SafeLoader that reads scalars as the loader and YAML 1.2 editors do.

    A date such as 2021-07-29 stays a string instead of becoming a datetime.date, and only true/false are booleans:
    YAML 1.1's yes/no/on/off would turn `language: no` (Norwegian) into False.
    """


NoDatesLoader.yaml_implicit_resolvers = {
    first: [
        (tag, regexp)
        for tag, regexp in resolvers
        if tag not in ("tag:yaml.org,2002:timestamp", "tag:yaml.org,2002:bool")
    ]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
NoDatesLoader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)


def yaml_files(paths):
    for path in paths:
        if os.path.isdir(path):
            for directory, subdirectories, names in os.walk(path):
                subdirectories.sort()
                for name in sorted(names):
                    if name.endswith(EXTENSIONS):
                        yield os.path.join(directory, name)
        else:
            yield path


def location(error):
    """A path such as `agreement.parties[1].country` for the place in the document the error is about."""
    text = ""
    for part in error.absolute_path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text or "(document)"


