"""Validates every .json file in a folder with Python's jsonschema (draft 2020-12) against
data/schema.json; prints one line per file: its name, a tab, and "accepted" or "refused"."""
import json
import pathlib
import sys

import jsonschema

schema_path, folder = sys.argv[1:3]
schema = json.loads(pathlib.Path(schema_path).read_text(encoding="utf-8"))
jsonschema.Draft202012Validator.check_schema(schema)
validator = jsonschema.Draft202012Validator(schema)
for path in sorted(pathlib.Path(folder).glob("*.json")):
    verdict = "refused"
    try:
        document = json.loads(path.read_bytes().decode("utf-8").removeprefix("\ufeff"))
        verdict = "accepted" if validator.is_valid(document) else "refused"
    except (UnicodeDecodeError, ValueError, RecursionError):
        pass  # Not UTF-8 JSON: no validator can accept it.
    print(f"{path.name}\t{verdict}")
