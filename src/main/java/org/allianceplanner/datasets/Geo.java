package org.allianceplanner.datasets;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.allianceplanner.io.LocationDocument;
import org.allianceplanner.model.GeoPoint;

/**
 * Synthetic coordinates: boxes for streets and counties, jittered grids for communities, points near
 * a community for the units standing in it. Every position is rounded to 6 decimals (about 0.1 m) so
 * that the JSON stays short and reads the same on every machine.
 */
final class Geo {

    static final double METRES_PER_DEGREE_LAT = 111_320.0;

    private Geo() {
    }

    static LocationDocument point(double lat, double lon) {
        return new LocationDocument(round6(lat), round6(lon));
    }

    static double metres(LocationDocument a, LocationDocument b) {
        return new GeoPoint(a.lat(), a.lon()).metresTo(new GeoPoint(b.lat(), b.lon()));
    }

    /** A point uniformly distributed in the disc of the given radius around a centre. */
    static LocationDocument near(LocationDocument centre, double radiusMetres, SplittableRandom random) {
        double distance = radiusMetres * Math.sqrt(random.nextDouble());
        double angle = 2 * Math.PI * random.nextDouble();
        return offset(centre, distance * Math.cos(angle), distance * Math.sin(angle));
    }

    static LocationDocument offset(LocationDocument from, double northMetres, double eastMetres) {
        double lat = from.lat() + northMetres / METRES_PER_DEGREE_LAT;
        double lon = from.lon() + eastMetres / metresPerDegreeLon(from.lat());
        return point(lat, lon);
    }

    static double metresPerDegreeLon(double lat) {
        return METRES_PER_DEGREE_LAT * Math.cos(Math.toRadians(lat));
    }

    private static double round6(double degrees) {
        return Math.round(degrees * 1_000_000.0) / 1_000_000.0;
    }

    /** A latitude/longitude box, the shape of a synthetic street or county area. */
    record Box(double south, double north, double west, double east) {

        Box {
            if (south >= north || west >= east) {
                throw new IllegalArgumentException("empty box " + south + ".." + north + ", " + west + ".." + east);
            }
        }

        static Box around(LocationDocument centre, double halfHeightMetres, double halfWidthMetres) {
            double dLat = halfHeightMetres / METRES_PER_DEGREE_LAT;
            double dLon = halfWidthMetres / metresPerDegreeLon(centre.lat());
            return new Box(centre.lat() - dLat, centre.lat() + dLat, centre.lon() - dLon, centre.lon() + dLon);
        }

        double areaKm2() {
            double height = (north - south) * METRES_PER_DEGREE_LAT;
            double width = (east - west) * metresPerDegreeLon((north + south) / 2);
            return height * width / 1_000_000.0;
        }

        boolean contains(LocationDocument p) {
            return p.lat() >= south && p.lat() <= north && p.lon() >= west && p.lon() <= east;
        }

        LocationDocument randomPoint(SplittableRandom random) {
            return point(south + (north - south) * random.nextDouble(), west + (east - west) * random.nextDouble());
        }

        /**
         * The centres of a rows × cols grid over the box, each moved at random by up to a third of its
         * cell: communities then tile the area evenly but do not sit on a visible lattice.
         */
        List<LocationDocument> jitteredGrid(int rows, int cols, SplittableRandom random) {
            double cellLat = (north - south) / rows;
            double cellLon = (east - west) / cols;
            List<LocationDocument> cells = new ArrayList<>(rows * cols);
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < cols; c++) {
                    double lat = south + (r + 0.5 + jitter(random)) * cellLat;
                    double lon = west + (c + 0.5 + jitter(random)) * cellLon;
                    cells.add(point(lat, lon));
                }
            }
            return cells;
        }

        private static double jitter(SplittableRandom random) {
            return (random.nextDouble() - 0.5) * 2 / 3;
        }
    }
}
