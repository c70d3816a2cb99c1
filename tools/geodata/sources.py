"""Readers of the three source packages: DCW-GMT rings, GSHHG WDB-II segments and Natural Earth
shapefiles, each cut to what the atlas's box needs."""

import netCDF4
import numpy as np
import shapefile
import shapely
from shapely.geometry import Polygon

from geometry import BOX


def dcw_rings(ds, code):
    """Rings of one DCW-GMT country/state: uint16 lon/lat, 65535 in lon starts a new ring."""
    lo, la = ds.variables[code + "_lon"], ds.variables[code + "_lat"]
    x = np.asarray(lo[:]).astype(np.int64)
    y = np.asarray(la[:]).astype(np.int64)
    xs = lo.min + x * (lo.max - lo.min) / 65534.0
    ys = la.min + y * (la.max - la.min) / 65534.0
    rings, start = [], 0
    breaks = list(np.nonzero(x == 65535)[0]) + [len(x)]
    for b in breaks:
        if b - start >= 4:
            rings.append(Polygon(list(zip(xs[start:b], ys[start:b]))))
        start = b + 1
    return [r if r.is_valid else shapely.make_valid(r) for r in rings]


def gshhg_segments(path):
    """Line segments of a GMT binned WDB-II file: [(level, [(lon, lat), ...]), ...]."""
    ds = netCDF4.Dataset(path)
    ds.set_auto_maskandscale(False)

    def g(n):
        return np.asarray(ds.variables[n][:])

    bs = int(g("Bin_size_in_minutes")[0]) / 60.0
    nx = int(g("N_bins_in_360_longitude_range")[0])
    first, nseg = g("Id_of_first_segment_in_a_bin"), g("N_segments_in_a_bin")
    npts, lev = g("N_points_for_a_segment"), g("Hierarchial_level_of_a_segment")
    fp = g("Id_of_first_point_in_a_segment")
    dx = g("Relative_longitude_from_SW_corner_of_bin").astype(np.int64) & 0xFFFF
    dy = g("Relative_latitude_from_SW_corner_of_bin").astype(np.int64) & 0xFFFF
    out = []
    for b in range(len(first)):
        row, col = divmod(b, nx)
        lat0, lon0 = 90.0 - (row + 1) * bs, col * bs
        if not (110 <= lon0 <= 162 and 38 <= lat0 <= 56):
            continue
        for s in range(first[b], first[b] + nseg[b]):
            i, n = fp[s], npts[s]
            pts = [(lon0 + dx[k] * bs / 65535.0, lat0 + dy[k] * bs / 65535.0) for k in range(i, i + n)]
            if len(pts) >= 2:
                out.append((int(lev[s]), pts))
    return out


def ne_polygons(path):
    r = shapefile.Reader(shp=open(path + ".shp", "rb"), shx=open(path + ".shx", "rb"))
    out = []
    for shp in r.iterShapes():
        geom = shapely.geometry.shape(shp.__geo_interface__)
        if geom.intersects(BOX):
            out.append(geom)
    return out
