"""Geography: local authorities' codes and where postcodes are, for the fields DfE derives
from a placement's postcodes (distance from home, placement authority, in or out)."""

from cscmonitor.model.geography.authorities import authority_of, districts_of, local_authorities
from cscmonitor.model.geography.placements import placement_geography
from cscmonitor.model.geography.postcodes import directory_version, in_districts, look_up

__all__ = ["authority_of", "directory_version", "districts_of", "in_districts",
           "local_authorities", "look_up", "placement_geography"]
