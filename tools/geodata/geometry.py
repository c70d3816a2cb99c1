"""The geometry every part of the build shares: the atlas's box and grids, the simplification
tolerances, and helpers that work in local kilometres, split collections into polygons and snap
to the grid."""

import math

import shapely
from shapely import affinity
from shapely.geometry import MultiPolygon, Polygon, box

BOX = box(115.0, 40.0, 160.0, 56.0)
GRID = 1e-4
LAND_GRID = 1e-3
KM_PER_DEG = 111.195

# Simplification tolerances in degrees (Douglas-Peucker, topology preserving).
TOL_BIG = 0.005  # Sakhalin, Hokkaido, Kamchatka: ~500 m (below a pixel at the Sakhalin view)
TOL_ISLAND = 0.0012  # Kuril islands: ~100 m
TOL_SMALL = 0.0005  # islets under 3 km²: ~45 m
TOL_LAND = 0.01  # context land: ~1 km
TOL_LINE = 0.001  # river and boundary: ~100 m


def local_km(geom, lat0):
    """Scales lon/lat to approximately isotropic kilometres around latitude lat0."""
    k = math.cos(math.radians(lat0))
    return affinity.scale(geom, xfact=KM_PER_DEG * k, yfact=KM_PER_DEG, origin=(0, 0))


def from_local_km(geom, lat0):
    k = math.cos(math.radians(lat0))
    return affinity.scale(geom, xfact=1 / (KM_PER_DEG * k), yfact=1 / KM_PER_DEG, origin=(0, 0))


def buffer_km(geom, km, lat0):
    return from_local_km(local_km(geom, lat0).buffer(km, resolution=8), lat0)


def area_km2(geom):
    lat0 = geom.centroid.y
    return local_km(geom, lat0).area


def polygons(geom):
    if geom.is_empty:
        return []
    if isinstance(geom, Polygon):
        return [geom]
    if isinstance(geom, MultiPolygon):
        return list(geom.geoms)
    if hasattr(geom, "geoms"):
        return [g for part in geom.geoms for g in polygons(part)]
    return []  # lines and points left over by make_valid or an intersection


def as_multipolygon(geom):
    return MultiPolygon(polygons(geom))


def simplify_island(poly):
    a = area_km2(poly)
    tol = TOL_SMALL if a < 3 else TOL_ISLAND if a < 1500 else TOL_BIG
    s = poly.simplify(tol, preserve_topology=True)
    return s if not s.is_empty and s.is_valid else poly


def snap(geom, grid):
    """Snaps to the grid, keeping the geometry valid (GEOS set_precision)."""
    out = shapely.set_precision(geom, grid)
    assert out.is_valid, shapely.is_valid_reason(out)
    return out
